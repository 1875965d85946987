#pragma once

#include "FakeProviderServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <map>
#include <memory>

// One provider's play (tests/data/providers/<id>.json, format in its
// README) on loopback: a fake server per host the provider uses, each
// answering the play's answers by method and path.
class ProviderPlay
{
public:
    static QStringList files();
    static QJsonObject load(const QString &fileName);

    // Starts the servers for `answers`; false when one cannot listen.
    bool stage(const QJsonObject &play, const QJsonArray &answers);
    // host=url,… for KEYLINK_HOST_MAP and HostMap::parse.
    QString hostMap() const { return m_hostMap; }
    FakeProviderServer *server(const QString &host) const;

private:
    std::map<QString, std::unique_ptr<FakeProviderServer>> m_servers;
    QString m_hostMap;
};
