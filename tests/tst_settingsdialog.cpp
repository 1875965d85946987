#include "accounts/MainWindow.h"
#include "catalog/CatalogLoader.h"
#include "settings/Preferences.h"
#include "settings/ProxyReport.h"
#include "settings/SettingsDialog.h"

#include "AccessibilityAudit.h"
#include "MemorySecretStore.h"
#include "TestServices.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace keylink;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

    static QString proxyFor(QTreeWidget *tree, const QString &host)
    {
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->text(1) == host)
                return tree->topLevelItem(i)->text(2);
        }
        return u"(no row for %1)"_s.arg(host);
    }

    // Edit → Preferences… as the window opens it: shown, window-modal.
    static SettingsDialog *openPreferences(MainWindow &window)
    {
        window.openPreferences();
        auto *dialog = window.findChild<SettingsDialog *>();
        return dialog && dialog->isVisible() ? dialog : nullptr;
    }

private Q_SLOTS:
    void init()
    {
        // scripts/test gives every run a throw-away XDG_CONFIG_HOME.
        QSettings s = Preferences::settings();
        s.clear();
    }

    void defaultsWithoutASettingsFile()
    {
        QCOMPARE(Preferences::load(), Preferences());
        QCOMPARE(Preferences::load().timeoutSeconds, 20);
        QVERIFY(!Preferences::load().verifyAtStart);
    }

    void aHandEditedTimeoutIsBroughtIntoRange()
    {
        QSettings s = Preferences::settings();
        s.setValue(u"network/timeoutSeconds"_s, 100000);
        s.sync();
        QCOMPARE(Preferences::load().timeoutSeconds, Preferences::MaxTimeoutSeconds);
        s.setValue(u"network/timeoutSeconds"_s, u"soon"_s);
        s.sync();
        QCOMPARE(Preferences::load().timeoutSeconds, Preferences::DefaultTimeoutSeconds);
    }

    void showsAndReturnsTheChoices()
    {
        const CatalogLoadResult catalog = CatalogLoader::load({});
        Preferences current;
        current.timeoutSeconds = 45;
        current.verifyAtStart = true;
        SettingsDialog dialog(current, catalog.catalog);
        auto *timeout = dialog.findChild<QSpinBox *>(u"timeout"_s);
        auto *verify = dialog.findChild<QCheckBox *>(u"verifyAtStart"_s);
        QCOMPARE(timeout->value(), 45);
        QVERIFY(verify->isChecked());
        QCOMPARE(timeout->minimum(), Preferences::MinTimeoutSeconds);
        QCOMPARE(timeout->maximum(), Preferences::MaxTimeoutSeconds);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(AccessibilityAudit::problems(&dialog).join(u"\n"_s), QString());

        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(dialog.preferences(), Preferences());
        timeout->setValue(7);
        QCOMPARE(dialog.preferences().timeoutSeconds, 7);
    }

    void theTimeoutFieldIsAsWideAsItsNumber()
    {
        const CatalogLoadResult catalog = CatalogLoader::load({});
        SettingsDialog dialog({}, catalog.catalog);
        dialog.resize(800, dialog.height());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *timeout = dialog.findChild<QSpinBox *>(u"timeout"_s);
        // Room for the largest value and its unit, not the whole row.
        const int needed
            = timeout->fontMetrics().horizontalAdvance(QString::number(timeout->maximum()) + timeout->suffix());
        QVERIFY2(timeout->width() >= needed, qPrintable(u"%1 < %2"_s.arg(timeout->width()).arg(needed)));
        QVERIFY2(timeout->width() <= timeout->sizeHint().width() + 8,
            qPrintable(u"%1 wide, hint %2"_s.arg(timeout->width()).arg(timeout->sizeHint().width())));
    }

    void showsTheSystemProxyWithoutItsPassword()
    {
        qputenv("https_proxy", "http://proxyuser7:hunter2@proxy.invalid:3128");
        qputenv("no_proxy", "api.oneflow.com");
        const CatalogLoadResult catalog = CatalogLoader::load({});
        SettingsDialog dialog({}, catalog.catalog);
        auto *tree = dialog.findChild<QTreeWidget *>(u"proxies"_s);
        qunsetenv("https_proxy");
        qunsetenv("no_proxy");

        QCOMPARE(proxyFor(tree, u"api2.frontapp.com"_s), u"HTTP proxy proxy.invalid:3128"_s);
        QCOMPARE(proxyFor(tree, u"public-api.easyship.com"_s), u"HTTP proxy proxy.invalid:3128"_s);
        QCOMPARE(proxyFor(tree, u"api.oneflow.com"_s), u"Direct connection (no proxy)"_s);
        // The OAuth token endpoint is listed too.
        QCOMPARE(proxyFor(tree, u"api.easyship.com"_s), u"HTTP proxy proxy.invalid:3128"_s);
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            for (int c = 0; c < tree->columnCount(); ++c) {
                QVERIFY(!tree->topLevelItem(i)->text(c).contains(u"hunter2"_s));
                QVERIFY(!tree->topLevelItem(i)->text(c).contains(u"proxyuser7"_s));
            }
        }
    }

    void theWindowSavesWhatTheDialogSays()
    {
        MemorySecretStore secrets;
        TestServices services(HostMap(), &secrets);
        MainWindow window(*services);
        window.show();
        SettingsDialog *dialog = openPreferences(window);
        QVERIFY(dialog);
        dialog->findChild<QSpinBox *>(u"timeout"_s)->setValue(33);
        dialog->findChild<QCheckBox *>(u"verifyAtStart"_s)->setChecked(true);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

        QTRY_VERIFY(!window.findChild<SettingsDialog *>());
        QCOMPARE(Preferences::load().timeoutSeconds, 33);
        QVERIFY(Preferences::load().verifyAtStart);
        QCOMPARE(window.statusBar()->currentMessage(), u"Preferences saved."_s);
        QCOMPARE(services->access().timeoutMs, 33000); // the next request waits as long
    }

    void cancelChangesNothing()
    {
        MemorySecretStore secrets;
        TestServices services(HostMap(), &secrets);
        MainWindow window(*services);
        window.show();
        SettingsDialog *dialog = openPreferences(window);
        QVERIFY(dialog);
        dialog->findChild<QSpinBox *>(u"timeout"_s)->setValue(90);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        QTRY_VERIFY(!window.findChild<SettingsDialog *>());
        QCOMPARE(Preferences::load().timeoutSeconds, Preferences::DefaultTimeoutSeconds);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
