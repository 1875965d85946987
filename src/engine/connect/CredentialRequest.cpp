#include "connect/CredentialRequest.h"

#include "connect/HostRules.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace keylink {

CredentialRequest::CredentialRequest(
    const AuthMethod &method, const SecretFields &fields, const QUrl &base, const HostMap &hostMap)
    : m_method(&method)
    , m_fields(fields)
    , m_base(base)
    , m_hostMap(hostMap)
{ }

SecretFields CredentialRequest::prepared(const AuthMethod &method, const SecretFields &values)
{
    SecretFields fields = values;
    for (const Field &f : method.fields) {
        if (fields.value(f.id).isEmpty() && !f.defaultValue.isEmpty())
            fields.insert(f.id, f.defaultValue);
    }
    return HostRules::withDerived(method, fields);
}

QString CredentialRequest::fill(const QString &text, const SecretFields &fields)
{
    static const QRegularExpression placeholder(u"\\{([^{}]*)\\}"_s);
    QString out;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &m : placeholder.globalMatch(text)) {
        out += text.mid(last, m.capturedStart() - last);
        out += fields.value(m.captured(1));
        last = m.capturedEnd();
    }
    return out + text.mid(last);
}

QUrl CredentialRequest::urlFor(const QString &path, const QString &query) const
{
    QUrl url = m_base;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QNetworkRequest CredentialRequest::request(const RequestSpec &spec, QUrl url) const
{
    const CredentialPlacement &auth = m_method->auth;
    if (!auth.query.isEmpty()) {
        // The catalog's parameters, each value percent-encoded: a credential
        // never changes the shape of the query.
        QString query = url.query(QUrl::FullyEncoded);
        for (const auto &[name, value] : auth.query) {
            query += (query.isEmpty() ? u""_s : u"&"_s) + QString::fromLatin1(QUrl::toPercentEncoding(name)) + u'='
                + QString::fromLatin1(QUrl::toPercentEncoding(fill(value)));
        }
        url.setQuery(query, QUrl::StrictMode);
    }
    QNetworkRequest req(m_hostMap.apply(url));
    for (const auto &[name, value] : auth.headers)
        req.setRawHeader(name.toLatin1(), fill(value).toUtf8());
    if (auth.hasBasic()) {
        const QByteArray pair = (fill(auth.basicUser) + u':' + fill(auth.basicPassword)).toUtf8();
        req.setRawHeader("Authorization", "Basic " + pair.toBase64());
    }
    for (const auto &[name, value] : spec.headers)
        req.setRawHeader(name.toLatin1(), fill(value).toUtf8());
    if (!spec.body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    req.setHeader(QNetworkRequest::UserAgentHeader, u"Keylink/%1"_s.arg(QStringLiteral(KEYLINK_VERSION)));
    return req;
}

QList<QByteArray> CredentialRequest::credentialHeaders(const RequestSpec &spec) const
{
    QList<QByteArray> names;
    for (const auto &[name, value] : m_method->auth.headers)
        names.append(name.toLatin1().toLower());
    if (m_method->auth.hasBasic())
        names.append("authorization");
    // A header of the request that holds a field (a v1 file's credential).
    for (const auto &[name, value] : spec.headers) {
        if (fill(value) != value || value.contains(u'{'))
            names.append(name.toLatin1().toLower());
    }
    return names;
}

} // namespace keylink
