#pragma once

#include <QPointer>
#include <QWizardPage>

#include <memory>

namespace Ui {
class ConnectPage;
}

namespace keylink {

class Linker;
class PendingLink;
class Services;
struct LinkResult;

// Page 5: Connect, a view of the engine's Linker. validatePage() starts it
// and returns false; while it runs the page is busy (Next disabled, so no
// double submission) and shows each step; when the provider has answered and
// the link is saved, the page moves on by itself. A failure shows the
// engine's message and the provider's own words, with Retry (the Next
// button) and Back.
class ConnectPage : public QWizardPage
{
    Q_OBJECT
public:
    ConnectPage(Services &services, PendingLink &link, QWidget *parent = nullptr);
    ~ConnectPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;
    bool isComplete() const override;
    bool isBusy() const { return m_busy; }
    void cancel();

private:
    void setBusy(bool busy, const QString &step = {});
    void onFinished(const LinkResult &result);
    void showFailure(const QString &message, const QString &details);

    std::unique_ptr<Ui::ConnectPage> m_ui;
    Services &m_services;
    PendingLink &m_link;
    QPointer<Linker> m_linker;
    bool m_busy = false;
    bool m_linked = false;
};

} // namespace keylink
