#include "connect/HttpExchange.h"
#include "window/SingleInstance.h"

#include "FakeOAuthServer.h"
#include "FakeProviderServer.h"
#include "KeylinkProcess.h"
#include "ProviderAnswers.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocalSocket>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace keylink;

namespace {

// A server that never finishes its answer: after the status line it sends
// either an endless chunked body or an endless run of headers, as fast as
// the connection takes them, and counts what it got out.
class EndlessServer : public QTcpServer
{
public:
    enum class Flood { Body, Headers };
    explicit EndlessServer(Flood flood)
        : m_flood(flood)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection())
                serve(s);
        });
    }
    qint64 sent = 0;
    bool closedByClient = false;
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(serverPort())); }

private:
    void serve(QTcpSocket *s)
    {
        // `this` as the context: the server's connections go before it
        // deletes its sockets, so none of these runs on a server half gone.
        connect(s, &QTcpSocket::readyRead, this, [this, s] {
            s->readAll();
            if (s->property("answering").toBool())
                return;
            s->setProperty("answering", true);
            s->write(m_flood == Flood::Body ? "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                              "Transfer-Encoding: chunked\r\n\r\n"
                                            : "HTTP/1.1 200 OK\r\n");
            more(s);
        });
        connect(s, &QTcpSocket::bytesWritten, this, [this, s](qint64 n) {
            sent += n;
            if (s->bytesToWrite() < 256 * 1024)
                more(s);
        });
        connect(s, &QTcpSocket::disconnected, this, [this, s] {
            closedByClient = true;
            s->deleteLater();
        });
    }
    void more(QTcpSocket *s)
    {
        static const QByteArray chunk = "4000\r\n" + QByteArray(0x4000, '7') + "\r\n";
        static const QByteArray header = "X-Flood: " + QByteArray(4000, 'h') + "\r\n";
        for (int i = 0; i < 16 && s->state() == QAbstractSocket::ConnectedState; ++i)
            s->write(m_flood == Flood::Body ? chunk : header);
    }
    Flood m_flood;
};

qint64 peakResidentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

