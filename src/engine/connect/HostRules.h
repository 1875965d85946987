#pragma once

#include "catalog/AuthMethod.h"
#include "vault/VaultResult.h"

#include <QCoreApplication>
#include <QUrl>

namespace keylink {

// Where a credential may go when the catalog builds the host from what the
// user typed (https://{subdomain}.zendesk.com, https://{host} for a
// self-managed GitLab, Mailchimp's data centre cut from the key). Checked
// before any request: a substituted value is one DNS label (a typed host:
// DNS labels joined by dots, https only), and the host that results must be
// one the file allows. Nothing else is ever sent a credential.
class HostRules
{
    Q_DECLARE_TR_FUNCTIONS(keylink::HostRules)

public:
    // The values with the method's derived fields added.
    static SecretFields withDerived(const AuthMethod &method, const SecretFields &values);
    // The environment's base URL with its placeholders filled in, or an
    // empty URL and a message naming the field (never a secret's value).
    static QUrl baseUrl(
        const AuthMethod &method, const Environment &environment, const SecretFields &values, QString *error = nullptr);

    static bool isDnsLabel(const QString &text);
    // "gitlab.example.com" or "https://gitlab.example.com" (a trailing "/"
    // allowed) -> the host, lower-cased; empty when it is anything else.
    static QString typedHost(const QString &text);
    // Whether `host` matches an allowedHosts entry: an exact host,
    // "*.domain" (one DNS label in place of the star) or, for a host the
    // user typed, "https-any".
    static bool allows(const QStringList &allowedHosts, const QString &host, bool typed);
};

} // namespace keylink
