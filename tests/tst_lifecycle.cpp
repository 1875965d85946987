#include "accounts/AccountDetailsView.h"
#include "accounts/AccountListModel.h"
#include "accounts/MainWindow.h"
#include "accounts/RenameDialog.h"
#include "catalog/CatalogLoader.h"
#include "store/AccountStore.h"
#include "vault/CredentialVault.h"
#include "wizard/LinkWizard.h"
#include "wizard/PendingLink.h"

#include "FakeProviders.h"
#include "KeylinkProcess.h"
#include "ProviderAnswers.h"
#include "TestServices.h"

#include <QAbstractButton>
#include <QAction>
#include <QDesktopServices>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keylink;

namespace {

// One way of signing in, as `keylink link` takes it.
struct Method {
    QString key;
    QStringList link; // the arguments after `keylink link`
    QByteArray input; // standard input: the secret fields
    QString provider;
    QString method;
    QString environment;
    QString identityId;
    QString identityName;
    enum class Grant { None, ClientCredentials, AuthorizationCode } grant = Grant::None;
    QString secretField; // the keychain field `keylink token` prints

    bool oauth() const { return grant != Grant::None; }
};

const QString FrontToken = u"eyJhbGciOiJIUzI1NiJ9.eyJqdGkiOiJsaWZlY3ljbGUifQ.kLsEcReT-front"_s;
const QString OneflowToken = u"0123456789-lifecycle-kLsEcReT-abcdefghij"_s;
const QString ClientSecret = QString::fromLatin1(FakeOAuthServer::ClientSecret);
const QString ClientIdField = u"client_id=%1"_s.arg(QLatin1String(FakeOAuthServer::ClientId));

QList<Method> methods()
{
    const QStringList oauth {u"easyship"_s, u"--method"_s, u"oauth-partner"_s, u"--field"_s, ClientIdField,
        u"--scopes"_s, u"public.shipment:read"_s, u"--grant"_s};
    return {
        {u"front-token"_s, {u"front"_s, u"--actions"_s, u"front_list_conversations"_s}, FrontToken.toUtf8() + "\n",
            u"front"_s, u"api-token"_s, u"production"_s, u"cmp_1a2b"_s, u"Initech Support"_s, Method::Grant::None,
            u"token"_s},
        {u"easyship-production"_s, {u"easyship"_s}, "prod_lifecycle_kLsEcReT\n", u"easyship"_s, u"api-token"_s,
            u"production"_s, u"CHK000001"_s, u"Globex Shipping"_s, Method::Grant::None, u"token"_s},
        {u"easyship-sandbox"_s, {u"easyship"_s}, "sand_lifecycle_kLsEcReT\n", u"easyship"_s, u"api-token"_s,
            u"sandbox"_s, u"CHK000002"_s, u"Globex Sandbox"_s, Method::Grant::None, u"token"_s},
        {u"oneflow-token-email"_s, {u"oneflow"_s, u"--field"_s, u"user_email=ana@example.com"_s},
            OneflowToken.toUtf8() + "\n", u"oneflow"_s, u"api-token"_s, u"production"_s, u"ana@example.com"_s,
            u"ana@example.com"_s, Method::Grant::None, u"token"_s},
        {u"easyship-oauth-client-credentials"_s, oauth + QStringList {u"client-credentials"_s},
            ClientSecret.toUtf8() + "\n", u"easyship"_s, u"oauth-partner"_s, u"production"_s, u"CHK000003"_s,
            u"Globex Partner"_s, Method::Grant::ClientCredentials, u"access_token"_s},
        {u"easyship-oauth-authorization-code"_s, oauth + QStringList {u"authorization-code"_s, u"--no-browser"_s},
            ClientSecret.toUtf8() + "\n", u"easyship"_s, u"oauth-partner"_s, u"production"_s, u"CHK000004"_s,
            u"Initrode Merchant"_s, Method::Grant::AuthorizationCode, u"access_token"_s},
    };
}

Method method(const QString &key)
{
    for (const Method &m : methods()) {
        if (m.key == key)
            return m;
    }
    qFatal("no method %s", qPrintable(key));
}

} // namespace

