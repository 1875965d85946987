#include "AccessibilityAudit.h"
#include "Screenshot.h"
#include "accounts/AccountListModel.h"
#include "accounts/MainWindow.h"
#include "catalog/CatalogLoader.h"
#include "store/AccountStore.h"
#include "vault/CredentialVault.h"
#include "wizard/LinkWizard.h"
#include "wizard/PendingLink.h"

#include "FakeProviderServer.h"
#include "KeylinkProcess.h"
#include "ProviderAnswers.h"
#include "RefusingSecretStore.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QHttpServerRequest>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace keylink;

// The accounts window under the offscreen platform, against fake providers,
// the real keychain and the real keylink binary for the CLI cases. The tests
// build on each other in order: link, more links from the CLI, verify all,
// rename, relink, unlink.
class TestAccountsWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    FakeProviderServer m_front, m_easyship, m_sandbox, m_oneflow;
    QNetworkAccessManager m_network;
    CredentialVault m_vault;
    QString m_frontId, m_easyshipId;

    QString hostMap() const
    {
        return QStringList {m_front.mapping(u"api2.frontapp.com"_s), m_easyship.mapping(u"public-api.easyship.com"_s),
            m_sandbox.mapping(u"public-api-sandbox.easyship.com"_s), m_oneflow.mapping(u"api.oneflow.com"_s)}
            .join(u',');
    }

    struct Window {
        std::unique_ptr<AccountStore> store;
        std::unique_ptr<MainWindow> window;
        AccountListModel *model() const { return window->findChild<AccountListModel *>(); }
        QAction *action(const QString &name) const { return window->findChild<QAction *>(name); }
        QString currentPage() const
        {
            return window->findChild<QStackedWidget *>(u"pages"_s)->currentWidget()->objectName();
        }
        QModelIndex row(const QString &id) const { return model()->indexOf(id); }
    };

    Window open(SecretStore *secrets = nullptr)
    {
        Window w;
        w.store = std::make_unique<AccountStore>();
        w.store->open();
        LinkContext context;
        context.network = &m_network;
        context.secrets = secrets ? secrets : &m_vault;
        context.store = w.store.get();
        QString error;
        HostMap::parse(hostMap(), &context.hostMap, &error);
        w.window = std::make_unique<MainWindow>(CatalogLoader::load({}), context);
        w.window->resize(1000, 640);
        w.window->show();
        return w;
    }

    KeylinkRun cli(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"KEYLINK_HOST_MAP"_s, hostMap());
        return runKeylink(arguments, env, input);
    }

    void readSecret(const QString &id, VaultResult *result)
    {
        bool done = false;
        m_vault.read(id, this, [&](const VaultResult &r) {
            *result = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        Screenshot::preparePalette();
        QVERIFY(m_home.isValid());
        // The window and the keylink processes share these folders, as on a desktop.
        qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toUtf8());
        QCoreApplication::setApplicationName(u"keylink"_s);
        QVERIFY(m_front.start() && m_easyship.start() && m_sandbox.start() && m_oneflow.start());
        m_front.on(u"/me"_s, ProviderAnswers::frontMe());
        m_front.on(u"/conversations"_s, ProviderAnswers::frontList());
        m_easyship.on(u"/2024-09/account"_s, ProviderAnswers::easyshipAccount());
        m_sandbox.on(u"/2024-09/account"_s, ProviderAnswers::easyshipAccount("Globex Sandbox", "CHK000002"));
        m_oneflow.on(u"/v1/ping"_s, ProviderAnswers::oneflowPing());
        m_oneflow.on(u"/v1/users"_s,
            ProviderAnswers::oneflowUsers(R"([{"id":1,"email":"ana@example.com","active":true,"name":"Ana"}])"));
    }

    void emptyStateThenLinkThroughTheWizard()
    {
        Window w = open();
        QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
        QCOMPARE(w.currentPage(), u"emptyPage"_s);
        QVERIFY(w.window->findChild<QAbstractButton *>(u"linkButton"_s)->isEnabled());
        Screenshot::take(*w.window, u"main-window-empty"_s);

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
        QVERIFY(w.window->findChild<QTextBrowser *>(u"details"_s)->toPlainText().contains(u"in the system keychain"_s));
    }

    void accountsLinkedFromTheCliShowUpInAnOpenWindow()
    {
        Window w = open();
        QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
        QCOMPARE(w.model()->rowCount(), 1);
        const KeylinkRun front
            = cli({u"link"_s, u"front"_s, u"--scopes"_s, u"conversations:read"_s}, "aaa.bbb.window-front-kLsEcReT\n");
        QVERIFY2(front.exitCode == 0, qPrintable(front.err));
        QTRY_COMPARE_WITH_TIMEOUT(w.model()->rowCount(), 2, 10000);
        const KeylinkRun sandbox = cli({u"link"_s, u"easyship"_s}, "sand_window_kLsEcReT\n");
        QVERIFY2(sandbox.exitCode == 0, qPrintable(sandbox.err));
        QTRY_COMPARE_WITH_TIMEOUT(w.model()->rowCount(), 3, 10000);
        m_frontId = front.out.section(u"Account id: "_s, 1).left(36);
        m_easyshipId = sandbox.out.section(u"Account id: "_s, 1).left(36);
        QCOMPARE(w.row(m_easyshipId).data(AccountListModel::EnvironmentRole).toString(), u"Sandbox"_s);
    }

    void verifyAllFlagsTheRejectedAccount()
    {
        Window w = open();
        QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
        m_front.on(u"/me"_s, ProviderAnswers::frontError(401, "Unauthenticated", "Invalid token"));
        w.action(u"actionVerifyAll"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(w.row(m_frontId).data(AccountListModel::BusyRole).toBool() == false
                && w.row(m_frontId).data(AccountListModel::StatusTextRole) == u"Needs attention"_s,
            15000);
        QVERIFY(w.row(m_frontId).data(AccountListModel::StatusMessageRole).toString().contains(u"“Invalid token”"_s));
        QTRY_COMPARE_WITH_TIMEOUT(
            w.row(m_easyshipId).data(AccountListModel::StatusTextRole).toString(), u"Verified"_s, 15000);
        for (int row = 0; row < w.model()->rowCount(); ++row)
            QTRY_VERIFY_WITH_TIMEOUT(!w.model()->index(row).data(AccountListModel::BusyRole).toBool(), 15000);
        w.window->selectAccount(m_frontId);
        QVERIFY(w.window->findChild<QTextBrowser *>(u"details"_s)->toPlainText().contains(u"Needs attention"_s));
        Screenshot::take(*w.window, u"main-window-accounts"_s);
        QCOMPARE(AccessibilityAudit::problems(w.window.get()).join(u"\n"_s), QString());
        m_front.on(u"/me"_s, ProviderAnswers::frontMe());
    }

    void aLockedKeychainIsShownAsSuch()
    {
        RefusingSecretStore locked;
        Window w = open(&locked);
        QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
        w.window->selectAccount(m_easyshipId);
        w.action(u"actionVerify"_s)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(
            w.row(m_easyshipId).data(AccountListModel::StatusTextRole).toString(), u"Keychain unavailable"_s, 10000);
        QCOMPARE(w.row(m_easyshipId).data(AccountListModel::StatusMessageRole).toString(),
            CredentialVault::describe(VaultResult::Error::Locked, {}).message);
        // The account itself keeps its last known status.
        QCOMPARE(w.store->account(m_easyshipId)->status, Account::Status::Verified);
    }

    void renamePersistsAcrossARestart()
    {
        {
            Window w = open();
            w.window->selectAccount(m_frontId);
            w.action(u"actionRename"_s)->trigger();
            auto *dialog = w.window->findChild<QInputDialog *>();
            QVERIFY(dialog);
            dialog->setTextValue(u"  Support inbox "_s);
            dialog->accept();
            QCOMPARE(w.store->account(m_frontId)->label, u"Support inbox"_s);
        }
        Window again = open();
        QCOMPARE(again.row(m_frontId).data(Qt::DisplayRole).toString(), u"Support inbox"_s);
    }

    void relinkKeepsTheId()
    {
        Window w = open();
        QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
        w.window->selectAccount(m_easyshipId);
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
        QCOMPARE(wizard->pending().account().id, m_easyshipId);
        wizard->accept();
        QCOMPARE(w.model()->rowCount(), 3);
        VaultResult secret;
        readSecret(m_easyshipId, &secret);
        QCOMPARE(secret.secrets.value(u"token"_s), u"sand_replaced_kLsEcReT"_s);
    }

    void unlinkAsksThenRemovesTheRowAndTheSecret()
    {
        Window w = open();
        QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
        w.window->selectAccount(m_frontId);
        w.action(u"actionUnlink"_s)->trigger();
        auto *box = w.window->findChild<QMessageBox *>();
        QVERIFY(box);
        QCOMPARE(box->text(), u"Unlink “Support inbox” (Front)?"_s);
        QAbstractButton *unlink = nullptr;
        for (QAbstractButton *b : box->buttons())
            unlink = b->text() == u"&Unlink"_s ? b : unlink;
        QVERIFY(unlink);
        unlink->click();
        QTRY_COMPARE_WITH_TIMEOUT(w.model()->rowCount(), 2, 10000);
        QVERIFY(!w.row(m_frontId).isValid());
        VaultResult secret;
        readSecret(m_frontId, &secret);
        QCOMPARE(secret.error, VaultResult::Error::NotFound);
    }

    void accountsUnlinkedFromTheCliDisappear()
    {
        Window w = open();
        QCOMPARE(w.model()->rowCount(), 2);
        QCOMPARE(cli({u"unlink"_s, m_easyshipId}).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(w.model()->rowCount(), 1, 10000);
    }

    void aDamagedDatabaseIsReported()
    {
        const QString path = m_home.filePath(u"data/keylink/keylink.db"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("not a database");
        file.close();
        for (const QString &suffix : {u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
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
