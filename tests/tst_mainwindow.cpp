#include "accounts/MainWindow.h"
#include "services/Services.h"

#include "AccessibilityAudit.h"
#include "MemorySecretStore.h"
#include "TestServices.h"

#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keylink;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheProviders()
    {
        MemorySecretStore secrets;
        TestServices services(HostMap(), &secrets);
        MainWindow window(*services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *list = window.findChild<QListWidget *>(u"providerList"_s);
        QVERIFY(list);
        QCOMPARE(list->count(), 3);
        QVERIFY(list->item(0)->text().startsWith(u"Easyship"_s));
        QVERIFY(!list->item(0)->icon().isNull());
        QVERIFY(window.findChild<QLabel *>(u"catalogProblems"_s)->isHidden());
        QCOMPARE(AccessibilityAudit::problems(&window).join(u"\n"_s), QString());

        // The explanation sits right beside the icon, not halfway across.
        auto *icon = window.findChild<QLabel *>(u"emptyIcon"_s);
        auto *title = window.findChild<QLabel *>(u"emptyTitle"_s);
        QVERIFY2(title->x() - (icon->x() + icon->width()) <= 24,
            qPrintable(u"gap of %1 px"_s.arg(title->x() - icon->x() - icon->width())));
    }

    void showsSkippedProviderFiles()
    {
        QTemporaryDir dir;
        QFile bad(dir.filePath(u"bad.json"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("[]");
        bad.close();

        MemorySecretStore secrets;
        Services::Options options;
        options.catalogDirectories = {dir.path()};
        options.databasePath = dir.filePath(u"keylink.db"_s);
        options.secrets = &secrets;
        Services services(options);
        QVERIFY(services.openStore());
        MainWindow window(services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *problems = window.findChild<QLabel *>(u"catalogProblems"_s);
        QVERIFY(problems->isVisible());
        QVERIFY(problems->text().contains(u"bad.json: $: the document is not a JSON object"_s));
        QCOMPARE(window.findChild<QListWidget *>(u"providerList"_s)->count(), 3);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
