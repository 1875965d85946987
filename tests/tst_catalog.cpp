#include "BuiltInProviders.h"
#include "catalog/CatalogLoader.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keylink;

namespace {
QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

QStringList idsOf(const QList<Action> &actions)
{
    QStringList ids;
    for (const Action &a : actions)
        ids.append(a.id);
    return ids;
}
} // namespace

// The built-in catalog carries every fact of shared/providers.md.
class TestCatalog : public QObject
{
    Q_OBJECT

private:
    CatalogLoadResult m_result;
    const Provider *provider(const QString &id)
    {
        const Provider *p = m_result.catalog.provider(id);
        if (!p)
            qFatal("provider %s missing", qPrintable(id));
        return p;
    }

private Q_SLOTS:
    void initTestCase() { m_result = CatalogLoader::load({}); }

    void loadsTheBuiltInProviders()
    {
        QStringList problems;
        for (const CatalogError &e : m_result.errors)
            problems.append(e.toString());
        QCOMPARE(problems, QStringList());
        QStringList ids;
        for (const Provider &p : m_result.catalog.providers()) {
            ids.append(p.id);
            QVERIFY(p.builtIn);
            QVERIFY2(p.iconPath.startsWith(u":/providers/icons/"_s), qPrintable(p.iconPath));
        }
        QCOMPARE(ids, BuiltInProviders::ids());
    }

    void frontHas52ActionsOver24Scopes()
    {
        const AuthMethod *m = provider(u"front"_s)->authMethod(u"api-token"_s);
        QVERIFY(m);
        QCOMPARE(m->actions.size(), 52);
        QCOMPARE(m->scopes.size(), 25);

        const QStringList needed = m->scopesForActions(idsOf(m->actions));
        QCOMPARE(needed.size(), 24);
        // Exactly the listed scopes but messages:write, which no action needs.
        QSet<QString> listed;
        for (const Scope &s : m->scopes)
            listed.insert(s.id);
        QCOMPARE(toSet(needed), listed - QSet<QString> {u"messages:write"_s});
        QVERIFY(m->actionsNeeding(u"messages:write"_s).isEmpty());
    }

    void frontActionsMatchTheGuide()
    {
        const AuthMethod *m = provider(u"front"_s)->authMethod(u"api-token"_s);
        const Action *list = m->action(u"front_list_conversations"_s);
        QVERIFY(list);
        QCOMPARE(list->label, u"List Conversations"_s);
        QCOMPARE(list->scopes, QStringList {u"conversations:read"_s});
        QCOMPARE(m->scopesForActions({u"front_list_conversations"_s, u"front_get_conversation"_s}),
            QStringList {u"conversations:read"_s});
        QVERIFY(m->actionsNeeding(u"events:*:read"_s).contains(u"List Events"_s));

        // The permissions step lists all 25 scopes; the wizard filters them.
        const GuideStep *permissions = nullptr;
        for (const GuideSection &section : m->guide.sections)
            for (const GuideStep &step : section.steps)
                if (step.listScopes)
                    permissions = &step;
        QVERIFY(permissions);
        QCOMPARE(permissions->scopes.size(), 25);
        QVERIFY(permissions->text.contains(u"**Resource permissions**"_s));
    }

    void frontProbesAreTheDocumentedReads()
    {
        const AuthMethod *m = provider(u"front"_s)->authMethod(u"api-token"_s);
        const QHash<QString, QString> expected {
            {u"conversations:read"_s, u"/conversations"_s},
            {u"contacts:read"_s, u"/contacts"_s},
            {u"tags:read"_s, u"/tags"_s},
            {u"teammates:read"_s, u"/teammates"_s},
            {u"inboxes:read"_s, u"/inboxes"_s},
            {u"channels:read"_s, u"/channels"_s},
            {u"accounts:read"_s, u"/accounts"_s},
            {u"events:*:read"_s, u"/events"_s},
        };
        QHash<QString, QString> probes;
        for (const Scope &s : m->scopes) {
            if (s.probe) {
                QCOMPARE(s.probe->method, u"GET"_s);
                QCOMPARE(s.probe->query, u"limit=1"_s);
                probes.insert(s.id, s.probe->path);
            }
        }
        QCOMPARE(probes, expected);
        QCOMPARE(m->verify.request.path, u"/me"_s);
        QCOMPARE(m->environments.first().baseUrl, QUrl(u"https://api2.frontapp.com"_s));
    }

