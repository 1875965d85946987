#pragma once

#include "catalog/Provider.h"
#include "connect/VerificationResult.h"
#include "store/Account.h"
#include "vault/VaultResult.h"

#include <QObject>
#include <QSet>

namespace keylink {

// The link being made, shared by every page of the wizard: what was chosen,
// what was typed, what the provider said. Pages read and change it through
// these functions and react to its signals; none reaches into another page.
class PendingLink : public QObject
{
    Q_OBJECT
public:
    explicit PendingLink(QObject *parent = nullptr);

    const Provider *provider() const { return m_provider; }
    const AuthMethod *method() const { return m_method; }
    void setProvider(const Provider *provider, const AuthMethod *method);

    // Actions (providers that list actions) and the scopes they need.
    const QStringList &actions() const { return m_actions; }
    void setActions(const QStringList &actions);
    bool hasAction(const QString &id) const { return m_actions.contains(id); }
    // Scopes picked directly (providers that list scopes only).
    const QStringList &directScopes() const { return m_directScopes; }
    void setDirectScopes(const QStringList &scopes);
    // What the token needs: from the actions, or the direct picks.
    QStringList scopes() const;
    // For exclusive scope families: the reason a selection cannot be used.
    QString selectionProblem() const;

    const SecretFields &fields() const { return m_fields; }
    void setField(const QString &id, const QString &value);
    // Relinking an existing account: its id, kept when it is saved again.
    const QString &relinkId() const { return m_relinkId; }
    void setRelinkId(const QString &id) { m_relinkId = id; }
    const QString &label() const { return m_label; }
    void setLabel(const QString &label) { m_label = label; }
    // The end date the user entered for the token (invalid: none).
    const QDateTime &expiresOn() const { return m_expiresOn; }
    void setExpiresOn(const QDateTime &date) { m_expiresOn = date; }

    const VerificationResult &verification() const { return m_verification; }
    void setVerification(const VerificationResult &result) { m_verification = result; }
    const Account &account() const { return m_account; }
    void setAccount(const Account &account) { m_account = account; }

Q_SIGNALS:
    void providerChanged();
    void selectionChanged();
    void fieldsChanged();

private:
    const Provider *m_provider = nullptr;
    const AuthMethod *m_method = nullptr;
    QStringList m_actions;
    QStringList m_directScopes;
    SecretFields m_fields;
    QString m_label;
    QDateTime m_expiresOn;
    QString m_relinkId;
    VerificationResult m_verification;
    Account m_account;
};

} // namespace keylink
