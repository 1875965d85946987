#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

class QMessageBox;
class QWidget;

namespace keylink {

class LinkWizard;
struct Account;

// The main window's one linking wizard. A second request (a keylink:// link
// from another launch, Link, Relink) never stacks a wizard over the open
// one: that one comes forward and asks, window-modal, whether to replace the
// work in progress.
class WizardSlot : public QObject
{
    Q_OBJECT
public:
    explicit WizardSlot(QWidget *window);
    ~WizardSlot() override;

    LinkWizard *current() const { return m_current; }
    // Shows `next`, made without a parent and not shown yet. With a wizard
    // open, brings it forward and asks first; `request` says what `next`
    // would do ("A link to Oneflow arrived.").
    void offer(std::unique_ptr<LinkWizard> next, const QString &request);
    // Brings the open wizard (or its question) forward; false when none is open.
    bool bringForward();

Q_SIGNALS:
    void linked(const keylink::Account &account);

private:
    void adopt(std::unique_ptr<LinkWizard> wizard);
    void ask(const QString &request);

    QWidget *m_window = nullptr;
    QPointer<LinkWizard> m_current;
    std::unique_ptr<LinkWizard> m_next; // waiting for the answer
    QPointer<QMessageBox> m_question;
};

} // namespace keylink
