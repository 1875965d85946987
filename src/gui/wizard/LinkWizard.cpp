#include "wizard/LinkWizard.h"

#include "link/DeepLink.h"
#include "link/Selection.h"
#include "services/Services.h"
#include "wizard/ConnectPage.h"
#include "wizard/DonePage.h"
#include "wizard/FieldsPage.h"
#include "wizard/GuidePage.h"
#include "wizard/PendingLink.h"
#include "wizard/ProviderPage.h"
#include "wizard/ScopesPage.h"
#include "wizard/StepList.h"

#include <QAbstractButton>

using namespace Qt::StringLiterals;

namespace keylink {

LinkWizard::LinkWizard(Services &services, QWidget *parent)
    : QWizard(parent)
    , m_services(services)
    , m_link(new PendingLink(this))
{
    setWindowTitle(tr("Link an account"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    // Saving is a commit: nothing leads back to a page that pretends the
    // account is not linked.
    setOption(QWizard::NoBackButtonOnLastPage);
    setMinimumSize(720, 560);
    m_providerPage = new ProviderPage(services.catalog(), *m_link, this);
    m_connectPage = new ConnectPage(services, *m_link, this);
    setPage(ProviderPageId, m_providerPage);
    setPage(ScopesPageId, new ScopesPage(*m_link, this));
    setPage(GuidePageId, new GuidePage(*m_link, this));
    setPage(FieldsPageId, new FieldsPage(*m_link, this));
    setPage(ConnectPageId, m_connectPage);
    setPage(DonePageId, new DonePage(*m_link, this));
    m_steps = new StepList(this);
    setSideWidget(m_steps);
    listSteps();
    connect(m_link, &PendingLink::providerChanged, this, &LinkWizard::listSteps);
    describeButtons(startId());
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        m_steps->setCurrent(id);
        describeButtons(id);
        if (id == DonePageId)
            Q_EMIT linked(m_link->account());
    });
}

void LinkWizard::describeButtons(int pageId)
{
    // What a screen reader says besides the button's text.
    button(QWizard::BackButton)->setAccessibleDescription(tr("Go back to the previous step"));
    button(QWizard::NextButton)
        ->setAccessibleDescription(pageId == FieldsPageId || pageId == ConnectPageId
                ? tr("Check the credentials with the provider, then keep the secret in your keychain")
                : tr("Go on to the next step"));
    button(QWizard::CancelButton)->setAccessibleDescription(tr("Close the wizard without linking anything"));
    button(QWizard::FinishButton)->setAccessibleDescription(tr("Close the wizard; the account is linked"));
}

LinkWizard::~LinkWizard() = default;

void LinkWizard::listSteps()
{
    const AuthMethod *m = m_link->method();
    QList<StepList::Step> steps {{ProviderPageId, tr("Provider")}};
    if (!m || !m->actions.isEmpty() || !m->scopes.isEmpty()) // else nextId() skips the page
        steps.append({ScopesPageId, tr("Permissions")});
    steps.append({{GuidePageId, tr("Guide")}, {FieldsPageId, tr("Credentials")}, {ConnectPageId, tr("Verify")},
        {DonePageId, tr("Done")}});
    m_steps->setSteps(steps);
    m_steps->setCurrent(currentId() < 0 ? startId() : currentId());
}

int LinkWizard::nextId() const
{
    const int id = currentId();
    if (id == ProviderPageId) {
        const AuthMethod *m = m_link->method();
        // A method with neither actions nor scopes skips the selection page.
        return m && (m->actions.isEmpty() && m->scopes.isEmpty()) ? GuidePageId : ScopesPageId;
    }
    return QWizard::nextId();
}

bool LinkWizard::start(const DeepLink &link, QString *error)
{
    const Selection s = Selection::resolve(m_services.catalog(), link.provider, link.method, link.actions, link.scopes);
    switch (s.problem) {
    case Selection::Problem::UnknownProvider:
        *error = tr("Keylink has no provider “%1”.").arg(s.unknown);
        return false;
    case Selection::Problem::UnknownMethod:
        *error = tr("%1 has no sign-in method “%2”.").arg(s.provider->name, s.unknown);
        return false;
    case Selection::Problem::UnknownAction:
        *error = tr("%1 has no action “%2”.").arg(s.provider->name, s.unknown);
        return false;
    case Selection::Problem::UnknownScope:
        *error = tr("%1 has no scope “%2”.").arg(s.provider->name, s.unknown);
        return false;
    case Selection::Problem::None:
        break;
    }
    restart();
    m_providerPage->select(s.provider->id, s.method->id);
    m_link->setActions(s.actions);
    if (s.method->actions.isEmpty() && !link.scopes.isEmpty())
        m_link->setDirectScopes(link.scopes);
    next();
    return true;
}

bool LinkWizard::relink(const Account &account, QString *error)
{
    const Provider *provider = m_services.catalog().provider(account.providerId);
    if (!provider || !provider->authMethod(account.methodId)) {
        *error = tr("Keylink no longer knows how to link “%1” accounts.").arg(account.providerId);
        return false;
    }
    m_providerPage->select(account.providerId, account.methodId);
    m_link->setActions(account.actions);
    if (m_link->method()->actions.isEmpty())
        m_link->setDirectScopes(account.scopes);
    for (auto it = account.fields.cbegin(); it != account.fields.cend(); ++it)
        m_link->setField(it.key(), it.value());
    m_link->setLabel(account.label);
    m_link->setRelinkId(account.id);
    setWindowTitle(tr("Relink %1").arg(account.displayName()));
    setStartId(FieldsPageId);
    restart();
    return true;
}

void LinkWizard::reject()
{
    // Cancel stops a running check before the window goes.
    m_connectPage->cancel();
    QWizard::reject();
}

} // namespace keylink
