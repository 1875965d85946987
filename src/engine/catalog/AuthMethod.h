#pragma once

#include "catalog/Guide.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace keylink {

struct Field {
    // Host: a server the user types (self-managed GitLab), held to the host
    // rules before anything is sent there.
    enum class Kind { Secret, Email, Text, Host };
    QString id;
    QString label;
    Kind kind = Kind::Text;
    QRegularExpression pattern;
    QString patternMessage;
    QString hint;
    QString defaultValue; // an empty entry means this

    bool isSecret() const { return kind == Kind::Secret; }
    bool accepts(const QString &value) const { return pattern.match(value).hasMatch(); }
};

struct Environment {
    QString id;
    QString label;
    QUrl baseUrl; // empty when the host is a template
    // As the file wrote it; may hold {field} placeholders in its host
    // (schema 2), which HostRules resolves and checks before a request.
    QString baseUrlTemplate;
    QStringList tokenPrefixes; // empty when the method has one environment for every token
};

// A value cut from a field and usable as a placeholder: Mailchimp's data
// centre is the API key's text after its last "-".
struct DerivedField {
    QString id;
    QString from;
    QString after;
};

// Where a method's credential goes on every request it makes.
struct CredentialPlacement {
    QList<std::pair<QString, QString>> headers; // name -> template
    QString basicUser, basicPassword; // templates; HTTP Basic when either is set
    QList<std::pair<QString, QString>> query; // name -> template, percent-encoded when sent
    bool hasBasic() const { return !basicUser.isEmpty() || !basicPassword.isEmpty(); }
};

// A request template: headers may hold {field} placeholders.
struct RequestSpec {
    QString method;
    QString path;
    QString query;
    QList<std::pair<QString, QString>> headers;
    QByteArray body; // POST only: compact JSON, sent as application/json
};

// A condition on the body of a 2xx answer (Slack's "ok": true, GraphQL's
// absent "errors").
struct BodyCondition {
    QString pointer;
    std::optional<QJsonValue> equals;
    bool absent = false;
};

// Where an answer lists the scopes a credential holds.
struct GrantedScopesSpec {
    std::optional<RequestSpec> request; // its own request, else the verify answer
    QString header;
    QString separator = QStringLiteral(",");
    QString pointer; // to an array
    QString item; // pointer into each element, for arrays of objects
};

// Where an answer says when the credential expires.
struct ExpirySpec {
    QString header;
    QString pointer;
    bool fromIdentity = false; // the identity request's answer, not verify's
};

// How Keylink makes sure the user a token acts for (an email field) is an
// active user of the account.
struct UserCheckSpec {
    RequestSpec request;
    QString field; // the field holding the email
    QString email; // JSON pointer into each listed user
    QString active; // JSON pointer to the user's active flag
    QString name; // JSON pointer to the user's display name
    QString unconfirmed; // topic id in the provider's "unconfirmed" list
};

struct VerifySpec {
    RequestSpec request;
    // Each is a JSON pointer into the answer ("/account/name") or a template
    // over the fields ("{user_email}").
    QString identityId;
    QString identityName;
    QString requestId; // JSON pointer, optional
    std::optional<UserCheckSpec> userCheck;
    // Schema 2: success written in the body, and what a failure code means
    // ("invalid_auth" -> "credentials"); identity from a second request;
    // scopes and expiry read from the answer.
    QList<BodyCondition> success;
    QHash<QString, QString> failures;
    std::optional<RequestSpec> identityRequest;
    std::optional<GrantedScopesSpec> grantedScopes;
    std::optional<ExpirySpec> expiry;
};

struct ScopeProbe {
    QString method; // always GET: a probe never writes
    QString path;
    QString query;
};

struct Scope {
    QString id;
    QString description;
    QString group;
    QString family;
    std::optional<ScopeProbe> probe;
    // Schema 2: narrower scopes this one grants too (GitHub's admin:org
    // holds read:org; GitLab's api holds read_api), for scopes read from an
    // answer that names only the broadest.
    QStringList includes;
};

struct ScopeFamily {
    QString id;
    QString label;
};

struct Action {
    QString id;
    QString label;
    QStringList scopes;
};

struct OAuthSpec {
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QString tokenRequestFormat; // "json" or "form"
    QStringList grants;
    QString scopeSeparator;
    bool singleUseRefreshTokens = false;
    QString expiresIn; // "seconds", "epoch" or "seconds-or-epoch"
    QString unconfirmed;
};

struct AuthMethod {
    enum class Kind { Token, OAuth2 };
    QString id;
    QString label;
    Kind kind = Kind::Token;
    QString description;
    // Said before anything else when this method is chosen, after the
    // provider's own (which hold for every method).
    QStringList warnings;
    QList<Field> fields;
    QList<Environment> environments;
    QString environmentField;
    // Probe: the verify request tries each environment in turn (regions).
    enum class EnvironmentBy { Prefix, Probe };
    EnvironmentBy environmentBy = EnvironmentBy::Prefix;
    CredentialPlacement auth;
    // What `keylink run --account` sets: variable name -> field id (or
    // "access_token" for an OAuth method), as the provider's own SDKs and
    // docs name them.
    QList<std::pair<QString, QString>> environmentVariables;
    QList<DerivedField> derivedFields;
    QStringList allowedHosts; // see HostRules
    VerifySpec verify;
    std::optional<OAuthSpec> oauth;
    QList<ScopeFamily> scopeFamilies;
    bool exclusiveScopeFamilies = false;
    QString exclusiveScopeFamiliesReason;
    QList<Scope> scopes;
    QStringList recommendedScopes;
    QList<Action> actions;
    Guide guide;

    const Field *field(const QString &id) const;
    const Scope *scope(const QString &id) const;
    const Action *action(const QString &id) const;

    // The scopes the given actions need, each once, in the catalog's order.
    QStringList scopesForActions(const QStringList &actionIds) const;
    // The labels of the actions that need a scope, in the catalog's order.
    QStringList actionsNeeding(const QString &scopeId) const;
    // The environment a token belongs to (by prefix), or nullptr when its
    // prefix is unknown. With a single unprefixed environment, that one.
    const Environment *environmentFor(const QString &environmentFieldValue) const;
    // Why a selection of scopes cannot be used together (an OAuth
    // application mixing exclusive scope families), or empty when it can.
    QString scopeSelectionProblem(const QStringList &scopeIds) const;
    // Every scope whose probe is a cheap read request.
    int probeCount() const;
};

} // namespace keylink
