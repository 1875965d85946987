#include "watch/WatchEvent.h"

#include "store/Account.h"

namespace keylink {

QList<WatchEvent> WatchEvent::between(const Account &before, const Account &after)
{
    QList<WatchEvent> events;
    QStringList lost;
    for (const ScopeCheck &now : after.permissions) {
        if (now.state != ScopeCheck::State::Missing)
            continue;
        for (const ScopeCheck &then : before.permissions) {
            if (then.scope == now.scope && then.state == ScopeCheck::State::Granted)
                lost.append(now.scope);
        }
    }
    const bool refused = !after.history.isEmpty() && after.history.last().outcome == CheckRecord::Outcome::Rejected;
    if (!lost.isEmpty()) {
        WatchEvent e = of(Kind::ScopeLost, after.id, after.statusMessage);
        e.scopes = lost;
        events.append(e);
    } else if (refused && before.status != Account::Status::NeedsAttention) {
        events.append(of(Kind::NeedsAttention, after.id, after.statusMessage));
    }
    if (before.status == Account::Status::NeedsAttention && after.status == Account::Status::Verified)
        events.append(of(Kind::Recovered, after.id));
    return events;
}

} // namespace keylink
