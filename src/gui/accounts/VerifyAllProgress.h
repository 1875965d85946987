#pragma once

#include "link/CheckOutcome.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QStatusBar;

namespace keylink {

class AccountChecker;

// Verify all in the status bar: "Checking 3 of 12…" with a progress bar and
// Stop while it runs, then the count, "12 checked: 11 verified, 1 needs
// attention". Stop drops the checks not started yet; those running finish.
class VerifyAllProgress : public QWidget
{
    Q_OBJECT
public:
    VerifyAllProgress(AccountChecker &checker, QStatusBar *bar);
    // Checks these accounts (added to a run in progress).
    void start(const QStringList &accountIds);
    void stop();
    bool isRunning() const { return !m_pending.isEmpty(); }
    QString progressText() const;

private:
    void onFinished(const CheckOutcome &outcome);
    void show();
    void finish();

    AccountChecker &m_checker;
    QStatusBar *m_bar = nullptr;
    QLabel *m_label = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_stop = nullptr;
    QSet<QString> m_pending;
    int m_total = 0;
    int m_verified = 0;
    int m_attention = 0;
    int m_failed = 0;
    bool m_stopped = false;
};

} // namespace keylink
