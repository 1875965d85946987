#include "accounts/AccountDetailsView.h"
#include "accounts/MainWindow.h"
#include "services/Services.h"
#include "store/AccessLog.h"
#include "store/AccountStore.h"
#include "wizard/LinkWizard.h"
#include "wizard/PendingLink.h"

#include "AccessibilityAudit.h"
#include "BuiltInProviders.h"
#include "MemorySecretStore.h"
#include "TestServices.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace keylink;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    // An account in the store only (no secret): enough for the window to list it.
    static QString seed(
        Services &services, const QString &provider, const QString &label, const QString &environment = u"production"_s)
    {
        Account a;
        a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        a.providerId = provider;
        a.methodId = u"api-token"_s;
        a.identityId = u"id-"_s + a.id.left(8);
        a.identityName = u"Initech"_s;
        a.environmentId = environment;
        a.label = label;
        a.linkedAt = QDateTime::currentDateTimeUtc();
        QString error;
        if (!services.store().insert(a, &error))
            qFatal("%s", qPrintable(error));
        return a.id;
    }

    // What a desktop shows in the title bar: Qt's platform windows append
    // the application display name after an em dash unless the title is it.
    static QString shownTitle(const QString &title)
    {
        const QString app = QGuiApplication::applicationDisplayName();
        return title == app || title.isEmpty() ? app : title + u" \u2014 "_s + app;
    }

    static QList<LinkWizard *> visibleWizards(const QWidget &window)
    {
        QList<LinkWizard *> result;
        for (LinkWizard *w : window.findChildren<LinkWizard *>()) {
            if (w->isVisible())
                result << w;
        }
        return result;
    }

    static QAbstractButton *buttonWithRole(QMessageBox *box, QMessageBox::ButtonRole role)
    {
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == role)
                return b;
        }
        return nullptr;
    }

    static QString addFrontAccount(AccountStore &store, const QString &company, const QString &label)
    {
        Account a;
        a.providerId = u"front"_s;
        a.methodId = u"api-token"_s;
        a.identityId = u"cmp_"_s + company;
        a.identityName = company;
        a.environmentId = u"production"_s;
        a.label = label;
        a.linkedAt = QDateTime::currentDateTimeUtc();
        QString existing, error;
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (!store.reserve(a, id, &existing, &error))
            return {};
        a.id = id;
        return store.insert(a, &error) ? id : QString();
    }

