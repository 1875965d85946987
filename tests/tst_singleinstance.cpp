#include "window/SingleInstance.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keylink;

// A second launch hands its request to the running instance and exits.
class TestSingleInstance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_runtime;

    // Launches keylink as a second instance; its exit code once it is gone.
    static int launchSecond(const QStringList &arguments)
    {
        QProcess second;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        second.setProcessEnvironment(env);
        QSignalSpy exited(&second, &QProcess::finished);
        second.start(QStringLiteral(KEYLINK_EXECUTABLE), arguments);
        // It exits by itself only when the running instance took over.
        return exited.wait(20000) ? second.exitCode() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_runtime.isValid());
        QFile::setPermissions(
            m_runtime.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", m_runtime.path().toUtf8());
        QVERIFY(SingleInstance::socketPath().startsWith(m_runtime.path()));
    }

    void nobodyListeningMeansNoHandOff() { QVERIFY(!SingleInstance::handOff(u"x"_s, 500)); }

    void aSecondLaunchHandsItsDeepLinkOver()
    {
        SingleInstance running;
        QString error;
        QVERIFY2(running.listen(&error), qPrintable(error));
        QSignalSpy requested(&running, &SingleInstance::requested);

        QCOMPARE(launchSecond({u"keylink://link/front?actions=front_list_tags"_s}), 0);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toString(), u"keylink://link/front?actions=front_list_tags"_s);
    }

    void aStaleSocketIsReplaced()
    {
        QFile stale(SingleInstance::socketPath());
        QVERIFY(stale.open(QIODevice::WriteOnly)); // left behind by a crashed instance
        stale.close();
        SingleInstance running;
        QString error;
        QVERIFY2(running.listen(&error), qPrintable(error));
        QSignalSpy requested(&running, &SingleInstance::requested);

        // A plain second launch: the running window is asked to show itself.
        QCOMPARE(launchSecond({}), 0);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toString(), QString());
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
