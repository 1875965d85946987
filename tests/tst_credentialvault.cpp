#include "vault/CredentialVault.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using namespace keylink;

namespace {

struct Outcome {
    bool done = false;
    int calls = 0;
    VaultResult result;
};

// A callback that only records; the test asserts after it ran.
std::pair<std::shared_ptr<Outcome>, CredentialVault::Callback> recorder()
{
    auto outcome = std::make_shared<Outcome>();
    return {outcome, [outcome](const VaultResult &r) {
                outcome->done = true;
                ++outcome->calls;
                outcome->result = r;
            }};
}

QString newAccountId()
{
    return u"test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// What the Secret Service itself holds, asked through another client.
QByteArray lookUpWithSecretTool(const QString &accountId, int *exitCode)
{
    QProcess p;
    p.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s, u"keylink"_s, u"user"_s, accountId});
    p.waitForFinished(15000);
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAllStandardOutput();
}

} // namespace

// Runs against the real Secret Service that scripts/test starts
// (gnome-keyring under dbus-run-session). Without it, this test fails.
class TestCredentialVault : public QObject
{
    Q_OBJECT

private:
    CredentialVault m_vault;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
            "No D-Bus session: run the tests through scripts/test, which starts a session bus and gnome-keyring");
        QVERIFY2(qEnvironmentVariableIsSet("XDG_DATA_HOME") && qEnvironmentVariableIsSet("XDG_CONFIG_HOME"),
            "XDG_DATA_HOME/XDG_CONFIG_HOME must point at throw-away folders: run through scripts/test");
    }

    void writeReadRemoveThroughTheSecretService()
    {
        const QString id = newAccountId();
        const SecretFields secrets {{u"token"_s, u"kl-test-kLsEcReT-%1"_s.arg(QUuid::createUuid().toString())},
            {u"user_email"_s, u"ana@example.com"_s}};

        auto [written, onWrite] = recorder();
        m_vault.write(id, secrets, this, onWrite);
        QTRY_VERIFY_WITH_TIMEOUT(written->done, 15000);
        QVERIFY2(written->result.ok(), qPrintable(written->result.message));

        auto [read, onRead] = recorder();
        m_vault.read(id, this, onRead);
        QTRY_VERIFY_WITH_TIMEOUT(read->done, 15000);
        QVERIFY2(read->result.ok(), qPrintable(read->result.message));
        QCOMPARE(read->result.secrets, secrets);

        // Another Secret Service client sees the same entry: it is really there.
        int exitCode = -1;
        const QByteArray stored = lookUpWithSecretTool(id, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY(stored.contains(secrets.value(u"token"_s).toUtf8()));

        auto [removed, onRemove] = recorder();
        m_vault.remove(id, this, onRemove);
        QTRY_VERIFY_WITH_TIMEOUT(removed->done, 15000);
        QVERIFY2(removed->result.ok(), qPrintable(removed->result.message));

        auto [gone, onGone] = recorder();
        m_vault.read(id, this, onGone);
        QTRY_VERIFY_WITH_TIMEOUT(gone->done, 15000);
        QCOMPARE(gone->result.error, VaultResult::Error::NotFound);
        QCOMPARE(gone->result.message, u"The keychain holds no secret for account %1."_s.arg(id));
        QVERIFY(gone->result.secrets.isEmpty());
        QVERIFY(lookUpWithSecretTool(id, &exitCode).isEmpty());
        QCOMPARE(read->calls, 1);
    }

    void overwriteReplacesEveryField()
    {
        const QString id = newAccountId();
        auto [first, onFirst] = recorder();
        m_vault.write(id, {{u"a"_s, u"1"_s}, {u"b"_s, u"2"_s}}, this, onFirst);
        QTRY_VERIFY_WITH_TIMEOUT(first->done, 15000);
        auto [second, onSecond] = recorder();
        m_vault.write(id, {{u"a"_s, u"3"_s}}, this, onSecond);
        QTRY_VERIFY_WITH_TIMEOUT(second->done, 15000);
        QVERIFY(second->result.ok());

        auto [read, onRead] = recorder();
        m_vault.read(id, this, onRead);
        QTRY_VERIFY_WITH_TIMEOUT(read->done, 15000);
        QCOMPARE(read->result.secrets, (SecretFields {{u"a"_s, u"3"_s}}));

        auto [removed, onRemove] = recorder();
        m_vault.remove(id, this, onRemove);
        QTRY_VERIFY_WITH_TIMEOUT(removed->done, 15000);
        QVERIFY(removed->result.ok());
    }

    // A missing or locked keychain says so, and how to fix it.
    void failureMessagesSayWhatToDo_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("message");
        QTest::newRow("no keychain") << int(VaultResult::Error::NoKeychain)
                                     << u"No system keychain is available. Keylink keeps secrets only in the keychain: "
                                        u"start a Secret Service provider such as GNOME Keyring or KWallet, then try "
                                        u"again."_s;
        QTest::newRow("locked") << int(VaultResult::Error::Locked)
                                << u"The system keychain is locked or refused access. Unlock it (for example by "
                                   u"logging in to your desktop session) and try again."_s;
        QTest::newRow("corrupt entry") << int(VaultResult::Error::Corrupt)
                                       << u"The keychain entry of account a1 is not one Keylink wrote; relink the "
                                          u"account."_s;
    }

    void failureMessagesSayWhatToDo()
    {
        QFETCH(int, error);
        QFETCH(QString, message);
        const VaultResult r = CredentialVault::describe(VaultResult::Error(error), u"a1"_s);
        QCOMPARE(r.message, message);
        QVERIFY(!r.ok());
    }

    // Unlinking twice, or an account whose secret is already gone, must work.
    void removingAMissingEntrySucceeds()
    {
        auto [removed, onRemove] = recorder();
        m_vault.remove(newAccountId(), this, onRemove);
        QTRY_VERIFY_WITH_TIMEOUT(removed->done, 15000);
        QVERIFY2(removed->result.ok(), qPrintable(removed->result.message));
    }

    void noCallbackOnceTheCallerIsGone()
    {
        const QString id = newAccountId();
        auto context = std::make_unique<QObject>();
        auto [orphan, onOrphan] = recorder();
        m_vault.write(id, {{u"token"_s, u"x"_s}}, context.get(), onOrphan);
        context.reset();

        // Jobs run in order: once the read is answered, the write was too.
        auto [read, onRead] = recorder();
        m_vault.read(id, this, onRead);
        QTRY_VERIFY_WITH_TIMEOUT(read->done, 15000);
        QVERIFY(read->result.ok());
        QCOMPARE(orphan->calls, 0);

        auto [removed, onRemove] = recorder();
        m_vault.remove(id, this, onRemove);
        QTRY_VERIFY_WITH_TIMEOUT(removed->done, 15000);
    }

    void secretsNeverReachAFile()
    {
        const QString id = newAccountId();
        const QString secret = u"kl-disk-canary-%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128));
        auto [written, onWrite] = recorder();
        m_vault.write(id, {{u"token"_s, secret}}, this, onWrite);
        QTRY_VERIFY_WITH_TIMEOUT(written->done, 15000);
        QVERIFY(written->result.ok());

        for (const char *variable : {"XDG_DATA_HOME", "XDG_CONFIG_HOME"}) {
            QDirIterator it(qEnvironmentVariable(variable), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
            }
        }

        auto [removed, onRemove] = recorder();
        m_vault.remove(id, this, onRemove);
        QTRY_VERIFY_WITH_TIMEOUT(removed->done, 15000);
        QVERIFY(removed->result.ok());
    }
};

QTEST_GUILESS_MAIN(TestCredentialVault)
#include "tst_credentialvault.moc"