    void easyshipFamiliesAreDisjointAndComplete()
    {
        const AuthMethod *m = provider(u"easyship"_s)->authMethod(u"oauth-partner"_s);
        QVERIFY(m);
        QVERIFY(m->exclusiveScopeFamilies);
        QVERIFY(m->exclusiveScopeFamiliesReason.contains(u"never be mixed"_s));

        QSet<QString> modern, legacy;
        for (const Scope &s : m->scopes) {
            QVERIFY2(!s.description.isEmpty(), qPrintable(s.id));
            if (s.family == u"2024-09"_s)
                modern.insert(s.id);
            else if (s.family == u"legacy"_s)
                legacy.insert(s.id);
            else
                QFAIL(qPrintable(u"scope %1 has family \"%2\""_s.arg(s.id, s.family)));
        }
        QVERIFY((modern & legacy).isEmpty());

        // Expected sets written from shared/providers.md, independently of the
        // seed table the catalog was generated from.
        QSet<QString> expectedModern;
        const QStringList readWrite {u"address"_s, u"asset"_s, u"batch"_s, u"billing_document"_s, u"box"_s,
            u"courier"_s, u"manifest"_s, u"payment_source"_s, u"pickup"_s, u"product"_s, u"setting"_s, u"shipment"_s,
            u"shipping_rule"_s, u"tag"_s, u"track_3p"_s, u"webhook"_s};
        const QStringList readOnly {u"analytics"_s, u"courier_service"_s, u"credit"_s, u"hs_code"_s, u"location"_s,
            u"rate"_s, u"reference"_s, u"shipment_document"_s, u"store"_s, u"tax_and_duty"_s, u"track"_s,
            u"transaction_record"_s};
        const QStringList writeOnly {
            u"address_validation"_s, u"app_access"_s, u"efulfillment"_s, u"label"_s, u"payment"_s, u"redirect"_s};
        for (const QString &r : readWrite)
            expectedModern << u"public.%1:read"_s.arg(r) << u"public.%1:write"_s.arg(r);
        for (const QString &r : readOnly)
            expectedModern << u"public.%1:read"_s.arg(r);
        for (const QString &r : writeOnly)
            expectedModern << u"public.%1:write"_s.arg(r);
        QCOMPARE(modern, expectedModern);

        const QStringList expectedLegacy {u"address"_s, u"address_validation"_s, u"analytics"_s, u"asset"_s, u"batch"_s,
            u"billing_document"_s, u"box"_s, u"courier"_s, u"courier_account"_s, u"credit"_s, u"custom_markup_rate"_s,
            u"efulfillment"_s, u"hs_code"_s, u"label"_s, u"location"_s, u"manifest"_s, u"payment"_s,
            u"payment_source"_s, u"pickup"_s, u"product"_s, u"rate"_s, u"reference"_s, u"settings"_s, u"shipment"_s,
            u"shipment_document"_s, u"shipping_rule"_s, u"store"_s, u"tag"_s, u"tax_and_duty"_s, u"track"_s,
            u"track_3p"_s, u"transaction_record"_s, u"webhook"_s};
        QCOMPARE(legacy, toSet(expectedLegacy));
        QCOMPARE(
            m->scope(u"public.address:read"_s)->description, u"Addresses (read only) Public API (2024-09 and newer)"_s);
        QCOMPARE(m->scope(u"courier_account"_s)->description, u"Courier Accounts API (2023-01 and older)"_s);

        QVERIFY(m->oauth);
        QCOMPARE(m->oauth->tokenUrl, QUrl(u"https://api.easyship.com/oauth2/token"_s));
        QCOMPARE(m->oauth->authorizeUrl, QUrl(u"https://auth.easyship.com/oauth2/authorize"_s));
        QCOMPARE(m->oauth->tokenRequestFormat, u"json"_s);
        QVERIFY(m->oauth->singleUseRefreshTokens);
        QCOMPARE(m->oauth->expiresIn, u"seconds-or-epoch"_s);
        QCOMPARE(m->field(u"client_secret"_s)->kind, Field::Kind::Secret);
    }

