#pragma once

#include <QDateTime>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace keylink {

// "The token stops working on [date]": an optional end date for a
// credential created with one, so that Keylink can remind the user before.
class ExpiryDateEdit : public QWidget
{
    Q_OBJECT
public:
    explicit ExpiryDateEdit(QWidget *parent = nullptr);
    // The start of the chosen day where the user is, in UTC; invalid when
    // the box is not ticked.
    QDateTime expiry() const;
    void setExpiry(const QDateTime &expiry);
    QCheckBox *checkBox() const { return m_has; }
    QDateEdit *dateEdit() const { return m_date; }

Q_SIGNALS:
    void changed();

private:
    QCheckBox *m_has = nullptr;
    QDateEdit *m_date = nullptr;
};

} // namespace keylink
