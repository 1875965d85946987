#include "accounts/RenameDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace keylink {

RenameDialog::RenameDialog(const QString &current, const QString &identity, QWidget *parent)
    : QDialog(parent)
    , m_current(current)
{
    setWindowTitle(tr("Rename account"));
    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetFixedSize); // sized to its content
    layout->setSpacing(6);
    auto *label = new QLabel(tr("&Name"), this);
    m_edit = new QLineEdit(current, this);
    m_edit->setAccessibleName(tr("Name"));
    m_edit->setAccessibleDescription(tr("The name the account list shows for this account"));
    m_edit->setMinimumWidth(m_edit->fontMetrics().averageCharWidth() * 40);
    m_edit->selectAll();
    label->setBuddy(m_edit);
    auto *hint = new QLabel(tr("Only shown in Keylink. The account at the provider stays %1.").arg(identity), this);
    hint->setTextFormat(Qt::PlainText);
    hint->setWordWrap(true);
    QPalette dim = hint->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
    hint->setPalette(dim);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(hint);
    layout->addSpacing(12);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAccessibleDescription(tr("Close without renaming"));
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setAccessibleDescription(tr("Show the account under the new name"));
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_edit, &QLineEdit::textChanged, this, &RenameDialog::update);
    update();
}

QString RenameDialog::name() const
{
    return m_edit->text().trimmed();
}

void RenameDialog::setName(const QString &name)
{
    m_edit->setText(name);
}

void RenameDialog::update()
{
    m_save->setEnabled(!name().isEmpty() && name() != m_current);
}

} // namespace keylink
