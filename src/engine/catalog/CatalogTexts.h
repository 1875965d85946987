#pragma once

#include <QList>

namespace keylink {

// The built-in provider files' readable texts (generated: CatalogTexts.cpp).
struct CatalogTexts {
    static QList<const char *> all();
};

} // namespace keylink
