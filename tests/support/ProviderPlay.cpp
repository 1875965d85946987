#include "ProviderPlay.h"

#include <QDir>
#include <QFile>
#include <QHttpServerRequest>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
FakeResponse responseFor(const QJsonObject &a)
{
    FakeResponse r;
    r.status = a[u"status"_s].toInt(200);
    const QJsonValue body = a[u"body"_s];
    if (body.isString()) {
        r.body = body.toString().toUtf8();
        r.contentType = "text/plain";
    } else {
        r.body = body.isArray() ? QJsonDocument(body.toArray()).toJson() : QJsonDocument(body.toObject()).toJson();
    }
    const QJsonObject headers = a[u"headers"_s].toObject();
    for (auto h = headers.constBegin(); h != headers.constEnd(); ++h)
        r.headers.append({h.key().toUtf8(), h.value().toString().toUtf8()});
    return r;
}
} // namespace

QStringList ProviderPlay::files()
{
    return QDir(QStringLiteral(KEYLINK_TEST_DATA) + u"/providers"_s).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
}

QJsonObject ProviderPlay::load(const QString &fileName)
{
    QFile file(QStringLiteral(KEYLINK_TEST_DATA) + u"/providers/"_s + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool ProviderPlay::stage(const QJsonObject &play, const QJsonArray &answers)
{
    QStringList mappings;
    for (const QJsonValue &h : play[u"hosts"_s].toArray()) {
        const QString host = h.toString();
        auto server = std::make_unique<FakeProviderServer>();
        if (!server->start())
            return false;
        // Answers by path; several on one path differ by method.
        QHash<QString, QList<QJsonObject>> byPath;
        for (const QJsonValue &a : answers) {
            const QJsonObject answer = a.toObject();
            if (answer[u"host"_s].toString(host) == host)
                byPath[answer[u"path"_s].toString()].append(answer);
        }
        for (auto it = byPath.cbegin(); it != byPath.cend(); ++it) {
            const QList<QJsonObject> candidates = it.value();
            server->on(it.key(), [candidates](const QHttpServerRequest &request) {
                const QString method = request.method() == QHttpServerRequest::Method::Post ? u"POST"_s : u"GET"_s;
                for (const QJsonObject &a : candidates) {
                    if (a[u"method"_s].toString(u"GET"_s) == method)
                        return responseFor(a);
                }
                return FakeResponse::json(405, R"({"message":"no such method in the play"})");
            });
        }
        mappings << server->mapping(host);
        m_servers[host] = std::move(server);
    }
    m_hostMap = mappings.join(u',');
    return true;
}

FakeProviderServer *ProviderPlay::server(const QString &host) const
{
    const auto it = m_servers.find(host);
    return it == m_servers.end() ? nullptr : it->second.get();
}
