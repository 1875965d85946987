#include "connect/ProviderAnswer.h"

#include "connect/JsonPointer.h"
#include "core/SafeText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace keylink {

namespace {
bool looksLikeHtml(const QByteArray &body)
{
    const QByteArray start = body.left(512).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<body");
}

QString seconds(qint64 s)
{
    return ProviderAnswer::tr("%n second(s)", nullptr, int(s));
}
} // namespace

ProviderAnswer::ProviderAnswer(const Provider &provider, const HttpOutcome &outcome, int timeoutMs)
    : m_provider(provider)
    , m_outcome(outcome)
    , m_timeoutMs(timeoutMs)
{
    QJsonParseError error;
    m_json = QJsonDocument::fromJson(outcome.body, &error);
    m_isJson = error.error == QJsonParseError::NoError && (m_json.isObject() || m_json.isArray());
}

void ProviderAnswer::readProviderWords(ConnectResult &r) const
{
    if (!m_isJson) {
        // A plain-text error (Trello: "invalid token") is the provider's
        // words as they are; an HTML error page is not.
        const QByteArray body = m_outcome.body.trimmed();
        if (!body.isEmpty() && !looksLikeHtml(body) && body.size() <= 500)
            r.providerMessage = SafeText::clean(QString::fromUtf8(body));
        return;
    }
    const QJsonValue root = m_json.isObject() ? QJsonValue(m_json.object()) : QJsonValue(m_json.array());
    const ErrorShape &shape = m_provider.errors;
    QString message = JsonPointer::text(root, shape.message);
    if (message.isEmpty() && !shape.title.isEmpty())
        message = JsonPointer::text(root, shape.title);
    const QString details = shape.details.isEmpty() ? QString() : JsonPointer::text(root, shape.details);
    if (!details.isEmpty() && details != message)
        message = message.isEmpty() ? details : message + u" "_s + details;
    // The provider's words are shown as they are, but never its control
    // characters: they could rewrite what a terminal or a label shows.
    r.providerMessage = SafeText::clean(message);
    if (!shape.requestId.isEmpty())
        r.requestId = SafeText::clean(JsonPointer::text(root, shape.requestId));
}

