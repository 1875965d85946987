// Host rules: whatever a user types into a templated host, the URL a
// credential would go to is https, on the default port, without userinfo,
// and under the domain the provider file allows, or nothing at all.
#include "connect/HostRules.h"

#include <cstdint>

using namespace keylink;

namespace {
AuthMethod methodFor(const QString &baseUrl, const QString &allowed, Field::Kind kind)
{
    AuthMethod m;
    Field f;
    f.id = QStringLiteral("value");
    f.label = QStringLiteral("Value");
    f.kind = kind;
    m.fields.append(f);
    Environment env;
    env.id = QStringLiteral("production");
    env.baseUrlTemplate = baseUrl;
    m.environments.append(env);
    m.allowedHosts = {allowed};
    return m;
}

void check(const AuthMethod &m, const QString &value, const QString &domain)
{
    QString error;
    const QUrl url = HostRules::baseUrl(m, m.environments.first(), {{QStringLiteral("value"), value}}, &error);
    if (url.isEmpty()) {
        if (error.isEmpty())
            __builtin_trap(); // a refusal always says why
        return;
    }
    const QString host = url.host(QUrl::FullyEncoded);
    if (url.scheme() != QLatin1String("https") || url.port() != -1 || !url.userInfo().isEmpty())
        __builtin_trap();
    if (!domain.isEmpty() && !host.endsWith(domain))
        __builtin_trap();
    for (const QChar c : host) {
        if (!(c.isDigit() || (c >= u'a' && c <= u'z') || c == u'-' || c == u'.'))
            __builtin_trap();
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString value = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    static const AuthMethod label
        = methodFor(QStringLiteral("https://{value}.zendesk.com"), QStringLiteral("*.zendesk.com"), Field::Kind::Text);
    static const AuthMethod typed
        = methodFor(QStringLiteral("https://{value}"), QStringLiteral("https-any"), Field::Kind::Host);
    check(label, value, QStringLiteral(".zendesk.com"));
    check(typed, value, QString());
    return 0;
}
