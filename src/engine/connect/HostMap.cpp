#include "connect/HostMap.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace keylink {

namespace {
bool isLoopback(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
} // namespace

bool HostMap::parse(const QString &value, HostMap *map, QString *error)
{
    HostMap result;
    const QStringList entries = value.split(u',', Qt::SkipEmptyParts);
    for (const QString &raw : entries) {
        const QString entry = raw.trimmed();
        const qsizetype eq = entry.indexOf(u'=');
        const QString host = entry.left(eq).trimmed().toLower();
        const QUrl target(entry.mid(eq + 1).trimmed(), QUrl::StrictMode);
        if (eq <= 0 || host.contains(u'/') || host.contains(u':')) {
            *error = u"%1: \"%2\" is not host=url, as in api2.frontapp.com=http://127.0.0.1:8080"_s.arg(
                QLatin1String(EnvironmentVariable), entry);
            return false;
        }
        if (!target.isValid() || (target.scheme() != u"http"_s && target.scheme() != u"https"_s)
            || target.host().isEmpty() || (!target.path().isEmpty() && target.path() != u"/"_s)) {
            *error = u"%1: the target of %2 is not an http(s)://host:port URL without a path"_s.arg(
                QLatin1String(EnvironmentVariable), host);
            return false;
        }
        if (!isLoopback(target.host())) {
            *error = u"%1: the target of %2 is %3, which is not a loopback address; only 127.0.0.0/8, ::1 and "
                     u"localhost are allowed"_s.arg(QLatin1String(EnvironmentVariable), host, target.host());
            return false;
        }
        result.m_targets.insert(host, target);
    }
    *map = result;
    return true;
}

bool HostMap::fromEnvironment(HostMap *map, QString *error)
{
    return parse(qEnvironmentVariable(EnvironmentVariable), map, error);
}

QUrl HostMap::apply(const QUrl &url) const
{
    const auto it = m_targets.constFind(url.host().toLower());
    if (it == m_targets.constEnd())
        return url;
    QUrl mapped = url;
    mapped.setScheme(it->scheme());
    mapped.setHost(it->host());
    mapped.setPort(it->port());
    return mapped;
}

} // namespace keylink
