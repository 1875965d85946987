#include "widgets/ExpiryDateEdit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace keylink {

ExpiryDateEdit::ExpiryDateEdit(QWidget *parent)
    : QWidget(parent)
    , m_has(new QCheckBox(tr("The token stops &working on"), this))
    , m_date(new QDateEdit(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_has);
    layout->addWidget(m_date);
    layout->addStretch();
    m_has->setAccessibleDescription(
        tr("Tick this when the provider gave the token an end date: Keylink reminds you 14, 3 and 1 days before"));
    m_date->setAccessibleName(tr("End date"));
    m_date->setCalendarPopup(true);
    // The short date of the user's language, with the full year: "12/26/26"
    // reads as a day in 1926 as easily as in 2026.
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy"))
        format.replace(u"yy"_s, u"yyyy"_s);
    m_date->setDisplayFormat(format);
    setFocusProxy(m_has);
    // Most dashboards offer 30, 60 or 90 days: start a month on.
    m_date->setDate(QDate::currentDate().addDays(30));
    m_date->setEnabled(false);
    connect(m_has, &QCheckBox::toggled, this, [this](bool on) {
        m_date->setEnabled(on);
        Q_EMIT changed();
    });
    connect(m_date, &QDateEdit::dateChanged, this, &ExpiryDateEdit::changed);
}

QDateTime ExpiryDateEdit::expiry() const
{
    return m_has->isChecked() ? m_date->date().startOfDay().toUTC() : QDateTime();
}

void ExpiryDateEdit::setExpiry(const QDateTime &expiry)
{
    const QSignalBlocker a(m_has);
    const QSignalBlocker b(m_date);
    m_has->setChecked(expiry.isValid());
    m_date->setEnabled(expiry.isValid());
    if (expiry.isValid())
        m_date->setDate(expiry.toLocalTime().date());
}

} // namespace keylink
