#include "catalog/Provider.h"

#include "catalog/FindById.h"

using namespace Qt::StringLiterals;

namespace keylink {

const AuthMethod *Provider::authMethod(const QString &id) const
{
    return findById(authMethods, id);
}

QStringList Provider::categories()
{
    return {u"commerce"_s, u"communication"_s, u"crm"_s, u"developer"_s, u"finance"_s, u"marketing"_s, u"monitoring"_s,
        u"productivity"_s, u"support"_s, u"shipping"_s, u"contracts"_s, u"infrastructure"_s};
}

} // namespace keylink
