#include "connect/HostRules.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace keylink;

// The host rules that keep a credential on the hosts a provider file allows,
// fed the values a hostile or careless user might type.
class TestHostRules : public QObject
{
    Q_OBJECT

private:
    static AuthMethod method(const QString &baseUrl, const QStringList &allowed, Field::Kind kind, const QString &field)
    {
        AuthMethod m;
        Field f;
        f.id = field;
        f.label = u"Subdomain"_s;
        f.kind = kind;
        m.fields.append(f);
        Field secret;
        secret.id = u"token"_s;
        secret.label = u"API Key"_s;
        secret.kind = Field::Kind::Secret;
        m.fields.append(secret);
        Environment env;
        env.id = u"production"_s;
        env.baseUrlTemplate = baseUrl;
        m.environments.append(env);
        m.allowedHosts = allowed;
        return m;
    }

    static QUrl resolve(const AuthMethod &m, const SecretFields &values, QString *error = nullptr)
    {
        return HostRules::baseUrl(m, m.environments.first(), HostRules::withDerived(m, values), error);
    }

private Q_SLOTS:
    void aLabelFillsTheHost_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("host"); // empty: refused
        QTest::newRow("plain") << u"acme"_s << u"acme.zendesk.com"_s;
        QTest::newRow("upper case") << u"ACME"_s << u"acme.zendesk.com"_s;
        QTest::newRow("hyphen inside") << u"acme-eu"_s << u"acme-eu.zendesk.com"_s;
        QTest::newRow("fragment") << u"evil.com#"_s << QString();
        QTest::newRow("two labels") << u"a.b"_s << QString();
        QTest::newRow("dot dot") << u".."_s << QString();
        QTest::newRow("encoded dot") << u"%2e"_s << QString();
        QTest::newRow("userinfo") << u"user@evil.com"_s << QString();
        QTest::newRow("port") << u"acme:8443"_s << QString();
        QTest::newRow("path") << u"acme/x"_s << QString();
        QTest::newRow("query") << u"acme?x=1"_s << QString();
        QTest::newRow("cyrillic a") << u"\u0430cme"_s << QString();
        QTest::newRow("fullwidth") << u"ａｃｍｅ"_s << QString();
        QTest::newRow("leading hyphen") << u"-acme"_s << QString();
        QTest::newRow("trailing hyphen") << u"acme-"_s << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("64 characters") << QString(64, u'a') << QString();
        QTest::newRow("63 characters") << QString(63, u'a') << QString(63, u'a') + u".zendesk.com"_s;
        QTest::newRow("space") << u"ac me"_s << QString();
        QTest::newRow("newline") << u"acme\nevil"_s << QString();
    }

    void aLabelFillsTheHost()
    {
        QFETCH(QString, value);
        QFETCH(QString, host);
        const AuthMethod m
            = method(u"https://{subdomain}.zendesk.com"_s, {u"*.zendesk.com"_s}, Field::Kind::Text, u"subdomain"_s);
        QString error;
        const QUrl url = resolve(m, {{u"subdomain"_s, value}}, &error);
        if (host.isEmpty()) {
            QVERIFY2(url.isEmpty(), qPrintable(url.toString()));
            QVERIFY2(error.startsWith(u"Subdomain "_s), qPrintable(error));
        } else {
            QCOMPARE(url.host(), host);
            QCOMPARE(url.scheme(), u"https"_s);
            QCOMPARE(url.port(), -1);
        }
    }

    void aTypedHostIsHttpsAndNothingElse_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("host");
        QTest::newRow("name") << u"gitlab.example.com"_s << u"gitlab.example.com"_s;
        QTest::newRow("https") << u"https://gitlab.example.com"_s << u"gitlab.example.com"_s;
        QTest::newRow("https with slash") << u"https://gitlab.example.com/"_s << u"gitlab.example.com"_s;
        QTest::newRow("punycode") << u"xn--80ak6aa92e.com"_s << u"xn--80ak6aa92e.com"_s;
        QTest::newRow("http") << u"http://gitlab.example.com"_s << QString();
        QTest::newRow("userinfo") << u"https://me@gitlab.example.com"_s << QString();
        QTest::newRow("port") << u"gitlab.example.com:8443"_s << QString();
        QTest::newRow("path") << u"gitlab.example.com/api"_s << QString();
        QTest::newRow("one label") << u"localhost"_s << QString();
        QTest::newRow("fragment") << u"evil.com#.gitlab.com"_s << QString();
        QTest::newRow("unicode") << u"gitl\u0430b.com"_s << QString();
        QTest::newRow("empty label") << u"gitlab..com"_s << QString();
        QTest::newRow("encoded") << u"gitlab%2ecom"_s << QString();
        QTest::newRow("ip with port") << u"127.0.0.1:80"_s << QString();
    }

    void aTypedHostIsHttpsAndNothingElse()
    {
        QFETCH(QString, value);
        QFETCH(QString, host);
        const AuthMethod m = method(u"https://{host}"_s, {u"https-any"_s}, Field::Kind::Host, u"host"_s);
        QString error;
        const QUrl url = resolve(m, {{u"host"_s, value}}, &error);
        if (host.isEmpty()) {
            QVERIFY2(url.isEmpty(), qPrintable(url.toString()));
            QVERIFY2(error.contains(u"server name"_s), qPrintable(error));
        } else {
            QCOMPARE(url.toString(QUrl::FullyEncoded), u"https://"_s + host);
        }
    }

    // "https-any" is for a host the user types, not for a label.
    void aLabelNeverUsesHttpsAny()
    {
        const AuthMethod m
            = method(u"https://{subdomain}.example.com"_s, {u"https-any"_s}, Field::Kind::Text, u"subdomain"_s);
        QString error;
        QVERIFY(resolve(m, {{u"subdomain"_s, u"acme"_s}}, &error).isEmpty());
        QVERIFY2(error.contains(u"does not allow"_s), qPrintable(error));
    }

    void theDataCentreIsCutFromTheKeyAndNeverEchoed()
    {
        AuthMethod m = method(
            u"https://{dc}.api.mailchimp.com/3.0"_s, {u"*.api.mailchimp.com"_s}, Field::Kind::Text, u"unused"_s);
        m.derivedFields.append({u"dc"_s, u"token"_s, u"-"_s});
        QCOMPARE(
            resolve(m, {{u"token"_s, u"0123abcdkLsEcReT-us6"_s}}).toString(), u"https://us6.api.mailchimp.com/3.0"_s);
        for (const QString &key : {u"0123abcdkLsEcReT"_s, u"0123abcdkLsEcReT-us6.evil.com"_s,
                 u"0123abcdkLsEcReT-us6#"_s, u"0123abcdkLsEcReT-"_s}) {
            QString error;
            QVERIFY2(resolve(m, {{u"token"_s, key}}, &error).isEmpty(), qPrintable(key));
            QVERIFY2(!error.contains(u"kLsEcReT"_s) && !error.contains(u"evil"_s), qPrintable(error));
            QVERIFY2(error.contains(u"API Key"_s), qPrintable(error));
        }
    }

    void aFixedBaseUrlNeedsNoRules()
    {
        AuthMethod m;
        Environment env;
        env.baseUrl = QUrl(u"https://api.github.com"_s);
        env.baseUrlTemplate = env.baseUrl.toString();
        m.environments.append(env);
        QCOMPARE(HostRules::baseUrl(m, m.environments.first(), {}), QUrl(u"https://api.github.com"_s));
    }

    void allowedHostPatterns()
    {
        QVERIFY(HostRules::allows({u"*.zendesk.com"_s}, u"acme.zendesk.com"_s, false));
        QVERIFY(!HostRules::allows({u"*.zendesk.com"_s}, u"a.b.zendesk.com"_s, false));
        QVERIFY(!HostRules::allows({u"*.zendesk.com"_s}, u"zendesk.com"_s, false));
        QVERIFY(!HostRules::allows({u"*.zendesk.com"_s}, u"acmezendesk.com"_s, false));
        QVERIFY(!HostRules::allows({u"*.zendesk.com"_s}, u"acme.zendesk.com.evil.com"_s, false));
        QVERIFY(HostRules::allows({u"api.example.com"_s}, u"api.example.com"_s, false));
        QVERIFY(HostRules::allows({u"https-any"_s}, u"gitlab.example.com"_s, true));
        QVERIFY(!HostRules::allows({u"https-any"_s}, u"gitlab.example.com"_s, false));
    }
};

QTEST_GUILESS_MAIN(TestHostRules)
#include "tst_hostrules.moc"
