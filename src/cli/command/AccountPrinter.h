#pragma once

#include "catalog/Catalog.h"
#include "store/Account.h"

#include <QJsonObject>
#include <QString>

namespace keylink {

// How the verbs show an account: one readable block, or JSON.
class AccountPrinter
{
public:
    static QString oneLine(const Catalog &catalog, const Account &account);
    static QString permissions(const Account &account);
    static QJsonObject toJson(const Catalog &catalog, const Account &account);
};

} // namespace keylink
