#include "link/AccountChecker.h"
#include "link/LinkService.h"
#include "services/Services.h"
#include "store/AccountStore.h"
#include "vault/SecretStore.h"

#include "Answer.h"
#include "FakeProviders.h"
#include "ProviderAnswers.h"
#include "RefusingSecretStore.h"
#include "TestSecrets.h"
#include "TestServices.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keylink;

// Checking linked accounts again, one class on its own: against the real
// keychain and Front played on loopback in its documented shapes. A locked
// keychain is the one fake (it must refuse on demand).
class TestAccountChecker : public QObject
{
    Q_OBJECT

private:
    FakeProviders m_providers;

    // A Front account linked for real (secret in the keychain), asking for
    // the scopes of listing conversations and events.
    static QString linkFront(Services &services, const QString &identity, const QString &token)
    {
        const Provider *front = services.catalog().provider(u"front"_s);
        const AuthMethod *method = front->authMethod(u"api-token"_s);
        Account draft;
        draft.providerId = front->id;
        draft.methodId = method->id;
        draft.identityId = identity;
        draft.identityName = u"Initech"_s;
        draft.environmentId = u"production"_s;
        draft.actions = {u"front_list_conversations"_s, u"front_list_events"_s};
        draft.scopes = method->scopesForActions(draft.actions);
        draft.status = Account::Status::NotChecked;
        Answer<LinkOutcome> saved;
        services.links().save(draft, {{u"token"_s, token}}, saved.callback());
        if (!QTest::qWaitFor([&] { return saved.arrived(); }, 10000) || !saved.value().ok())
            return {};
        return saved.value().account.id;
    }

    static QString token(const QString &name)
    {
        return u"eyJhbGciOiJIUzI1NiJ9.checker-"_s + name + u"."_s
            + QLatin1String(KEYLINK_TEST_SECRET_MARKER); // a JWT, as Front's are
    }

    static CheckOutcome checkOne(Services &services, const QString &id)
    {
        QSignalSpy finished(&services.checker(), &AccountChecker::finished);
        services.checker().check(id);
        if (!finished.wait(15000))
            return {};
        return finished.first().first().value<CheckOutcome>();
    }

    static void unlink(Services &services, const QString &id)
    {
        Answer<LinkOutcome> gone;
        services.links().unlink(id, gone.callback());
        QTRY_VERIFY_WITH_TIMEOUT(gone.arrived(), 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<CheckOutcome>();
        QVERIFY(m_providers.start());
    }

    void init()
    {
        m_providers.front.on(u"/me"_s, ProviderAnswers::frontMe("Initech Support", "cmp_1a2b"));
        m_providers.front.clearRequests();
    }

    void aGoodTokenIsVerifiedWithItsPermissions()
    {
        TestServices services(m_providers.hostMap());
        const QString id = linkFront(*services, u"cmp_good"_s, token(u"good"_s));
        QVERIFY(!id.isEmpty());
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);

        const CheckOutcome outcome = checkOne(*services, id);
        QCOMPARE(outcome.accountId, id);
        QCOMPARE(outcome.kind, CheckOutcome::Kind::Checked);
        QVERIFY2(outcome.verification.connect.ok(), qPrintable(outcome.message));
        // /events answers 403 (documented for a missing scope): one missing.
        const Account *stored = services->store().account(id);
        QVERIFY(stored);
        QCOMPARE(stored->status, Account::Status::NeedsAttention);
        QVERIFY(stored->lastVerified >= before);
        QCOMPARE(stored->permissions.size(), 2);
        // The token went to the provider as the documented bearer token.
        QCOMPARE(m_providers.front.requests().first().headers.value("authorization"),
            QByteArray("Bearer " + token(u"good"_s).toUtf8()));
        unlink(*services, id);
    }

    void aRevokedTokenNeedsAttention()
    {
        TestServices services(m_providers.hostMap());
        const QString id = linkFront(*services, u"cmp_revoked"_s, token(u"revoked"_s));
        QVERIFY(!id.isEmpty());
        m_providers.front.on(u"/me"_s, ProviderAnswers::frontError(401, "Unauthenticated", "Invalid token"));

        const CheckOutcome outcome = checkOne(*services, id);
        QCOMPARE(outcome.kind, CheckOutcome::Kind::Checked);
        QVERIFY(!outcome.verification.connect.ok());
        QCOMPARE(services->store().account(id)->status, Account::Status::NeedsAttention);
        QVERIFY(!services->store().account(id)->statusMessage.isEmpty());
        unlink(*services, id);
    }

    void aLockedKeychainLeavesTheAccountAsItWas()
    {
        TestServices linking(m_providers.hostMap());
        const QString id = linkFront(*linking, u"cmp_locked"_s, token(u"locked"_s));
        QVERIFY(!id.isEmpty());
        const Account before = *linking->store().account(id);

        RefusingSecretStore locked;
        TestServices services(m_providers.hostMap(), &locked, linking->store().path());
        const CheckOutcome outcome = checkOne(*services, id);
        QCOMPARE(outcome.kind, CheckOutcome::Kind::KeychainFailed);
        QCOMPARE(outcome.vault.error, VaultResult::Error::Locked);
        QVERIFY(outcome.message.contains(u"locked"_s, Qt::CaseInsensitive));
        QCOMPARE(m_providers.front.requests().size(), 0); // nothing was sent
        const Account after = *services->store().account(id);
        QCOMPARE(after.status, before.status);
        QCOMPARE(after.lastVerified, before.lastVerified);
        unlink(*linking, id);
    }

