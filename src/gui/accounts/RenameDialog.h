#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace keylink {

// Rename: a small dialog with the account's name in a labelled field; Save
// stays disabled while the name is unchanged or empty.
class RenameDialog : public QDialog
{
    Q_OBJECT
public:
    // `current`: the name the list shows now; `identity`: whose account it is.
    RenameDialog(const QString &current, const QString &identity, QWidget *parent = nullptr);
    QString name() const; // trimmed
    void setName(const QString &name);
    QPushButton *saveButton() const { return m_save; }

private:
    void update();

    QString m_current;
    QLineEdit *m_edit = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace keylink
