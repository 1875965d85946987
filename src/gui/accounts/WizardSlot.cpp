#include "accounts/WizardSlot.h"

#include "widgets/Icons.h"
#include "wizard/LinkWizard.h"

#include <QMessageBox>
#include <QPushButton>

namespace keylink {

WizardSlot::WizardSlot(QWidget *window)
    : QObject(window)
    , m_window(window)
{ }

WizardSlot::~WizardSlot() = default;

void WizardSlot::offer(std::unique_ptr<LinkWizard> next, const QString &request)
{
    if (!m_current) {
        adopt(std::move(next));
        return;
    }
    // The latest request is the one the question is about.
    m_next = std::move(next);
    bringForward();
    ask(request);
}

bool WizardSlot::bringForward()
{
    if (!m_current)
        return false;
    QWidget *front = m_question ? static_cast<QWidget *>(m_question) : m_current.data();
    m_current->raise();
    front->raise();
    front->activateWindow();
    return true;
}

void WizardSlot::adopt(std::unique_ptr<LinkWizard> wizard)
{
    LinkWizard *w = wizard.release();
    w->setParent(m_window, w->windowFlags()); // window-modal over the main window, centred on it
    w->setAttribute(Qt::WA_DeleteOnClose);
    connect(w, &LinkWizard::linked, this, &WizardSlot::linked);
    m_current = w;
    w->open(); // window-modal, without a nested event loop
}

void WizardSlot::ask(const QString &request)
{
    if (m_question) {
        m_question->setInformativeText(
            tr("%1 Starting it closes this wizard and discards what you have entered here.").arg(request));
        return;
    }
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("Replace the link in progress?"),
        tr("Replace the link in progress?"), QMessageBox::NoButton, m_current);
    box->setIconPixmap(Icons::icon(Icons::Name::Attention).pixmap(48, 48));
    box->setInformativeText(
        tr("%1 Starting it closes this wizard and discards what you have entered here.").arg(request));
    QPushButton *keep = box->addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    QPushButton *replace = box->addButton(tr("&Replace"), QMessageBox::DestructiveRole);
    keep->setAccessibleDescription(tr("Go on with the wizard that is open; the new request is dropped"));
    replace->setAccessibleDescription(tr("Close this wizard, discarding what it holds, and start the new request"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->setWindowModality(Qt::WindowModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_question = box;
    connect(box, &QMessageBox::buttonClicked, this, [this, replace](QAbstractButton *button) {
        std::unique_ptr<LinkWizard> next = std::move(m_next);
        if (button != replace || !next)
            return; // kept: the new request is dropped with `next`
        if (m_current)
            m_current->reject(); // stops a running check; WA_DeleteOnClose deletes it
        m_current = nullptr;
        adopt(std::move(next));
    });
    box->open();
}

} // namespace keylink
