#include "WindowScenes.h"

#include "ProviderAnswers.h"
#include "Tour.h"
#include "accounts/MainWindow.h"
#include "link/AccountChecker.h"
#include "link/LinkService.h"
#include "settings/Preferences.h"
#include "settings/SettingsDialog.h"

using namespace Qt::StringLiterals;
using namespace keylink;

WindowScenes::WindowScenes(Tour &tour)
    : m_tour(tour)
{ }

bool WindowScenes::empty()
{
    MainWindow window(m_tour.services());
    window.resize(960, 640);
    window.show();
    return m_tour.shoot(window, u"main-window-empty"_s);
}

bool WindowScenes::accounts()
{
    if (!m_tour.wanted(u"main-window-accounts"_s))
        return true;
    MainWindow window(m_tour.services());
    window.resize(960, 640);
    window.show();

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
        const Provider *provider = m_tour.services().catalog().provider(QString::fromLatin1(l.provider));
        const AuthMethod *method = provider ? provider->authMethod(QString::fromLatin1(l.method)) : nullptr;
        if (!method)
            return Tour::fail(u"no %1 in the catalog"_s.arg(QLatin1String(l.provider)));
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
        m_tour.services().links().save(draft, l.secrets, [&](const LinkOutcome &outcome) {
            done = true;
            if (!outcome.ok())
                error = outcome.message;
            else
                ids << outcome.account.id;
        });
        if (!Tour::waitFor([&] { return done; }) || !error.isEmpty())
            return Tour::fail(u"cannot link %1: %2"_s.arg(QLatin1String(l.provider), error));
    }
    m_tour.providers().easyship.on(u"/2024-09/account"_s,
        FakeResponse::json(401, R"({"error":{"code":"unauthorized","message":"The access token is invalid"}})"));
    AccountChecker &checker = m_tour.services().checker();
    window.verifyAll();
    if (!Tour::waitFor([&] { return checker.running() == 0 && checker.queued() == 0; }))
        return Tour::fail(u"the accounts were not checked"_s);
    m_tour.providers().easyship.on(
        u"/2024-09/account"_s, ProviderAnswers::easyshipAccount("Globex Shipping", "CHK000001"));
    window.selectAccount(ids.first());
    if (!m_tour.shoot(window, u"main-window-accounts"_s))
        return false;
    // Leave the store as the wizard scenes expect it: empty.
    for (const QString &id : std::as_const(ids)) {
        bool done = false;
        m_tour.services().links().unlink(id, [&](const LinkOutcome &) { done = true; });
        Tour::waitFor([&] { return done; });
    }
    return true;
}

bool WindowScenes::preferences()
{
    Preferences current;
    current.timeoutSeconds = 30;
    SettingsDialog dialog(current, m_tour.services().catalog());
    dialog.show();
    return m_tour.shoot(dialog, u"preferences"_s);
}
