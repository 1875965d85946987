#include "core/ProcessCheck.h"
#include "link/LinkService.h"
#include "link/PendingSweeper.h"
#include "vault/CredentialVault.h"

#include "Answer.h"
#include "FailingAccountStore.h"
#include "RefusingSecretStore.h"
#include "StoreSql.h"

#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace keylink;

namespace {
Account draft(const QString &identity)
{
    Account a;
    a.providerId = u"front"_s;
    a.methodId = u"api-token"_s;
    a.identityId = identity;
    a.identityName = u"Initech"_s;
    a.environmentId = u"production"_s;
    a.status = Account::Status::Verified;
    return a;
}
} // namespace

// Linking is all or nothing, against the real keychain; failures are
// injected through a refusing keychain and an account file that cannot write.
class TestLinkService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CredentialVault m_vault;

    Answer<LinkOutcome> save(LinkService &links, const Account &account, const SecretFields &secrets)
    {
        Answer<LinkOutcome> outcome;
        links.save(account, secrets, outcome.callback());
        return outcome;
    }
    Answer<VaultResult> readSecret(const QString &id)
    {
        Answer<VaultResult> secret;
        m_vault.read(id, this, secret.callback());
        return secret;
    }
    std::unique_ptr<FailingAccountStore> store()
    {
        auto s = std::make_unique<FailingAccountStore>(
            m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + u".db"_s));
        if (!s->open())
            qFatal("%s", qPrintable(s->problem()));
        return s;
    }
    static qint64 deadPid()
    {
        QProcess gone;
        gone.start(u"true"_s);
        gone.waitForFinished();
        return gone.processId();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void linksThenUpdatesTheSameIdentityInPlace()
    {
        auto accounts = store();
        LinkService links(m_vault, *accounts);
        const QString identity = u"cmp_%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128));

        auto first = save(links, draft(identity), {{u"token"_s, u"first-kLsEcReT"_s}});
        QTRY_VERIFY_WITH_TIMEOUT(first.arrived(), 15000);
        QCOMPARE(first.value().result, LinkOutcome::Result::Linked);
        const QString id = first.value().account.id;
        QVERIFY(!id.isEmpty());

        Account again = draft(identity);
        again.label = u"Support"_s;
        auto second = save(links, again, {{u"token"_s, u"second-kLsEcReT"_s}});
        QTRY_VERIFY_WITH_TIMEOUT(second.arrived(), 15000);
        QCOMPARE(second.value().result, LinkOutcome::Result::Updated);
        QCOMPARE(second.value().account.id, id);
        QCOMPARE(accounts->accounts().size(), 1);
        QCOMPARE(accounts->accounts().first().label, u"Support"_s);

        auto secret = readSecret(id);
        QTRY_VERIFY_WITH_TIMEOUT(secret.arrived(), 15000);
        QCOMPARE(secret.value().secrets.value(u"token"_s), u"second-kLsEcReT"_s);

        Answer<LinkOutcome> unlinked;
        links.unlink(id, unlinked.callback());
        QTRY_VERIFY_WITH_TIMEOUT(unlinked.arrived(), 15000);
        QCOMPARE(unlinked.value().result, LinkOutcome::Result::Unlinked);
        QVERIFY(accounts->accounts().isEmpty());
        auto gone = readSecret(id);
        QTRY_VERIFY_WITH_TIMEOUT(gone.arrived(), 15000);
        QCOMPARE(gone.value().error, VaultResult::Error::NotFound);
    }

    void aRefusingKeychainSavesNothing()
    {
        auto accounts = store();
        RefusingSecretStore refusing;
        LinkService links(refusing, *accounts);
        auto outcome = save(links, draft(u"cmp_x"_s), {{u"token"_s, u"s-kLsEcReT"_s}});
        QTRY_VERIFY_WITH_TIMEOUT(outcome.arrived(), 5000);
        QCOMPARE(outcome.value().result, LinkOutcome::Result::KeychainFailed);
        QCOMPARE(outcome.value().vaultError, VaultResult::Error::Locked);
        QCOMPARE(outcome.value().message,
            u"The system keychain is locked or refused access. Unlock it (for example by logging in to your "
            u"desktop session) and try again. Nothing was saved."_s);
        QVERIFY(accounts->accounts().isEmpty());
        // No write-ahead mark is left for a secret that was never written,
        // in memory or in the list a later start reads.
        QVERIFY(accounts->pending().isEmpty());
        AccountStore reread(accounts->path());
        QVERIFY(reread.open());
        QVERIFY(reread.pending().isEmpty());
    }

    void aFailedMetadataWriteRemovesTheNewSecret()
    {
        auto accounts = store();
        accounts->failWrites = true;
        accounts->writesLeft = 1; // the reservation is written; the account is not
        LinkService links(m_vault, *accounts);
        auto outcome = save(links, draft(u"cmp_new"_s), {{u"token"_s, u"orphan-kLsEcReT"_s}});
        QTRY_VERIFY_WITH_TIMEOUT(outcome.arrived(), 15000);
        QCOMPARE(outcome.value().result, LinkOutcome::Result::StoreFailed);
        QCOMPARE(outcome.value().message,
            u"Could not save to the account database %1: No space left on device. The secret was removed from the "
            u"keychain again; nothing was linked."_s.arg(accounts->path()));
        auto secret = readSecret(outcome.value().account.id);
        QTRY_VERIFY_WITH_TIMEOUT(secret.arrived(), 15000);
        QCOMPARE(secret.value().error, VaultResult::Error::NotFound);
    }

    void aFailedUpdatePutsTheOldSecretBack()
    {
        auto accounts = store();
        LinkService links(m_vault, *accounts);
        auto first = save(links, draft(u"cmp_keep"_s), {{u"token"_s, u"old-kLsEcReT"_s}});
        QTRY_VERIFY_WITH_TIMEOUT(first.arrived(), 15000);
        QVERIFY(first.value().ok());

        accounts->failWrites = true;
        accounts->writesLeft = 1; // the identity is found; the account cannot be saved
        auto second = save(links, draft(u"cmp_keep"_s), {{u"token"_s, u"new-kLsEcReT"_s}});
        QTRY_VERIFY_WITH_TIMEOUT(second.arrived(), 15000);
        QCOMPARE(second.value().result, LinkOutcome::Result::StoreFailed);
        QVERIFY(second.value().message.endsWith(u"The keychain entry was put back as it was; nothing changed."_s));
        auto secret = readSecret(first.value().account.id);
        QTRY_VERIFY_WITH_TIMEOUT(secret.arrived(), 15000);
        QCOMPARE(secret.value().secrets.value(u"token"_s), u"old-kLsEcReT"_s);

        accounts->failWrites = false;
        Answer<LinkOutcome> cleanup;
        links.unlink(first.value().account.id, cleanup.callback());
        QTRY_VERIFY_WITH_TIMEOUT(cleanup.arrived(), 15000);
        QVERIFY(cleanup.value().ok());
    }

    void unlinkKeepsTheAccountWhenTheKeychainRefuses()
    {
        auto accounts = store();
        Account a = draft(u"cmp_locked"_s);
        a.id = u"locked-1"_s;
        QString error;
        QVERIFY(accounts->insert(a, &error));
        RefusingSecretStore refusing;
        LinkService links(refusing, *accounts);
        Answer<LinkOutcome> outcome;
        links.unlink(a.id, outcome.callback());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.arrived(), 5000);
        QCOMPARE(outcome.value().result, LinkOutcome::Result::KeychainFailed);
        QVERIFY(outcome.value().message.endsWith(u" The account is still linked."_s));
        QCOMPARE(accounts->accounts().size(), 1);
        QVERIFY(accounts->pending().isEmpty()); // the refused unlink left no mark behind
    }

    // The pending mark is the first write; when the list cannot be written,
    // nothing reaches the keychain and the message says so.
    void aListThatCannotBeWrittenStopsALinkBeforeTheKeychain()
    {
        auto accounts = store();
        accounts->failWrites = true;
        RefusingSecretStore keychain; // counts calls: there must be none
        LinkService links(keychain, *accounts);
        auto outcome = save(links, draft(u"cmp_nospace"_s), {{u"token"_s, u"nospace-kLsEcReT"_s}});
        QTRY_VERIFY_WITH_TIMEOUT(outcome.arrived(), 5000);
        QCOMPARE(outcome.value().result, LinkOutcome::Result::StoreFailed);
        QCOMPARE(outcome.value().message,
            u"Could not save to the account database %1: No space left on device. Nothing was saved."_s.arg(
                accounts->path()));
        QCOMPARE(keychain.calls, 0);
        QVERIFY(accounts->accounts().isEmpty());
    }

    void aListThatCannotBeWrittenStopsAnUnlinkBeforeTheKeychain()
    {
        auto accounts = store();
        Account a = draft(u"cmp_keep"_s);
        a.id = u"keep-1"_s;
        QString error;
        QVERIFY(accounts->insert(a, &error));
        accounts->failWrites = true;
        RefusingSecretStore keychain;
        LinkService links(keychain, *accounts);
        Answer<LinkOutcome> outcome;
        links.unlink(a.id, outcome.callback());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.arrived(), 5000);
        QCOMPARE(outcome.value().result, LinkOutcome::Result::StoreFailed);
        QCOMPARE(outcome.value().message,
            u"Could not save to the account database %1: No space left on device. The account is still linked."_s.arg(
                accounts->path()));
        QCOMPARE(keychain.calls, 0);
        QCOMPARE(accounts->accounts().size(), 1);
    }

    // A keychain that refuses keeps the mark for the next start.
    void theSweeperKeepsAMarkItCouldNotClean()
    {
        const qint64 dead = deadPid();
        auto accounts = store();
        QString error;
        QVERIFY(accounts->markPending(u"orphan-1"_s, &error));
        QVERIFY(StoreSql::setPendingPid(accounts->path(), u"orphan-1"_s, dead));

        RefusingSecretStore refusing;
        PendingSweeper sweeper(refusing, *accounts);
        QSignalSpy finished(&sweeper, &PendingSweeper::finished);
        sweeper.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(refusing.calls, 1);
        QVERIFY(sweeper.cleaned().isEmpty());
        QCOMPARE(accounts->pending().size(), 1);
        QCOMPARE(accounts->pending().first().pid, dead);
    }

    // What a process killed mid-change leaves: a mark by a pid that is gone.
    // The sweeper removes the new account's orphaned secret, finishes the
    // interrupted unlink, and leaves a live process's mark alone.
    void theSweeperFinishesWhatADeadProcessLeft()
    {
        const qint64 dead = deadPid();
        QVERIFY(!ProcessCheck::isRunning(dead));

        auto accounts = store();
        Account unlinking = draft(u"cmp_unlinking"_s);
        unlinking.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QString error;
        QVERIFY(accounts->insert(unlinking, &error));
        const QString orphan = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString live = QUuid::createUuid().toString(QUuid::WithoutBraces);
        int written = 0;
        for (const QString &id : {unlinking.id, orphan, live})
            m_vault.write(
                id, {{u"token"_s, u"sweep-kLsEcReT"_s}}, this, [&](const VaultResult &r) { written += r.ok(); });
        QTRY_COMPARE_WITH_TIMEOUT(written, 3, 15000);

        // Marks as killed processes leave them: an unlink's and a new link's
        // reservation by a pid that is gone, and one by this process, alive.
        QVERIFY(accounts->markPending(unlinking.id, &error));
        QString existing;
        Account reserved = draft(u"cmp_orphan"_s);
        QVERIFY(accounts->reserve(reserved, orphan, &existing, &error));
        QVERIFY(existing.isEmpty());
        QVERIFY(accounts->markPending(live, &error));
        QVERIFY(StoreSql::setPendingPid(accounts->path(), unlinking.id, dead));
        QVERIFY(StoreSql::setPendingPid(accounts->path(), orphan, dead));

        // The next start reads the database afresh.
        auto next = std::make_unique<AccountStore>(accounts->path());
        QVERIFY(next->open());
        QCOMPARE(next->pending().size(), 3);
        PendingSweeper sweeper(m_vault, *next);
        QSignalSpy finished(&sweeper, &PendingSweeper::finished);
        sweeper.start();
        QVERIFY(finished.wait(15000));

        QCOMPARE(QSet<QString>(sweeper.cleaned().cbegin(), sweeper.cleaned().cend()),
            (QSet<QString> {unlinking.id, orphan}));
        QVERIFY(next->accounts().isEmpty()); // the interrupted unlink is finished
        QCOMPARE(next->pending().size(), 1);
        QCOMPARE(next->pending().first().id, live);
        for (const QString &id : {unlinking.id, orphan}) {
            auto secret = readSecret(id);
            QTRY_VERIFY_WITH_TIMEOUT(secret.arrived(), 15000);
            QCOMPARE(secret.value().error, VaultResult::Error::NotFound);
        }
        auto kept = readSecret(live);
        QTRY_VERIFY_WITH_TIMEOUT(kept.arrived(), 15000);
        QVERIFY(kept.value().ok());
        m_vault.remove(live, this, [](const VaultResult &) {});
    }
};

QTEST_GUILESS_MAIN(TestLinkService)
#include "tst_linkservice.moc"
