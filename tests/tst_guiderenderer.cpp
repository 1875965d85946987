#include "catalog/Provider.h"
#include "wizard/GuideRenderer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace keylink;

// The guide page's HTML from a method's guide: what the user reads must be
// the provider's steps, escaped, with only the scopes their selection needs.
class TestGuideRenderer : public QObject
{
    Q_OBJECT

private:
    static Provider provider()
    {
        Provider p;
        p.id = u"acme"_s;
        p.name = u"Acme"_s;
        p.warnings = {u"Tokens expire after **90 days**."_s};
        return p;
    }

    static AuthMethod method()
    {
        AuthMethod m;
        m.id = u"api-token"_s;
        m.scopes = {{u"orders:read"_s, u"Read orders"_s, {}, {}, {}},
            {u"orders:write"_s, u"Change <orders>"_s, {}, {}, {}}, {u"rates:read"_s, u"Read rates"_s, {}, {}, {}}};
        m.actions = {{u"list"_s, u"List orders"_s, {u"orders:read"_s}},
            {u"ship"_s, u"Ship & track"_s, {u"orders:read"_s, u"orders:write"_s}}};
        GuideStep open;
        open.title = u"Open the dashboard"_s;
        open.text = u"Go to **Settings › API** and click <New>."_s;
        open.items = {u"Name it **Keylink**"_s};
        open.links = {{u"Dashboard"_s, QUrl(u"https://example.com/settings?tab=api&x=1"_s)}};
        GuideStep scopes;
        scopes.title = u"Choose permissions"_s;
        scopes.text = u"Tick these:"_s;
        scopes.scopes = {u"orders:read"_s, u"orders:write"_s, u"rates:read"_s};
        scopes.listScopes = true;
        m.guide.sections = {{u"token"_s, u"Create a token"_s, u"In the **admin** area."_s, {open, scopes}}};
        return m;
    }

private Q_SLOTS:
    void markupBoldsAndEscapes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("html");
        QTest::newRow("plain") << u"Click Save"_s << u"Click Save"_s;
        QTest::newRow("bold") << u"Open **Settings** then **API**"_s << u"Open <b>Settings</b> then <b>API</b>"_s;
        QTest::newRow("markup in text") << u"<script>x</script> & **<b>**"_s
                                        << u"&lt;script&gt;x&lt;/script&gt; &amp; <b>&lt;b&gt;</b>"_s;
        QTest::newRow("unpaired") << u"a ** b"_s << u"a ** b"_s;
    }
    void markupBoldsAndEscapes()
    {
        QFETCH(QString, text);
        QFETCH(QString, html);
        QCOMPARE(GuideRenderer::markup(text), html);
    }

    void stepsAreNumberedAndEscaped()
    {
        const QString html = GuideRenderer::html(provider(), method(), {});
        QVERIFY(html.contains(u"⚠ Tokens expire after <b>90 days</b>."_s));
        QVERIFY(html.contains(u"<h3>Create a token</h3><p>In the <b>admin</b> area.</p><ol>"_s));
        QVERIFY(html.contains(
            u"<li><p><b>Open the dashboard</b><br>Go to <b>Settings › API</b> and click &lt;New&gt;.</p>"_s));
        QVERIFY(html.contains(u"<ul><li>Name it <b>Keylink</b></li></ul>"_s));
        QVERIFY(html.contains(u"<a href='https://example.com/settings?tab=api&amp;x=1'>Dashboard</a>"_s));
        QCOMPARE(html.count(u"<li><p><b>"_s), 2);
    }

    void onlyTheNeededScopesAreListed()
    {
        const QString html = GuideRenderer::html(provider(), method(), {u"orders:read"_s, u"orders:write"_s});
        QVERIFY(html.contains(u"<code>orders:read</code> — Read orders <a href='copy:orders%3Aread'>Copy</a>"_s));
        QVERIFY(html.contains(u"<code>orders:write</code> — Change &lt;orders&gt;"_s));
        QVERIFY(!html.contains(u"rates:read"_s));
        // The actions the listed scopes enable, each once, escaped.
        QVERIFY(html.contains(u"<b>Enables actions:</b> List orders, Ship &amp; track"_s));
    }

    void aStepWithNoNeededScopeSaysSo()
    {
        const QString html = GuideRenderer::html(provider(), method(), {u"other:read"_s});
        QVERIFY(html.contains(u"None of the scopes of this step is needed for your selection."_s));
        QVERIFY(!html.contains(u"<code>"_s));
    }
};

QTEST_GUILESS_MAIN(TestGuideRenderer)
#include "tst_guiderenderer.moc"