// Every built-in way of signing in, through every step of an account's life:
// the real keylink binary and the window, the real keychain, and the fake
// providers on loopback in their documented shapes. A step that the code
// under test stops doing makes the walk fail.
class TestLifecycle : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    FakeProviders m_providers;
    QNetworkAccessManager m_network; // the window's, and the test's browser
    CredentialVault m_vault;
    // Easyship's API checks, when it first sees an access token, what the
    // keychain holds for this account at that moment.
    QString m_watchedAccount;
    QHash<QString, QString> m_keychainAtFirstUse; // access token -> the keychain entry then

    QProcessEnvironment environment() const { return m_providers.environment(); }

    KeylinkRun keylink(const QStringList &arguments, const QByteArray &input = {})
    {
        return runKeylink(arguments, environment(), input);
    }

    KeylinkRun link(const Method &m)
    {
        const QStringList arguments = QStringList {u"link"_s} + m.link;
        return m.grant == Method::Grant::AuthorizationCode
            ? runKeylinkSigningIn(arguments, environment(), m.input, m_network)
            : keylink(arguments, m.input);
    }

    QJsonArray accounts()
    {
        const KeylinkRun r = keylink({u"accounts"_s, u"--json"_s});
        if (r.exitCode != 0)
            qWarning("keylink accounts failed: %s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8())[u"accounts"_s].toArray();
    }

    QJsonObject account(const QString &id)
    {
        for (const QJsonValue &v : accounts()) {
            if (v[u"id"_s].toString() == id)
                return v.toObject();
        }
        return {};
    }

    static QDateTime lastVerified(const QJsonObject &account)
    {
        return QDateTime::fromString(account[u"lastVerified"_s].toString(), Qt::ISODateWithMs);
    }

    // The keychain entry as any other Secret Service client sees it.
    static QString keychainText(const QString &id)
    {
        QProcess lookup;
        lookup.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s, u"keylink"_s, u"user"_s, id});
        if (!lookup.waitForFinished(10000))
            return u"(secret-tool did not answer)"_s;
        return QString::fromUtf8(lookup.readAllStandardOutput());
    }

    SecretFields secrets(const QString &id)
    {
        const QJsonObject o = QJsonDocument::fromJson(keychainText(id).toUtf8()).object();
        SecretFields fields;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            fields.insert(it.key(), it.value().toString());
        return fields;
    }

    bool writeSecrets(const QString &id, const SecretFields &fields)
    {
        std::optional<bool> written;
        m_vault.write(id, fields, this, [&](const VaultResult &r) { written = r.ok(); });
        return QTest::qWaitFor([&] { return written.has_value(); }, 15000) && *written;
    }

    // Time passes: the stored access token's expiry moves into the past.
    bool expireAccessToken(const QString &id)
    {
        SecretFields s = secrets(id);
        if (!s.contains(u"access_token"_s))
            return false;
        s.insert(u"expires_at"_s, QDateTime::currentDateTimeUtc().addSecs(-30).toString(Qt::ISODate));
        return writeSecrets(id, s);
    }

    struct Window {
        std::unique_ptr<TestServices> services;
        std::unique_ptr<MainWindow> window;
        AccountStore &store() const { return (**services).store(); }
        AccountListModel *model() const { return window->findChild<AccountListModel *>(); }
        QAction *action(const QString &name) const { return window->findChild<QAction *>(name); }
        QModelIndex row(const QString &id) const { return model()->indexOf(id); }
    };

    std::unique_ptr<Window> openWindow()
    {
        auto w = std::make_unique<Window>();
        // The real keychain, and the same database the keylink processes use.
        w->services = std::make_unique<TestServices>(m_providers.hostMap(), nullptr, AccountStore::defaultPath());
        w->window = std::make_unique<MainWindow>(**w->services);
        w->window->resize(1000, 640);
        w->window->show();
        return w;
    }

    // Clicks Relink for the account and completes the wizard with `m`'s
    // credentials; the wizard's account afterwards.
    void relinkInWindow(Window &w, const Method &m, const QString &id)
    {
        w.window->selectAccount(id);
        w.action(u"actionRelink"_s)->trigger();
        auto *wizard = w.window->findChild<LinkWizard *>();
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(LinkWizard::FieldsPageId));
        const QString secretField = m.oauth() ? u"client_secret"_s : u"token"_s;
        auto *secret = wizard->currentPage()->findChild<QLineEdit *>(u"field_"_s + secretField);
        QVERIFY(secret);
        QCOMPARE(secret->text(), QString()); // never read back out of the keychain
        secret->setText(QString::fromUtf8(m.input).trimmed());
        wizard->next();
        QCOMPARE(wizard->currentId(), int(LinkWizard::ConnectPageId));
        if (m.oauth()) {
            const QString grant = m.grant == Method::Grant::AuthorizationCode ? u"signIn"_s : u"clientCredentials"_s;
            wizard->currentPage()->findChild<QRadioButton *>(grant)->click();
        }
        wizard->button(QWizard::NextButton)->click();
        auto *error = wizard->currentPage()->findChild<QLabel *>(u"error"_s);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->currentId() == int(LinkWizard::DonePageId) || error->isVisible(), 20000);
        QVERIFY2(wizard->currentId() == int(LinkWizard::DonePageId), qPrintable(error->text()));
        QCOMPARE(wizard->pending().account().id, id);
        wizard->accept();
        QTRY_VERIFY(!w.window->findChild<LinkWizard *>()); // closed, and deleted
    }

    void unlinkInWindow(Window &w, const QString &id)
    {
        w.window->selectAccount(id);
        w.action(u"actionUnlink"_s)->trigger();
        auto *box = w.window->findChild<QMessageBox *>();
        QVERIFY(box);
        QAbstractButton *unlink = nullptr;
        for (QAbstractButton *b : box->buttons())
            unlink = b->text() == u"&Unlink"_s ? b : unlink;
        QVERIFY(unlink);
        unlink->click();
        QTRY_VERIFY_WITH_TIMEOUT(!w.row(id).isValid(), 15000);
    }

    // Links one account of every method; their ids by method.
    QHash<QString, QString> linkOneOfEach()
    {
        QHash<QString, QString> ids;
        for (const Method &m : methods()) {
            const KeylinkRun r = link(m);
            if (r.exitCode != 0)
                qWarning("linking %s failed: %s", qPrintable(m.key), qPrintable(r.err));
            ids.insert(m.key, r.out.section(u"Account id: "_s, 1).left(36));
        }
        return ids;
    }

    void unlinkEverything()
    {
        for (const QJsonValue &v : accounts())
            keylink({u"unlink"_s, v[u"id"_s].toString()});
    }