// Input that means harm, or is just broken, from every side Keylink reads:
// the network, standard input, the folders it reads files from, and the
// local socket of the single instance. Each case is bounded and refused in
// words, never a hang, a flood of memory or a silently shortened secret.
class TestHostileInput : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QNetworkAccessManager m_network;

    QProcessEnvironment environment(const QString &hostMap = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        if (!hostMap.isEmpty())
            env.insert(u"KEYLINK_HOST_MAP"_s, hostMap);
        return env;
    }
    static QString lastLine(const QString &text)
    {
        const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
        return lines.isEmpty() ? QString() : lines.last();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    // Once 3.7 GB of memory before the 1 MiB cap stopped it.
    void anEndlessChunkedBodyStopsAtTheCap()
    {
        EndlessServer server(EndlessServer::Flood::Body);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const qint64 before = peakResidentKiB();
        HttpExchange exchange(&m_network);
        exchange.setTimeout(30000);
        QSignalSpy finished(&exchange, &HttpExchange::finished);
        QElapsedTimer clock;
        clock.start();
        exchange.get(QNetworkRequest(server.url()));
        QVERIFY(finished.wait(30000));
        const auto outcome = finished.first().first().value<HttpOutcome>();
        QCOMPARE(outcome.kind, HttpOutcome::Kind::TooLarge);
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        // What left the server before Keylink hung up: the cap and what the
        // sockets buffer, not an endless stream.
        QTRY_VERIFY_WITH_TIMEOUT(server.closedByClient, 10000);
        QVERIFY2(server.sent < 32 * 1024 * 1024, qPrintable(QString::number(server.sent)));
        const qint64 growth = peakResidentKiB() - before;
        QVERIFY2(growth < 64 * 1024, qPrintable(u"peak memory grew by %1 KiB"_s.arg(growth)));
    }

    // Once made --timeout 5 last 15 seconds: the timeout bounds the whole
    // exchange, headers included.
    void aHeaderFloodEndsAtTheTimeout()
    {
        EndlessServer server(EndlessServer::Flood::Headers);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        HttpExchange exchange(&m_network);
        exchange.setTimeout(1000);
        QSignalSpy finished(&exchange, &HttpExchange::finished);
        QElapsedTimer clock;
        clock.start();
        exchange.get(QNetworkRequest(server.url()));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().value<HttpOutcome>().kind, HttpOutcome::Kind::Timeout);
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));

        // The same through the command line, as a user sees it.
        clock.restart();
        const KeylinkRun r = runKeylink({u"link"_s, u"front"_s, u"--timeout"_s, u"2"_s},
            environment(u"api2.frontapp.com=%1"_s.arg(server.url().toString())), "aaa.bbb.flood1kLsEcReT\n");
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(lastLine(r.err), u"keylink: Front did not answer within 2 seconds."_s);
        // The whole command, exit included: Qt's network thread may still be
        // reading the flood, and keylink does not wait for it.
        QVERIFY2(clock.elapsed() < 4500, qPrintable(QString::number(clock.elapsed())));
    }

    // QString would keep a NUL, the keychain would not: the secret would end there.
    void aNulByteOnStandardInputIsRefused()
    {
        // (A refused port: were the check to go ahead, it would fail at once.)
        const KeylinkRun r = runKeylink({u"link"_s, u"front"_s}, environment(u"api2.frontapp.com=http://127.0.0.1:9"_s),
            QByteArray("aaa.bbb.kLsEcReT\0tail\n", 22));
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(lastLine(r.err),
            u"keylink: API Token contains a NUL byte, which no secret has; check what was piped in. Nothing was "
            u"sent."_s);
    }

    // A browser Keylink opens for an OAuth sign-in gets no KEYLINK_FIELD_*
    // variable: the secret given to keylink stays with keylink.
    void theBrowserInheritsNoSecret()
    {
        FakeOAuthServer oauth;
        FakeProviderServer api;
        QVERIFY(oauth.start() && api.start());
        api.on(u"/2024-09/account"_s, ProviderAnswers::easyshipAccount());
        // A stand-in for xdg-open: notes its environment, then does what a
        // browser does with the sign-in page (follows it back to Keylink).
        const QString bin = m_home.filePath(u"bin"_s);
        QVERIFY(QDir().mkpath(bin));
        const QString seen = m_home.filePath(u"browser-environment"_s);
        QFile browser(bin + u"/xdg-open"_s);
        QVERIFY(browser.open(QIODevice::WriteOnly));
        browser.write(u"#!/bin/sh\nenv > '%1'\nexec python3 -c 'import sys, urllib.request; "
                      u"urllib.request.urlopen(sys.argv[1]).read()' \"$1\"\n"_s.arg(seen)
                          .toUtf8());
        browser.close();
        QVERIFY(browser.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));

        QProcessEnvironment env = environment(QStringList {oauth.mapping(u"auth.easyship.com"_s),
            oauth.mapping(u"api.easyship.com"_s), api.mapping(u"public-api.easyship.com"_s)}
                                                  .join(u','));
        env.insert(u"PATH"_s, bin + u':' + env.value(u"PATH"_s));
        env.insert(u"KEYLINK_FIELD_CLIENT_SECRET"_s, QString::fromLatin1(FakeOAuthServer::ClientSecret));
        const KeylinkRun r
            = runKeylink({u"link"_s, u"easyship"_s, u"--method"_s, u"oauth"_s, u"--grant"_s, u"authorization-code"_s,
                             u"--field"_s, u"client_id=%1"_s.arg(QLatin1String(FakeOAuthServer::ClientId)),
                             u"--scopes"_s, u"public.shipment:read"_s},
                env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile environmentSeen(seen);
        QVERIFY(environmentSeen.open(QIODevice::ReadOnly));
        const QByteArray variables = environmentSeen.readAll();
        QVERIFY(variables.contains("XDG_DATA_HOME=")); // it did note its environment
        QVERIFY(!variables.contains("KEYLINK_FIELD_"));
        QVERIFY(!variables.contains(FakeOAuthServer::ClientSecret));
        const QString id = r.out.section(u"Account id: "_s, 1).left(36);
        QCOMPARE(runKeylink({u"unlink"_s, id}, env).exitCode, 0);
    }

    // A provider folder with a FIFO, a link to /dev/zero and a huge file:
    // each is skipped and named, and nothing hangs or fills the memory.
    void providerFilesThatAreNotFilesAreRefused()
    {
        const QString folder = m_home.filePath(u"providers"_s);
        QVERIFY(QDir().mkpath(folder));
        QCOMPARE(::mkfifo(QFile::encodeName(folder + u"/fifo.json"_s).constData(), 0600), 0);
        QVERIFY(QFile::link(u"/dev/zero"_s, folder + u"/zero.json"_s));
        QFile huge(folder + u"/huge.json"_s);
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(5 * 1024 * 1024));
        huge.close();

        QElapsedTimer clock;
        clock.start();
        const KeylinkRun r = runKeylink({u"providers"_s, u"--catalog"_s, folder}, environment());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(
            r.err.contains(folder + u"/fifo.json: $: cannot be read: it is not a regular file"_s), qPrintable(r.err));
        QVERIFY(r.err.contains(folder + u"/zero.json: $: cannot be read: it is not a regular file"_s));
        QVERIFY(r.err.contains(folder + u"/huge.json: $: cannot be read: it is larger than 4 MiB"_s));
        QVERIFY(r.out.contains(u"3 providers"_s));
    }

    void anOldAccountListThatIsAFifoIsRefused()
    {
        const QString data = m_home.filePath(u"fifo-data"_s);
        QVERIFY(QDir().mkpath(data + u"/keylink"_s));
        QCOMPARE(::mkfifo(QFile::encodeName(data + u"/keylink/accounts.json"_s).constData(), 0600), 0);
        QProcessEnvironment env = environment();
        env.insert(u"XDG_DATA_HOME"_s, data);
        QElapsedTimer clock;
        clock.start();
        const KeylinkRun r = runKeylink({u"accounts"_s}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(r.err.contains(u"could not be read (it is not a regular file)"_s), qPrintable(r.err));
    }

    // The window's local socket takes one link per connection, not a flood.
    void theSingleInstanceSocketTakesNoEndlessRequest()
    {
        qputenv("XDG_RUNTIME_DIR", m_home.filePath(u"runtime"_s).toUtf8());
        QVERIFY(QDir().mkpath(m_home.filePath(u"runtime"_s)));
        SingleInstance instance;
        QString error;
        QVERIFY2(instance.listen(&error), qPrintable(error));
        QSignalSpy requested(&instance, &SingleInstance::requested);

        QLocalSocket flood;
        flood.connectToServer(SingleInstance::socketPath());
        QVERIFY(flood.waitForConnected(5000));
        QSignalSpy disconnected(&flood, &QLocalSocket::disconnected);
        flood.write(QByteArray(4 * 1024 * 1024, 'a')); // no line end: not a request
        QVERIFY(disconnected.wait(10000));
        QVERIFY(requested.isEmpty());

        // An ordinary request still goes through.
        QLocalSocket link;
        link.connectToServer(SingleInstance::socketPath());
        QVERIFY(link.waitForConnected(5000));
        link.write("keylink://link/front\n");
        QVERIFY(requested.wait(5000));
        QCOMPARE(requested.first().first().toString(), u"keylink://link/front"_s);
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
