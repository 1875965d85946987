#pragma once

#include "widgets/Icons.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWizardPage>

#include <memory>

class QMessageBox;
class QTimer;

namespace Ui {
class ConnectPage;
}

namespace keylink {

class Linker;
class PendingLink;
class Services;
struct Account;
struct LinkResult;

// Page 5: Verify, a view of the engine's Linker. For a token it starts as
// soon as the page opens (the Credentials page's button says "Verify"); an
// OAuth method first asks how to get the token. While it runs the page shows
// a spinner, the step, the seconds taken and Stop; when the provider has
// answered and the link is saved, the page moves on by itself. A failure
// shows an icon, a headline, the engine's message and what to do next, and
// offers Retry only when asking again can help.
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
    void start();
    void setBusy(bool busy, const QString &step = {});
    void onFinished(const LinkResult &result);
    void askToReplace(const Account &existing, const Account &draft);
    void showFailure(Icons::Name icon, const QString &headline, const QString &message, const QString &advice,
        const QString &details, bool retry);
    void showElapsed();

    std::unique_ptr<Ui::ConnectPage> m_ui;
    Services &m_services;
    PendingLink &m_link;
    QPointer<Linker> m_linker;
    QPointer<QMessageBox> m_question;
    QTimer *m_clock = nullptr;
    QElapsedTimer m_elapsed;
    bool m_busy = false;
    bool m_linked = false;
    bool m_canRetry = true;
};

} // namespace keylink
