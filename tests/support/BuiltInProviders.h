#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The providers compiled into Keylink, in file order, and for the twenty of
// issue 17 the field ids scripts rely on (secret ones first-class: they go
// to the keychain).
namespace BuiltInProviders {

inline QStringList ids()
{
    return {QStringLiteral("airtable"), QStringLiteral("asana"), QStringLiteral("cloudflare"),
        QStringLiteral("datadog"), QStringLiteral("digitalocean"), QStringLiteral("easyship"), QStringLiteral("front"),
        QStringLiteral("github"), QStringLiteral("gitlab"), QStringLiteral("hubspot"), QStringLiteral("intercom"),
        QStringLiteral("jira"), QStringLiteral("linear"), QStringLiteral("mailchimp"), QStringLiteral("notion"),
        QStringLiteral("oneflow"), QStringLiteral("pipedrive"), QStringLiteral("shopify"), QStringLiteral("slack"),
        QStringLiteral("stripe"), QStringLiteral("trello"), QStringLiteral("twilio"), QStringLiteral("zendesk")};
}

struct FixedFields {
    QString provider;
    QStringList fields; // the first method's field ids, in order
    QStringList secrets;
};

inline QList<FixedFields> fixedFields()
{
    auto l = [](std::initializer_list<const char *> names) {
        QStringList out;
        for (const char *n : names)
            out.append(QString::fromLatin1(n));
        return out;
    };
    return {
        {QStringLiteral("github"), l({"token"}), l({"token"})},
        {QStringLiteral("gitlab"), l({"token", "host"}), l({"token"})},
        {QStringLiteral("stripe"), l({"key"}), l({"key"})},
        {QStringLiteral("slack"), l({"token"}), l({"token"})},
        {QStringLiteral("notion"), l({"token"}), l({"token"})},
        {QStringLiteral("linear"), l({"key"}), l({"key"})},
        {QStringLiteral("jira"), l({"site", "email", "token"}), l({"token"})},
        {QStringLiteral("zendesk"), l({"subdomain", "email", "token"}), l({"token"})},
        {QStringLiteral("airtable"), l({"token"}), l({"token"})},
        {QStringLiteral("shopify"), l({"shop", "token"}), l({"token"})},
        {QStringLiteral("twilio"), l({"account_sid", "auth_token"}), l({"auth_token"})},
        {QStringLiteral("mailchimp"), l({"key"}), l({"key"})},
        {QStringLiteral("asana"), l({"token"}), l({"token"})},
        {QStringLiteral("cloudflare"), l({"token"}), l({"token"})},
        {QStringLiteral("hubspot"), l({"token"}), l({"token"})},
        {QStringLiteral("intercom"), l({"token"}), l({"token"})},
        {QStringLiteral("pipedrive"), l({"token"}), l({"token"})},
        {QStringLiteral("trello"), l({"key", "token"}), l({"key", "token"})},
        {QStringLiteral("digitalocean"), l({"token"}), l({"token"})},
        {QStringLiteral("datadog"), l({"api_key", "app_key"}), l({"api_key", "app_key"})},
    };
}

} // namespace BuiltInProviders
