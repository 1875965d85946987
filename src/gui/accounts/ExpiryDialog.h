#pragma once

#include <QDateTime>
#include <QDialog>

namespace keylink {

class ExpiryDateEdit;

// "When does this token stop working?": the end date of a linked account's
// credential, as the user knows it from the provider's dashboard.
class ExpiryDialog : public QDialog
{
    Q_OBJECT
public:
    ExpiryDialog(const QString &accountName, const QDateTime &current, QWidget *parent = nullptr);
    // Invalid: no end date.
    QDateTime expiry() const;

private:
    ExpiryDateEdit *m_edit = nullptr;
};

} // namespace keylink
