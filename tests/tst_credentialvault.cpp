#include "vault/CredentialVault.h"

#include "Answer.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using namespace keylink;

namespace {

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

        Answer<VaultResult> written;
        m_vault.write(id, secrets, this, written.callback());
        QTRY_VERIFY_WITH_TIMEOUT(written.arrived(), 15000);
        QVERIFY2(written.value().ok(), qPrintable(written.value().message));

        // Counted too: the read must answer exactly once.
        Answer<VaultResult> read;
        auto readCalls = std::make_shared<int>(0);
        m_vault.read(id, this, [readCalls, record = read.callback()](const VaultResult &r) {
            ++*readCalls;
            record(r);
        });
        QTRY_VERIFY_WITH_TIMEOUT(read.arrived(), 15000);
        QVERIFY2(read.value().ok(), qPrintable(read.value().message));
        QCOMPARE(read.value().secrets, secrets);

        // Another Secret Service client sees the same entry: it is really there.
        int exitCode = -1;
        const QByteArray stored = lookUpWithSecretTool(id, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY(stored.contains(secrets.value(u"token"_s).toUtf8()));

        Answer<VaultResult> removed;
        m_vault.remove(id, this, removed.callback());
        QTRY_VERIFY_WITH_TIMEOUT(removed.arrived(), 15000);
        QVERIFY2(removed.value().ok(), qPrintable(removed.value().message));

        Answer<VaultResult> gone;
        m_vault.read(id, this, gone.callback());
        QTRY_VERIFY_WITH_TIMEOUT(gone.arrived(), 15000);
        QCOMPARE(gone.value().error, VaultResult::Error::NotFound);
        QCOMPARE(gone.value().message, u"The keychain holds no secret for account %1."_s.arg(id));
        QVERIFY(gone.value().secrets.isEmpty());
        QVERIFY(lookUpWithSecretTool(id, &exitCode).isEmpty());
        QCOMPARE(*readCalls, 1);
    }

    void overwriteReplacesEveryField()
    {
        const QString id = newAccountId();
        Answer<VaultResult> first;
        m_vault.write(id, {{u"a"_s, u"1"_s}, {u"b"_s, u"2"_s}}, this, first.callback());
        QTRY_VERIFY_WITH_TIMEOUT(first.arrived(), 15000);
        Answer<VaultResult> second;
        m_vault.write(id, {{u"a"_s, u"3"_s}}, this, second.callback());
        QTRY_VERIFY_WITH_TIMEOUT(second.arrived(), 15000);
        QVERIFY(second.value().ok());

        Answer<VaultResult> read;
        m_vault.read(id, this, read.callback());
        QTRY_VERIFY_WITH_TIMEOUT(read.arrived(), 15000);
        QCOMPARE(read.value().secrets, (SecretFields {{u"a"_s, u"3"_s}}));

        Answer<VaultResult> removed;
        m_vault.remove(id, this, removed.callback());
        QTRY_VERIFY_WITH_TIMEOUT(removed.arrived(), 15000);
        QVERIFY(removed.value().ok());
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
        Answer<VaultResult> removed;
        m_vault.remove(newAccountId(), this, removed.callback());
        QTRY_VERIFY_WITH_TIMEOUT(removed.arrived(), 15000);
        QVERIFY2(removed.value().ok(), qPrintable(removed.value().message));
    }

    void noCallbackOnceTheCallerIsGone()
    {
        const QString id = newAccountId();
        auto context = std::make_unique<QObject>();
        Answer<VaultResult> orphan;
        m_vault.write(id, {{u"token"_s, u"x"_s}}, context.get(), orphan.callback());
        context.reset();

        // Jobs run in order: once the read is answered, the write was too.
        Answer<VaultResult> read;
        m_vault.read(id, this, read.callback());
        QTRY_VERIFY_WITH_TIMEOUT(read.arrived(), 15000);
        QVERIFY(read.value().ok());
        QVERIFY(!orphan.arrived()); // never called

        Answer<VaultResult> removed;
        m_vault.remove(id, this, removed.callback());
        QTRY_VERIFY_WITH_TIMEOUT(removed.arrived(), 15000);
    }

    void secretsNeverReachAFile()
    {
        const QString id = newAccountId();
        const QString secret = u"kl-disk-canary-%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128));
        Answer<VaultResult> written;
        m_vault.write(id, {{u"token"_s, secret}}, this, written.callback());
        QTRY_VERIFY_WITH_TIMEOUT(written.arrived(), 15000);
        QVERIFY(written.value().ok());

        for (const char *variable : {"XDG_DATA_HOME", "XDG_CONFIG_HOME"}) {
            QDirIterator it(qEnvironmentVariable(variable), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
            }
        }

        Answer<VaultResult> removed;
        m_vault.remove(id, this, removed.callback());
        QTRY_VERIFY_WITH_TIMEOUT(removed.arrived(), 15000);
        QVERIFY(removed.value().ok());
    }
};

QTEST_GUILESS_MAIN(TestCredentialVault)
#include "tst_credentialvault.moc"