QDateTime ProviderAnswer::retryAt(
    const Provider &provider, const HttpOutcome &outcome, const QString &providerMessage, const QDateTime &now)
{
    const RateLimitSpec &rl = provider.rateLimit;
    const QByteArray retryAfter
        = outcome.header(rl.retryAfterHeader.isEmpty() ? "Retry-After" : rl.retryAfterHeader.toLatin1());
    if (!retryAfter.isEmpty()) {
        bool ok = false;
        const double s = retryAfter.trimmed().toDouble(&ok); // whole seconds, or Shopify's "2.0"
        if (ok && s >= 0)
            return now.addMSecs(qint64(s * 1000));
        const QDateTime date
            = QLocale::c().toDateTime(QString::fromLatin1(retryAfter).trimmed(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
        if (date.isValid()) {
            QDateTime utc = date;
            utc.setTimeSpec(Qt::UTC);
            return utc;
        }
    }
    if (!rl.resetHeader.isEmpty()) {
        bool ok = false;
        const qint64 value = outcome.header(rl.resetHeader.toLatin1()).trimmed().toLongLong(&ok);
        if (ok && value >= 0)
            return rl.resetFormat == u"epoch"_s ? QDateTime::fromSecsSinceEpoch(value, Qt::UTC) : now.addSecs(value);
    }
    if (rl.retryInMessage.isValid() && !rl.retryInMessage.pattern().isEmpty()) {
        const QRegularExpressionMatch m = rl.retryInMessage.match(providerMessage);
        if (m.hasMatch()) {
            const qint64 n = m.captured(1).toLongLong();
            return rl.retryInMessageUnit == u"milliseconds"_s ? now.addMSecs(n) : now.addSecs(n);
        }
    }
    return {};
}

ConnectResult ProviderAnswer::result() const
{
    ConnectResult r;
    r.httpStatus = m_outcome.status;
    const QString name = m_provider.name;
    const QString host = m_outcome.url.host();
    using E = ConnectResult::Error;

    switch (m_outcome.kind) {
    case HttpOutcome::Kind::Answered:
        break;
    case HttpOutcome::Kind::Unreachable:
        r.error = E::Network;
        r.message = tr("Could not reach %1 at %2 (%3). Check your network connection and proxy settings.")
                        .arg(name, host, m_outcome.detail);
        return r;
    case HttpOutcome::Kind::HostNotFound:
        r.error = E::Network;
        r.message = tr("Could not find %1's server %2. Check your network connection and DNS.").arg(name, host);
        return r;
    case HttpOutcome::Kind::Tls:
        r.error = E::Tls;
        r.message = tr("The secure connection to %1 failed: %2. Keylink never sends credentials over a connection "
                       "it cannot verify; if a proxy inspects your traffic, install its certificate in the system "
                       "certificate store.")
                        .arg(host, m_outcome.detail);
        return r;
    case HttpOutcome::Kind::Timeout:
        r.error = E::Timeout;
        r.message = tr("%1 did not answer within %2.").arg(name, seconds((m_timeoutMs + 999) / 1000));
        return r;
    case HttpOutcome::Kind::TooLarge:
        r.error = E::TooLarge;
        r.message = tr("%1 sent an answer larger than 1 MiB; Keylink stopped reading it.").arg(name);
        return r;
    case HttpOutcome::Kind::Cancelled:
        r.error = E::Cancelled;
        r.message = tr("Cancelled.");
        return r;
    case HttpOutcome::Kind::Redirected:
        r.error = E::ProviderError;
        r.message = tr("%1 redirected the request to %2. Keylink does not follow a redirect to another host or to "
                       "plain HTTP, so your credentials were not sent there.")
                        .arg(name, m_outcome.detail.isEmpty() ? tr("an invalid address") : m_outcome.detail);
        return r;
    }

    readProviderWords(r);
    if (r.requestId.isEmpty())
        r.requestId = SafeText::clean(QString::fromLatin1(m_outcome.header("x-request-id")));
    int status = m_outcome.status;
    // A provider that puts the real status in its error code (GraphQL
    // answers 400 for a bad key): the file's "codes" say which it means.
    if (m_isJson && status >= 400 && !m_provider.errors.code.isEmpty() && !m_provider.errors.codes.isEmpty()) {
        const QJsonValue root = m_json.isObject() ? QJsonValue(m_json.object()) : QJsonValue(m_json.array());
        status = m_provider.errors.codes.value(JsonPointer::text(root, m_provider.errors.code), status);
    }
    const QString said
        = r.providerMessage.isEmpty() ? QString() : u" "_s + tr("%1 said: “%2”").arg(name, r.providerMessage);

    if (status >= 200 && status < 300) {
        if (!m_isJson) {
            r.error = E::Malformed;
            r.message = tr("%1 answered with something other than the JSON it documents; Keylink could not read it.")
                            .arg(name);
        }
        return r;
    }
    if (status == 401) {
        r.error = E::InvalidCredentials;
        r.message = tr("%1 rejected the credentials: they are wrong, expired or revoked.").arg(name) + said;
    } else if (status == 403) {
        r.error = E::MissingPermission;
        r.message = tr("%1 refused the request: the credentials lack a permission it needs.").arg(name) + said;
    } else if (status == 404) {
        r.error = E::NotFound;
        r.message = tr("%1 answered “not found” for %2.").arg(name, m_outcome.url.path()) + said;
    } else if (status == 429) {
        r.error = E::RateLimited;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        r.retryAt = retryAt(m_provider, m_outcome, r.providerMessage, now);
        if (r.retryAt.isValid()) {
            const qint64 wait = qMax<qint64>(1, (now.msecsTo(r.retryAt) + 999) / 1000);
            r.message = tr("%1 is limiting requests right now. Try again in %2 (at %3).")
                            .arg(name, seconds(wait), r.retryAt.toLocalTime().toString(u"HH:mm:ss"_s));
        } else {
            r.message = tr("%1 is limiting requests right now. Try again in a minute.").arg(name);
        }
    } else if (const bool html = looksLikeHtml(m_outcome.body); status >= 500 || html) {
        r.error = E::ProviderError;
        r.message = html
            ? tr("%1 answered with an error page (HTTP %2) instead of data. The service may be having trouble; "
                 "try again later.")
                  .arg(name)
                  .arg(status)
            : tr("%1 had a problem answering (HTTP %2). Try again later.").arg(name).arg(status) + said;
    } else {
        r.error = E::ProviderError;
        r.message = tr("%1 refused the request (HTTP %2).").arg(name).arg(status) + said;
    }
    return r;
}

} // namespace keylink
