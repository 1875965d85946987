#include "catalog/Provider.h"

namespace keylink {

const AuthMethod *Provider::authMethod(const QString &id) const
{
    for (const AuthMethod &m : authMethods) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

} // namespace keylink
