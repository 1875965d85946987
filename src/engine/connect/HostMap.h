#pragma once

#include <QHash>
#include <QString>
#include <QUrl>

namespace keylink {

// KEYLINK_HOST_MAP=host=url[,host=url…]: sends a real provider host to a
// local test server. Only loopback targets are accepted, so the variable can
// never send credentials anywhere but this machine.
class HostMap
{
public:
    static constexpr const char *EnvironmentVariable = "KEYLINK_HOST_MAP";

    // Parses the value; on a problem returns false and says what is wrong.
    static bool parse(const QString &value, HostMap *map, QString *error);
    static bool fromEnvironment(HostMap *map, QString *error);

    bool isEmpty() const { return m_targets.isEmpty(); }
    bool maps(const QString &host) const { return m_targets.contains(host.toLower()); }
    // The URL to use for `url`: unchanged unless its host is mapped.
    QUrl apply(const QUrl &url) const;

private:
    QHash<QString, QUrl> m_targets;
};

} // namespace keylink
