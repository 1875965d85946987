// The catalog loader: a provider file dropped into the user's folder is
// untrusted input. Whatever the bytes, parse() returns a provider or errors.
#include "catalog/CatalogLoader.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<keylink::CatalogError> errors;
    const std::optional<keylink::Provider> provider
        = keylink::CatalogLoader::parse(json, QStringLiteral("fuzz.json"), QStringLiteral("/nonexistent"), &errors);
    // A file is either accepted or explained, never both nor neither.
    if (provider.has_value() == !errors.isEmpty())
        __builtin_trap();
    return 0;
}