    void easyshipTokenPicksTheEnvironmentByPrefix()
    {
        const Provider *p = provider(u"easyship"_s);
        const AuthMethod *m = p->authMethod(u"api-token"_s);
        QVERIFY(p->warnings.isEmpty()); // the admin warning is the token method's only
        QCOMPARE(m->warnings.size(), 1);
        QVERIFY(m->warnings.first().contains(u"admin access"_s));
        QCOMPARE(m->recommendedScopes.size(), 11);
        for (const QString &s : m->recommendedScopes)
            QVERIFY2(m->scope(s), qPrintable(s));
        QCOMPARE(m->scopes.size(), 50);

        QCOMPARE(m->environmentFor(u"prod_abc"_s)->baseUrl, QUrl(u"https://public-api.easyship.com"_s));
        QCOMPARE(m->environmentFor(u"sand_abc"_s)->baseUrl, QUrl(u"https://public-api-sandbox.easyship.com"_s));
        QCOMPARE(m->environmentFor(u"live_abc"_s), nullptr);
        QVERIFY(m->field(u"token"_s)->accepts(u"sand_x1"_s));
        QVERIFY(!m->field(u"token"_s)->accepts(u"test_x1"_s));
        QCOMPARE(m->verify.request.path, u"/2024-09/account"_s);
        QCOMPARE(m->verify.identityId, u"/account/easyship_company_id"_s);
        QCOMPARE(p->errors.codes.value(u"invalid_token"_s), 401);
        QCOMPARE(p->rateLimit.resetFormat, u"epoch"_s);
    }

    void oneflowTokenPattern_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<bool>("accepted");
        const QString forty = u"Ab3-"_s.repeated(10);
        QTest::newRow("40 letters, digits, hyphens") << forty << true;
        QTest::newRow("40 hyphens") << u"-"_s.repeated(40) << true;
        QTest::newRow("39 characters") << forty.left(39) << false;
        QTest::newRow("41 characters") << forty + u"a"_s << false;
        QTest::newRow("underscore") << forty.left(39) + u"_"_s << false;
        QTest::newRow("space") << forty.left(39) + u" "_s << false;
        QTest::newRow("dot") << forty.left(39) + u"."_s << false;
        QTest::newRow("non-ASCII letter") << forty.left(39) + u"é"_s << false;
        QTest::newRow("trailing newline") << forty + u"\n"_s << false;
        QTest::newRow("empty") << QString() << false;
    }

    void oneflowTokenPattern()
    {
        QFETCH(QString, token);
        QFETCH(bool, accepted);
        const AuthMethod *m = provider(u"oneflow"_s)->authMethod(u"api-token"_s);
        QCOMPARE(m->field(u"token"_s)->accepts(token), accepted);
    }

    void oneflowSendsTheUserEmailAndChecksIt()
    {
        const Provider *p = provider(u"oneflow"_s);
        const AuthMethod *m = p->authMethod(u"api-token"_s);
        QCOMPARE(m->fields.size(), 2);
        QCOMPARE(m->field(u"user_email"_s)->kind, Field::Kind::Email);
        QVERIFY(m->field(u"user_email"_s)->accepts(u"ana@example.com"_s));
        QVERIFY(!m->field(u"user_email"_s)->accepts(u"ana@example"_s));
        const auto headers = m->verify.request.headers;
        QVERIFY(headers.contains({u"x-oneflow-api-token"_s, u"{token}"_s}));
        QVERIFY(headers.contains({u"x-oneflow-user-email"_s, u"{user_email}"_s}));
        QCOMPARE(m->verify.request.path, u"/v1/ping"_s);
        QVERIFY(m->verify.userCheck);
        QCOMPARE(m->verify.userCheck->unconfirmed, u"user-email-check"_s);
        QCOMPARE(p->unconfirmed.first().topic, u"user-email-check"_s);
        // The guide's three parts.
        QCOMPARE(m->guide.sections.size(), 3);
        QCOMPARE(p->errors.message, u"/detail"_s);
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
