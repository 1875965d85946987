#include "AccessibilityAudit.h"
#include "accounts/AccountDetailsView.h"
#include "accounts/AccountListModel.h"
#include "accounts/MainWindow.h"
#include "accounts/RenameDialog.h"
#include "link/LinkService.h"
#include "services/Services.h"
#include "store/AccountStore.h"
#include "vault/CredentialVault.h"
#include "wizard/LinkWizard.h"
#include "wizard/PendingLink.h"

#include "FakeProviders.h"
#include "KeylinkProcess.h"
#include "MemorySecretStore.h"
#include "ProviderAnswers.h"
#include "RefusingSecretStore.h"
#include "TestServices.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace keylink;

// The accounts window under the offscreen platform, against the fake
// providers and a keychain in memory; the keylink binary (with the real
// keychain) where the window has to follow another process. Each test starts
// from a database of its own.
class TestAccountsWindow : public QObject
{
    Q_OBJECT

private:
    FakeProviders m_providers;
    std::unique_ptr<QTemporaryDir> m_home; // this test's data folder
    MemorySecretStore m_secrets;

    QString databasePath() const { return m_home->filePath(u"keylink/keylink.db"_s); }

    struct Window {
        std::unique_ptr<TestServices> services;
        std::unique_ptr<MainWindow> window;
        AccountListModel *model() const { return window->findChild<AccountListModel *>(); }
        QAction *action(const QString &name) const { return window->findChild<QAction *>(name); }
        QString currentPage() const
        {
            return window->findChild<QStackedWidget *>(u"pages"_s)->currentWidget()->objectName();
        }
        QModelIndex row(const QString &id) const { return model()->indexOf(id); }
        AccountStore &store() const { return (**services).store(); }
        QString details() const { return window->findChild<AccountDetailsView *>(u"details"_s)->text(); }
    };

    Window open(SecretStore *secrets = nullptr)
    {
        Window w;
        w.services
            = std::make_unique<TestServices>(m_providers.hostMap(), secrets ? secrets : &m_secrets, databasePath());
        w.window = std::make_unique<MainWindow>(**w.services);
        w.window->resize(1000, 640);
        w.window->show();
        return w;
    }

    // An account linked as Keylink links one, secret and all.
    QString seed(Window &w, const QString &provider, const QString &environment, const QString &identity,
        const SecretFields &secrets)
    {
        Account a;
        a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        a.providerId = provider;
        a.methodId = u"api-token"_s;
        a.identityId = identity;
        a.identityName = identity;
        a.environmentId = environment;
        a.linkedAt = QDateTime::currentDateTimeUtc();
        a.status = Account::Status::Verified;
        m_secrets.entries.insert(a.id, secrets);
        QString error;
        if (!w.store().insert(a, &error))
            qFatal("%s", qPrintable(error));
        return a.id;
    }

