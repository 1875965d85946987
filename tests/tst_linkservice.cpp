#include "accounts/JsonAccountFile.h"
#include "link/LinkService.h"
#include "link/PendingSweeper.h"
#include "vault/CredentialVault.h"

#include "FailingAccountFile.h"
#include "RefusingSecretStore.h"

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

struct Result {
    bool done = false;
    LinkOutcome outcome;
    VaultResult vault;
};
} // namespace

// Linking is all or nothing, against the real keychain; failures are
// injected through a refusing keychain and an account file that cannot write.
class TestLinkService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CredentialVault m_vault;

    std::shared_ptr<Result> save(LinkService &links, const Account &account, const SecretFields &secrets)
    {
        auto result = std::make_shared<Result>();
        links.save(account, secrets, [result](const LinkOutcome &o) {
            result->outcome = o;
            result->done = true;
        });
        return result;
    }
    std::shared_ptr<Result> readSecret(const QString &id)
    {
        auto result = std::make_shared<Result>();
        m_vault.read(id, this, [result](const VaultResult &r) {
            result->vault = r;
            result->done = true;
        });
        return result;
    }
    std::unique_ptr<AccountStore> store(FailingAccountFile **file = nullptr)
    {
        auto f = std::make_unique<FailingAccountFile>(
            m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + u".json"_s));
        if (file)
            *file = f.get();
        auto s = std::make_unique<AccountStore>(std::move(f));
        s->load();
        return s;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void linksThenUpdatesTheSameIdentityInPlace()
    {
        auto accounts = store();
        LinkService links(m_vault, *accounts);
        const QString identity = u"cmp_%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128));

        auto first = save(links, draft(identity), {{u"token"_s, u"first-kLsEcReT"_s}});
        QTRY_VERIFY_WITH_TIMEOUT(first->done, 15000);
        QCOMPARE(first->outcome.result, LinkOutcome::Result::Linked);
        const QString id = first->outcome.account.id;
        QVERIFY(!id.isEmpty());

        Account again = draft(identity);
        again.label = u"Support"_s;
        auto second = save(links, again, {{u"token"_s, u"second-kLsEcReT"_s}});
        QTRY_VERIFY_WITH_TIMEOUT(second->done, 15000);
        QCOMPARE(second->outcome.result, LinkOutcome::Result::Updated);
        QCOMPARE(second->outcome.account.id, id);
        QCOMPARE(accounts->accounts().size(), 1);
        QCOMPARE(accounts->accounts().first().label, u"Support"_s);

        auto secret = readSecret(id);
        QTRY_VERIFY_WITH_TIMEOUT(secret->done, 15000);
        QCOMPARE(secret->vault.secrets.value(u"token"_s), u"second-kLsEcReT"_s);

        auto unlinked = std::make_shared<Result>();
        links.unlink(id, [unlinked](const LinkOutcome &o) {
            unlinked->outcome = o;
            unlinked->done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(unlinked->done, 15000);
        QCOMPARE(unlinked->outcome.result, LinkOutcome::Result::Unlinked);
        QVERIFY(accounts->accounts().isEmpty());
        auto gone = readSecret(id);
        QTRY_VERIFY_WITH_TIMEOUT(gone->done, 15000);
        QCOMPARE(gone->vault.error, VaultResult::Error::NotFound);
    }

    void aRefusingKeychainSavesNothing()
    {
        auto accounts = store();
        RefusingSecretStore refusing;
        LinkService links(refusing, *accounts);
        auto result = save(links, draft(u"cmp_x"_s), {{u"token"_s, u"s-kLsEcReT"_s}});
        QTRY_VERIFY_WITH_TIMEOUT(result->done, 5000);
        QCOMPARE(result->outcome.result, LinkOutcome::Result::KeychainFailed);
        QCOMPARE(result->outcome.vaultError, VaultResult::Error::Locked);
        QCOMPARE(result->outcome.message,
            u"The system keychain is locked or refused access. Unlock it (for example by logging in to your "
            u"desktop session) and try again. Nothing was saved."_s);
        QVERIFY(accounts->accounts().isEmpty());
        // No write-ahead mark is left for a secret that was never written,
        // in memory or in the list a later start reads.
        QVERIFY(accounts->pending().isEmpty());
        AccountStore reread(std::make_unique<JsonAccountFile>(accounts->path()));
        QVERIFY(reread.load());
        QVERIFY(reread.pending().isEmpty());
    }

    void aFailedMetadataWriteRemovesTheNewSecret()
    {
        FailingAccountFile *file = nullptr;
        auto accounts = store(&file);
        file->failWrites = true;
        file->writesLeft = 1; // the pending mark is written; the account is not
        LinkService links(m_vault, *accounts);
        auto result = save(links, draft(u"cmp_new"_s), {{u"token"_s, u"orphan-kLsEcReT"_s}});
        QTRY_VERIFY_WITH_TIMEOUT(result->done, 15000);
        QCOMPARE(result->outcome.result, LinkOutcome::Result::StoreFailed);
        QCOMPARE(result->outcome.message,
            u"Could not save the account list %1: No space left on device The secret was removed from the "
            u"keychain again; nothing was linked."_s.arg(file->path()));
        auto secret = readSecret(result->outcome.account.id);
        QTRY_VERIFY_WITH_TIMEOUT(secret->done, 15000);
        QCOMPARE(secret->vault.error, VaultResult::Error::NotFound);
    }

    void aFailedUpdatePutsTheOldSecretBack()
    {
        FailingAccountFile *file = nullptr;
        auto accounts = store(&file);
        LinkService links(m_vault, *accounts);
        auto first = save(links, draft(u"cmp_keep"_s), {{u"token"_s, u"old-kLsEcReT"_s}});
        QTRY_VERIFY_WITH_TIMEOUT(first->done, 15000);
        QVERIFY(first->outcome.ok());

        file->failWrites = true;
        auto second = save(links, draft(u"cmp_keep"_s), {{u"token"_s, u"new-kLsEcReT"_s}});
        QTRY_VERIFY_WITH_TIMEOUT(second->done, 15000);
        QCOMPARE(second->outcome.result, LinkOutcome::Result::StoreFailed);
        QVERIFY(second->outcome.message.endsWith(u"The keychain entry was put back as it was; nothing changed."_s));
        auto secret = readSecret(first->outcome.account.id);
        QTRY_VERIFY_WITH_TIMEOUT(secret->done, 15000);
        QCOMPARE(secret->vault.secrets.value(u"token"_s), u"old-kLsEcReT"_s);

        file->failWrites = false;
        auto cleanup = std::make_shared<Result>();
        links.unlink(first->outcome.account.id, [cleanup](const LinkOutcome &o) {
            cleanup->outcome = o;
            cleanup->done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(cleanup->done, 15000);
        QVERIFY(cleanup->outcome.ok());
    }

    void unlinkKeepsTheAccountWhenTheKeychainRefuses()
    {
        auto accounts = store();
        Account a = draft(u"cmp_locked"_s);
        a.id = u"locked-1"_s;
        QString error;
        QVERIFY(accounts->save(a, &error));
        RefusingSecretStore refusing;
        LinkService links(refusing, *accounts);
        auto result = std::make_shared<Result>();
        links.unlink(a.id, [result](const LinkOutcome &o) {
            result->outcome = o;
            result->done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(result->done, 5000);
        QCOMPARE(result->outcome.result, LinkOutcome::Result::KeychainFailed);
        QVERIFY(result->outcome.message.endsWith(u" The account is still linked."_s));
        QCOMPARE(accounts->accounts().size(), 1);
        QVERIFY(accounts->pending().isEmpty()); // the refused unlink left no mark behind
    }

    // The pending mark is the first write; when the list cannot be written,
    // nothing reaches the keychain and the message says so.
    void aListThatCannotBeWrittenStopsALinkBeforeTheKeychain()
    {
        FailingAccountFile *file = nullptr;
        auto accounts = store(&file);
        file->failWrites = true;
        RefusingSecretStore keychain; // counts calls: there must be none
        LinkService links(keychain, *accounts);
        auto result = save(links, draft(u"cmp_nospace"_s), {{u"token"_s, u"nospace-kLsEcReT"_s}});
        QTRY_VERIFY_WITH_TIMEOUT(result->done, 5000);
        QCOMPARE(result->outcome.result, LinkOutcome::Result::StoreFailed);
        QCOMPARE(result->outcome.message,
            u"Could not save the account list %1: No space left on device Nothing was saved."_s.arg(file->path()));
        QCOMPARE(keychain.calls, 0);
        QVERIFY(accounts->accounts().isEmpty());
    }

    void aListThatCannotBeWrittenStopsAnUnlinkBeforeTheKeychain()
    {
        FailingAccountFile *file = nullptr;
        auto accounts = store(&file);
        Account a = draft(u"cmp_keep"_s);
        a.id = u"keep-1"_s;
        QString error;
        QVERIFY(accounts->save(a, &error));
        file->failWrites = true;
        RefusingSecretStore keychain;
        LinkService links(keychain, *accounts);
        auto result = std::make_shared<Result>();
        links.unlink(a.id, [result](const LinkOutcome &o) {
            result->outcome = o;
            result->done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(result->done, 5000);
        QCOMPARE(result->outcome.result, LinkOutcome::Result::StoreFailed);
        QCOMPARE(result->outcome.message,
            u"Could not save the account list %1: No space left on device The account is still linked."_s.arg(
                file->path()));
        QCOMPARE(keychain.calls, 0);
        QCOMPARE(accounts->accounts().size(), 1);
    }

    // A keychain that refuses keeps the mark for the next start.
    void theSweeperKeepsAMarkItCouldNotClean()
    {
        QProcess gone;
        gone.start(u"true"_s);
        QVERIFY(gone.waitForStarted());
        const qint64 deadPid = gone.processId();
        QVERIFY(gone.waitForFinished());

        FailingAccountFile *file = nullptr;
        auto accounts = store(&file);
        QString error;
        QVERIFY(accounts->markPending(u"orphan-1"_s, &error));
        QByteArray content;
        QVERIFY(file->read(&content, &error));
        content.replace(
            QByteArray::number(QCoreApplication::applicationPid()) + "}", QByteArray::number(deadPid) + "}");
        QVERIFY(file->write(content, &error));
        QVERIFY(accounts->load());

        RefusingSecretStore refusing;
        PendingSweeper sweeper(refusing, *accounts);
        QSignalSpy finished(&sweeper, &PendingSweeper::finished);
        sweeper.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(refusing.calls, 1);
        QVERIFY(sweeper.cleaned().isEmpty());
        QCOMPARE(accounts->pending().size(), 1);
        QCOMPARE(accounts->pending().first().pid, deadPid);
    }

    // What a process killed mid-change leaves: a mark by a pid that is gone.
    // The sweeper removes the new account's orphaned secret, finishes the
    // interrupted unlink, and leaves a live process's mark alone.
    void theSweeperFinishesWhatADeadProcessLeft()
    {
        QProcess gone;
        gone.start(u"true"_s);
        QVERIFY(gone.waitForStarted());
        const qint64 deadPid = gone.processId();
        QVERIFY(gone.waitForFinished());
        QVERIFY(!PendingSweeper::isRunning(deadPid));

        FailingAccountFile *file = nullptr;
        auto accounts = store(&file);
        Account unlinking = draft(u"cmp_unlinking"_s);
        unlinking.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QString error;
        QVERIFY(accounts->save(unlinking, &error));
        const QString orphan = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString live = QUuid::createUuid().toString(QUuid::WithoutBraces);
        int written = 0;
        for (const QString &id : {unlinking.id, orphan, live})
            m_vault.write(
                id, {{u"token"_s, u"sweep-kLsEcReT"_s}}, this, [&](const VaultResult &r) { written += r.ok(); });
        QTRY_COMPARE_WITH_TIMEOUT(written, 3, 15000);

        // Marks as killed processes leave them: every pid but one made dead.
        QVERIFY(accounts->markPending(unlinking.id, &error));
        QVERIFY(accounts->markPending(orphan, &error));
        QVERIFY(accounts->markPending(live, &error)); // this process: alive
        QByteArray content;
        QVERIFY(file->read(&content, &error));
        content.replace(
            QByteArray::number(QCoreApplication::applicationPid()) + "}", QByteArray::number(deadPid) + "}");
        content.replace(QByteArray("\"id\":\"") + live.toUtf8() + "\",\"pid\":" + QByteArray::number(deadPid),
            QByteArray("\"id\":\"") + live.toUtf8()
                + "\",\"pid\":" + QByteArray::number(QCoreApplication::applicationPid()));
        QVERIFY(file->write(content, &error));

        // The next start reads the file afresh.
        auto next = std::make_unique<AccountStore>(std::make_unique<JsonAccountFile>(file->path()));
        QVERIFY(next->load());
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
            QTRY_VERIFY_WITH_TIMEOUT(secret->done, 15000);
            QCOMPARE(secret->vault.error, VaultResult::Error::NotFound);
        }
        auto kept = readSecret(live);
        QTRY_VERIFY_WITH_TIMEOUT(kept->done, 15000);
        QVERIFY(kept->vault.ok());
        m_vault.remove(live, this, [](const VaultResult &) {});
    }
};

QTEST_GUILESS_MAIN(TestLinkService)
#include "tst_linkservice.moc"
