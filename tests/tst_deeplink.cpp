#include "accounts/MainWindow.h"
#include "catalog/CatalogLoader.h"
#include "link/DeepLink.h"
#include "wizard/LinkWizard.h"

#include "RefusingSecretStore.h"
#include "TestServices.h"

#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keylink;

// keylink://link/<provider>?method=…&actions=…: what is read from a link, what
// is refused and how, and what the window does with a link it refuses.
class TestDeepLink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsProviderMethodAndActions()
    {
        DeepLink link;
        QString error;
        QVERIFY(DeepLink::parse(
            u"keylink://link/front?method=api-token&actions=front_list_tags,%20front_get_tag"_s, &link, &error));
        QCOMPARE(link.provider, u"front"_s);
        QCOMPARE(link.method, u"api-token"_s);
        QCOMPARE(link.actions, QStringList({u"front_list_tags"_s, u"front_get_tag"_s}));
        QVERIFY(DeepLink::parse(u"keylink://link/oneflow"_s, &link, &error));
        QCOMPARE(link.provider, u"oneflow"_s);
        QVERIFY(link.method.isEmpty() && link.actions.isEmpty());
    }

    void aLinkMeansTheSameAfterARoundTrip()
    {
        DeepLink link;
        link.provider = u"front"_s;
        link.method = u"api-token"_s;
        link.actions = {u"front_list_tags"_s, u"front_get_tag"_s};
        DeepLink back;
        QString error;
        QVERIFY(DeepLink::parse(link.toUrl().toString(), &back, &error));
        QCOMPARE(back.provider, link.provider);
        QCOMPARE(back.method, link.method);
        QCOMPARE(back.actions, link.actions);
    }

    // Bug: Copy link on Easyship's scopes page gave a link without the chosen
    // scopes. A method without actions is reproduced by its scopes.
    void scopesTravelInTheLink()
    {
        DeepLink link;
        link.provider = u"easyship"_s;
        link.method = u"api-token"_s;
        link.scopes = {u"public.shipment:read"_s, u"public.address:write"_s};
        const QString text = link.toUrl().toString();
        QCOMPARE(text, u"keylink://link/easyship?method=api-token&scopes=public.shipment:read,public.address:write"_s);
        DeepLink back;
        QString error;
        QVERIFY(DeepLink::parse(text, &back, &error));
        QCOMPARE(back.scopes, link.scopes);
        QVERIFY(back.actions.isEmpty());
    }

    void refusesWhatItCannotRead_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        // A link never carries a secret: a parameter Keylink does not know is
        // refused by name instead of being ignored.
        QTest::newRow("unknown parameter")
            << u"keylink://link/front?actions=front_list_tags&token=abc"_s
            << u"the link has an unknown parameter “token”; expected method, actions and scopes"_s;
        QTest::newRow("another scheme")
            << u"https://link/front"_s
            << u"“https://link/front” is not a Keylink link; expected keylink://link/<provider>?method=…&actions=…"_s;
        QTest::newRow("another verb") << u"keylink://unlink/front"_s
                                      << u"“keylink://unlink/front” is not a Keylink link; expected "
                                         u"keylink://link/<provider>?method=…&actions=…"_s;
        QTest::newRow("no provider") << u"keylink://link/"_s
                                     << u"the link names no provider; expected keylink://link/<provider>"_s;
        QTest::newRow("provider with a path") << u"keylink://link/front/../oneflow"_s
                                              << u"the link names no provider; expected keylink://link/<provider>"_s;
    }

    void refusesWhatItCannotRead()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        DeepLink link;
        QString actual;
        QVERIFY(!DeepLink::parse(text, &link, &actual));
        QCOMPARE(actual, error);
    }

    void theWindowSaysWhyItRefusesALinkAndOpensNoWizard()
    {
        RefusingSecretStore secrets; // counts calls: a refused link touches no secret
        TestServices services(HostMap(), &secrets);
        MainWindow window(*services);
        window.show();
        QVERIFY(!window.openWizard(u"keylink://link/front?actions=front_list_tags&token=abc"_s));
        QVERIFY(!window.findChild<LinkWizard *>());
        auto *banner = window.findChild<QLabel *>(u"catalogProblems"_s);
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->text(),
            u"Cannot open the link: the link has an unknown parameter “token”; expected method, actions and scopes"_s
                .toHtmlEscaped());
        QCOMPARE(secrets.calls, 0);
    }
};

QTEST_MAIN(TestDeepLink)
#include "tst_deeplink.moc"
