#include "AccessibilityAudit.h"

#include <QAccessible>
#include <QAccessibleInterface>
#include <QMetaEnum>

using namespace Qt::StringLiterals;

namespace {

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::Slider:
    case QAccessible::PageTab:
        return true;
    default:
        return false;
    }
}

// Items of a list, table or tree are named by their data; the view itself is
// what must be named, so the walk stops there.
bool isContainerOfItems(QAccessible::Role role)
{
    return role == QAccessible::List || role == QAccessible::Table || role == QAccessible::Tree;
}

void walk(QAccessibleInterface *node, QStringList *problems, int depth)
{
    if (!node || !node->isValid() || depth > 64)
        return;
    const QAccessible::State state = node->state();
    if (state.invisible || state.offscreen)
        return;
    const QAccessible::Role role = node->role();
    if (isInteractive(role) && !state.disabled) {
        QString missing;
        if (node->text(QAccessible::Name).trimmed().isEmpty())
            missing = u"no name"_s;
        if (node->text(QAccessible::Description).trimmed().isEmpty())
            missing += (missing.isEmpty() ? QString() : u", "_s) + u"no description"_s;
        if (!missing.isEmpty()) {
            const QObject *object = node->object();
            problems->append(u"%1 '%2' (%3): %4"_s.arg(
                QString::fromLatin1(QMetaEnum::fromType<QAccessible::Role>().valueToKey(role)),
                node->text(QAccessible::Name),
                object ? object->objectName() + u' ' + QString::fromLatin1(object->metaObject()->className())
                       : QString(),
                missing));
        }
    }
    if (isContainerOfItems(role))
        return;
    for (int i = 0; i < node->childCount(); ++i)
        walk(node->child(i), problems, depth + 1);
}

} // namespace

QStringList AccessibilityAudit::problems(QObject *root)
{
    QStringList result;
    walk(QAccessible::queryAccessibleInterface(root), &result, 0);
    return result;
}
