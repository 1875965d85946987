#pragma once

#include "tray/DesktopNotifier.h"
#include "watch/WatchEvent.h"

#include <QCoreApplication>

namespace keylink {

class AccountStore;
class Catalog;

// Words for what the background checks noticed: one notification for a
// round, however many accounts it concerns ("3 accounts need attention"),
// with Relink and Details for a single account, Details for several.
// Action keys: "relink:<account id>", "details:<account id>", "default".
class NoticeComposer
{
    Q_DECLARE_TR_FUNCTIONS(keylink::NoticeComposer)

public:
    static constexpr int MaxLines = 5;
    static constexpr auto Tag = "keylink-news";

    static DesktopNotifier::Notification compose(
        const QList<WatchEvent> &events, const Catalog &catalog, const AccountStore &store);
    // "Front — Initech Support: the token was refused", for lists.
    static QString line(const WatchEvent &event, const QString &accountName);
    static bool isAlarm(WatchEvent::Kind kind);
};

} // namespace keylink
