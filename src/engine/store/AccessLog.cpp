#include "store/AccessLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace keylink {

namespace {
// The executable of a process, and its parent's pid, from /proc.
QString executableOf(qint64 pid)
{
    return QFileInfo(u"/proc/%1/exe"_s.arg(pid)).symLinkTarget();
}

qint64 parentOf(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    // "pid (comm) state ppid …": comm may hold spaces and parentheses.
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    const QList<QByteArray> rest = text.mid(close + 2).split(' ');
    return rest.size() > 1 ? rest.at(1).toLongLong() : 0;
}

QList<AccessLog::Entry> readFile(const QString &path, const QString &accountId)
{
    QList<AccessLog::Entry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    while (!file.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(file.readLine()).object();
        if (o.isEmpty() || (!accountId.isEmpty() && o.value(u"account"_s).toString() != accountId))
            continue;
        entries.append(
            {QDateTime::fromString(o.value(u"time"_s).toString(), Qt::ISODateWithMs), o.value(u"account"_s).toString(),
                o.value(u"verb"_s).toString(), o.value(u"caller"_s).toString(), o.value(u"callerParent"_s).toString()});
    }
    return entries;
}
} // namespace

QString AccessLog::path()
{
    QString state = qEnvironmentVariable("XDG_STATE_HOME");
    if (state.isEmpty() || !QDir::isAbsolutePath(state))
        state = QDir::homePath() + u"/.local/state"_s;
    return state + u"/keylink/access.log"_s;
}

bool AccessLog::record(const QString &accountId, const QString &verb, QString *error)
{
    const QString file = path();
    const QString folder = QFileInfo(file).absolutePath();
    if (!QDir().mkpath(folder) || ::chmod(QFile::encodeName(folder).constData(), 0700) != 0) {
        *error = tr("cannot create %1").arg(folder);
        return false;
    }
    if (QFileInfo(file).size() > MaxBytes) {
        QFile::remove(file + u".1"_s);
        QFile::rename(file, file + u".1"_s);
    }
    const qint64 caller = ::getppid();
    const QJsonObject entry {{u"time"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {u"account"_s, accountId}, {u"verb"_s, verb}, {u"caller"_s, executableOf(caller)},
        {u"callerParent"_s, executableOf(parentOf(caller))}};
    const QByteArray line = QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n';
    QFile out(file);
    // 0600 whatever the umask: the log says which tools use which account.
    if (!out.open(QIODevice::Append | QIODevice::WriteOnly)
        || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = tr("cannot open %1: %2").arg(file, out.errorString());
        return false;
    }
    if (out.write(line) != line.size() || !out.flush()) {
        *error = tr("cannot write %1: %2").arg(file, out.errorString());
        return false;
    }
    return true;
}

QList<AccessLog::Entry> AccessLog::read(const QString &accountId)
{
    return readFile(path() + u".1"_s, accountId) + readFile(path(), accountId);
}

std::optional<AccessLog::Entry> AccessLog::lastUse(const QString &accountId)
{
    const QList<Entry> entries = read(accountId);
    if (entries.isEmpty())
        return std::nullopt;
    return entries.last();
}

} // namespace keylink
