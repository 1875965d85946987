#pragma once

#include <QCoreApplication>
#include <QString>

namespace keylink {

class AccountListModel;
class Catalog;
struct Account;

// The details pane's text for one account: status, provider, method,
// identity, environment, fields, actions, dates, where the secret lives and
// each scope's result, as rich text.
class AccountDetails
{
    Q_DECLARE_TR_FUNCTIONS(keylink::AccountDetails)

public:
    static QString html(const Catalog &catalog, const AccountListModel &model, const Account &account);
};

} // namespace keylink
