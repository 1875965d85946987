#pragma once

#include "catalog/Guide.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace keylink {

struct Field {
    enum class Kind { Secret, Email, Text };
    QString id;
    QString label;
    Kind kind = Kind::Text;
    QRegularExpression pattern;
    QString patternMessage;
    QString hint;

    bool isSecret() const { return kind == Kind::Secret; }
    bool accepts(const QString &value) const { return pattern.match(value).hasMatch(); }
};

struct Environment {
    QString id;
    QString label;
    QUrl baseUrl;
    QString tokenPrefix; // empty when the method has one environment for every token
};

// A request template: headers may hold {field} placeholders.
struct RequestSpec {
    QString method;
    QString path;
    QString query;
    QList<std::pair<QString, QString>> headers;
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
