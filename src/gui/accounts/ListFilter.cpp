#include "accounts/ListFilter.h"

#include <QAbstractItemView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>

using namespace Qt::StringLiterals;

namespace keylink {

ListFilter::ListFilter(QLineEdit *edit, QAbstractItemView *list, QSortFilterProxyModel *proxy)
    : QObject(edit)
    , m_edit(edit)
    , m_list(list)
    , m_proxy(proxy)
{
    edit->installEventFilter(this);
    list->viewport()->installEventFilter(this);
    connect(edit, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(edit, &QLineEdit::textChanged, this, &ListFilter::updateNoMatch);
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &ListFilter::updateNoMatch);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &ListFilter::updateNoMatch);
    connect(proxy, &QAbstractItemModel::modelReset, this, &ListFilter::updateNoMatch);
}

bool ListFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list->viewport()) {
        if (event->type() == QEvent::Resize && m_noMatch)
            m_noMatch->setGeometry(m_list->viewport()->rect().adjusted(12, 12, -12, -12));
        return false;
    }
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() != Qt::NoModifier && key->modifiers() != Qt::KeypadModifier)
        return false;
    switch (key->key()) {
    case Qt::Key_Down:
    case Qt::Key_PageDown:
        enterList();
        return true;
    case Qt::Key_Escape:
        if (m_edit->text().isEmpty())
            m_list->setFocus(Qt::ShortcutFocusReason); // the second Escape leaves the filter
        else
            m_edit->clear();
        return true;
    default:
        return false;
    }
}

void ListFilter::enterList()
{
    if (m_proxy->rowCount() == 0)
        return;
    // The row already chosen when it is still shown, else the first.
    if (!m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_proxy->index(0, 0));
    m_list->setFocus(Qt::TabFocusReason);
}

void ListFilter::updateNoMatch()
{
    const bool none = m_proxy->rowCount() == 0 && !m_edit->text().isEmpty();
    if (!none) {
        if (m_noMatch)
            m_noMatch->hide();
        return;
    }
    if (!m_noMatch) {
        m_noMatch = new QLabel(m_list->viewport());
        m_noMatch->setObjectName(u"noMatch"_s);
        m_noMatch->setAlignment(Qt::AlignCenter);
        m_noMatch->setWordWrap(true);
        m_noMatch->setTextFormat(Qt::PlainText); // the text typed is shown as typed
        QPalette dim = m_noMatch->palette();
        dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
        m_noMatch->setPalette(dim);
        m_noMatch->setGeometry(m_list->viewport()->rect().adjusted(12, 12, -12, -12));
    }
    m_noMatch->setText(tr("No account matches “%1”.\nPress Escape to clear the filter.").arg(m_edit->text()));
    m_noMatch->show();
}

} // namespace keylink
