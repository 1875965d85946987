#include "BuiltInProviders.h"
#include "catalog/CatalogLoader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keylink;

namespace {

const QString M = u"acme.json: $.authMethods[0]"_s;

} // namespace

class TestCatalogErrors : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    // A small valid provider (tests/data/acme); each row changes one piece of it.
    QString m_base;

    std::optional<Provider> parse(const QString &json, QList<CatalogError> *errors)
    {
        return CatalogLoader::parse(json.toUtf8(), u"acme.json"_s, m_dir.path(), errors);
    }

    void writeFile(const QString &dir, const QString &name, const QByteArray &content)
    {
        QFile f(QDir(dir).filePath(name));
        QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(f.errorString()));
        f.write(content);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile base(QStringLiteral(KEYLINK_TEST_DATA) + u"/acme/acme.json"_s);
        QVERIFY2(base.open(QIODevice::ReadOnly), qPrintable(base.fileName()));
        m_base = QString::fromUtf8(base.readAll());
        QVERIFY(m_dir.isValid());
        writeFile(m_dir.path(), u"acme.svg"_s, "<svg xmlns='http://www.w3.org/2000/svg'/>");
    }

    void theBaseIsValid()
    {
        QList<CatalogError> errors;
        const std::optional<Provider> p = parse(m_base, &errors);
        QCOMPARE(errors.size(), 0);
        QVERIFY(p);
        QCOMPARE(p->authMethods.first().actions.first().scopes, QStringList {u"things:read"_s});
    }

    void reportsExactly_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("message");

        QTest::newRow("syntax error")
            << u"\"name\": \"Acme\","_s << u"\"name\": \"Acme\""_s
            << u"acme.json: $: not valid JSON at line 5, column 4: unterminated object; expected a JSON object"_s;
        QTest::newRow("missing key") << u"\"name\": \"Acme\","_s << QString()
                                     << u"acme.json: $.name: missing; expected a non-empty string"_s;
        QTest::newRow("wrong type") << u"\"name\": \"Acme\""_s << u"\"name\": 7"_s
                                    << u"acme.json: $.name: is a number; expected a non-empty string"_s;
        // Found by fuzz_catalog: converting this to int was undefined behaviour.
        QTest::newRow("number out of range")
            << u"\"schema\": 1,"_s << u"\"schema\": 3333333333333333333333333333333333333333333333333333333333,"_s
            << u"acme.json: $.schema: is out of range; expected a whole number"_s;
        QTest::newRow("unknown key") << u"\"label\": \"List Things\""_s << u"\"lable\": \"List Things\""_s
                                     << M + u".actions[0].label: missing; expected a non-empty string\n"_s + M
                + u".actions[0].lable: unknown key \"lable\"; expected one of: id, label, scopes"_s;
        QTest::newRow("action naming an unknown scope") << u"\"List Things\", \"scopes\": [\"things:read\"]"_s
                                                        << u"\"List Things\", \"scopes\": [\"things:delete\"]"_s
                                                        << M
                + u".actions[0].scopes[0]: unknown scope \"things:delete\"; expected a scope declared in this method's \"scopes\""_s;
        QTest::newRow("step naming an unknown scope")
            << u"\"scopes\": [\"things:read\"] } ]"_s << u"\"scopes\": [\"stuff:read\"] } ]"_s
            << M
                + u".guide.sections[0].steps[0].scopes[0]: unknown scope \"stuff:read\"; expected a scope declared in this method's \"scopes\""_s;
        QTest::newRow("duplicate scope id") << u"\"id\": \"things:write\""_s << u"\"id\": \"things:read\""_s
                                            << M
                + u".scopes[1].id: duplicate scope id \"things:read\", already used at $.authMethods[0].scopes[0].id; expected an id used once"_s;
        QTest::newRow("duplicate action id")
            << u"\"scopes\": [\"things:read\"] }\n      ]"_s
            << u"\"scopes\": [\"things:read\"] },\n{ \"id\": \"list_things\", \"label\": \"Again\", \"scopes\": [\"things:write\"] }\n      ]"_s
            << M
                + u".actions[1].id: duplicate action id \"list_things\", already used at $.authMethods[0].actions[0].id; expected an id used once"_s;
        QTest::newRow("bad regex") << u"\"^[a-z0-9]{8}$\""_s << u"\"^[a-z0-9{8}$\""_s
                                   << M
                + u".fields[0].pattern: invalid regular expression: missing terminating ] for character class at offset 12; expected a valid Perl-compatible regular expression"_s;
        QTest::newRow("placeholder naming no field") << u"\"Bearer {token}\""_s << u"\"Bearer {api_key}\""_s
                                                     << M
                + u".verify.request.headers.Authorization: placeholder {api_key} names no field of this method; expected one of: token"_s;
        QTest::newRow("plain http URL") << u"\"https://api.acme.example\""_s << u"\"http://api.acme.example\""_s
                                        << M
                + u".environments[0].baseUrl: \"http://api.acme.example\" is not an https URL; expected an absolute https:// URL"_s;
        QTest::newRow("unsupported kind")
            << u"\"kind\": \"secret\""_s << u"\"kind\": \"password\""_s
            << M + u".fields[0].kind: \"password\" is not allowed; expected one of: secret, email, text"_s;
        QTest::newRow("unsupported schema") << u"\"schema\": 1"_s << u"\"schema\": 3"_s
                                            << u"acme.json: $.schema: version 3 is not supported; expected 1 or 2"_s;
        // Version 2 keys in a version 1 file are unknown there.
        QTest::newRow("version 2 key in a version 1 file")
            << u"\"kind\": \"secret\""_s << u"\"kind\": \"host\""_s
            << M + u".fields[0].kind: \"host\" is not allowed; expected one of: secret, email, text"_s;
        QTest::newRow("environment variable naming no field")
            << u"\"kind\": \"token\","_s
            << u"\"kind\": \"token\", \"environmentVariables\": { \"ACME_KEY\": \"key\" },"_s
            << M + u".environmentVariables.ACME_KEY: names unknown field \"key\"; expected one of: token"_s;
        QTest::newRow("environment variable that is not a name")
            << u"\"kind\": \"token\","_s
            << u"\"kind\": \"token\", \"environmentVariables\": { \"acme-token\": \"token\" },"_s
            << M
                + u".environmentVariables[\"acme-token\"]: \"acme-token\" is not an environment variable name; expected upper-case letters, digits and _"_s;
        QTest::newRow("probe that writes")
            << u"{ \"id\": \"things:read\", \"description\": \"Read things\" }"_s
            << u"{ \"id\": \"things:read\", \"description\": \"Read things\", \"probe\": { \"method\": \"POST\", \"path\": \"/things\" } }"_s
            << M + u".scopes[0].probe.method: \"POST\" is not allowed; expected one of: GET"_s;
        QTest::newRow("unclosed bold") << u"\"Go to **Settings**.\""_s << u"\"Go to **Settings.\""_s
                                       << M
                + u".guide.sections[0].steps[0].text: has an unclosed ** (bold); expected bold text written as **UI path**"_s;
        QTest::newRow("missing icon")
            << u"\"acme.svg\""_s << u"\"missing.svg\""_s
            << u"acme.json: $.icon: file \"%1/missing.svg\" not found; expected an SVG file path relative to the provider file"_s;
        QTest::newRow("oauth2 method without oauth") << u"\"kind\": \"token\""_s << u"\"kind\": \"oauth2\""_s
                                                     << M
                + u".oauth: missing for an oauth2 method; expected an object with tokenUrl, grants and tokenRequestFormat"_s;
        QTest::newRow("not an object")
            << m_base << u"[1, 2]"_s
            << u"acme.json: $: the document is not a JSON object; expected a JSON object describing one provider"_s;
    }

    void reportsExactly()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, message);
        QVERIFY2(m_base.contains(from), "the row must change something that is in the base");
        QString json = m_base;
        json.replace(from, to);
        if (message.contains(u"%1"_s))
            message = message.arg(m_dir.path());

        QList<CatalogError> errors;
        QVERIFY(!parse(json, &errors));
        QStringList texts;
        for (const CatalogError &e : errors)
            texts.append(e.toString());
        QCOMPARE(texts.join(u'\n'), message);
    }

    void badUserFileIsSkippedAndBuiltInsStay()
    {
        QTemporaryDir userDir;
        QVERIFY(userDir.isValid());
        writeFile(userDir.path(), u"broken.json"_s, "{ \"schema\": 1, ");
        writeFile(userDir.path(), u"acme.json"_s, m_base.toUtf8());
        writeFile(userDir.path(), u"acme.svg"_s, "<svg xmlns='http://www.w3.org/2000/svg'/>");
        QString clash = m_base;
        clash.replace(u"\"id\": \"acme\""_s, u"\"id\": \"front\""_s);
        writeFile(userDir.path(), u"zz-front.json"_s, clash.toUtf8());

        const CatalogLoadResult result = CatalogLoader::load({userDir.path()});
        QStringList ids;
        for (const Provider &p : result.catalog.providers())
            ids.append(p.id);
        QCOMPARE(ids, BuiltInProviders::ids() + QStringList {u"acme"_s});
        const Provider *acme = result.catalog.provider(u"acme"_s);
        QVERIFY(!acme->builtIn);
        QCOMPARE(acme->iconPath, QDir(userDir.path()).filePath(u"acme.svg"_s));

        QCOMPARE(result.errors.size(), 2);
        QCOMPARE(result.errors.at(0).toString(),
            u"%1/broken.json: $: not valid JSON at line 1, column 16: unterminated object; expected a JSON object"_s
                .arg(userDir.path()));
        QCOMPARE(result.errors.at(1).toString(),
            u"%1/zz-front.json: $.id: duplicate provider id \"front\", already defined by :/providers/front.json; "
            u"expected an id no other provider file uses"_s.arg(userDir.path()));
    }

    void aMissingUserFolderIsNoProblem()
    {
        const CatalogLoadResult result = CatalogLoader::load({u"/nonexistent/keylink/providers"_s});
        QCOMPARE(result.errors.size(), 0);
        QCOMPARE(result.catalog.providers().size(), BuiltInProviders::ids().size());
    }
};

QTEST_GUILESS_MAIN(TestCatalogErrors)
#include "tst_catalogerrors.moc"
