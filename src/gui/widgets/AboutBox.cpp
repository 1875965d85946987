#include "widgets/AboutBox.h"

#include <QApplication>
#include <QMessageBox>

namespace keylink {

void AboutBox::open(QWidget *parent)
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Keylink"),
        tr("<b>Keylink %1</b><p>Links your SaaS accounts by following each provider's own guide, and keeps their "
           "secrets in your system keychain.</p>")
            .arg(QApplication::applicationVersion()),
        QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace keylink
