#include "connect/AnswerFacts.h"

#include "connect/JsonPointer.h"
#include "core/SafeText.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace keylink {

namespace {
ConnectResult failureOfKind(
    const Provider &provider, const QString &kind, const QString &code, const ConnectResult &answered);
} // namespace

std::optional<ConnectResult> AnswerFacts::codedFailure(
    const Provider &provider, const VerifySpec &verify, const QJsonValue &root, const ConnectResult &answered)
{
    if (provider.errors.code.isEmpty() || verify.failures.isEmpty())
        return std::nullopt;
    const QString code = JsonPointer::text(root, provider.errors.code);
    if (!verify.failures.contains(code))
        return std::nullopt;
    return failureOfKind(provider, verify.failures.value(code), code, answered);
}

std::optional<ConnectResult> AnswerFacts::bodyFailure(
    const Provider &provider, const VerifySpec &verify, const QJsonValue &root, const ConnectResult &answered)
{
    for (const BodyCondition &c : verify.success) {
        const QJsonValue value = JsonPointer::resolve(root, c.pointer);
        const bool met = c.absent ? (value.isUndefined() || value.isNull()) : value == *c.equals;
        if (met)
            continue;
        const QString code = provider.errors.code.isEmpty() ? QString() : JsonPointer::text(root, provider.errors.code);
        return failureOfKind(provider, verify.failures.value(code, u"credentials"_s), code, answered);
    }
    return std::nullopt;
}

namespace {
ConnectResult failureOfKind(
    const Provider &provider, const QString &kind, const QString &code, const ConnectResult &answered)
{
    ConnectResult r = answered;
    using E = ConnectResult::Error;
    if (r.providerMessage.isEmpty() && !code.isEmpty())
        r.providerMessage = SafeText::clean(code);
    const QString said = r.providerMessage.isEmpty()
        ? QString()
        : u" "_s + AnswerFacts::tr("%1 said: “%2”").arg(provider.name, r.providerMessage);
    if (kind == u"permission"_s) {
        r.error = E::MissingPermission;
        r.message
            = AnswerFacts::tr("%1 refused the request: the credentials lack a permission it needs.").arg(provider.name);
    } else if (kind == u"rate-limit"_s) {
        r.error = E::RateLimited;
        r.message = AnswerFacts::tr("%1 is limiting requests right now. Try again in a minute.").arg(provider.name);
    } else if (kind == u"not-found"_s) {
        r.error = E::NotFound;
        r.message = AnswerFacts::tr("%1 did not find the account these credentials name.").arg(provider.name);
    } else if (kind == u"provider"_s) {
        r.error = E::ProviderError;
        r.message = AnswerFacts::tr("%1 had a problem answering. Try again later.").arg(provider.name);
    } else {
        r.error = E::InvalidCredentials;
        r.message
            = AnswerFacts::tr("%1 rejected the credentials: they are wrong, expired or revoked.").arg(provider.name);
    }
    r.message += said;
    return r;
}
} // namespace

std::optional<QStringList> AnswerFacts::grantedScopes(
    const GrantedScopesSpec &spec, const HttpOutcome &outcome, const QJsonValue &root)
{
    QStringList scopes;
    if (!spec.header.isEmpty()) {
        bool present = false;
        for (const auto &[key, value] : outcome.headers)
            present = present || key.compare(spec.header.toLatin1(), Qt::CaseInsensitive) == 0;
        if (!present)
            return std::nullopt;
        const QString value = QString::fromUtf8(outcome.header(spec.header.toLatin1()));
        for (const QString &part : value.split(spec.separator, Qt::SkipEmptyParts)) {
            if (!part.trimmed().isEmpty())
                scopes.append(part.trimmed());
        }
        return scopes;
    }
    const QJsonValue list = JsonPointer::resolve(root, spec.pointer);
    if (!list.isArray())
        return std::nullopt;
    for (const QJsonValue &item : list.toArray()) {
        const QString scope = spec.item.isEmpty() ? item.toString() : JsonPointer::text(item, spec.item);
        if (!scope.isEmpty())
            scopes.append(SafeText::clean(scope));
    }
    return scopes;
}

QDateTime AnswerFacts::parseTime(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    bool number = false;
    const qint64 epoch = text.toLongLong(&number);
    if (number)
        return epoch > 0 ? QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC) : QDateTime();
    if (text.size() == 10) { // a date alone (GitLab's expires_at): the end of that day, UTC
        const QDate day = QDate::fromString(text, Qt::ISODate);
        return day.isValid() ? QDateTime(day, QTime(23, 59, 59), Qt::UTC) : QDateTime();
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid() && text.endsWith(u" UTC"_s)) {
        t = QLocale::c().toDateTime(text.chopped(4), u"yyyy-MM-dd HH:mm:ss"_s);
        if (t.isValid())
            t.setTimeSpec(Qt::UTC);
    }
    return t.isValid() ? t.toUTC() : QDateTime();
}

QDateTime AnswerFacts::expiry(const ExpirySpec &spec, const HttpOutcome &outcome, const QJsonValue &root)
{
    if (!spec.header.isEmpty())
        return parseTime(QString::fromUtf8(outcome.header(spec.header.toLatin1())));
    return parseTime(JsonPointer::text(root, spec.pointer));
}

} // namespace keylink
