#pragma once

#include <QObject>

class QAbstractItemView;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;

namespace keylink {

// The filter above the account list, by keyboard as in any desktop list:
// Down (or Page Down) moves into the list, Escape clears the text and a
// second Escape leaves the filter for the list. When nothing matches, the
// list says so instead of standing empty.
class ListFilter : public QObject
{
    Q_OBJECT
public:
    ListFilter(QLineEdit *edit, QAbstractItemView *list, QSortFilterProxyModel *proxy);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void enterList();
    void updateNoMatch();

    QLineEdit *m_edit = nullptr;
    QAbstractItemView *m_list = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_noMatch = nullptr; // made when first needed
};

} // namespace keylink
