// KEYLINK_HOST_MAP: a malformed value is refused with a reason, and a real
// provider host is only ever sent to a loopback address.
#include "connect/HostMap.h"

#include <QHostAddress>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString value = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    keylink::HostMap map;
    QString error;
    if (!keylink::HostMap::parse(value, &map, &error)) {
        if (error.isEmpty())
            __builtin_trap();
        return 0;
    }
    const QUrl real(QStringLiteral("https://api2.frontapp.com/me"));
    const QUrl sent = map.apply(real);
    if (sent != real) {
        const QHostAddress address(sent.host());
        if (sent.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) != 0
            && (address.isNull() || !address.isLoopback()))
            __builtin_trap();
    }
    return 0;
}
