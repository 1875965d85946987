#include "tray/NoticeComposer.h"

#include "accounts/AccountListModel.h"
#include "store/AccountStore.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace keylink {

bool NoticeComposer::isAlarm(WatchEvent::Kind kind)
{
    return kind == WatchEvent::Kind::NeedsAttention || kind == WatchEvent::Kind::ScopeLost
        || kind == WatchEvent::Kind::Expired;
}

QString NoticeComposer::line(const WatchEvent &e, const QString &name)
{
    switch (e.kind) {
    case WatchEvent::Kind::NeedsAttention:
        return tr("%1 needs attention: %2").arg(name, e.reason);
    case WatchEvent::Kind::ScopeLost:
        return tr("%1 lost %2").arg(name, e.scopes.join(u", "_s));
    case WatchEvent::Kind::Recovered:
        return tr("%1 works again").arg(name);
    case WatchEvent::Kind::UnreachableLong:
        return tr("%1 could not be checked for a day").arg(name);
    case WatchEvent::Kind::Expiring:
        return tr("%1 expires in %n day(s)", nullptr, e.daysLeft).arg(name);
    case WatchEvent::Kind::Expired:
        return tr("%1 has expired").arg(name);
    }
    return name;
}

DesktopNotifier::Notification NoticeComposer::compose(
    const QList<WatchEvent> &events, const Catalog &catalog, const AccountStore &store)
{
    DesktopNotifier::Notification n;
    n.tag = QString::fromLatin1(Tag);
    auto nameOf = [&](const QString &id) {
        const Account *a = store.account(id);
        return a ? AccountListModel::displayName(catalog, *a) : id;
    };
    QSet<QString> accounts, alarmed;
    for (const WatchEvent &e : events) {
        accounts.insert(e.accountId);
        if (isAlarm(e.kind))
            alarmed.insert(e.accountId);
    }
    n.urgent = !alarmed.isEmpty();
    if (events.size() == 1) {
        const WatchEvent &e = events.first();
        const QString name = nameOf(e.accountId);
        const QString date = QLocale().toString(e.expiresAt.toLocalTime().date(), QLocale::LongFormat);
        bool offerRelink = true;
        switch (e.kind) {
        case WatchEvent::Kind::NeedsAttention:
            n.summary = tr("%1 needs attention").arg(name);
            n.body = tr("%1\nRelink it with a new credential.").arg(e.reason);
            break;
        case WatchEvent::Kind::ScopeLost:
            n.summary = tr("%1 lost a permission").arg(name);
            n.body = tr("Missing now: %1. The actions that need it will fail until the token gets it back.")
                         .arg(e.scopes.join(u", "_s));
            break;
        case WatchEvent::Kind::Recovered:
            n.summary = tr("%1 works again").arg(name);
            n.body = tr("The provider accepts its credential again.");
            offerRelink = false;
            break;
        case WatchEvent::Kind::UnreachableLong:
            n.summary = tr("%1 could not be checked for a day").arg(name);
            n.body = tr("Keylink keeps trying. The last attempt: %1").arg(e.reason);
            offerRelink = false;
            break;
        case WatchEvent::Kind::Expiring:
            n.summary = tr("%1 expires in %n day(s)", nullptr, e.daysLeft).arg(name);
            n.body = tr("Its credential stops working on %1. Create a new one in the provider's dashboard and relink.")
                         .arg(date);
            break;
        case WatchEvent::Kind::Expired:
            n.summary = tr("%1 has expired").arg(name);
            n.body = tr("Its credential stopped working on %1. Create a new one in the provider's dashboard and "
                        "relink.")
                         .arg(date);
            break;
        }
        if (offerRelink)
            n.actions.append({u"relink:"_s + e.accountId, tr("Relink")});
        n.actions.append({u"details:"_s + e.accountId, tr("Details")});
        n.actions.append({u"default"_s, tr("Open Keylink")});
        return n;
    }
    // Several at once: one notification that counts them and lists a few.
    if (!alarmed.isEmpty())
        n.summary = tr("%n account(s) need attention", nullptr, int(alarmed.size()));
    else
        n.summary = tr("News about %n account(s)", nullptr, int(accounts.size()));
    QStringList lines;
    for (const WatchEvent &e : events) {
        if (lines.size() == MaxLines) {
            lines << tr("and %n more", nullptr, int(events.size()) - MaxLines);
            break;
        }
        lines << line(e, nameOf(e.accountId));
    }
    n.body = lines.join(u'\n');
    // With one account concerned, its Relink still makes sense.
    if (accounts.size() == 1 && !alarmed.isEmpty())
        n.actions.append({u"relink:"_s + *accounts.cbegin(), tr("Relink")});
    n.actions.append({u"details:"_s + (accounts.size() == 1 ? *accounts.cbegin() : QString()), tr("Details")});
    n.actions.append({u"default"_s, tr("Open Keylink")});
    return n;
}

} // namespace keylink
