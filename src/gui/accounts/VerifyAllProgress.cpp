#include "accounts/VerifyAllProgress.h"

#include "link/AccountChecker.h"
#include "widgets/Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace keylink {

VerifyAllProgress::VerifyAllProgress(AccountChecker &checker, QStatusBar *bar)
    : QWidget(bar)
    , m_checker(checker)
    , m_bar(bar)
{
    setObjectName(u"verifyAllProgress"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 6, 0);
    m_label = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(120);
    m_progress->setAccessibleName(tr("Verification progress"));
    m_stop = new QPushButton(Icons::icon(Icons::Name::Stop), tr("Stop"), this);
    m_stop->setAccessibleDescription(tr("Check no more accounts; those being checked finish"));
    m_stop->setFlat(true);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_stop);
    connect(m_stop, &QPushButton::clicked, this, &VerifyAllProgress::stop);
    connect(&checker, &AccountChecker::finished, this, &VerifyAllProgress::onFinished);
    bar->addPermanentWidget(this);
    hide();
}

void VerifyAllProgress::start(const QStringList &accountIds)
{
    if (m_pending.isEmpty()) {
        m_total = m_verified = m_attention = m_failed = 0;
        m_stopped = false;
    }
    for (const QString &id : accountIds) {
        if (!m_pending.contains(id)) {
            m_pending.insert(id);
            ++m_total;
        }
    }
    if (m_pending.isEmpty())
        return;
    m_bar->clearMessage();
    show();
    m_checker.checkAll(accountIds);
}

void VerifyAllProgress::stop()
{
    if (m_pending.isEmpty())
        return;
    m_checker.cancelQueued();
    m_stopped = true;
    // What was only queued will not report: it was never checked.
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (m_checker.isChecking(*it)) {
            ++it;
        } else {
            it = m_pending.erase(it);
            --m_total;
        }
    }
    if (m_pending.isEmpty())
        finish();
    else
        show();
}

QString VerifyAllProgress::progressText() const
{
    const int done = m_total - int(m_pending.size());
    if (m_stopped)
        return tr("Stopping…");
    return tr("Checking %1 of %2…").arg(qMin(m_total, done + 1)).arg(m_total);
}

void VerifyAllProgress::show()
{
    m_label->setText(progressText());
    m_progress->setRange(0, m_total);
    m_progress->setValue(m_total - int(m_pending.size()));
    m_stop->setEnabled(!m_stopped);
    QWidget::show();
}

void VerifyAllProgress::onFinished(const CheckOutcome &outcome)
{
    if (!m_pending.remove(outcome.accountId))
        return; // a check of its own (F5), not this run's
    if (outcome.kind == CheckOutcome::Kind::Gone)
        --m_total; // unlinked meanwhile: neither checked nor failed
    else if (outcome.kind == CheckOutcome::Kind::Checked && outcome.account.status == Account::Status::Verified)
        ++m_verified;
    else if (outcome.kind == CheckOutcome::Kind::Checked && outcome.account.status == Account::Status::NeedsAttention)
        ++m_attention;
    else
        ++m_failed;
    if (m_pending.isEmpty())
        finish();
    else
        show();
}

void VerifyAllProgress::finish()
{
    hide();
    QStringList parts;
    if (m_verified > 0)
        parts << tr("%n verified", nullptr, m_verified);
    if (m_attention > 0)
        parts << tr("%n need(s) attention", nullptr, m_attention);
    if (m_failed > 0)
        parts << tr("%n could not be checked", nullptr, m_failed);
    const int checked = m_verified + m_attention + m_failed;
    QString summary = parts.isEmpty() ? tr("No account was checked.")
                                      : tr("%n checked: %1", nullptr, checked).arg(parts.join(u", "_s));
    if (m_stopped)
        summary = tr("Stopped. %1").arg(summary);
    m_bar->showMessage(summary, 15000);
}

} // namespace keylink
