#include "connect/ConnectResult.h"

using namespace Qt::StringLiterals;

namespace keylink {

QString ConnectResult::errorName(Error error)
{
    switch (error) {
    case Error::None:
        return u"none"_s;
    case Error::InvalidInput:
        return u"invalid-input"_s;
    case Error::InvalidCredentials:
        return u"invalid-credentials"_s;
    case Error::MissingPermission:
        return u"missing-permission"_s;
    case Error::NotFound:
        return u"not-found"_s;
    case Error::WrongUser:
        return u"wrong-user"_s;
    case Error::RateLimited:
        return u"rate-limited"_s;
    case Error::ProviderError:
        return u"provider-error"_s;
    case Error::Network:
        return u"network"_s;
    case Error::Tls:
        return u"tls"_s;
    case Error::Timeout:
        return u"timeout"_s;
    case Error::TooLarge:
        return u"too-large"_s;
    case Error::Malformed:
        return u"malformed"_s;
    case Error::Cancelled:
        return u"cancelled"_s;
    }
    return u"unknown"_s;
}

} // namespace keylink
