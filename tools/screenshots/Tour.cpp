#include "Tour.h"

#include "ProviderAnswers.h"
#include "accounts/MainWindow.h"
#include "catalog/CatalogLoader.h"
#include "link/AccountChecker.h"
#include "link/LinkService.h"
#include "settings/Preferences.h"
#include "settings/SettingsDialog.h"
#include "store/AccountStore.h"
#include "wizard/LinkWizard.h"
#include "wizard/PendingLink.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDeadlineTimer>
#include <QHttpServerRequest>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTextStream>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace keylink;

namespace {
QAbstractButton *next(LinkWizard &w)
{
    return w.button(QWizard::NextButton);
}

bool chooseProvider(LinkWizard &w, const QString &id, const QString &methodId = {})
{
    auto *list = w.currentPage()->findChild<QListWidget *>(u"providers"_s);
    for (int row = 0; list && row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == id)
            list->setCurrentRow(row);
    }
    if (!methodId.isEmpty()) {
        const AuthMethod *method = w.pending().provider() ? w.pending().provider()->authMethod(methodId) : nullptr;
        for (QRadioButton *b : w.currentPage()->findChildren<QRadioButton *>()) {
            if (method && b->text() == method->label)
                b->click();
        }
    }
    return w.pending().provider() && w.pending().provider()->id == id
        && (methodId.isEmpty() || w.pending().method()->id == methodId);
}

QLineEdit *field(LinkWizard &w, const QString &id)
{
    return w.currentPage()->findChild<QLineEdit *>(u"field_"_s + id);
}
} // namespace

Tour::Tour(const QDir &out, const QString &suffix, const QStringList &only)
    : m_out(out)
    , m_suffix(suffix)
    , m_only(only)
{ }

bool Tour::start()
{
    if (!m_providers.start())
        return fail(u"cannot start the fake providers on 127.0.0.1"_s);
    // Tokens with "bad" in them are revoked at Front.
    m_providers.front.on(u"/me"_s, [](const QHttpServerRequest &request) {
        return request.value("Authorization").contains("bad")
            ? ProviderAnswers::frontError(401, "Unauthenticated", "Invalid token")
            : ProviderAnswers::frontMe("Initech Support", "cmp_1a2b");
    });
    m_services = std::make_unique<TestServices>(m_providers.hostMap(), &m_secrets);
    return true;
}

bool Tour::run()
{
    // The empty window first, before the wizards link anything.
    return mainWindow() && wizardForFront() && wizardForEasyship() && wizardRejected() && preferences();
}

bool Tour::wanted(const QString &name) const
{
    return m_only.isEmpty() || m_only.contains(name);
}

bool Tour::shoot(QWidget &widget, const QString &name)
{
    if (!wanted(name))
        return true;
    // Let layouts, fonts and icons settle before the picture (never used to
    // wait for the app itself: the scenes wait for states).
    QDeadlineTimer settle(200);
    while (!settle.hasExpired())
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    const QString path = m_out.filePath(name + m_suffix + u".png"_s);
    if (!widget.grab().save(path))
        return fail(u"cannot write %1"_s.arg(path));
    m_saved << path;
    QTextStream(stdout) << path << '\n';
    return true;
}

bool Tour::waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

bool Tour::fail(const QString &why)
{
    QTextStream(stderr) << "keylink-screenshots: " << why << '\n';
    return false;
}

bool Tour::wizardForFront()
{
    LinkWizard w(**m_services);
    w.resize(900, 700);
    w.show();
    if (!chooseProvider(w, u"front"_s))
        return fail(u"Front is not in the provider list"_s);
    if (!shoot(w, u"wizard-1-provider"_s))
        return false;
    next(w)->click();
    w.pending().setActions({u"front_list_conversations"_s, u"front_list_tags"_s, u"front_list_tagged_conversations"_s,
        u"front_list_contacts"_s});
    if (!shoot(w, u"wizard-2-actions"_s))
        return false;
    next(w)->click();
    if (!shoot(w, u"wizard-3-guide"_s))
        return false;
    next(w)->click();
    QLineEdit *token = field(w, u"token"_s);
    if (!token)
        return fail(u"the fields page has no token field"_s);
    token->setText(u"eyJhbGciOiJIUzI1NiJ9.screenshot.kLsEcReT"_s);
    if (!shoot(w, u"wizard-4-fields"_s))
        return false;
    next(w)->click();
    if (!shoot(w, u"wizard-5-connect"_s))
        return false;
    next(w)->click();
    if (!waitFor([&] { return w.currentId() == LinkWizard::DonePageId; }))
        return fail(u"Front did not link"_s);
    return shoot(w, u"wizard-6-done"_s);
}

