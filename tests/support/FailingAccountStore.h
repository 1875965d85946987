#pragma once

#include "store/AccountStore.h"

// The real account store, except that writing (or moving an unreadable file
// aside) can be made to fail, to test that a failed write loses nothing.
// The real failures (a full disk) are tested on a small tmpfs
// (tst_storefaults); this one picks the moment.
class FailingAccountStore : public keylink::AccountStore
{
public:
    using AccountStore::AccountStore;
    bool failWrites = false;
    int writesLeft = 0; // with failWrites: this many writes still succeed first
    bool failRenames = false;

protected:
    bool mayWrite(QString *error) override
    {
        if (failWrites && writesLeft-- <= 0) {
            *error = QStringLiteral("No space left on device");
            return false;
        }
        return true;
    }
    bool renameFile(const QString &from, const QString &to) override
    {
        return !failRenames && AccountStore::renameFile(from, to);
    }
};
