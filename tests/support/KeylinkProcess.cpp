#include "KeylinkProcess.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>

#include <cstdio>
#include <functional>

namespace {
// scripts/test turns every logging category on, so that the leak scan
// reads what the processes log. The logging lines are kept apart from what a
// user would see on stderr; both are echoed into this test's own output, and
// so into the suite's log.
void splitStderr(const QByteArray &stderrBytes, KeylinkRun *run)
{
    // "category.name: message", Keylink's categories and Qt's alike.
    static const QRegularExpression logLine(QStringLiteral("^[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)+: "));
    for (const QString &line : QString::fromUtf8(stderrBytes).split(u'\n', Qt::KeepEmptyParts)) {
        if (logLine.match(line).hasMatch())
            run->log += line + u'\n';
        else
            run->err += line + u'\n';
    }
    run->err.chop(1); // split() made one part more than there were newlines
    for (const QString &part : {run->log, run->err}) {
        if (!part.isEmpty())
            std::fprintf(stderr, "[keylink process]\n%s\n", qPrintable(part));
    }
}

// Runs keylink; `onOutput` sees standard output as it grows.
KeylinkRun run(const QStringList &arguments, const QProcessEnvironment &environment, const QByteArray &input,
    const std::function<void(const QByteArray &)> &onOutput)
{
    QProcessEnvironment env = environment;
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    QProcess p;
    p.setProcessEnvironment(env);
    QByteArray out;
    QObject::connect(&p, &QProcess::readyReadStandardOutput, &p, [&] {
        out += p.readAllStandardOutput();
        if (onOutput)
            onOutput(out);
    });
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(QStringLiteral(KEYLINK_EXECUTABLE), arguments);
    if (!p.waitForStarted(10000))
        return {};
    p.write(input);
    p.closeWriteChannel();
    if (!finished.wait(60000) || p.exitStatus() != QProcess::NormalExit)
        return {};
    out += p.readAllStandardOutput();
    KeylinkRun run {p.exitCode(), QString::fromUtf8(out), {}, {}};
    splitStderr(p.readAllStandardError(), &run);
    return run;
}
} // namespace

KeylinkRun runKeylink(const QStringList &arguments, const QProcessEnvironment &environment, const QByteArray &input)
{
    return run(arguments, environment, input, {});
}

KeylinkRun runKeylinkSigningIn(const QStringList &arguments, const QProcessEnvironment &environment,
    const QByteArray &input, QNetworkAccessManager &browser)
{
    QNetworkReply *page = nullptr;
    KeylinkRun result = run(arguments, environment, input, [&](const QByteArray &out) {
        // "Sign in to Easyship in your browser:\n  <address>\nWaiting for the browser…"
        const qsizetype waiting = out.indexOf("\nWaiting for the browser");
        if (page || waiting < 0)
            return;
        const qsizetype start = out.lastIndexOf("\n  ", waiting) + 3;
        QNetworkRequest open(QUrl::fromEncoded(out.mid(start, waiting - start)));
        open.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        page = browser.get(open);
    });
    if (page)
        page->deleteLater();
    return result;
}
