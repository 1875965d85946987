#pragma once

#include "catalog/AuthMethod.h"
#include "connect/HostMap.h"
#include "vault/VaultResult.h"

#include <QNetworkRequest>
#include <QUrl>

namespace keylink {

// A request of a method with its credential placed exactly as the provider
// file says (auth headers, HTTP Basic, query parameters; a v1 file's
// verify headers), to the environment's base URL. The one place that does
// this: verification and `keylink api` both build their requests here.
class CredentialRequest
{
public:
    // `fields`: every field of the method, with defaults and derived fields
    // (prepared()); `base`: the environment's base URL (HostRules::baseUrl).
    CredentialRequest(const AuthMethod &method, const SecretFields &fields, const QUrl &base, const HostMap &hostMap);

    // The values with the method's defaults for empty fields, then its
    // derived fields.
    static SecretFields prepared(const AuthMethod &method, const SecretFields &values);
    // "{token}" -> the field's value. Only catalog-validated placeholders occur.
    static QString fill(const QString &text, const SecretFields &fields);
    QString fill(const QString &text) const { return fill(text, m_fields); }

    // The base URL with `path` appended and `query` as its query.
    QUrl urlFor(const QString &path, const QString &query) const;
    // The request for `url` (before the host map), with the credential,
    // then `spec`'s headers, a JSON content type for a body, and Keylink's
    // user agent.
    QNetworkRequest request(const RequestSpec &spec, QUrl url) const;
    // The header names that carry the credential (lower case): those no one
    // else may set.
    QList<QByteArray> credentialHeaders(const RequestSpec &spec) const;

    const QUrl &base() const { return m_base; }
    const SecretFields &fields() const { return m_fields; }

private:
    const AuthMethod *m_method = nullptr;
    SecretFields m_fields;
    QUrl m_base;
    HostMap m_hostMap;
};

} // namespace keylink