public Q_SLOTS:
    // QDesktopServices hands the sign-in page to this "browser", which opens
    // it and follows the provider's redirect back to Keylink.
    void openInBrowser(const QUrl &url)
    {
        QNetworkRequest open(url);
        open.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *page = m_network.get(open);
        connect(page, &QNetworkReply::finished, page, &QObject::deleteLater);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // The window, this test and the keylink processes share these folders,
        // as they would on a desktop.
        for (const char *name : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_RUNTIME_DIR"}) {
            const QString path = m_home.filePath(QString::fromLatin1(name));
            QVERIFY(QDir().mkpath(path));
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            qputenv(name, path.toUtf8());
        }
        QCoreApplication::setApplicationName(u"keylink"_s);
        QDesktopServices::setUrlHandler(u"http"_s, this, "openInBrowser");

        QVERIFY(m_providers.start());
        m_providers.easyship.on(u"/2024-09/account"_s, [this](const QHttpServerRequest &request) {
            const QString token = QString::fromUtf8(request.value("Authorization")).section(u' ', 1);
            if (!m_watchedAccount.isEmpty() && !m_keychainAtFirstUse.contains(token))
                m_keychainAtFirstUse.insert(token, keychainText(m_watchedAccount));
            // The partner application's own company (client credentials), a
            // merchant who signed in to it (authorization code), or the
            // company an API token belongs to.
            if (token.startsWith(u"at-cc-"_s))
                return ProviderAnswers::easyshipAccount("Globex Partner", "CHK000003");
            if (token.startsWith(u"at-ac-"_s))
                return ProviderAnswers::easyshipAccount("Initrode Merchant", "CHK000004");
            return ProviderAnswers::easyshipAccount("Globex Shipping", "CHK000001");
        });
    }

    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(u"http"_s); }

    void init()
    {
        m_watchedAccount.clear();
        m_keychainAtFirstUse.clear();
        m_providers.oauth.clientRevoked = false;
    }

    void cleanup() { unlinkEverything(); }

    void commandLineLifecycle_data()
    {
        QTest::addColumn<QString>("key");
        for (const Method &m : methods())
            QTest::newRow(qPrintable(m.key)) << m.key;
    }

    // link → accounts --json → verify ACCOUNT → verify --all → token → link
    // again → rename (window) → [OAuth: expired token, refused refresh] →
    // unlink, and the keychain entry is gone.
    void commandLineLifecycle()
    {
        QFETCH(QString, key);
        const Method m = method(key);

        // Link.
        const KeylinkRun linked = link(m);
        QVERIFY2(linked.exitCode == 0, qPrintable(linked.err));
        // (The authorization code grant first prints where to sign in.)
        QVERIFY2(QRegularExpression(u"(^|\n)Linked %1 account “%2”"_s.arg(m.provider == u"front"_s ? u"Front"_s
                                            : m.provider == u"oneflow"_s                           ? u"Oneflow"_s
                                                                                                   : u"Easyship"_s,
                                        m.identityName))
                     .match(linked.out)
                     .hasMatch(),
            qPrintable(linked.out));
        const QString id = linked.out.section(u"Account id: "_s, 1).left(36);
        QCOMPARE(id.size(), 36);

        // Listed, with its method, environment and identity, never its secret.
        const KeylinkRun list = keylink({u"accounts"_s, u"--json"_s});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray all = QJsonDocument::fromJson(list.out.toUtf8())[u"accounts"_s].toArray();
        QCOMPARE(all.size(), 1);
        const QJsonObject listed = all.first().toObject();
        QCOMPARE(listed[u"id"_s].toString(), id);
        QCOMPARE(listed[u"provider"_s].toString(), m.provider);
        QCOMPARE(listed[u"method"_s].toString(), m.method);
        QCOMPARE(listed[u"environment"_s].toString(), m.environment);
        QCOMPARE(listed[u"identity"_s][u"id"_s].toString(), m.identityId);
        QCOMPARE(listed[u"identity"_s][u"name"_s].toString(), m.identityName);
        QCOMPARE(listed[u"status"_s].toString(), u"verified"_s);
        const SecretFields stored = secrets(id);
        QVERIFY(!stored.value(m.secretField).isEmpty());
        for (const QString &field : {u"token"_s, u"client_secret"_s, u"access_token"_s, u"refresh_token"_s}) {
            const QString secret = stored.value(field);
            QVERIFY2(secret.isEmpty() || !list.out.contains(secret), qPrintable(field));
        }
        if (m.oauth()) {
            // The granted scope is shown with its result, as for a token.
            const QJsonArray permissions = listed[u"permissions"_s].toArray();
            QCOMPARE(permissions.size(), 1);
            QCOMPARE(permissions.first()[u"scope"_s].toString(), u"public.shipment:read"_s);
            QCOMPARE(permissions.first()[u"state"_s].toString(), u"granted"_s);
        }

        // Verify this account, then all of them: each check is recorded.
        QDateTime before = lastVerified(listed);
        QVERIFY(before.isValid());
        const KeylinkRun verified = keylink({u"verify"_s, id});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.err + verified.out));
        QVERIFY(verified.out.contains(u"verified"_s));
        QDateTime after = lastVerified(account(id));
        QVERIFY2(after > before, qPrintable(after.toString(Qt::ISODateWithMs)));
        before = after;
        const KeylinkRun verifiedAll = keylink({u"verify"_s, u"--all"_s});
        QVERIFY2(verifiedAll.exitCode == 0, qPrintable(verifiedAll.err + verifiedAll.out));
        after = lastVerified(account(id));
        QVERIFY2(after > before, qPrintable(after.toString(Qt::ISODateWithMs)));

        // The secret, for scripts: the stored token, or a valid access token.
        const KeylinkRun token = keylink({u"token"_s, id});
        QCOMPARE(token.exitCode, 0);
        QCOMPARE(token.out, secrets(id).value(m.secretField) + u"\n"_s);
        if (m.oauth())
            QVERIFY(token.out.startsWith(u"at-"_s));
        else
            QCOMPARE(token.out, QString::fromUtf8(m.input));

        // The same identity again: updated in place, still one account.
        const KeylinkRun again = link(m);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(QRegularExpression(u"(^|\n)Updated "_s).match(again.out).hasMatch(), qPrintable(again.out));
        QCOMPARE(again.out.section(u"Account id: "_s, 1).left(36), id);
        QCOMPARE(accounts().size(), 1);

        // Rename in the window; the command line sees the new label.
        {
            auto w = openWindow();
            w->window->selectAccount(id);
            w->action(u"actionRename"_s)->trigger();
            auto *dialog = w->window->findChild<RenameDialog *>();
            QVERIFY(dialog);
            dialog->setName(u"Renamed %1"_s.arg(key));
            dialog->accept();
        }
        QCOMPARE(account(id)[u"label"_s].toString(), u"Renamed %1"_s.arg(key));

        if (m.oauth()) {
            // An access token that expired before the check is refreshed
            // once, and the new tokens are in the keychain before the new
            // access token is used.
            const SecretFields old = secrets(id);
            QVERIFY(expireAccessToken(id));
            m_watchedAccount = id;
            const int refreshes = m_providers.oauth.refreshes;
            const int tokenRequests = m_providers.oauth.tokenRequests;
            const KeylinkRun refreshed = keylink({u"verify"_s, id});
            QVERIFY2(refreshed.exitCode == 0, qPrintable(refreshed.err + refreshed.out));
            QCOMPARE(m_providers.oauth.tokenRequests - tokenRequests, 1);
            QCOMPARE(m_providers.oauth.refreshes - refreshes, m.grant == Method::Grant::AuthorizationCode ? 1 : 0);
            const SecretFields renewed = secrets(id);
            QVERIFY(renewed.value(u"access_token"_s) != old.value(u"access_token"_s));
            QCOMPARE(renewed.value(u"client_secret"_s), ClientSecret);
            const QString atFirstUse = m_keychainAtFirstUse.value(renewed.value(u"access_token"_s));
            QVERIFY2(atFirstUse.contains(renewed.value(u"access_token"_s)), qPrintable(atFirstUse));
            if (m.grant == Method::Grant::AuthorizationCode) {
                QVERIFY(renewed.value(u"refresh_token"_s) != old.value(u"refresh_token"_s));
                QVERIFY(m_providers.oauth.validRefreshTokens.contains(renewed.value(u"refresh_token"_s)));
                QVERIFY(atFirstUse.contains(renewed.value(u"refresh_token"_s)));
            }
            // Fresh now: the next check uses it as it is.
            QCOMPARE(keylink({u"verify"_s, id}).exitCode, 0);
            QCOMPARE(m_providers.oauth.tokenRequests - tokenRequests, 1);

            // The provider refuses the refresh: the account needs attention,
            // nothing crashes, and the stored sign-in is kept as it was.
            QVERIFY(expireAccessToken(id));
            const SecretFields beforeRefusal = secrets(id);
            if (m.grant == Method::Grant::AuthorizationCode)
                m_providers.oauth.validRefreshTokens.clear(); // revoked at the provider
            else
                m_providers.oauth.clientRevoked = true;
            const KeylinkRun refused = keylink({u"verify"_s, id});
            QCOMPARE(refused.exitCode, 3);
            const QJsonObject flagged = account(id);
            QCOMPARE(flagged[u"status"_s].toString(), u"needs-attention"_s);
            QVERIFY2(flagged[u"statusMessage"_s].toString().startsWith(u"Sign in again: "_s),
                qPrintable(flagged[u"statusMessage"_s].toString()));
            QCOMPARE(keylink({u"verify"_s, u"--all"_s}).exitCode, 3);
            QCOMPARE(secrets(id), beforeRefusal);
        }

        // Unlink: gone from the list and from the keychain.
        const KeylinkRun unlinked = keylink({u"unlink"_s, id});
        QVERIFY2(unlinked.exitCode == 0, qPrintable(unlinked.err));
        QCOMPARE(accounts().size(), 0);
        QCOMPARE(keychainText(id), QString());
    }

    void windowLifecycleWithOneAccountOfEachMethod()
    {
        const QHash<QString, QString> ids = linkOneOfEach();
        QCOMPARE(accounts().size(), int(methods().size()));
        QHash<QString, QDateTime> linkedAt;
        for (const QJsonValue &v : accounts())
            linkedAt.insert(v[u"id"_s].toString(), lastVerified(v.toObject()));
        // The OAuth accounts' access tokens have expired by the next start.
        QVERIFY(expireAccessToken(ids.value(u"easyship-oauth-client-credentials"_s)));
        QVERIFY(expireAccessToken(ids.value(u"easyship-oauth-authorization-code"_s)));

        // The real window, started with "Verify all accounts when Keylink
        // starts": it checks every account and keeps running.
        {
            QSettings settings(QSettings::IniFormat, QSettings::UserScope, u"keylink"_s, u"keylink"_s);
            settings.setValue(u"startup/verifyAll"_s, true);
        }
        QProcess window;
        QProcessEnvironment env = environment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        window.setProcessEnvironment(env);
        window.setProcessChannelMode(QProcess::ForwardedChannels);
        window.start(QStringLiteral(KEYLINK_EXECUTABLE), {});
        QVERIFY(window.waitForStarted(10000));
        auto allCheckedSinceLink = [&] {
            const QJsonArray list = accounts();
            return list.size() == linkedAt.size() && std::all_of(list.begin(), list.end(), [&](const QJsonValue &v) {
                return lastVerified(v.toObject()) > linkedAt.value(v[u"id"_s].toString());
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(allCheckedSinceLink() || window.state() != QProcess::Running, 30000);
        QCOMPARE(window.state(), QProcess::Running);
        window.terminate();
        QVERIFY(window.waitForFinished(10000));
        {
            QSettings settings(QSettings::IniFormat, QSettings::UserScope, u"keylink"_s, u"keylink"_s);
            settings.remove(u"startup/verifyAll"_s);
        }
        for (const QJsonValue &v : accounts())
            QCOMPARE(v[u"status"_s].toString(), u"verified"_s);

        auto w = openWindow();
        QVERIFY(QTest::qWaitForWindowExposed(w->window.get()));
        QCOMPARE(w->model()->rowCount(), int(methods().size()));
        auto lastVerifiedIn = [&](const QString &id) { return w->store().account(id)->lastVerified; };
        auto idle = [&](const QString &id) { return !w->row(id).data(AccountListModel::BusyRole).toBool(); };

        // Verify each account on its own.
        for (const Method &m : methods()) {
            const QString id = ids.value(m.key);
            const QDateTime before = lastVerifiedIn(id);
            w->window->selectAccount(id);
            w->action(u"actionVerify"_s)->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(lastVerifiedIn(id) > before && idle(id), 15000);
            QCOMPARE(w->row(id).data(AccountListModel::StatusTextRole).toString(), u"Verified"_s);
            if (m.oauth()) { // the granted scope, with its result, as for a token
                const QString details = w->window->findChild<AccountDetailsView *>(u"details"_s)->text();
                QVERIFY2(QRegularExpression(u"public\\.shipment:read\\s+granted"_s).match(details).hasMatch(),
                    qPrintable(details));
            }
        }

        // Verify all.
        QHash<QString, QDateTime> before;
        for (const QString &id : ids)
            before.insert(id, lastVerifiedIn(id));
        w->action(u"actionVerifyAll"_s)->trigger();
        for (const QString &id : ids) {
            QTRY_VERIFY_WITH_TIMEOUT(lastVerifiedIn(id) > before.value(id) && idle(id), 20000);
            QCOMPARE(w->row(id).data(AccountListModel::StatusTextRole).toString(), u"Verified"_s);
        }

        // Relink each, through the wizard, keeping its id.
        for (const Method &m : methods()) {
            relinkInWindow(*w, m, ids.value(m.key));
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(w->model()->rowCount(), int(methods().size()));
        }

        // Unlink each: the row and the keychain entry go.
        for (const Method &m : methods()) {
            const QString id = ids.value(m.key);
            unlinkInWindow(*w, id);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(keychainText(id), QString());
        }
        QCOMPARE(accounts().size(), 0);
    }
};

QTEST_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
