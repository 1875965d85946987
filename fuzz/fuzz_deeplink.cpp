// keylink:// links arrive from browsers and other programs.
#include "link/DeepLink.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    keylink::DeepLink link;
    QString error;
    const bool ok = keylink::DeepLink::parse(text, &link, &error);
    // A refused link says why.
    if (!ok && error.isEmpty())
        __builtin_trap();
    // An accepted link means the same after a round trip through its URL form,
    // which is what the window hands to a running instance.
    if (ok) {
        keylink::DeepLink again;
        QString againError;
        if (!keylink::DeepLink::parse(link.toUrl().toString(), &again, &againError) || again.provider != link.provider
            || again.method != link.method || again.actions != link.actions
            || again.scopes != link.scopes)
            __builtin_trap();
    }
    return 0;
}
