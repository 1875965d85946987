// Verify all: 200 Front accounts checked from the main window against a local
// fake Front that answers every request after 100 ms. Each check is two
// requests (/me, then the probe for its one scope). Qt opens at most 6
// connections per host over HTTP/1.1, so no schedule can beat
// ceil(requests / 6) x 100 ms; the figure is the wall time over that bound
// (target <= 1.2). Meanwhile a 1 ms timer measures the longest stretch the
// event loop was blocked (target: never more than 16 ms).
//
// Needs a Secret Service (scripts/bench starts one): the checks read each
// account's token from the keychain, as they do in the app.
#include "accounts/MainWindow.h"
#include "catalog/CatalogLoader.h"
#include "services/Services.h"
#include "store/AccountStore.h"
#include "vault/CredentialVault.h"

#include "FakeProviderServer.h"
#include "ProviderAnswers.h"

#include "Percentile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace keylink;

namespace {
constexpr int Accounts = 200;
constexpr int LatencyMs = 100;
constexpr int ConnectionsPerHost = 6; // QNetworkAccessManager, HTTP/1.1

// Runs the event loop until done() or the deadline; false on the deadline.
template<typename F>
bool spinUntil(F &&done, int deadlineMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > deadlineMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    }
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    QTemporaryDir root;
    qputenv("XDG_DATA_HOME", QFile::encodeName(root.path() + u"/data"_s));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(root.path() + u"/config"_s));
    QApplication app(argc, argv);
    QTextStream err(stderr);

    FakeProviderServer front;
    front.on(u"/me"_s, [](const QHttpServerRequest &) {
        FakeResponse r = ProviderAnswers::frontMe();
        r.delayMs = LatencyMs;
        return r;
    });
    front.on(u"/conversations"_s, [](const QHttpServerRequest &) {
        FakeResponse r = ProviderAnswers::frontList();
        r.delayMs = LatencyMs;
        return r;
    });
    if (!front.start())
        return 1;

    Services::Options options;
    options.catalogDirectories = {};
    HostMap::parse(front.mapping(u"api2.frontapp.com"_s), &options.hostMap, nullptr);
    Services services(options); // the real keychain, and $XDG_DATA_HOME's database
    if (!services.openStore()) {
        err << services.store().problem() << "\n";
        return 1;
    }
    AccountStore &store = services.store();
    SecretStore &vault = services.secrets();
    int written = 0;
    int failed = 0;
    QStringList ids;
    for (int i = 0; i < Accounts; ++i) {
        Account a;
        a.id = u"bench-verify-%1"_s.arg(i, 3, 10, QLatin1Char('0'));
        a.providerId = u"front"_s;
        a.methodId = u"api-token"_s;
        a.identityId = u"cmp_%1"_s.arg(i); // one account per identity, as the store keeps them
        a.environmentId = u"production"_s;
        a.identityName = u"Initech Support"_s;
        a.label = u"Inbox %1"_s.arg(i);
        a.scopes = {u"conversations:read"_s};
        a.linkedAt = QDateTime::currentDateTimeUtc();
        QString error;
        if (!store.insert(a, &error)) {
            err << error << "\n";
            return 1;
        }
        ids.append(a.id);
        vault.write(a.id, {{u"token"_s, u"aaa.bbb.bench%1"_s.arg(i)}}, &app,
            [&](const VaultResult &r) { ++(r.ok() ? written : failed); });
    }
    if (!spinUntil([&] { return written + failed == Accounts; }, 60'000) || failed > 0) {
        err << "could not write the benchmark's tokens to the keychain (" << failed << " failed)\n";
        return 1;
    }

    MainWindow window(services);
    window.resize(900, 600);
    window.show();
    QApplication::processEvents();

    // The event loop's heartbeat: the longest gap between 1 ms ticks.
    QElapsedTimer beat;
    QList<qint64> gaps;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(1);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 gap = beat.nsecsElapsed();
        beat.restart();
        gaps.append(gap);
    });

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    front.clearRequests();
    auto verified = [&] {
        const QList<Account> accounts = store.accounts();
        return std::all_of(accounts.cbegin(), accounts.cend(),
            [&](const Account &a) { return a.lastVerified.isValid() && a.lastVerified >= before; });
    };
    QElapsedTimer wall;
    beat.start();
    heartbeat.start();
    wall.start();
    window.verifyAll();
    const double startMs = wall.nsecsElapsed() / 1e6;
    const bool finished = spinUntil(verified, 120'000);
    const double wallMs = wall.nsecsElapsed() / 1e6;
    heartbeat.stop();
    if (!finished) {
        err << "verify all did not finish within 2 minutes\n";
        return 1;
    }

    const int requests = int(front.requests().size());
    const double boundMs = std::ceil(double(requests) / ConnectionsPerHost) * LatencyMs;
    const double ratio = wallMs / boundMs;
    const double longestMs = *std::max_element(gaps.cbegin(), gaps.cend()) / 1e6;
    const double p99Ms = percentile(gaps, 99) / 1e6;
    QTextStream out(stdout);
    out << u"verify all, %1 accounts, %2 requests at %3 ms latency: %4 ms, lower bound %5 ms (%6 connections per "
           u"host, server saw at most %7 at once), ratio %8 (target <= 1.2) %9\n"_s.arg(Accounts)
               .arg(requests)
               .arg(LatencyMs)
               .arg(wallMs, 0, 'f', 0)
               .arg(boundMs, 0, 'f', 0)
               .arg(ConnectionsPerHost)
               .arg(front.maxInFlight())
               .arg(ratio, 0, 'f', 2)
               .arg(ratio <= 1.2 ? u"MET"_s : u"MISSED"_s);
    out << u"event loop during verify all: longest block %1 ms, 99th percentile gap %2 ms over %3 ticks "
           u"(target: never > 16 ms) %4; the verifyAll() call itself took %5 ms\n"_s.arg(longestMs, 0, 'f', 1)
               .arg(p99Ms, 0, 'f', 2)
               .arg(gaps.size())
               .arg(longestMs <= 16.0 ? u"MET"_s : u"MISSED"_s)
               .arg(startMs, 0, 'f', 1);

    // Leave the keychain as it was.
    int removed = 0;
    for (const QString &id : ids)
        vault.remove(id, &app, [&](const VaultResult &) { ++removed; });
    spinUntil([&] { return removed == Accounts; }, 60'000);
    return 0;
}
