#include "catalog/Catalog.h"

namespace keylink {

const Provider *Catalog::provider(const QString &id) const
{
    for (const Provider &p : m_providers) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

} // namespace keylink
