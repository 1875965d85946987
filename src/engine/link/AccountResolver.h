#pragma once

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>

#include <functional>

namespace keylink {

class AccountStore;
struct Account;

// Which account a command means. An ACCOUNT argument is an account id, a
// unique id prefix or a label; or a provider id, meaning that provider's
// account, chosen by the first rule that names one:
//   1. KEYLINK_ACCOUNT_<PROVIDER> in the environment (one process);
//   2. a .keylink file in the current folder or a parent
//      (`front = "Support"`: names only, never secrets);
//   3. the provider's default account (keylink default, or the window),
//      else the first one linked.
class AccountResolver
{
    Q_DECLARE_TR_FUNCTIONS(keylink::AccountResolver)

public:
    struct Choice {
        const Account *account = nullptr;
        QString rule; // how it was chosen, for `keylink accounts --why`
        QString error; // why none was, when account is nullptr
    };

    // `isProvider` is asked only when a reference names no account, so a
    // command naming an account never waits for the catalog.
    AccountResolver(const AccountStore &store, std::function<bool(const QString &)> isProvider,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
        const QString &folder = QString()); // empty: the current folder

    Choice resolve(const QString &reference) const;
    // The account a provider id stands for, and why.
    Choice forProvider(const QString &providerId) const;

    static QString variableFor(const QString &providerId); // KEYLINK_ACCOUNT_FRONT
    static constexpr const char *FileName = ".keylink";

private:
    // The .keylink file that names an account for the provider, and the name.
    bool fromFile(const QString &providerId, QString *path, QString *name) const;

    const AccountStore &m_store;
    std::function<bool(const QString &)> m_isProvider;
    QProcessEnvironment m_environment;
    QString m_folder;
};

} // namespace keylink
