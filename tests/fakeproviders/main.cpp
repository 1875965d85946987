// keylink-fake-providers: the test suite's fake Easyship, Front and Oneflow
// servers as a program, to try Keylink locally without real accounts. It
// prints the KEYLINK_HOST_MAP to use and credentials the servers accept, and
// runs until interrupted. Test-only; never shipped.
#include "FakeOAuthServer.h"
#include "FakeProviderServer.h"
#include "ProviderAnswers.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    FakeProviderServer front, easyship, sandbox, oneflow;
    FakeOAuthServer oauth;
    for (FakeProviderServer *s : {&front, &easyship, &sandbox, &oneflow, static_cast<FakeProviderServer *>(&oauth)}) {
        if (!s->start()) {
            QTextStream(stderr) << "keylink-fake-providers: cannot listen on 127.0.0.1\n";
            return 1;
        }
    }
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

    const QStringList map {front.mapping(u"api2.frontapp.com"_s), easyship.mapping(u"public-api.easyship.com"_s),
        sandbox.mapping(u"public-api-sandbox.easyship.com"_s), oneflow.mapping(u"api.oneflow.com"_s),
        oauth.mapping(u"api.easyship.com"_s), oauth.mapping(u"auth.easyship.com"_s)};
    QTextStream out(stdout);
    out << "KEYLINK_HOST_MAP=" << map.join(u',') << "\n"
        << "# Any token in the right format is accepted, for example:\n"
        << "#   Front:    aaa.bbb.ccc\n"
        << "#   Easyship: prod_anything (production) or sand_anything (sandbox)\n"
        << "#   Oneflow:  0123456789-abcdefghij-ABCDEFGHIJ-klmnopq with ana@example.com\n"
        << "#   Easyship OAuth 2 partner application: client id " << FakeOAuthServer::ClientId << ", client secret "
        << FakeOAuthServer::ClientSecret << "\n";
    out.flush();
    return QCoreApplication::exec();
}
