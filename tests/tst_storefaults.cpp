#include "accounts/MainWindow.h"
#include "accounts/RenameDialog.h"
#include "catalog/CatalogLoader.h"
#include "store/AccountStore.h"
#include "vault/CredentialVault.h"

#include "FakeProviderServer.h"
#include "KeylinkProcess.h"
#include "ProviderAnswers.h"
#include "TestServices.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace keylink;

// A full disk, for real: Keylink's data folder on a small tmpfs that the
// test fills up. Every command that would write fails with exit 1 and a
// message that names the cause; the accounts and the keychain stay exactly
// as they were, and work again once there is room.
class TestStoreFaults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_mount;
    FakeProviderServer m_front;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_mount);
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.insert(u"KEYLINK_HOST_MAP"_s, m_front.mapping(u"api2.frontapp.com"_s));
        return env;
    }
    KeylinkRun keylink(const QStringList &arguments, const QByteArray &input = {})
    {
        return runKeylink(arguments, environment(), input);
    }
    static QByteArray newToken()
    {
        return "aaa.bbb.d" + QUuid::createUuid().toString(QUuid::Id128).left(12).toLatin1() + "kLsEcReT\n";
    }
    static QString lastLine(const QString &text)
    {
        const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
        return lines.isEmpty() ? QString() : lines.last();
    }
    static QString keychainText(const QString &id)
    {
        QProcess lookup;
        lookup.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s, u"keylink"_s, u"user"_s, id});
        return lookup.waitForFinished(30000) ? QString::fromUtf8(lookup.readAllStandardOutput()) : QString();
    }
    static QSet<QString> keychainIds()
    {
        QProcess tool;
        tool.start(u"secret-tool"_s, {u"search"_s, u"--all"_s, u"server"_s, u"keylink"_s});
        tool.waitForFinished(30000);
        QSet<QString> ids;
        for (const QString &line :
            QString::fromUtf8(tool.readAllStandardOutput() + tool.readAllStandardError()).split(u'\n')) {
            if (line.startsWith(u"attribute.user = "_s))
                ids.insert(line.mid(17).trimmed());
        }
        return ids;
    }
    // Writes until the file system says it is full.
    bool fill()
    {
        QFile filler(m_mount + u"/filler"_s);
        if (!filler.open(QIODevice::WriteOnly))
            return false;
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) { }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_mount = m_home.filePath(u"small"_s);
        QVERIFY(QDir().mkpath(m_mount));
        // The test suite runs as root on CI and developer machines; a
        // machine where this fails cannot run this test, and says so.
        QProcess mount;
        mount.start(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=2m,mode=0700"_s, u"tmpfs"_s, m_mount});
        QVERIFY(mount.waitForFinished(10000));
        QVERIFY2(mount.exitCode() == 0,
            qPrintable(u"a small tmpfs is needed to fill a disk for real: "_s
                + QString::fromLocal8Bit(mount.readAllStandardError())));
        m_front.on(u"/me"_s, [](const QHttpServerRequest &request) {
            const QByteArray id = "cmp_"
                + QCryptographicHash::hash(request.value("Authorization"), QCryptographicHash::Sha1).toHex().left(10);
            return ProviderAnswers::frontMe("Disk Test " + id, id);
        });
        QVERIFY(m_front.start());
    }

    void cleanupTestCase() { QProcess::execute(u"umount"_s, {m_mount}); }

    // Nothing open: each command fails as it opens the database.
    void aFullDiskIsReportedAndLosesNothing()
    {
        const KeylinkRun first = keylink({u"link"_s, u"front"_s, u"--label"_s, u"Kept"_s}, newToken());
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QString id = first.out.section(u"Account id: "_s, 1).left(36);
        const QString listedBefore = keylink({u"accounts"_s, u"--json"_s}).out;
        const QString secret = keychainText(id);
        const QSet<QString> entriesBefore = keychainIds();
        QVERIFY(fill());

        // Each command that would write: exit 1, the cause named.
        const KeylinkRun verify = keylink({u"verify"_s, u"--all"_s});
        QCOMPARE(verify.exitCode, 1);
        QVERIFY2(lastLine(verify.err).contains(u"the disk is full"_s), qPrintable(verify.err));
        const KeylinkRun link = keylink({u"link"_s, u"front"_s}, newToken());
        QCOMPARE(link.exitCode, 1);
        QVERIFY2(lastLine(link.err).contains(u"the disk is full"_s), qPrintable(link.err));
        const KeylinkRun unlink = keylink({u"unlink"_s, id});
        QCOMPARE(unlink.exitCode, 1);
        QVERIFY2(lastLine(unlink.err).contains(u"the disk is full"_s), qPrintable(unlink.err));
        QCOMPARE(keychainIds(), entriesBefore); // no secret written, none removed

        // Room again: the list and the secret as they were.
        QVERIFY(QFile::remove(m_mount + u"/filler"_s));
        QCOMPARE(keylink({u"accounts"_s, u"--json"_s}).out, listedBefore);
        QCOMPARE(keychainText(id), secret);
        const KeylinkRun again = keylink({u"verify"_s, u"--all"_s});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(keylink({u"unlink"_s, id}).exitCode, 0);
    }

    // The window open (its connection keeps the write-ahead log): commands
    // open the database, and their writes fail as the log cannot grow.
    void aFullDiskWhileTheWindowIsOpen()
    {
        const KeylinkRun first = keylink({u"link"_s, u"front"_s, u"--label"_s, u"Kept"_s}, newToken());
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QString id = first.out.section(u"Account id: "_s, 1).left(36);
        HostMap map;
        QString error;
        QVERIFY(HostMap::parse(m_front.mapping(u"api2.frontapp.com"_s), &map, &error));
        // The real keychain, and the database the keylink processes use.
        TestServices services(map, nullptr, m_mount + u"/keylink/keylink.db"_s);
        AccountStore &store = services->store();
        MainWindow window(*services);
        window.show();
        const QString listedBefore = keylink({u"accounts"_s, u"--json"_s}).out;
        const QSet<QString> entriesBefore = keychainIds();
        QVERIFY(fill());

        const QString full = u"Could not save to the account database %1: the disk is full."_s.arg(store.path());
        // (Whichever write comes first says so: the account's lock file, or the database.)
        const KeylinkRun verify = keylink({u"verify"_s, u"--all"_s});
        QCOMPARE(verify.exitCode, 1);
        QVERIFY2(verify.err.contains(u"the disk is full."_s), qPrintable(verify.err));
        const KeylinkRun link = keylink({u"link"_s, u"front"_s}, newToken());
        QCOMPARE(link.exitCode, 1);
        QVERIFY2(lastLine(link.err).contains(u"the disk is full."_s), qPrintable(link.err));
        QVERIFY(lastLine(link.err).endsWith(u" Nothing was saved."_s));
        const KeylinkRun unlink = keylink({u"unlink"_s, id});
        QCOMPARE(unlink.exitCode, 1);
        QVERIFY2(lastLine(unlink.err).contains(u"the disk is full."_s), qPrintable(unlink.err));
        QVERIFY(lastLine(unlink.err).endsWith(u" The account is still linked."_s));
        QCOMPARE(keychainIds(), entriesBefore);

        // The window says so where it is seen.
        auto *banner = window.findChild<QLabel *>(u"catalogProblems"_s);
        window.selectAccount(id);
        window.findChild<QAction *>(u"actionRename"_s)->trigger();
        auto *dialog = window.findChild<RenameDialog *>();
        QVERIFY(dialog);
        dialog->setName(u"Renamed"_s);
        dialog->accept();
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(banner->text(), full.toHtmlEscaped());
        QCOMPARE(store.account(id)->label, u"Kept"_s);

        QVERIFY(QFile::remove(m_mount + u"/filler"_s));
        QCOMPARE(keylink({u"accounts"_s, u"--json"_s}).out, listedBefore);
        QCOMPARE(keylink({u"unlink"_s, id}).exitCode, 0);
    }
};

QTEST_MAIN(TestStoreFaults)
#include "tst_storefaults.moc"