bool Tour::wizardForEasyship()
{
    {
        LinkWizard w(**m_services);
        w.resize(900, 700);
        w.show();
        if (!chooseProvider(w, u"easyship"_s, u"api-token"_s))
            return fail(u"Easyship's token method is not in the catalog"_s);
        next(w)->click();
        if (!shoot(w, u"wizard-2-easyship-scopes"_s))
            return false;
    }
    LinkWizard w(**m_services);
    w.resize(900, 700);
    w.show();
    if (!chooseProvider(w, u"easyship"_s, u"oauth-partner"_s))
        return fail(u"Easyship's OAuth method is not in the catalog"_s);
    next(w)->click();
    auto *tree = w.currentPage()->findChild<QTreeWidget *>(u"scopeTree"_s);
    for (const QString &scope : {u"public.shipment:read"_s, u"shipment"_s}) {
        const auto items
            = tree ? tree->findItems(scope, Qt::MatchExactly | Qt::MatchRecursive) : QList<QTreeWidgetItem *>();
        if (items.isEmpty())
            return fail(u"no scope %1 in the OAuth scope tree"_s.arg(scope));
        items.first()->setCheckState(0, Qt::Checked);
    }
    if (!shoot(w, u"wizard-2-easyship-oauth-mixed"_s))
        return false;
    // One family only, then the application's credentials and the grant.
    tree->findItems(u"shipment"_s, Qt::MatchExactly | Qt::MatchRecursive).first()->setCheckState(0, Qt::Unchecked);
    next(w)->click();
    next(w)->click();
    QLineEdit *id = field(w, u"client_id"_s);
    QLineEdit *secret = field(w, u"client_secret"_s);
    if (!id || !secret)
        return fail(u"the OAuth fields page has no client id or secret"_s);
    id->setText(QString::fromLatin1(FakeOAuthServer::ClientId));
    secret->setText(QString::fromLatin1(FakeOAuthServer::ClientSecret));
    next(w)->click();
    if (auto *clientCredentials = w.currentPage()->findChild<QRadioButton *>(u"clientCredentials"_s))
        clientCredentials->click();
    return shoot(w, u"wizard-5-connect-oauth"_s);
}

bool Tour::wizardRejected()
{
    LinkWizard w(**m_services);
    w.resize(900, 700);
    w.show();
    chooseProvider(w, u"front"_s);
    next(w)->click();
    w.pending().setActions({u"front_list_tags"_s});
    next(w)->click();
    next(w)->click();
    field(w, u"token"_s)->setText(u"eyJhbGciOiJIUzI1NiJ9.bad.kLsEcReT"_s);
    next(w)->click();
    next(w)->click();
    auto *error = w.currentPage()->findChild<QLabel *>(u"error"_s);
    if (!waitFor([&] { return error && error->isVisible(); }))
        return fail(u"the revoked token was not reported"_s);
    return shoot(w, u"wizard-5-connect-failed"_s);
}

bool Tour::mainWindow()
{
    MainWindow window(**m_services);
    window.resize(960, 640);
    window.show();
    if (!shoot(window, u"main-window-empty"_s))
        return false;
    if (!wanted(u"main-window-accounts"_s))
        return true;

    // One account of each provider, then a check of all: Easyship's token
    // has been revoked meanwhile, so the list shows every state.
    const struct {
        const char *provider, *method, *identity, *name, *environment, *label;
        QStringList actions;
        SecretFields secrets;
        QMap<QString, QString> fields;
    } links[] = {
        {"front", "api-token", "cmp_1a2b", "Initech Support", "production", "Support inbox",
            {u"front_list_conversations"_s, u"front_list_tags"_s}, {{u"token"_s, u"eyJhbGciOiJIUzI1NiJ9.a.kLsEcReT"_s}},
            {}},
        {"easyship", "api-token", "CHK000001", "Globex Shipping", "production", "", {},
            {{u"token"_s, u"prod_screenshot_kLsEcReT"_s}}, {}},
        {"oneflow", "api-token", "ana@example.com", "ana@example.com", "production", "Contracts", {},
            {{u"token"_s, u"0123456789abcdef0123456789abcd-kLsEcReT"_s}}, {{u"user_email"_s, u"ana@example.com"_s}}},
    };
    QStringList ids;
    for (const auto &l : links) {
        const Provider *provider = (*m_services)->catalog().provider(QString::fromLatin1(l.provider));
        const AuthMethod *method = provider ? provider->authMethod(QString::fromLatin1(l.method)) : nullptr;
        if (!method)
            return fail(u"no %1 in the catalog"_s.arg(QLatin1String(l.provider)));
        Account draft;
        draft.providerId = provider->id;
        draft.methodId = method->id;
        draft.identityId = QString::fromLatin1(l.identity);
        draft.identityName = QString::fromLatin1(l.name);
        draft.environmentId = QString::fromLatin1(l.environment);
        draft.label = QString::fromLatin1(l.label);
        draft.actions = l.actions;
        draft.scopes = l.actions.isEmpty() ? method->recommendedScopes : method->scopesForActions(l.actions);
        draft.fields = l.fields;
        bool done = false;
        QString error;
        (*m_services)->links().save(draft, l.secrets, [&](const LinkOutcome &outcome) {
            done = true;
            if (!outcome.ok())
                error = outcome.message;
            else
                ids << outcome.account.id;
        });
        if (!waitFor([&] { return done; }) || !error.isEmpty())
            return fail(u"cannot link %1: %2"_s.arg(QLatin1String(l.provider), error));
    }
    m_providers.easyship.on(u"/2024-09/account"_s,
        FakeResponse::json(401, R"({"error":{"code":"unauthorized","message":"The access token is invalid"}})"));
    AccountChecker &checker = (*m_services)->checker();
    window.verifyAll();
    if (!waitFor([&] { return checker.running() == 0 && checker.queued() == 0; }))
        return fail(u"the accounts were not checked"_s);
    m_providers.easyship.on(u"/2024-09/account"_s, ProviderAnswers::easyshipAccount("Globex Shipping", "CHK000001"));
    window.selectAccount(ids.first());
    if (!shoot(window, u"main-window-accounts"_s))
        return false;
    // Leave the store as the wizard scenes expect it: empty.
    for (const QString &id : std::as_const(ids)) {
        bool done = false;
        (*m_services)->links().unlink(id, [&](const LinkOutcome &) { done = true; });
        waitFor([&] { return done; });
    }
    return true;
}

bool Tour::preferences()
{
    Preferences current;
    current.timeoutSeconds = 30;
    SettingsDialog dialog(current, (*m_services)->catalog());
    dialog.show();
    return shoot(dialog, u"preferences"_s);
}