private Q_SLOTS:
    // Issue 18: the window shows which account a provider id stands for and
    // changes it, and when an account's secret last left Keylink, and for what.
    void theDefaultAccountAndTheLastUse()
    {
        QTemporaryDir state;
        qputenv("XDG_STATE_HOME", QFile::encodeName(state.path()));
        MemorySecretStore secrets;
        TestServices services(HostMap(), &secrets);
        const QString support = addFrontAccount(services->store(), u"Initech"_s, u"Support"_s);
        const QString sales = addFrontAccount(services->store(), u"Globex"_s, u"Sales"_s);
        QVERIFY(!support.isEmpty() && !sales.isEmpty());
        QString error;
        QVERIFY2(AccessLog::record(support, u"token"_s, &error), qPrintable(error));

        MainWindow window(*services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *details = window.findChild<AccountDetailsView *>(u"details"_s);
        auto *makeDefault = window.findChild<QAction *>(u"actionMakeDefault"_s);
        window.selectAccount(support);
        QTRY_VERIFY2(details->text().contains(u"Default"_s), qPrintable(details->text())); // the first linked
        QTRY_VERIFY2(details->text().contains(u"Last used"_s), qPrintable(details->text()));
        QVERIFY(!makeDefault->isEnabled());

        window.selectAccount(sales);
        QTRY_VERIFY(details->text().contains(u"Sign-in method"_s)); // its rows are shown
        QTRY_VERIFY(!details->text().contains(u"Last used"_s));
        QVERIFY(!details->text().contains(u"Used where a command names front"_s));
        QVERIFY(makeDefault->isEnabled());
        makeDefault->trigger();
        QCOMPARE(services->store().defaultFor(u"front"_s)->id, sales);
        QTRY_VERIFY(details->text().contains(u"Used where a command names front"_s));
        QVERIFY(!makeDefault->isEnabled());
        window.selectAccount(support);
        QTRY_VERIFY(details->text().contains(u"Sign-in method"_s));
        QTRY_VERIFY(!details->text().contains(u"Used where a command names front"_s));
        qunsetenv("XDG_STATE_HOME");
    }

    void listsTheProviders()
    {
        MemorySecretStore secrets;
        TestServices services(HostMap(), &secrets);
        MainWindow window(*services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *list = window.findChild<QListWidget *>(u"providerList"_s);
        QVERIFY(list);
        QCOMPARE(list->count(), BuiltInProviders::ids().size());
        QVERIFY(list->item(0)->text().startsWith(u"Airtable"_s));
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
        QCOMPARE(window.findChild<QListWidget *>(u"providerList"_s)->count(), BuiltInProviders::ids().size());
    }

    // Bug: "Keylink — 3 linked accounts — Keylink", with a different dash in
    // German. The name is the platform's to add, once, after its own dash.
    void theTitleNamesKeylinkOnceInEveryLanguage()
    {
        QApplication::setApplicationDisplayName(u"Keylink"_s); // as WindowLauncher does
        MemorySecretStore secrets;
        TestServices services(HostMap(), &secrets);
        for (const QString &language : {u"en"_s, u"de"_s, u"fr"_s}) {
            QTranslator translator;
            QVERIFY(translator.load(u":/i18n/keylink_"_s + language));
            QCoreApplication::installTranslator(&translator);
            {
                MainWindow empty(*services);
                QCOMPARE(shownTitle(empty.windowTitle()), u"Keylink"_s);
            }
            seed(*services, u"front"_s, u"Support"_s);
            seed(*services, u"easyship"_s, u"Shipping"_s);
            seed(*services, u"oneflow"_s, u"Contracts"_s);
            MainWindow window(*services);
            const QString shown = shownTitle(window.windowTitle());
            QCOMPARE(shown.count(u"Keylink"_s), 1);
            QVERIFY2(shown.endsWith(u" \u2014 Keylink"_s), qPrintable(shown));
            // One dash only, the platform's: none of the title's own.
            QVERIFY2(!QRegularExpression(u"[\u2013\u2014-]"_s).match(shown.chopped(10)).hasMatch(), qPrintable(shown));
            QVERIFY2(shown.contains(u'3'), qPrintable(shown));
            QCoreApplication::removeTranslator(&translator);
            for (const QString &id : services->store().ids()) {
                QString error;
                QVERIFY(services->store().remove(id, &error));
            }
        }
    }

    // Bug: at 400×300 the labels broke mid-word. The window keeps a size at
    // which every word of every wrapped label fits on its line.
    void aMinimumSizeWhereNoWordBreaks()
    {
        MemorySecretStore secrets;
        TestServices services(HostMap(), &secrets);
        for (bool withAccounts : {false, true}) {
            if (withAccounts)
                seed(*services, u"front"_s, u"Support inbox for the European customers"_s);
            MainWindow window(*services);
            window.resize(400, 300);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY2(window.minimumWidth() >= 560 && window.minimumHeight() >= 400,
                qPrintable(u"minimum %1×%2"_s.arg(window.minimumWidth()).arg(window.minimumHeight())));
            QVERIFY(window.width() >= window.minimumWidth() && window.height() >= window.minimumHeight());
            for (QLabel *label : window.findChildren<QLabel *>()) {
                if (!label->isVisible() || !label->wordWrap())
                    continue;
                QTextDocument doc;
                doc.setHtml(label->text());
                for (const QString &word : doc.toPlainText().split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts))
                    QVERIFY2(label->fontMetrics().horizontalAdvance(word) <= label->contentsRect().width(),
                        qPrintable(u"“%1” in %2 (%3 px wide)"_s.arg(word, label->objectName())
                                       .arg(label->contentsRect().width())));
            }
        }
    }

    // Bug: Down in the filter did nothing, Escape did nothing.
    void theFilterHandsOverToTheListByKeyboard()
    {
        MemorySecretStore secrets;
        TestServices services(HostMap(), &secrets);
        seed(*services, u"front"_s, u"Support"_s);
        seed(*services, u"easyship"_s, u"Shipping"_s);
        MainWindow window(*services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        auto *filter = window.findChild<QLineEdit *>(u"filter"_s);
        auto *list = window.findChild<QListView *>(u"accountList"_s);
        filter->setFocus();
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClicks(filter, u"ship"_s);
        QCOMPARE(list->model()->rowCount(), 1);
        QTest::keyClick(filter, Qt::Key_Down);
        QTRY_VERIFY(list->hasFocus());
        QCOMPARE(list->currentIndex().data().toString(), u"Shipping"_s);

        filter->setFocus();
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClick(filter, Qt::Key_Escape); // clears
        QCOMPARE(filter->text(), QString());
        QCOMPARE(list->model()->rowCount(), 2);
        QVERIFY(filter->hasFocus());
        QTest::keyClick(filter, Qt::Key_Escape); // leaves, to the list
        QTRY_VERIFY(list->hasFocus());
        QVERIFY(window.isVisible());
        QCOMPARE(list->currentIndex().data().toString(), u"Shipping"_s); // the selection stayed
    }

    // Bug: a keylink:// link while a wizard was open stacked a second wizard
    // exactly over the first. Now the open one comes forward and asks.
    void aLinkWhileAWizardIsOpenAsksBeforeReplacingIt()
    {
        MemorySecretStore secrets;
        TestServices services(HostMap(), &secrets);
        MainWindow window(*services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWizard(u"keylink://link/front?actions=front_list_tags"_s));
        QCOMPARE(visibleWizards(window).size(), 1);
        QPointer<LinkWizard> first = visibleWizards(window).first();
        QCOMPARE(first->pending().provider()->id, u"front"_s);

        // A second link: still one wizard, with a question on it.
        QVERIFY(window.openWizard(u"keylink://link/oneflow"_s));
        QCOMPARE(visibleWizards(window), QList<LinkWizard *> {first.data()});
        QMessageBox *box = first->findChild<QMessageBox *>();
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QCOMPARE(box->windowModality(), Qt::WindowModal);
        QVERIFY2(box->informativeText().contains(u"Oneflow"_s), qPrintable(box->informativeText()));
        QTRY_COMPARE(QApplication::activeWindow(), box);

        // The same link again while asking: still one question, about it.
        QVERIFY(window.openWizard(u"keylink://link/oneflow"_s));
        QCOMPARE(first->findChildren<QMessageBox *>().size(), 1);

        // Keep: the first wizard stays as it was.
        buttonWithRole(box, QMessageBox::RejectRole)->click();
        QTRY_VERIFY(!first->findChild<QMessageBox *>());
        QCOMPARE(visibleWizards(window), QList<LinkWizard *> {first.data()});
        QCOMPARE(first->pending().provider()->id, u"front"_s);

        // Another launch with no link: the wizard, not the window behind
        // it, gets the focus.
        window.activateWindow();
        window.present(QString());
        QTRY_COMPARE(QApplication::activeWindow(), first.data());
        QCOMPARE(window.wizard(), first.data());

        // Replace: the first goes, the new link's wizard takes its place.
        QVERIFY(window.openWizard(u"keylink://link/oneflow"_s));
        box = first->findChild<QMessageBox *>();
        QVERIFY(box);
        buttonWithRole(box, QMessageBox::DestructiveRole)->click();
        QTRY_VERIFY(!first);
        QCOMPARE(visibleWizards(window).size(), 1);
        QCOMPARE(visibleWizards(window).first()->pending().provider()->id, u"oneflow"_s);
        QCOMPARE(window.wizard(), visibleWizards(window).first());

        // Relink while it is open asks the same way.
        const QString id = seed(*services, u"front"_s, u"Support"_s);
        window.selectAccount(id);
        window.relinkCurrent();
        QMessageBox *again = window.wizard()->findChild<QMessageBox *>();
        QVERIFY(again);
        QVERIFY2(again->informativeText().contains(u"Support"_s), qPrintable(again->informativeText()));
        QCOMPARE(AccessibilityAudit::problems(again).join(u"\n"_s), QString());
        buttonWithRole(again, QMessageBox::RejectRole)->click();
        QTRY_VERIFY(!window.wizard()->findChild<QMessageBox *>());
        QCOMPARE(window.wizard()->pending().provider()->id, u"oneflow"_s);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