    void aMissingSecretSaysRelink()
    {
        TestServices services(m_providers.hostMap());
        const QString id = linkFront(*services, u"cmp_nosecret"_s, token(u"nosecret"_s));
        QVERIFY(!id.isEmpty());
        Answer<VaultResult> removed;
        services->secrets().remove(id, this, removed.callback());
        QTRY_VERIFY(removed.arrived());
        QVERIFY(removed.value().ok());

        const CheckOutcome outcome = checkOne(*services, id);
        QCOMPARE(outcome.kind, CheckOutcome::Kind::KeychainFailed);
        QCOMPARE(outcome.message, u"The keychain holds no secret for this account; relink it."_s);
        QCOMPARE(services->store().account(id)->status, Account::Status::NotChecked);
        QString error;
        QVERIFY(services->store().remove(id, &error));
    }

    void anUnlinkedAccountIsGone()
    {
        TestServices services(m_providers.hostMap());
        const CheckOutcome outcome = checkOne(*services, u"00000000-0000-4000-8000-000000000000"_s);
        QCOMPARE(outcome.kind, CheckOutcome::Kind::Gone);
        QCOMPARE(outcome.message, u"Account 00000000-0000-4000-8000-000000000000 is not linked."_s);
    }

    void aRelinkDuringTheCheckWins()
    {
        TestServices services(m_providers.hostMap());
        const QString id = linkFront(*services, u"cmp_race"_s, token(u"race"_s));
        QVERIFY(!id.isEmpty());
        // The provider answers late; meanwhile the account gets a new secret.
        FakeResponse late = ProviderAnswers::frontMe("Initech Support", "cmp_race");
        late.delayMs = 500;
        m_providers.front.on(u"/me"_s, late);
        QSignalSpy finished(&services->checker(), &AccountChecker::finished);
        services->checker().check(id);
        QTRY_COMPARE(m_providers.front.count(u"/me"_s), 1);
        QString error;
        QCOMPARE(services->store().update(
                     id,
                     [](Account &a) {
                         ++a.secretVersion;
                         return true;
                     },
                     &error),
            AccountStore::Result::Done);

        QVERIFY(finished.wait(15000));
        const auto outcome = finished.first().first().value<CheckOutcome>();
        QCOMPARE(outcome.kind, CheckOutcome::Kind::Failed);
        QCOMPARE(outcome.message, u"The account was relinked while it was being checked; check it again."_s);
        QCOMPARE(services->store().account(id)->status, Account::Status::NotChecked); // the newer link's state
        unlink(*services, id);
    }

    void oneCheckPerAccountAtATime()
    {
        TestServices services(m_providers.hostMap());
        const QString id = linkFront(*services, u"cmp_twice"_s, token(u"twice"_s));
        QVERIFY(!id.isEmpty());
        QSignalSpy started(&services->checker(), &AccountChecker::started);
        QSignalSpy finished(&services->checker(), &AccountChecker::finished);
        services->checker().check(id);
        services->checker().check(id);
        QVERIFY(services->checker().isChecking(id));
        QVERIFY(finished.wait(15000));
        QCOMPARE(started.size(), 1);
        QVERIFY(!services->checker().isChecking(id));
        QCOMPARE(m_providers.front.count(u"/me"_s), 1);
        unlink(*services, id);
    }

    // checkAll starts a few per turn of the event loop, each account once.
    void checkAllIsPacedAndChecksEachOnce()
    {
        TestServices services(m_providers.hostMap());
        QStringList ids;
        for (int i = 0; i < 10; ++i) {
            ids << linkFront(*services, u"cmp_all_%1"_s.arg(i), token(u"all-%1"_s.arg(i)));
            QVERIFY(!ids.last().isEmpty());
        }
        QSignalSpy finished(&services->checker(), &AccountChecker::finished);
        services->checker().checkAll(ids + ids); // the second of each is dropped
        QCOMPARE(services->checker().running(), 4);
        QCOMPARE(services->checker().queued(), 6);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 10, 30000);
        QStringList checked;
        for (const QList<QVariant> &signal : std::as_const(finished)) {
            const auto outcome = signal.first().value<CheckOutcome>();
            QCOMPARE(outcome.kind, CheckOutcome::Kind::Checked);
            checked << outcome.accountId;
        }
        checked.sort();
        ids.sort();
        QCOMPARE(checked, ids);
        QCOMPARE(services->checker().running(), 0);
        for (const QString &id : std::as_const(ids))
            unlink(*services, id);
    }

    // Stop during a check of all: what has not started is dropped, what is
    // running finishes and reports.
    void cancelQueuedDropsOnlyWhatHasNotStarted()
    {
        TestServices services(m_providers.hostMap());
        QStringList ids;
        for (int i = 0; i < 10; ++i) {
            ids << linkFront(*services, u"cmp_stop_%1"_s.arg(i), token(u"stop-%1"_s.arg(i)));
            QVERIFY(!ids.last().isEmpty());
        }
        QSignalSpy started(&services->checker(), &AccountChecker::started);
        QSignalSpy finished(&services->checker(), &AccountChecker::finished);
        services->checker().checkAll(ids);
        QCOMPARE(services->checker().running(), 4);
        QCOMPARE(services->checker().cancelQueued(), 6);
        QCOMPARE(services->checker().queued(), 0);
        QCOMPARE(services->checker().cancelQueued(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, 15000);
        QCOMPARE(services->checker().running(), 0);
        // Nothing else starts later: the paced turn that was already due found the queue empty.
        QCOMPARE(started.size(), 4);
        QCOMPARE(m_providers.front.count(u"/me"_s), 4);
        for (const QString &id : std::as_const(ids))
            unlink(*services, id);
    }
};

QTEST_GUILESS_MAIN(TestAccountChecker)
#include "tst_accountchecker.moc"
