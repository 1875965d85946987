#pragma once

#include "catalog/AuthMethod.h"
#include "catalog/Provider.h"
#include "connect/ConnectResult.h"
#include "connect/HttpOutcome.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QStringList>

#include <optional>

namespace keylink {

// What a provider's answer says beyond its status, read the way the
// catalog describes (schema 2): whether a 200 is really a success, which
// scopes the credential holds, when it expires.
class AnswerFacts
{
    Q_DECLARE_TR_FUNCTIONS(keylink::AnswerFacts)

public:
    // A failure when the body of a 2xx answer breaks one of the method's
    // success conditions (Slack: {"ok": false, "error": "invalid_auth"});
    // `answered` is the answer's result so far (the provider's words).
    static std::optional<ConnectResult> bodyFailure(
        const Provider &provider, const VerifySpec &verify, const QJsonValue &root, const ConnectResult &answered);
    // A refusal the status leaves vague (Linear's GraphQL answers 400 for a
    // bad key) named by its error code through the method's "failures".
    static std::optional<ConnectResult> codedFailure(
        const Provider &provider, const VerifySpec &verify, const QJsonValue &root, const ConnectResult &answered);
    // The scopes the answer lists, or nullopt when it lists none (no such
    // header: a GitHub fine-grained token).
    static std::optional<QStringList> grantedScopes(
        const GrantedScopesSpec &spec, const HttpOutcome &outcome, const QJsonValue &root);
    // When the credential expires; invalid when the answer does not say.
    static QDateTime expiry(const ExpirySpec &spec, const HttpOutcome &outcome, const QJsonValue &root);
    // ISO 8601, "2026-12-31 12:00:00 UTC" or epoch seconds.
    static QDateTime parseTime(const QString &text);
};

} // namespace keylink
