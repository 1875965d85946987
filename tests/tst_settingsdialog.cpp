#include "accounts/MainWindow.h"
#include "catalog/CatalogLoader.h"
#include "settings/Autostart.h"
#include "settings/Preferences.h"
#include "settings/ProxyReport.h"
#include "settings/SettingsDialog.h"

#include "AccessibilityAudit.h"
#include "MemorySecretStore.h"
#include "TestServices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QSignalSpy>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
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

    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase()
    {
        // A settings file and an autostart folder of its own, even when run
        // by hand outside scripts/test: never the user's.
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        QVERIFY(Autostart::path().startsWith(m_config.path()));
    }

    void init()
    {
        QSettings s = Preferences::settings();
        s.clear();
    }

    void defaultsWithoutASettingsFile()
    {
        QCOMPARE(Preferences::load(), Preferences());
        QCOMPARE(Preferences::load().timeoutSeconds, 20);
        QVERIFY(!Preferences::load().verifyAtStart);
        QCOMPARE(Preferences::load().checkEveryHours, 6);
        QVERIFY(!Preferences::load().startAtLogin);
    }

    void aHandEditedIntervalFallsBackToTheDefault()
    {
        QSettings s = Preferences::settings();
        s.setValue(u"background/checkEveryHours"_s, 5); // not one Preferences offers
        s.sync();
        QCOMPARE(Preferences::load().checkEveryHours, Preferences::DefaultCheckHours);
        s.setValue(u"background/checkEveryHours"_s, 0);
        s.sync();
        QCOMPARE(Preferences::load().checkEveryHours, 0);
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
        current.checkEveryHours = 24;
        current.startAtLogin = true;
        SettingsDialog dialog(current, catalog.catalog);
        auto *timeout = dialog.findChild<QSpinBox *>(u"timeout"_s);
        auto *verify = dialog.findChild<QCheckBox *>(u"verifyAtStart"_s);
        auto *every = dialog.findChild<QComboBox *>(u"checkEvery"_s);
        QCOMPARE(timeout->value(), 45);
        QVERIFY(verify->isChecked());
        QCOMPARE(every->currentText(), u"Every day"_s);
        QCOMPARE(every->count(), 4);
        QVERIFY(dialog.findChild<QCheckBox *>(u"startAtLogin"_s)->isChecked());
        QCOMPARE(dialog.preferences(), current);
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
        auto *every = dialog->findChild<QComboBox *>(u"checkEvery"_s);
        every->setCurrentIndex(every->findData(1));
        dialog->findChild<QCheckBox *>(u"startAtLogin"_s)->setChecked(true);
        QSignalSpy changed(&window, &MainWindow::preferencesChanged);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

        QTRY_VERIFY(!window.findChild<SettingsDialog *>());
        QCOMPARE(Preferences::load().timeoutSeconds, 33);
        QVERIFY(Preferences::load().verifyAtStart);
        QCOMPARE(Preferences::load().checkEveryHours, 1);
        QCOMPARE(changed.size(), 1);
        // Start at login is the autostart entry, written and read back.
        QVERIFY(QFile::exists(Autostart::path()));
        QVERIFY(Preferences::load().startAtLogin);
        SettingsDialog *again = openPreferences(window);
        QVERIFY(again);
        again->findChild<QCheckBox *>(u"startAtLogin"_s)->setChecked(false);
        again->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!window.findChild<SettingsDialog *>());
        QVERIFY(!QFile::exists(Autostart::path()));
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
