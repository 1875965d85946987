#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class DonePage;
}

namespace keylink {

class PendingLink;

// Page 6: who was linked, where, and which scopes the token really has.
class DonePage : public QWizardPage
{
    Q_OBJECT
public:
    DonePage(PendingLink &link, QWidget *parent = nullptr);
    ~DonePage() override;

    void initializePage() override;

private:
    std::unique_ptr<Ui::DonePage> m_ui;
    PendingLink &m_link;
};

} // namespace keylink
