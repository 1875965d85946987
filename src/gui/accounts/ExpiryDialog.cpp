#include "accounts/ExpiryDialog.h"

#include "widgets/ExpiryDateEdit.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace keylink {

ExpiryDialog::ExpiryDialog(const QString &accountName, const QDateTime &current, QWidget *parent)
    : QDialog(parent)
    , m_edit(new ExpiryDateEdit(this))
{
    setWindowTitle(tr("End Date"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("If the token of “%1” was created with an end date, enter it: Keylink reminds you 14, "
                                "3 and 1 days before, and marks the account Expired after.")
                                 .arg(accountName),
        this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_edit);
    m_edit->setExpiry(current);
    if (!current.isValid())
        m_edit->checkBox()->setChecked(true); // the user came to enter one
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(420);
}

QDateTime ExpiryDialog::expiry() const
{
    return m_edit->expiry();
}

} // namespace keylink
