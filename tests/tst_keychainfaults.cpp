#include "FakeProviderServer.h"
#include "KeylinkProcess.h"
#include "ProviderAnswers.h"
#include "SecretServiceControl.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>

using namespace Qt::StringLiterals;

// The keychain when it is not there for Keylink, against the real Secret
// Service: locked (with the Secret Service's own Lock method), and not
// answering at all (its daemon stopped). Either way the command says so,
// exits 5 and changes nothing: no account lost, none half made.
class TestKeychainFaults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    FakeProviderServer m_front;
    qint64 m_stopped = 0;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.insert(u"KEYLINK_HOST_MAP"_s, m_front.mapping(u"api2.frontapp.com"_s));
        return env;
    }
    KeylinkRun keylink(const QStringList &arguments, const QByteArray &input = {})
    {
        return runKeylink(arguments, environment(), input);
    }
    static QByteArray newToken()
    {
        return "aaa.bbb.f" + QUuid::createUuid().toString(QUuid::Id128).left(12).toLatin1() + "kLsEcReT\n";
    }
    QString link()
    {
        const KeylinkRun r = keylink({u"link"_s, u"front"_s}, newToken());
        return r.exitCode == 0 ? r.out.section(u"Account id: "_s, 1).left(36) : QString();
    }
    QJsonArray accounts()
    {
        return QJsonDocument::fromJson(keylink({u"accounts"_s, u"--json"_s}).out.toUtf8())[u"accounts"_s].toArray();
    }
    static QString keychainText(const QString &id)
    {
        QProcess lookup;
        lookup.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s, u"keylink"_s, u"user"_s, id});
        return lookup.waitForFinished(30000) ? QString::fromUtf8(lookup.readAllStandardOutput()) : QString();
    }
    static QString lastLine(const QString &err)
    {
        return err.split(u'\n', Qt::SkipEmptyParts).value(err.split(u'\n', Qt::SkipEmptyParts).size() - 1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // A company per token, named by a hash of it (never the token).
        m_front.on(u"/me"_s, [](const QHttpServerRequest &request) {
            const QByteArray id = "cmp_"
                + QCryptographicHash::hash(request.value("Authorization"), QCryptographicHash::Sha1).toHex().left(10);
            return ProviderAnswers::frontMe("Keychain Test " + id, id);
        });
        QVERIFY(m_front.start());
    }

    void cleanup()
    {
        // Whatever a test did, the next one starts with a keychain that answers and is open.
        if (m_stopped > 0)
            ::kill(pid_t(m_stopped), SIGCONT);
        m_stopped = 0;
        if (SecretServiceControl::isLoginLocked()) {
            QString error;
            QVERIFY2(SecretServiceControl::unlockLogin(&error), qPrintable(error));
        }
    }

    void aLockedKeychainIsReportedAsLockedAndChangesNothing()
    {
        const QString id = link();
        QVERIFY(!id.isEmpty());
        const QString secret = keychainText(id);
        QVERIFY(secret.contains(u"kLsEcReT"_s));
        const QJsonArray before = accounts();

        QString error;
        QVERIFY2(SecretServiceControl::lockLogin(&error), qPrintable(error));
        QVERIFY(SecretServiceControl::isLoginLocked());
        const QString locked = u"keylink: The system keychain is locked or refused access. Unlock it (for example by "
                               u"logging in to your desktop session) and try again."_s;

        // Reading: "locked", never "no secret; relink it".
        const KeylinkRun token = keylink({u"token"_s, id});
        QCOMPARE(token.exitCode, 5);
        QCOMPARE(lastLine(token.err), locked);
        QCOMPARE(token.out, QString());
        const KeylinkRun verify = keylink({u"verify"_s, id});
        QCOMPARE(verify.exitCode, 5);
        QVERIFY2(verify.err.contains(u"The system keychain is locked or refused access."_s), qPrintable(verify.err));

        // Unlinking removes nothing and says why.
        const KeylinkRun unlink = keylink({u"unlink"_s, id});
        QCOMPARE(unlink.exitCode, 5);
        QCOMPARE(lastLine(unlink.err), locked + u" The account is still linked."_s);
        QCOMPARE(unlink.out, QString());

        // Linking saves nothing.
        const KeylinkRun linked = keylink({u"link"_s, u"front"_s}, newToken());
        QCOMPARE(linked.exitCode, 5);
        QCOMPARE(lastLine(linked.err), locked + u" Nothing was saved."_s);

        // Unlocked again: everything as it was, nothing half made.
        QVERIFY2(SecretServiceControl::unlockLogin(&error), qPrintable(error));
        QCOMPARE(accounts(), before);
        QCOMPARE(keychainText(id), secret);
        const KeylinkRun again = keylink({u"token"_s, id});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains(u"kLsEcReT"_s));
        QCOMPARE(keylink({u"unlink"_s, id}).exitCode, 0);
    }

    void aKeychainThatStopsAnsweringFailsWithinTheTimeout()
    {
        const QString id = link();
        QVERIFY(!id.isEmpty());
        m_stopped = SecretServiceControl::daemonPid();
        QVERIFY(m_stopped > 0);
        QCOMPARE(::kill(pid_t(m_stopped), SIGSTOP), 0);

        const QString hung = u"keylink: The system keychain did not answer within 2 seconds. Make sure your Secret "
                             u"Service provider (such as GNOME Keyring or KWallet) is running and responding, then "
                             u"try again."_s;
        QElapsedTimer clock;
        clock.start();
        const KeylinkRun token = keylink({u"token"_s, id, u"--timeout"_s, u"2"_s});
        QCOMPARE(token.exitCode, 5);
        QCOMPARE(lastLine(token.err), hung);
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));

        // An unlink that did not hear back: still listed, and said so.
        const KeylinkRun unlink = keylink({u"unlink"_s, id, u"--timeout"_s, u"2"_s});
        QCOMPARE(unlink.exitCode, 5);
        QVERIFY2(unlink.err.contains(u"did not answer within 2 seconds"_s), qPrintable(unlink.err));
        QVERIFY(unlink.err.contains(u"The account is still linked."_s));

        QVERIFY(unlink.err.contains(u"Keylink finishes the unlink the next time it starts and the keychain "
                                    u"answers."_s));
        QCOMPARE(accounts().size(), 1); // still listed meanwhile

        // The keychain answers again: the next start finishes the unlink, so
        // no account is left without its secret, nor a secret without its
        // account.
        QCOMPARE(::kill(pid_t(m_stopped), SIGCONT), 0);
        m_stopped = 0;
        const KeylinkRun next = keylink({u"accounts"_s, u"--json"_s});
        QCOMPARE(next.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(next.out.toUtf8())[u"accounts"_s].toArray().size(), 0);
        QCOMPARE(keychainText(id), QString());
    }
};

QTEST_GUILESS_MAIN(TestKeychainFaults)
#include "tst_keychainfaults.moc"
