#include "KeylinkProcess.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>

#include <cstdio>

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
} // namespace

KeylinkRun runKeylink(const QStringList &arguments, const QProcessEnvironment &environment, const QByteArray &input)
{
    QProcessEnvironment env = environment;
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    QProcess p;
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(QStringLiteral(KEYLINK_EXECUTABLE), arguments);
    if (!p.waitForStarted(10000))
        return {};
    p.write(input);
    p.closeWriteChannel();
    if (!finished.wait(60000) || p.exitStatus() != QProcess::NormalExit)
        return {};
    KeylinkRun run {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), {}, {}};
    splitStderr(p.readAllStandardError(), &run);
    return run;
}
