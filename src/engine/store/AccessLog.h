#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace keylink {

// Where each secret went: one JSON line every time a secret leaves Keylink
// (keylink token, run, api, the window's copy) in
// $XDG_STATE_HOME/keylink/access.log: the time, the account id, the verb and
// the executables of the calling process and its parent. Never the value.
// The file is 0600 and bounded: past MaxBytes it moves to access.log.1.
class AccessLog
{
    Q_DECLARE_TR_FUNCTIONS(keylink::AccessLog)

public:
    static constexpr qint64 MaxBytes = qint64(512) * 1024;

    struct Entry {
        QDateTime time;
        QString accountId;
        QString verb;
        QString caller; // the executable that asked (keylink's parent)
        QString callerParent;
    };

    static QString path();
    // Appends one entry; false and why when the log cannot be written
    // (never a reason to refuse the user what they asked for).
    static bool record(const QString &accountId, const QString &verb, QString *error);
    // Oldest first, the rotated file's entries included; `accountId` empty:
    // every account's.
    static QList<Entry> read(const QString &accountId = {});
    // The newest entry for the account, if any.
    static std::optional<Entry> lastUse(const QString &accountId);
};

} // namespace keylink
