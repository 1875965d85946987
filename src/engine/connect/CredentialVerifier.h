#pragma once

#include "catalog/Provider.h"
#include "connect/ProviderAccess.h"
#include "connect/VerificationResult.h"
#include "vault/CredentialVault.h"

#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace keylink {

class CredentialRequest;
class HttpExchange;
struct HttpOutcome;

// Proves that a credential works, the way the catalog describes the provider:
// picks the environment, calls the verify request, reads the account's
// identity, confirms the user a token acts for (userCheck), then probes the selected scopes with
// cheap reads, a few at a time. Emits finished() exactly once.
class CredentialVerifier : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultMaxConcurrentProbes = 4;
    static constexpr int MaxUserPages = 20;

    // `access` is read now: a new timeout applies to the next verification.
    explicit CredentialVerifier(const ProviderAccess &access, QObject *parent = nullptr);
    ~CredentialVerifier() override;

    void setMaxConcurrentProbes(int count) { m_maxProbes = qMax(1, count); }

    // `fields` holds every field of the method, secret or not. The provider
    // must outlive the verification.
    void start(
        const Provider &provider, const AuthMethod &method, const SecretFields &fields, const QStringList &scopes);
    void cancel();

    // Checks the fields before anything is sent: presence, pattern, token
    // prefix. Sets *environment when they are fine.
    static ConnectResult checkInput(
        const AuthMethod &method, const SecretFields &fields, const Environment **environment);

Q_SIGNALS:
    void finished(const keylink::VerificationResult &result);

private:
    // Where the catalog puts the credential (shared with `keylink api`).
    CredentialRequest placement() const;
    QUrl urlFor(const QString &path, const QString &query) const;
    HttpExchange *newExchange();
    // Sends a request of the method, with its credential where the catalog
    // puts it; `done` gets the outcome.
    void send(const RequestSpec &spec, const QUrl &url, std::function<void(const HttpOutcome &)> done);
    bool useEnvironment(const Environment *environment, ConnectResult *problem);
    void verifyIn(qsizetype environmentIndex);
    void onVerified(const HttpOutcome &outcome);
    void readIdentity(const HttpOutcome &outcome, const QJsonValue &exact, ConnectResult result);
    void readGrantedScopes(const HttpOutcome &outcome, const QJsonValue &root);
    void afterIdentity();
    void checkUser(const QUrl &url, int page);
    void onUsersPage(const HttpOutcome &outcome, int page);
    void startProbes();
    void startNextProbes();
    void onProbe(const QString &scope, const HttpOutcome &outcome);
    QString identityValue(const QString &spec, const QJsonValue &answer) const;
    void finish();
    void fail(const ConnectResult &result);

    const ProviderAccess m_access;
    int m_maxProbes = DefaultMaxConcurrentProbes;

    const Provider *m_provider = nullptr;
    const AuthMethod *m_method = nullptr;
    const Environment *m_environment = nullptr;
    QUrl m_base; // the environment's base URL, placeholders filled and checked
    qsizetype m_environmentIndex = 0; // environmentBy probe: the one being tried
    SecretFields m_fields; // with defaults and derived fields filled in
    QStringList m_pendingProbes;
    int m_runningProbes = 0;
    QList<QPointer<HttpExchange>> m_exchanges;
    std::unique_ptr<HttpOutcome> m_verified;
    VerificationResult m_result;
    bool m_done = true;
};

} // namespace keylink
