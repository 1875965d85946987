#include "BuiltInProviders.h"
#include "verbs/ProvidersVerb.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keylink;

class TestProvidersCommand : public QObject
{
    Q_OBJECT

private:
    static QJsonObject method(const QJsonObject &json, const QString &provider, const QString &method)
    {
        for (const QJsonValue &p : json.value(u"providers"_s).toArray()) {
            if (p[u"id"_s].toString() != provider)
                continue;
            for (const QJsonValue &m : p[u"authMethods"_s].toArray())
                if (m[u"id"_s].toString() == method)
                    return m.toObject();
        }
        return {};
    }

private Q_SLOTS:
    // Issue 17: the twenty providers with the ids and fields scripts rely
    // on, secrets marked as such, each with its sources and a category.
    void theTwentyHaveTheirFixedIdsAndFields()
    {
        const QJsonObject json = ProvidersVerb::toJson(CatalogLoader::load({}));
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue &p : json.value(u"providers"_s).toArray())
            byId.insert(p[u"id"_s].toString(), p.toObject());
        for (const BuiltInProviders::FixedFields &expected : BuiltInProviders::fixedFields()) {
            QVERIFY2(byId.contains(expected.provider), qPrintable(expected.provider));
            const QJsonObject p = byId.value(expected.provider);
            QCOMPARE(p[u"schema"_s].toInt(), 2);
            QVERIFY2(!p[u"sources"_s].toArray().isEmpty(), qPrintable(expected.provider));
            QVERIFY2(!p[u"category"_s].toString().isEmpty(), qPrintable(expected.provider));
            const QJsonArray fields = p[u"authMethods"_s][0][u"fields"_s].toArray();
            QStringList ids, secrets;
            for (const QJsonValue &f : fields) {
                ids.append(f[u"id"_s].toString());
                if (f[u"kind"_s].toString() == u"secret"_s)
                    secrets.append(f[u"id"_s].toString());
            }
            QCOMPARE(ids, expected.fields);
            QCOMPARE(secrets, expected.secrets);
        }
    }

    void jsonCarriesTheWholeCatalogAndItsCounts()
    {
        const QJsonObject json = ProvidersVerb::toJson(CatalogLoader::load({}));
        QCOMPARE(json.value(u"providers"_s).toArray().size(), BuiltInProviders::ids().size());
        QCOMPARE(json.value(u"problems"_s).toArray().size(), 0);

        const QJsonObject front = method(json, u"front"_s, u"api-token"_s);
        QCOMPARE(front[u"counts"_s][u"actions"_s].toInt(), 52);
        QCOMPARE(front[u"counts"_s][u"actionScopes"_s].toInt(), 24);
        QCOMPARE(front[u"counts"_s][u"scopes"_s].toInt(), 25);
        QCOMPARE(front[u"counts"_s][u"probes"_s].toInt(), 8);
        // The full definition, not just counts: the guide comes along.
        QCOMPARE(front[u"actions"_s].toArray().size(), 52);
        QVERIFY(front[u"guide"_s][u"sections"_s].toArray().size() > 0);

        const QJsonObject oauth = method(json, u"easyship"_s, u"oauth-partner"_s);
        QCOMPARE(oauth[u"counts"_s][u"scopeFamilies"_s][u"2024-09"_s].toInt(), 50);
        QCOMPARE(oauth[u"counts"_s][u"scopeFamilies"_s][u"legacy"_s].toInt(), 33);
        QCOMPARE(method(json, u"easyship"_s, u"api-token"_s)[u"counts"_s][u"recommendedScopes"_s].toInt(), 11);
        QCOMPARE(method(json, u"oneflow"_s, u"api-token"_s)[u"counts"_s][u"fields"_s].toInt(), 2);
    }

    void textNamesMethodsFieldsAndCounts()
    {
        const QString text = ProvidersVerb::toText(CatalogLoader::load({}));
        QVERIFY(text.contains(u"Front (front)"_s));
        QVERIFY(text.contains(u"actions: 52, using 24 distinct scopes"_s));
        QVERIFY(text.contains(u"fields: token (secret), user_email (email)"_s));
        QVERIFY(text.contains(u"environments: production (prod_…), sandbox (sand_…)"_s));
        QVERIFY(text.contains(u"scopes: 83, 50 in family 2024-09, 33 in family legacy"_s));
        QVERIFY(text.endsWith(u"3 providers\n"_s));
    }
};

QTEST_GUILESS_MAIN(TestProvidersCommand)
#include "tst_providerscommand.moc"
