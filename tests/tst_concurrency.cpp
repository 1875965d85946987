#include "store/AccountStore.h"

#include "FakeProviderServer.h"
#include "KeylinkProcess.h"
#include "ProviderAnswers.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
struct Job {
    QStringList arguments;
    QByteArray input;
    std::shared_ptr<QProcess> process;
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

// Many Keylink processes at once, as a window, scripts and a scheduled check
// would be: linking, verifying and unlinking together, round after round.
// Afterwards the list and the keychain agree exactly, every link that said
// it succeeded is listed, and every unlink that said it succeeded stays gone.
class TestConcurrency : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    FakeProviderServer m_front;
    QSet<QString> m_keychainBefore;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.insert(u"KEYLINK_HOST_MAP"_s, m_front.mapping(u"api2.frontapp.com"_s));
        env.remove(u"DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
        // The suite logs every category; here that is thousands of lines
        // that say nothing about concurrency.
        env.insert(u"QT_LOGGING_RULES"_s, u"*.debug=false"_s);
        return env;
    }

    // Starts every job at once and waits for all of them.
    void runAll(QList<Job> &jobs)
    {
        int finished = 0;
        for (Job &job : jobs) {
            job.process = std::make_shared<QProcess>();
            job.process->setProcessEnvironment(environment());
            QProcess *p = job.process.get();
            connect(p, &QProcess::finished, this, [&finished, &job, p](int code, QProcess::ExitStatus status) {
                job.exitCode = status == QProcess::NormalExit ? code : -1;
                job.out = QString::fromUtf8(p->readAllStandardOutput());
                job.err = QString::fromUtf8(p->readAllStandardError());
                ++finished;
            });
            p->start(QStringLiteral(KEYLINK_EXECUTABLE), job.arguments);
        }
        for (Job &job : jobs) {
            job.process->waitForStarted(10000);
            job.process->write(job.input);
            job.process->closeWriteChannel();
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, int(jobs.size()), 120000);
    }

    KeylinkRun keylink(const QStringList &arguments, const QByteArray &input = {})
    {
        return runKeylink(arguments, environment(), input);
    }
    QSet<QString> listed()
    {
        QSet<QString> ids;
        const KeylinkRun r = keylink({u"accounts"_s, u"--json"_s});
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8())[u"accounts"_s].toArray())
            ids.insert(v[u"id"_s].toString());
        return ids;
    }
    static QSet<QString> keychainIds()
    {
        QProcess tool;
        tool.start(u"secret-tool"_s, {u"search"_s, u"--all"_s, u"server"_s, u"keylink"_s});
        tool.waitForFinished(60000);
        QSet<QString> ids;
        for (const QString &line :
            QString::fromUtf8(tool.readAllStandardOutput() + tool.readAllStandardError()).split(u'\n')) {
            if (line.startsWith(u"attribute.user = "_s))
                ids.insert(line.mid(17).trimmed());
        }
        return ids;
    }
    static QString keychainText(const QString &id)
    {
        QProcess lookup;
        lookup.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s, u"keylink"_s, u"user"_s, id});
        return lookup.waitForFinished(30000) ? QString::fromUtf8(lookup.readAllStandardOutput()) : QString();
    }
    static QByteArray token(const QString &tag) { return "aaa.bbb." + tag.toLatin1() + "kLsEcReT\n"; }
    static QString accountId(const QString &out) { return out.section(u"Account id: "_s, 1).left(36); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // A company per token (a hash of it, never the token), so each
        // token is its own identity unless two tokens are the same.
        m_front.on(u"/me"_s, [](const QHttpServerRequest &request) {
            const QByteArray id = "cmp_"
                + QCryptographicHash::hash(request.value("Authorization"), QCryptographicHash::Sha1).toHex().left(10);
            return ProviderAnswers::frontMe("Concurrent " + id, id);
        });
        QVERIFY(m_front.start());
        m_keychainBefore = keychainIds();
    }

    void linksVerifiesAndUnlinksAtOnceLoseNothing()
    {
        constexpr int Rounds = 5;
        QSet<QString> mustBeListed, mustBeGone;
        QStringList linkedSoFar;
        for (int round = 0; round < Rounds; ++round) {
            QList<Job> jobs;
            // Twelve new links, two of them of one identity (the same token).
            const QString same = u"same%1x"_s.arg(round);
            for (int i = 0; i < 12; ++i) {
                const QString tag = i < 2
                    ? same
                    : u"r%1n%2x%3"_s.arg(round).arg(i).arg(QUuid::createUuid().toString(QUuid::Id128).left(6));
                jobs.append({{u"link"_s, u"front"_s}, token(tag), {}, -1, {}, {}});
            }
            // Four checks of everything.
            for (int i = 0; i < 4; ++i)
                jobs.append({{u"verify"_s, u"--all"_s}, {}, {}, -1, {}, {}});
            // Unlinks of half the accounts the earlier rounds linked.
            QStringList toUnlink;
            for (int i = 0; i < linkedSoFar.size(); i += 2)
                toUnlink.append(linkedSoFar.at(i));
            for (const QString &id : std::as_const(toUnlink))
                jobs.append({{u"unlink"_s, id}, {}, {}, -1, {}, {}});
            runAll(jobs);

            QStringList sameIds;
            for (const Job &job : jobs) {
                const QString verb = job.arguments.first();
                if (verb == u"link"_s) {
                    QVERIFY2(job.exitCode == 0, qPrintable(job.err));
                    const QString id = accountId(job.out);
                    mustBeListed.insert(id);
                    linkedSoFar.append(id);
                    if (job.input.contains(same.toLatin1()))
                        sameIds.append(id);
                } else if (verb == u"unlink"_s) {
                    QVERIFY2(job.exitCode == 0, qPrintable(job.err));
                    mustBeGone.insert(job.arguments.at(1));
                    mustBeListed.remove(job.arguments.at(1));
                    linkedSoFar.removeAll(job.arguments.at(1));
                } else {
                    // A check may find an account unlinked under it; it
                    // never brings it back, and never fails otherwise.
                    QVERIFY2(job.exitCode == 0 || job.exitCode == 1, qPrintable(job.err));
                }
            }
            // The same identity, linked twice at once: one account, updated
            // in place, with a whole secret (the one written last).
            QCOMPARE(sameIds.size(), 2);
            QCOMPARE(sameIds.first(), sameIds.last());
            linkedSoFar.removeOne(sameIds.first());
            QCOMPARE(keychainText(sameIds.first()), u"{\"token\":\"aaa.bbb.%1kLsEcReT\"}"_s.arg(same));
        }

        // The next start (which finishes anything half done), then compare.
        const QSet<QString> accounts = listed();
        QVERIFY2((mustBeListed - accounts).isEmpty(),
            qPrintable(u"linked but not listed: "_s + (mustBeListed - accounts).values().join(u", "_s)));
        QVERIFY2((mustBeGone & accounts).isEmpty(),
            qPrintable(u"unlinked but listed again: "_s + (mustBeGone & accounts).values().join(u", "_s)));
        QCOMPARE(accounts, mustBeListed);
        const QSet<QString> entries = keychainIds() - m_keychainBefore;
        QVERIFY2(entries == accounts,
            qPrintable(u"in the keychain only: "_s + (entries - accounts).values().join(u", "_s) + u"; listed only: "_s
                + (accounts - entries).values().join(u", "_s)));
        keylink::AccountStore store(m_home.filePath(u"data/keylink/keylink.db"_s));
        QVERIFY(store.open());
        QVERIFY(store.pending().isEmpty());

        for (const QString &id : accounts)
            QCOMPARE(keylink({u"unlink"_s, id}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
