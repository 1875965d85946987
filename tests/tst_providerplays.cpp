#include "KeylinkProcess.h"
#include "ProviderPlay.h"

#include <QDir>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

// Every catalog provider linked through the command line against a play of
// its documented answers (tests/data/providers, format in its README): one
// loopback server per host the provider uses, reached through
// KEYLINK_HOST_MAP, and the real keychain. Checks where the credential went
// and what Keylink concluded; a rejected credential exits 3 with the
// provider's own words, a rate limit exits 4.
class TestProviderPlays : public QObject
{
    Q_OBJECT

private:
    KeylinkRun link(const ProviderPlay &stage, const QJsonObject &play, const QStringList &extra = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"KEYLINK_HOST_MAP"_s, stage.hostMap());
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        const QJsonObject fields = play[u"fields"_s].toObject();
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
            env.insert(u"KEYLINK_FIELD_"_s + it.key().toUpper(), it.value().toString());
        QStringList arguments {
            u"link"_s, play[u"provider"_s].toString(), u"--method"_s, play[u"method"_s].toString(), u"--json"_s};
        QStringList scopes;
        for (const QJsonValue &s : play[u"scopes"_s].toArray())
            scopes << s.toString();
        if (!scopes.isEmpty())
            arguments << u"--scopes"_s << scopes.join(u',');
        return runKeylink(arguments + extra, env);
    }

    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void linksAsDocumented_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = ProviderPlay::files();
        QVERIFY(!files.isEmpty());
        for (const QString &file : files)
            QTest::newRow(qPrintable(file.chopped(5))) << file;
    }

    void linksAsDocumented()
    {
        QFETCH(QString, file);
        const QJsonObject p = ProviderPlay::load(file);
        QVERIFY2(!p.isEmpty(), "the play is not a JSON object");
        const QJsonObject expect = p[u"expect"_s].toObject();
        ProviderPlay s;
        QVERIFY(s.stage(p, p[u"answers"_s].toArray()));
        const KeylinkRun run = link(s, p);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject account = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(account[u"provider"_s].toString(), p[u"provider"_s].toString());
        QCOMPARE(account[u"environment"_s].toString(), expect[u"environment"_s].toString(u"production"_s));
        QCOMPARE(account[u"identity"_s][u"id"_s].toString(), expect[u"identityId"_s].toString());
        QCOMPARE(account[u"identity"_s][u"name"_s].toString(), expect[u"identityName"_s].toString());
        if (expect.contains(u"expiresAt"_s)) {
            QCOMPARE(QDateTime::fromString(account[u"credentialExpiresAt"_s].toString(), Qt::ISODateWithMs),
                QDateTime::fromString(expect[u"expiresAt"_s].toString(), Qt::ISODateWithMs));
        }

        // What each host saw, in order, with the credential where the
        // provider documents it.
        QHash<QString, int> next;
        for (const QJsonValue &v : expect[u"sent"_s].toArray()) {
            const QJsonObject sent = v.toObject();
            const QString host = sent[u"host"_s].toString();
            QVERIFY2(s.server(host), qPrintable(u"no server plays "_s + host));
            const QList<FakeProviderServer::Seen> &seen = s.server(host)->requests();
            const int at = next[host]++;
            QVERIFY2(at < seen.size(),
                qPrintable(u"%1 saw %2 requests, expected at least %3"_s.arg(host).arg(seen.size()).arg(at + 1)));
            const FakeProviderServer::Seen &request = seen.at(at);
            QCOMPARE(QString::fromLatin1(request.method), sent[u"method"_s].toString(u"GET"_s));
            QCOMPARE(request.path, sent[u"path"_s].toString());
            const QJsonObject headers = sent[u"headers"_s].toObject();
            for (auto h = headers.constBegin(); h != headers.constEnd(); ++h)
                QCOMPARE(QString::fromUtf8(request.headers.value(h.key().toLower().toUtf8())), h.value().toString());
            const QUrlQuery query(request.query);
            const QJsonObject params = sent[u"query"_s].toObject();
            for (auto q = params.constBegin(); q != params.constEnd(); ++q)
                QCOMPARE(query.queryItemValue(q.key(), QUrl::FullyDecoded), q.value().toString());
        }

        const QJsonObject scopes = expect[u"scopes"_s].toObject();
        QHash<QString, QString> results;
        for (const QJsonValue &v : account[u"permissions"_s].toArray())
            results.insert(v[u"scope"_s].toString(), v[u"state"_s].toString());
        for (auto it = scopes.constBegin(); it != scopes.constEnd(); ++it)
            QCOMPARE(results.value(it.key()), it.value().toString());

        QCOMPARE(runKeylink({u"unlink"_s, account[u"id"_s].toString()},
                     [this] {
                         QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
                         env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
                         env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
                         return env;
                     }())
                     .exitCode,
            0);
    }

    void rejectedAndLimitedSayWhy_data() { linksAsDocumented_data(); }

    void rejectedAndLimitedSayWhy()
    {
        QFETCH(QString, file);
        const QJsonObject p = ProviderPlay::load(file);
        const QJsonObject rejected = p[u"rejected"_s].toObject();
        QVERIFY2(!rejected.isEmpty(), "the play has no rejected answer");
        {
            ProviderPlay s;
            QVERIFY(s.stage(p, rejected[u"answers"_s].toArray()));
            const KeylinkRun run = link(s, p);
            QVERIFY2(run.exitCode == 3, qPrintable(u"exit %1: %2"_s.arg(run.exitCode).arg(run.err)));
            QVERIFY2(run.err.contains(rejected[u"message"_s].toString()), qPrintable(run.err));
        }
        const QJsonObject limited = p[u"rateLimited"_s].toObject();
        if (limited.isEmpty())
            return;
        ProviderPlay s;
        QVERIFY(s.stage(p, limited[u"answers"_s].toArray()));
        const KeylinkRun run = link(s, p);
        QVERIFY2(run.exitCode == 4, qPrintable(u"exit %1: %2"_s.arg(run.exitCode).arg(run.err)));
        QVERIFY2(run.err.contains(u"limiting requests"_s), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestProviderPlays)
#include "tst_providerplays.moc"
