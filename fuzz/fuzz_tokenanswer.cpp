// The OAuth token endpoint's answer, and the expiry arithmetic on its numbers.
#include "oauth/TokenAnswer.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'790'000'000, Qt::UTC);
    keylink::OAuthToken token;
    QString error;
    QString description;
    const bool ok = keylink::TokenAnswer::parse(body, now, &token, &error, &description);
    if (ok && token.accessToken.isEmpty())
        __builtin_trap();
    return 0;
}
