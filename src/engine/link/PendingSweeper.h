#pragma once

#include <QObject>
#include <QStringList>

namespace keylink {

class AccountStore;
class SecretStore;

// Finishes what a Keylink process that died mid-change left behind. Every
// pending mark in the account database (a new link's reservation, or an
// unlink's mark) whose process is gone names a keychain entry that may not
// match the accounts: a new account's secret written before the account was,
// or an unlinked account's secret removed before the account was. Either way
// the entry and the account go, so every listed account has its secret and
// no secret is left unlisted. Marks of processes still running are theirs to
// finish and are left alone.
class PendingSweeper : public QObject
{
    Q_OBJECT
public:
    PendingSweeper(SecretStore &secrets, AccountStore &store, QObject *parent = nullptr);

    // Answers finished() once, later, on the event loop, even with nothing to do.
    void start();
    const QStringList &cleaned() const { return m_cleaned; }

Q_SIGNALS:
    void finished();

private:
    void sweepNext();

    SecretStore &m_secrets;
    AccountStore &m_store;
    QStringList m_todo;
    QStringList m_cleaned;
};

} // namespace keylink