    KeylinkRun cli(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcessEnvironment env = m_providers.environment();
        env.insert(u"XDG_DATA_HOME"_s, m_home->path());
        return runKeylink(arguments, env, input);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_providers.start()); }

    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        m_secrets.entries.clear();
    }

    void emptyStateThenLinkThroughTheWizard()
    {
        Window w = open();
        QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
        QCOMPARE(w.currentPage(), u"emptyPage"_s);
        QVERIFY(w.window->findChild<QAbstractButton *>(u"linkButton"_s)->isEnabled());

        w.action(u"actionLink"_s)->trigger();
        auto *wizard = w.window->findChild<LinkWizard *>();
        QVERIFY(wizard);
        auto *providers = wizard->currentPage()->findChild<QListWidget *>(u"providers"_s);
        for (int row = 0; row < providers->count(); ++row) {
            if (providers->item(row)->data(Qt::UserRole) == u"oneflow"_s)
                providers->setCurrentRow(row);
        }
        wizard->next();
        wizard->next();
        QCOMPARE(wizard->currentId(), int(LinkWizard::FieldsPageId));
        wizard->currentPage()
            ->findChild<QLineEdit *>(u"field_token"_s)
            ->setText(u"0123456789-abcdefghij-kLsEcReTIJ-klmnopq"_s);
        wizard->currentPage()->findChild<QLineEdit *>(u"field_user_email"_s)->setText(u"ana@example.com"_s);
        wizard->next();
        wizard->button(QWizard::NextButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(LinkWizard::DonePageId), 15000);
        wizard->accept();

        QTRY_COMPARE(w.currentPage(), u"accountsPage"_s);
        QCOMPARE(w.model()->rowCount(), 1);
        const QModelIndex row = w.model()->index(0);
        QCOMPARE(row.data(AccountListModel::EnvironmentRole).toString(), u"Production"_s);
        QCOMPARE(row.data(AccountListModel::StatusTextRole).toString(), u"Verified"_s);
        QCOMPARE(row.data(AccountListModel::IdentityRole).toString(), u"ana@example.com"_s);
        QVERIFY2(w.details().contains(u"in the system keychain"_s), qPrintable(w.details()));
        QCOMPARE(m_secrets.entries.size(), 1);
    }

    void accountsLinkedAndUnlinkedFromTheCliFollowInAnOpenWindow()
    {
        Window w = open();
        QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
        QCOMPARE(w.model()->rowCount(), 0);
        const KeylinkRun front
            = cli({u"link"_s, u"front"_s, u"--scopes"_s, u"conversations:read"_s}, "aaa.bbb.window-front-kLsEcReT\n");
        QVERIFY2(front.exitCode == 0, qPrintable(front.err));
        QTRY_COMPARE_WITH_TIMEOUT(w.model()->rowCount(), 1, 10000);
        const KeylinkRun sandbox = cli({u"link"_s, u"easyship"_s}, "sand_window_kLsEcReT\n");
        QVERIFY2(sandbox.exitCode == 0, qPrintable(sandbox.err));
        QTRY_COMPARE_WITH_TIMEOUT(w.model()->rowCount(), 2, 10000);
        const QString frontId = front.out.section(u"Account id: "_s, 1).left(36);
        const QString sandboxId = sandbox.out.section(u"Account id: "_s, 1).left(36);
        QCOMPARE(w.row(sandboxId).data(AccountListModel::EnvironmentRole).toString(), u"Sandbox"_s);

        QCOMPARE(cli({u"unlink"_s, sandboxId}).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(w.model()->rowCount(), 1, 10000);
        QCOMPARE(cli({u"unlink"_s, frontId}).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(w.model()->rowCount(), 0, 10000);
        QCOMPARE(w.currentPage(), u"emptyPage"_s);
    }

    void verifyAllFlagsTheRejectedAccount()
    {
        Window w = open();
        QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
        const QString frontId
            = seed(w, u"front"_s, u"production"_s, u"cmp_1a2b"_s, {{u"token"_s, u"aaa.bbb.revoked-kLsEcReT"_s}});
        const QString easyshipId
            = seed(w, u"easyship"_s, u"sandbox"_s, u"CHK000002"_s, {{u"token"_s, u"sand_window_kLsEcReT"_s}});
        m_providers.front.on(u"/me"_s, ProviderAnswers::frontError(401, "Unauthenticated", "Invalid token"));
        w.action(u"actionVerifyAll"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(w.row(frontId).data(AccountListModel::BusyRole).toBool() == false
                && w.row(frontId).data(AccountListModel::StatusTextRole) == u"Needs attention"_s,
            15000);
        m_providers.front.on(u"/me"_s, ProviderAnswers::frontMe("Initech Support", "cmp_1a2b"));
        QVERIFY(w.row(frontId).data(AccountListModel::StatusMessageRole).toString().contains(u"“Invalid token”"_s));
        QTRY_COMPARE_WITH_TIMEOUT(
            w.row(easyshipId).data(AccountListModel::StatusTextRole).toString(), u"Verified"_s, 15000);
        for (int row = 0; row < w.model()->rowCount(); ++row)
            QTRY_VERIFY_WITH_TIMEOUT(!w.model()->index(row).data(AccountListModel::BusyRole).toBool(), 15000);
        w.window->selectAccount(frontId);
        QVERIFY2(w.details().contains(u"Needs attention"_s), qPrintable(w.details()));
        QCOMPARE(AccessibilityAudit::problems(w.window.get()).join(u"\n"_s), QString());
    }

    void aLockedKeychainIsShownAsSuch()
    {
        RefusingSecretStore locked;
        Window w = open(&locked);
        QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
        const QString id
            = seed(w, u"easyship"_s, u"sandbox"_s, u"CHK000002"_s, {{u"token"_s, u"sand_window_kLsEcReT"_s}});
        w.window->selectAccount(id);
        w.action(u"actionVerify"_s)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(
            w.row(id).data(AccountListModel::StatusTextRole).toString(), u"Keychain unavailable"_s, 10000);
        QCOMPARE(w.row(id).data(AccountListModel::StatusMessageRole).toString(),
            CredentialVault::describe(VaultResult::Error::Locked, {}).message);
        // The account itself keeps its last known status.
        QCOMPARE(w.store().account(id)->status, Account::Status::Verified);
    }

    void renamePersistsAcrossARestart()
    {
        QString id;
        {
            Window w = open();
            id = seed(w, u"front"_s, u"production"_s, u"cmp_1a2b"_s, {{u"token"_s, u"aaa.bbb.kLsEcReT"_s}});
            w.window->selectAccount(id);
            w.action(u"actionRename"_s)->trigger();
            auto *dialog = w.window->findChild<RenameDialog *>();
            QVERIFY(dialog);
            QVERIFY(dialog->isVisible());
            QCOMPARE(dialog->name(), u"Front — cmp_1a2b"_s); // what the list shows now
            QVERIFY(!dialog->saveButton()->isEnabled()); // unchanged
            dialog->setName(u"   "_s);
            QVERIFY(!dialog->saveButton()->isEnabled()); // empty
            dialog->setName(u"  Support inbox "_s);
            QVERIFY(dialog->saveButton()->isEnabled());
            QCOMPARE(AccessibilityAudit::problems(dialog).join(u"\n"_s), QString());
            dialog->saveButton()->click();
            QCOMPARE(w.store().account(id)->label, u"Support inbox"_s);
        }
        Window again = open();
        QCOMPARE(again.row(id).data(Qt::DisplayRole).toString(), u"Support inbox"_s);
    }

    void relinkKeepsTheId()
    {
        Window w = open();
        QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
        const QString id
            = seed(w, u"easyship"_s, u"sandbox"_s, u"CHK000002"_s, {{u"token"_s, u"sand_window_kLsEcReT"_s}});
        w.window->selectAccount(id);
        w.action(u"actionRelink"_s)->trigger();
        auto *wizard = w.window->findChild<LinkWizard *>();
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(LinkWizard::FieldsPageId));
        auto *token = wizard->currentPage()->findChild<QLineEdit *>(u"field_token"_s);
        QCOMPARE(token->text(), QString()); // never read back into the form
        QCOMPARE(token->placeholderText(), u"Stored in your keychain; paste a new one to replace it"_s);
        token->setText(u"sand_replaced_kLsEcReT"_s);
        wizard->next();
        wizard->button(QWizard::NextButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(LinkWizard::DonePageId), 15000);
        QCOMPARE(wizard->pending().account().id, id);
        wizard->accept();
        QCOMPARE(w.model()->rowCount(), 1);
        QCOMPARE(m_secrets.entries.value(id).value(u"token"_s), u"sand_replaced_kLsEcReT"_s);
    }

    void unlinkAsksThenRemovesTheRowAndTheSecret()
    {
        Window w = open();
        QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
        const QString id = seed(w, u"front"_s, u"production"_s, u"cmp_1a2b"_s, {{u"token"_s, u"aaa.bbb.kLsEcReT"_s}});
        QString error;
        QVERIFY((**w.services).links().rename(id, u"Support inbox"_s, &error));
        w.window->selectAccount(id);
        w.action(u"actionUnlink"_s)->trigger();
        auto *box = w.window->findChild<QMessageBox *>();
        QVERIFY(box);
        QCOMPARE(box->text(), u"Unlink “Support inbox”?"_s);
        QCOMPARE(box->windowTitle(), u"Unlink “Support inbox”?"_s);
        QVERIFY(box->informativeText().contains(u"valid at Front"_s));
        QAbstractButton *unlink = nullptr;
        for (QAbstractButton *b : box->buttons())
            unlink = b->text() == u"&Unlink"_s ? b : unlink;
        QVERIFY(unlink);
        // The destructive button is the marked one; Cancel is the default and unmarked.
        QCOMPARE(box->buttonRole(unlink), QMessageBox::DestructiveRole);
        QVERIFY(!unlink->icon().isNull());
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        QVERIFY(box->button(QMessageBox::Cancel)->icon().isNull());
        unlink->click();
        QTRY_COMPARE_WITH_TIMEOUT(w.model()->rowCount(), 0, 10000);
        QVERIFY(!m_secrets.entries.contains(id));
    }

    void aDamagedDatabaseIsReported()
    {
        QVERIFY(QDir().mkpath(m_home->filePath(u"keylink"_s)));
        QFile file(databasePath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("not a database");
        file.close();
        Window w = open();
        auto *banner = w.window->findChild<QLabel *>(u"catalogProblems"_s);
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(u"could not be read"_s) && banner->text().contains(u".damaged-"_s),
            qPrintable(banner->text()));
        QCOMPARE(w.currentPage(), u"emptyPage"_s);
    }
};

QTEST_MAIN(TestAccountsWindow)
#include "tst_accountswindow.moc"
