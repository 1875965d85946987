#include "catalog/Catalog.h"

#include "catalog/FindById.h"

namespace keylink {

const Provider *Catalog::provider(const QString &id) const
{
    return findById(m_providers, id);
}

} // namespace keylink
