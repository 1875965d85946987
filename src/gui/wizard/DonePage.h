#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class DonePage;
}

namespace keylink {

class PendingLink;

// Page 6: who was linked and where, and the permissions the token really
// has: a line per kind of result, the scopes one by one folded beneath.
// The account is saved by now, so nothing here leads back into the wizard.
class DonePage : public QWizardPage
{
    Q_OBJECT
public:
    DonePage(PendingLink &link, QWidget *parent = nullptr);
    ~DonePage() override;

    void initializePage() override;

private:
    void showAccount(bool complete);
    void showPermissions();
    void showScopes(bool shown);

    std::unique_ptr<Ui::DonePage> m_ui;
    PendingLink &m_link;
};

} // namespace keylink
