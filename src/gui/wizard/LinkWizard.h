#pragma once

#include "store/Account.h"

#include <QWizard>

namespace keylink {

class ConnectPage;
class Services;
class PendingLink;
class ProviderPage;
class StepList;
struct DeepLink;

// The linking wizard: provider, actions and scopes, guide, credentials,
// verify, done; one PendingLink shared by every page, and a step list beside
// them that shows where the user is.
class LinkWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { ProviderPageId, ScopesPageId, GuidePageId, FieldsPageId, ConnectPageId, DonePageId };

    LinkWizard(Services &services, QWidget *parent = nullptr);
    ~LinkWizard() override;

    // Opens at a provider (and method and actions) from a deep link or
    // `keylink link PROVIDER --gui`; false when the catalog has no such thing.
    bool start(const DeepLink &link, QString *error);
    // Opens at the fields page to replace an account's credentials; saving
    // updates that account in place, keeping its id.
    bool relink(const Account &account, QString *error);
    PendingLink &pending() { return *m_link; }
    StepList *steps() const { return m_steps; }

    int nextId() const override;
    void reject() override;

Q_SIGNALS:
    void linked(const keylink::Account &account);

private:
    void describeButtons(int pageId);
    void listSteps();
    Services &m_services;
    PendingLink *m_link = nullptr;
    ProviderPage *m_providerPage = nullptr;
    ConnectPage *m_connectPage = nullptr;
    StepList *m_steps = nullptr;
};

} // namespace keylink
