#pragma once

#include "command/Verb.h"
#include "store/Account.h"
#include "vault/VaultResult.h"

#include <QJsonArray>
#include <QUrl>

#include <memory>

namespace keylink {

struct AuthMethod;
struct Environment;
struct HttpOutcome;
struct Provider;
class CredentialRequest;
class SecretMask;

// `keylink api ACCOUNT PATH [-X METHOD] [-H 'Name: value']… [--data @FILE|-]
// [--paginate] [--max-pages N] [--include]`: one request to the account's
// provider with the credential placed where the provider file says, by the
// code verification uses (CredentialRequest), and only ever to the account's
// own host. Prints the answer; never the credential.
class ApiVerb : public Verb
{
    Q_OBJECT
public:
    using Verb::Verb;
    ~ApiVerb() override;
    static Spec spec();
    void start() override;

    static constexpr int DefaultMaxPages = 100;
    static constexpr qint64 MaxBody = qint64(16) * 1024 * 1024;

private:
    void withSecrets(const SecretFields &values);
    // PATH, or an absolute URL on the account's own https host; empty
    // after saying why.
    QUrl target(const QString &path);
    void send(const QUrl &url);
    void onAnswer(const HttpOutcome &outcome);
    void print(const QByteArray &bytes);
    void printPages();

    Account m_account;
    const Provider *m_provider = nullptr;
    const AuthMethod *m_method = nullptr;
    const Environment *m_environment = nullptr;
    std::unique_ptr<CredentialRequest> m_placement;
    std::unique_ptr<SecretMask> m_mask;
    QByteArray m_body; // --data
    QList<std::pair<QString, QString>> m_headers; // -H, in order
    QString m_httpMethod;
    QJsonArray m_items; // --paginate: every page's items
    int m_pages = 0;
    bool m_pretty = false;
};

} // namespace keylink
