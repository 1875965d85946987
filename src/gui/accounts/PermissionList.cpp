#include "accounts/PermissionList.h"

#include "widgets/Icons.h"
#include "widgets/StatusColours.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>

namespace keylink {

PermissionList::PermissionList(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(8);
    m_grid->setVerticalSpacing(4);
    m_grid->setColumnStretch(1, 1);
}

QString PermissionList::stateText(ScopeCheck::State state)
{
    switch (state) {
    case ScopeCheck::State::Granted:
        return tr("granted");
    case ScopeCheck::State::Missing:
        return tr("missing");
    case ScopeCheck::State::NotChecked:
        break;
    }
    return tr("not checked");
}

void PermissionList::setPermissions(const QList<ScopeCheck> &permissions)
{
    const bool same = std::equal(permissions.begin(), permissions.end(), m_shown.begin(), m_shown.end(),
        [](const ScopeCheck &a, const ScopeCheck &b) {
            return a.scope == b.scope && a.state == b.state && a.message == b.message;
        });
    if (same && !m_shown.isEmpty())
        return;
    m_shown = permissions;
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    int row = 0;
    for (const ScopeCheck &p : permissions) {
        const Icons::Name icon = p.state == ScopeCheck::State::Granted ? Icons::Name::Verified
            : p.state == ScopeCheck::State::Missing                    ? Icons::Name::Failed
                                                                       : Icons::Name::NotChecked;
        const QColor colour = p.state == ScopeCheck::State::Granted ? StatusColours::success(palette())
            : p.state == ScopeCheck::State::Missing                 ? StatusColours::error(palette())
                                                                    : palette().color(QPalette::PlaceholderText);
        auto *mark = new QLabel(this);
        mark->setPixmap(Icons::icon(icon).pixmap(16, 16));
        mark->setAccessibleName(stateText(p.state));
        auto *scope = new QLabel(p.scope, this);
        scope->setTextFormat(Qt::PlainText);
        scope->setFont(mono);
        scope->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *state = new QLabel(stateText(p.state), this);
        state->setTextFormat(Qt::PlainText);
        QPalette coloured = state->palette();
        coloured.setColor(QPalette::WindowText, colour);
        state->setPalette(coloured);
        m_grid->addWidget(mark, row, 0, Qt::AlignLeft | Qt::AlignVCenter);
        m_grid->addWidget(scope, row, 1);
        m_grid->addWidget(state, row, 2, Qt::AlignRight);
        ++row;
        if (!p.message.isEmpty()) {
            auto *why = new QLabel(p.message, this);
            why->setTextFormat(Qt::PlainText);
            why->setWordWrap(true);
            why->setTextInteractionFlags(Qt::TextSelectableByMouse);
            QPalette dim = why->palette();
            dim.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
            why->setPalette(dim);
            m_grid->addWidget(why, row++, 1, 1, 2);
        }
    }
}

} // namespace keylink
