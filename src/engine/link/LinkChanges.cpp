#include "link/LinkChanges.h"

#include "catalog/AuthMethod.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace keylink {

namespace {
QStringList without(const QStringList &list, const QStringList &other)
{
    QStringList out;
    for (const QString &item : list) {
        if (!other.contains(item))
            out.append(item);
    }
    return out;
}

QString quotedOrNone(const QString &label)
{
    return label.isEmpty() ? LinkChanges::tr("none") : u"“%1”"_s.arg(label);
}
} // namespace

LinkChanges LinkChanges::between(const Account &before, const Account &after)
{
    LinkChanges c;
    c.labelBefore = before.label;
    c.labelAfter = after.label.isEmpty() ? before.label : after.label;
    c.actionsAdded = without(after.actions, before.actions);
    c.actionsRemoved = without(before.actions, after.actions);
    c.scopesAdded = without(after.scopes, before.scopes);
    c.scopesRemoved = without(before.scopes, after.scopes);
    return c;
}

bool LinkChanges::isEmpty() const
{
    return !labelChanges() && actionsAdded.isEmpty() && actionsRemoved.isEmpty() && scopesAdded.isEmpty()
        && scopesRemoved.isEmpty();
}

QStringList LinkChanges::describe(const AuthMethod *method) const
{
    auto labels = [method](const QStringList &ids) {
        QStringList out;
        for (const QString &id : ids) {
            const Action *a = method ? method->action(id) : nullptr;
            out.append(a ? a->label : id);
        }
        return out.join(u", "_s);
    };
    QStringList lines;
    if (labelChanges())
        lines.append(tr("Label: %1 → %2").arg(quotedOrNone(labelBefore), quotedOrNone(labelAfter)));
    if (!actionsAdded.isEmpty())
        lines.append(tr("Actions added: %1").arg(labels(actionsAdded)));
    if (!actionsRemoved.isEmpty())
        lines.append(tr("Actions removed: %1").arg(labels(actionsRemoved)));
    if (!scopesAdded.isEmpty())
        lines.append(tr("Scopes added: %1").arg(scopesAdded.join(u", "_s)));
    if (!scopesRemoved.isEmpty())
        lines.append(tr("Scopes removed: %1").arg(scopesRemoved.join(u", "_s)));
    return lines;
}

QJsonObject LinkChanges::toJson() const
{
    QJsonObject json;
    if (labelChanges())
        json.insert(u"label"_s, QJsonObject {{u"from"_s, labelBefore}, {u"to"_s, labelAfter}});
    auto add = [&json](const QString &key, const QStringList &list) {
        if (!list.isEmpty())
            json.insert(key, QJsonArray::fromStringList(list));
    };
    add(u"actionsAdded"_s, actionsAdded);
    add(u"actionsRemoved"_s, actionsRemoved);
    add(u"scopesAdded"_s, scopesAdded);
    add(u"scopesRemoved"_s, scopesRemoved);
    return json;
}

} // namespace keylink
