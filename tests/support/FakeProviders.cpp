#include "FakeProviders.h"

#include "ProviderAnswers.h"
#include "connect/HostMap.h"

using namespace Qt::StringLiterals;

FakeProviders::FakeProviders()
{
    front.on(u"/me"_s, ProviderAnswers::frontMe("Initech Support", "cmp_1a2b"));
    for (const QString &path : {u"/conversations"_s, u"/contacts"_s, u"/tags"_s, u"/teammates"_s, u"/inboxes"_s,
             u"/channels"_s, u"/accounts"_s})
        front.on(path, ProviderAnswers::frontList());
    front.on(u"/events"_s, ProviderAnswers::frontError(403, "Forbidden", "Missing required scopes: [events:*:read]"));
    easyship.on(u"/2024-09/account"_s, ProviderAnswers::easyshipAccount("Globex Shipping", "CHK000001"));
    sandbox.on(u"/2024-09/account"_s, ProviderAnswers::easyshipAccount("Globex Sandbox", "CHK000002"));
    oneflow.on(u"/v1/ping"_s, ProviderAnswers::oneflowPing());
    oneflow.on(u"/v1/users"_s,
        ProviderAnswers::oneflowUsers(R"([{"id":1,"email":"ana@example.com","active":true,"name":"Ana"}])"));
}

bool FakeProviders::start()
{
    return front.start() && easyship.start() && sandbox.start() && oneflow.start() && oauth.start();
}

QString FakeProviders::hostMapText() const
{
    return QStringList {front.mapping(u"api2.frontapp.com"_s), easyship.mapping(u"public-api.easyship.com"_s),
        sandbox.mapping(u"public-api-sandbox.easyship.com"_s), oneflow.mapping(u"api.oneflow.com"_s),
        oauth.mapping(u"api.easyship.com"_s), oauth.mapping(u"auth.easyship.com"_s)}
        .join(u',');
}

keylink::HostMap FakeProviders::hostMap() const
{
    keylink::HostMap map;
    QString error;
    if (!keylink::HostMap::parse(hostMapText(), &map, &error))
        qFatal("%s", qPrintable(error));
    return map;
}

QProcessEnvironment FakeProviders::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"KEYLINK_HOST_MAP"_s, hostMapText());
    return env;
}
