#pragma once

#include <QDateTime>
#include <QString>

namespace keylink {

// The outcome of talking to a provider, typed so callers can react (exit
// codes, "Needs attention", Retry) and worded so a person understands it.
struct ConnectResult {
    enum class Error {
        None,
        InvalidInput, // refused before any request (bad field, unknown token prefix)
        InvalidCredentials, // 401
        MissingPermission, // 403
        NotFound, // 404
        WrongUser, // the answer is fine but not for this user (a userCheck)
        RateLimited, // 429
        ProviderError, // 5xx, an HTML error page, a redirect Keylink will not follow
        Network, // unreachable or DNS
        Tls, // certificate or handshake failure
        Timeout,
        TooLarge, // body over the cap
        Malformed, // not the JSON the provider documents
        Cancelled,
    };

    Error error = Error::None;
    QString message; // for people; never contains a secret
    QString providerMessage; // the provider's own words, when it gave any
    QString requestId; // the provider's request id, for support
    int httpStatus = 0;
    QDateTime retryAt; // when rate limited and the provider said

    bool ok() const { return error == Error::None; }
    // Rejected by the provider (the credential is the problem) as opposed to
    // "could not check" (network, provider trouble).
    bool isRejection() const
    {
        return error == Error::InvalidCredentials || error == Error::MissingPermission || error == Error::NotFound
            || error == Error::WrongUser;
    }
    static QString errorName(Error error);
};

} // namespace keylink
