#include "command/AccountPrinter.h"

#include "core/SafeText.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace keylink {

namespace {
QString providerName(const Catalog &catalog, const QString &id)
{
    const Provider *p = catalog.provider(id);
    return p ? p->name : id;
}
} // namespace

QString AccountPrinter::oneLine(const Catalog &catalog, const Account &a)
{
    QString line = u"%1  %2 “%3”"_s.arg(a.id, providerName(catalog, a.providerId), a.displayName());
    if (a.identityId != a.identityName || !a.label.isEmpty())
        line += u" (%1%2)"_s.arg(a.label.isEmpty() ? QString() : a.identityName + u", "_s, a.identityId);
    line += u"  %1  %2"_s.arg(a.environmentId, Account::statusName(a.statusAt(QDateTime::currentDateTimeUtc())));
    if (a.lastVerified.isValid())
        line += u"  last checked %1"_s.arg(a.lastVerified.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
    if (a.expiresAt().isValid())
        line += u"  expires %1"_s.arg(a.expiresAt().toLocalTime().toString(u"yyyy-MM-dd"_s));
    // Names came from providers (and from older lists): no terminal controls.
    return SafeText::clean(line);
}

QString AccountPrinter::permissions(const Account &a)
{
    if (a.permissions.isEmpty())
        return {};
    int granted = 0, missing = 0, unchecked = 0;
    QString lines;
    for (const ScopeCheck &p : a.permissions) {
        switch (p.state) {
        case ScopeCheck::State::Granted:
            ++granted;
            break;
        case ScopeCheck::State::Missing:
            ++missing;
            break;
        case ScopeCheck::State::NotChecked:
            ++unchecked;
            break;
        }
        lines += u"  %1  %2%3\n"_s.arg(ScopeCheck::stateName(p.state), -11)
                     .arg(p.scope, p.message.isEmpty() ? QString() : u" — "_s + p.message);
    }
    return u"Permissions: %1 granted, %2 missing, %3 not checked\n"_s.arg(granted).arg(missing).arg(unchecked) + lines;
}

QJsonObject AccountPrinter::toJson(const Catalog &catalog, const Account &a)
{
    QJsonObject json = a.toJson();
    json.insert(u"providerName"_s, providerName(catalog, a.providerId));
    // What a script asks about: the status as of now (Expired included) and
    // the end date that counts; the reminders given are the window's business.
    json.insert(u"status"_s, Account::statusName(a.statusAt(QDateTime::currentDateTimeUtc())));
    if (a.expiresAt().isValid())
        json.insert(u"expiresAt"_s, a.expiresAt().toUTC().toString(Qt::ISODateWithMs));
    json.remove(u"reminded"_s);
    return json;
}

} // namespace keylink
