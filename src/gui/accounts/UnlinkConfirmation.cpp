#include "accounts/UnlinkConfirmation.h"

#include "widgets/Icons.h"

#include <QMessageBox>
#include <QPushButton>

namespace keylink {

void UnlinkConfirmation::ask(
    QWidget *parent, const QString &accountName, const QString &providerName, const std::function<void()> &confirmed)
{
    const QString headline = tr("Unlink “%1”?").arg(accountName);
    auto *box = new QMessageBox(QMessageBox::NoIcon, headline, headline, QMessageBox::NoButton, parent);
    box->setTextFormat(Qt::PlainText); // the name is the user's or the provider's text
    box->setIconPixmap(Icons::icon(Icons::Name::Unlink).pixmap(48, 48));
    box->setInformativeText(tr("Keylink removes its secret from your keychain and the account from this list. The "
                               "token itself stays valid at %1 until you revoke it there.")
                                .arg(providerName));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setIcon({}); // a style's stock cross would mark the wrong button
    cancel->setAccessibleDescription(tr("Keep the account linked"));
    // The destructive button carries the mark: its icon, and the role that
    // places it apart from Cancel.
    QPushButton *unlink = box->addButton(tr("&Unlink"), QMessageBox::DestructiveRole);
    unlink->setIcon(Icons::icon(Icons::Name::Unlink));
    unlink->setAccessibleDescription(tr("Remove the secret from the keychain and the account from Keylink"));
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::buttonClicked, box, [unlink, confirmed](QAbstractButton *button) {
        if (button == unlink)
            confirmed();
    });
    box->open();
}

} // namespace keylink
