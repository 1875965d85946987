#include "catalog/Provider.h"

#include "catalog/FindById.h"

namespace keylink {

const AuthMethod *Provider::authMethod(const QString &id) const
{
    return findById(authMethods, id);
}

} // namespace keylink
