#include "settings/Autostart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keylink;

// "Start Keylink when I log in": the XDG autostart entry written, valid for
// desktop-file-validate, removed, and a folder that cannot be written to
// reported with nothing half-written.
class TestAutostart : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

    static QString validate(const QString &file)
    {
        QProcess p;
        p.start(u"desktop-file-validate"_s, {file});
        if (!p.waitForFinished(30000))
            return u"desktop-file-validate did not finish"_s;
        const QString output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()).trimmed();
        return p.exitCode() == 0 && output.isEmpty() ? QString()
                                                     : output + u" (exit "_s + QString::number(p.exitCode());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8()); // before QStandardPaths is asked
        QCOMPARE(Autostart::path(), m_config.filePath(u"autostart/io.keylink.Keylink.desktop"_s));
    }

    void cleanup()
    {
        QFile::remove(Autostart::path());
        if (QFileInfo(m_config.filePath(u"autostart"_s)).isFile())
            QFile::remove(m_config.filePath(u"autostart"_s));
    }

    void enablingWritesAValidEntry()
    {
        QVERIFY(!Autostart::isEnabled());
        QString error;
        QVERIFY2(Autostart::setEnabled(true, &error, u"/usr/bin/keylink-window"_s), qPrintable(error));
        QVERIFY(Autostart::isEnabled());
        QFile file(Autostart::path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("\nExec=/usr/bin/keylink-window --hidden\n"));
        QVERIFY(text.contains("\nType=Application\n"));
        const QString problems = validate(Autostart::path());
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void aPathWithSpacesIsQuoted()
    {
        QString error;
        QVERIFY(Autostart::setEnabled(true, &error, u"/opt/My Apps/keylink-window"_s));
        QFile file(Autostart::path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("\nExec=\"/opt/My Apps/keylink-window\" --hidden\n"));
        const QString problems = validate(Autostart::path());
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void disablingRemovesIt()
    {
        QString error;
        QVERIFY(Autostart::setEnabled(true, &error, u"/usr/bin/keylink-window"_s));
        QVERIFY(Autostart::setEnabled(false, &error));
        QVERIFY(!QFile::exists(Autostart::path()));
        QVERIFY(!Autostart::isEnabled());
        QVERIFY(Autostart::setEnabled(false, &error)); // already gone: fine
    }

    void anEntryTheUserSwitchedOffIsOff()
    {
        QString error;
        QVERIFY(Autostart::setEnabled(true, &error, u"/usr/bin/keylink-window"_s));
        QFile file(Autostart::path());
        QVERIFY(file.open(QIODevice::Append));
        file.write("Hidden=true\n");
        file.close();
        QVERIFY(!Autostart::isEnabled());
        QVERIFY(Autostart::setEnabled(true, &error, u"/usr/bin/keylink-window"_s));
        QVERIFY(Autostart::isEnabled());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray text = file.readAll();
        file.close();
        text.replace("X-GNOME-Autostart-enabled=true", "X-GNOME-Autostart-enabled=false");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
        file.close();
        QVERIFY(!Autostart::isEnabled());
    }

    void aFolderThatCannotBeMadeIsReported()
    {
        // A file where the folder should be: no write can succeed, even as
        // root (a read-only folder would not stop root).
        QDir(m_config.path()).rmdir(u"autostart"_s);
        QFile blocker(m_config.filePath(u"autostart"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QString error;
        QVERIFY(!Autostart::setEnabled(true, &error, u"/usr/bin/keylink-window"_s));
        QVERIFY2(error.contains(m_config.filePath(u"autostart"_s)), qPrintable(error));
        QVERIFY(!Autostart::isEnabled());
        QCOMPARE(QDir(m_config.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
            QStringList {u"autostart"_s}); // nothing half-written beside it
    }

    void aFullDiskIsReported()
    {
        // A full disk for real: the autostart folder on a tiny tmpfs, filled
        // (the suite runs as root, as tst_storefaults does).
        const QString folder = m_config.filePath(u"autostart"_s);
        QVERIFY(QDir().mkpath(folder));
        QProcess mount;
        mount.start(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=64k"_s, u"tmpfs"_s, folder});
        QVERIFY(mount.waitForFinished(10000));
        QVERIFY2(mount.exitCode() == 0, mount.readAllStandardError().constData());
        QFile filler(folder + u"/filler"_s);
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(1024, 'x');
        while (filler.write(block) == block.size() && filler.flush()) { }
        filler.close();
        QString error;
        const bool written = Autostart::setEnabled(true, &error, u"/usr/bin/keylink-window"_s);
        const QStringList left = QDir(folder).entryList(QDir::Files | QDir::Hidden);
        QProcess::execute(u"umount"_s, {folder});
        QVERIFY(!written);
        QVERIFY2(error.contains(Autostart::path()), qPrintable(error));
        QCOMPARE(left, QStringList {u"filler"_s}); // no entry, no temporary file
    }
};

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
