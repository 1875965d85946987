#pragma once

#include "store/Account.h"

#include <QCoreApplication>

namespace keylink {

// The account list Keylink kept before its database: accounts.json, format 1,
// with the pending marks of keychain changes in flight. Read once, when the
// database is first opened; AccountStore imports what it holds.
struct LegacyAccountList {
    Q_DECLARE_TR_FUNCTIONS(keylink::LegacyAccountList)

public:
    static constexpr int FormatVersion = 1;
    static constexpr qint64 MaxFileSize = qint64(64) * 1024 * 1024;

    struct Mark {
        QString id;
        qint64 pid = 0; // the process that set it
    };
    QList<Account> accounts;
    QList<Mark> pending;

    // False, with what is wrong, for content Keylink cannot use whole.
    static bool parse(const QByteArray &content, LegacyAccountList *list, QString *why);
};

} // namespace keylink
