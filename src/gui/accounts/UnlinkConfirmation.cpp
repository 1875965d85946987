#include "accounts/UnlinkConfirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace keylink {

void UnlinkConfirmation::ask(
    QWidget *parent, const QString &accountName, const QString &providerName, const std::function<void()> &confirmed)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unlink account"),
        tr("Unlink “%1” (%2)?").arg(accountName, providerName), QMessageBox::Cancel, parent);
    box->setInformativeText(tr("Its secret is removed from your keychain and it leaves this list. The token itself "
                               "stays valid at the provider until you revoke it there."));
    QPushButton *unlink = box->addButton(tr("&Unlink"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::buttonClicked, box, [unlink, confirmed](QAbstractButton *button) {
        if (button == unlink)
            confirmed();
    });
    box->open();
}

} // namespace keylink
