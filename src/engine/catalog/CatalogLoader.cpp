#include "catalog/CatalogLoader.h"

#include "core/BoundedFile.h"

#include "catalog/JsonObjectReader.h"
#include "core/LoggingCategories.h"
#include "core/Translations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentMap>

using namespace Qt::StringLiterals;

namespace keylink {

namespace {

const QString IdPattern = u"^[a-z0-9][a-z0-9_-]*$"_s;
const QString IdExpected = u"lower-case letters, digits, - and _"_s;

QString quoted(const QString &s)
{
    return u'"' + s + u'"';
}

// Reports a second use of an id within one list.
class UniqueIds
{
public:
    explicit UniqueIds(QString what)
        : m_what(std::move(what))
    { }
    void check(JsonObjectReader &reader, const QString &id)
    {
        if (id.isEmpty())
            return;
        if (m_firstPath.contains(id)) {
            reader.error(u"id"_s,
                u"duplicate %1 id %2, already used at %3"_s.arg(m_what, quoted(id), m_firstPath.value(id)),
                u"an id used once"_s);
            return;
        }
        m_firstPath.insert(id, reader.pathOf(u"id"_s));
    }
    bool contains(const QString &id) const { return m_firstPath.contains(id); }
    QStringList ids() const { return m_firstPath.keys(); }

private:
    QString m_what;
    QHash<QString, QString> m_firstPath;
};

QRegularExpression regex(
    JsonObjectReader &reader, const QString &key, JsonObjectReader::Presence presence, int captureGroups = -1)
{
    const QString pattern = reader.string(key, presence);
    if (pattern.isEmpty())
        return {};
    QRegularExpression re(pattern);
    if (!re.isValid()) {
        reader.error(key,
            u"invalid regular expression: %1 at offset %2"_s.arg(re.errorString()).arg(re.patternErrorOffset()),
            u"a valid Perl-compatible regular expression"_s);
        return {};
    }
    if (captureGroups >= 0 && re.captureCount() != captureGroups) {
        reader.error(key, u"has %1 capture groups"_s.arg(re.captureCount()),
            u"a regular expression with exactly %1 capture group(s)"_s.arg(captureGroups));
        return {};
    }
    return re;
}

QString pointer(JsonObjectReader &reader, const QString &key, JsonObjectReader::Presence presence)
{
    const QString text = reader.string(key, presence);
    if (!text.isEmpty() && !text.startsWith(u'/')) {
        reader.error(
            key, u"%1 is not a JSON pointer"_s.arg(quoted(text)), u"a JSON pointer such as \"/account/name\""_s);
        return {};
    }
    return text;
}

// Checks every {placeholder} of a template against the names that may fill it.
void checkPlaceholders(JsonObjectReader &reader, const QString &path, const QString &text, const QStringList &allowed)
{
    static const QRegularExpression placeholder(u"\\{([^{}]*)\\}"_s);
    QString rest = text;
    for (const QRegularExpressionMatch &m : placeholder.globalMatch(text)) {
        if (!allowed.contains(m.captured(1))) {
            reader.errorAtPath(path, u"placeholder {%1} names no field of this method"_s.arg(m.captured(1)),
                u"one of: "_s + allowed.join(u", "_s));
        }
        rest.replace(m.captured(0), QString());
    }
    if (rest.contains(u'{') || rest.contains(u'}'))
        reader.errorAtPath(path, u"has an unmatched brace"_s, u"placeholders written as {field}"_s);
}

void checkMarkup(JsonObjectReader &reader, const QString &path, const QString &text)
{
    if (text.count(u"**"_s) % 2 != 0)
        reader.errorAtPath(path, u"has an unclosed ** (bold)"_s, u"bold text written as **UI path**"_s);
}

// Texts people read go through the "Catalog" translation context; the
// markup is checked on the file's own text.
QString translated(const QString &text)
{
    return Translations::catalogText(text);
}

QString markupText(JsonObjectReader &reader, const QString &key, JsonObjectReader::Presence presence)
{
    const QString text = reader.string(key, presence);
    checkMarkup(reader, reader.pathOf(key), text);
    return text;
}

// A list of scope ids, each of which the method must declare.
QStringList scopeList(JsonObjectReader &r, const QString &key, const UniqueIds &declared)
{
    const QStringList ids = r.strings(key, JsonObjectReader::Optional);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (!declared.contains(ids.at(i)))
            r.errorAtPath(u"%1[%2]"_s.arg(r.pathOf(key)).arg(i), u"unknown scope %1"_s.arg(quoted(ids.at(i))),
                u"a scope declared in this method's \"scopes\""_s);
    }
    return ids;
}

RequestSpec parseRequest(
    JsonObjectReader &r, const QStringList &placeholders, bool readOnly, bool headersRequired = true)
{
    RequestSpec spec;
    const QStringList methods = readOnly ? QStringList {u"GET"_s} : QStringList {u"GET"_s, u"POST"_s, u"HEAD"_s};
    spec.method = r.oneOf(u"method"_s, methods);
    spec.path = r.string(u"path"_s);
    if (!spec.path.isEmpty() && !spec.path.startsWith(u'/'))
        r.error(u"path"_s, u"%1 does not start with /"_s.arg(quoted(spec.path)), u"a path such as \"/v1/ping\""_s);
    spec.query = r.string(u"query"_s, JsonObjectReader::Optional);
    const bool required = !readOnly && headersRequired;
    if (r.has(u"headers"_s) || required)
        spec.headers = r.stringMap(u"headers"_s, required ? JsonObjectReader::Required : JsonObjectReader::Optional);
    for (const auto &[name, value] : spec.headers)
        checkPlaceholders(r, JsonObjectReader::childPath(r.pathOf(u"headers"_s), name), value, placeholders);
    if (r.has(u"body"_s)) {
        const QJsonValue body = r.raw().value(u"body"_s);
        if (spec.method != u"POST"_s)
            r.error(u"body"_s, u"is set on a %1 request"_s.arg(spec.method), u"a body on a POST request only"_s);
        else if (body.isObject())
            spec.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
        else if (body.isArray())
            spec.body = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
        else
            r.error(u"body"_s, u"is not a JSON object or array"_s, u"the JSON document to send"_s);
        r.markRead(u"body"_s);
    }
    r.finish();
    return spec;
}

QString identityValue(JsonObjectReader &r, const QString &key, const QStringList &placeholders)
{
    const QString value = r.string(key);
    if (value.isEmpty())
        return {};
    if (value.startsWith(u'/'))
        return value;
    if (!value.contains(u'{')) {
        r.error(key, u"%1 is neither a JSON pointer nor a template"_s.arg(quoted(value)),
            u"a JSON pointer into the answer (\"/id\") or a field template (\"{user_email}\")"_s);
        return {};
    }
    checkPlaceholders(r, r.pathOf(key), value, placeholders);
    return value;
}

struct MethodContext {
    QStringList fieldIds;
    QStringList placeholders;
    QSet<QString> unconfirmedTopics;
    int schema = 1;
};

// Schema 2: a pointer, or "text" where a plain-text body is the message.
QString pointerOrText(JsonObjectReader &r, const QString &key, JsonObjectReader::Presence presence, int schema)
{
    if (schema >= 2 && r.raw().value(key).toString() == u"text"_s) {
        r.markRead(key);
        return u"text"_s;
    }
    return pointer(r, key, presence);
}

std::optional<RequestSpec> optionalRequest(JsonObjectReader &r, const QString &key, const MethodContext &ctx)
{
    if (auto request = r.object(key, JsonObjectReader::Optional))
        return parseRequest(*request, ctx.placeholders, true, false);
    return std::nullopt;
}

void parseVerifyV2(JsonObjectReader &r, const MethodContext &ctx, VerifySpec &spec)
{
    for (JsonObjectReader &c : r.objects(u"success"_s, JsonObjectReader::Optional)) {
        BodyCondition condition;
        condition.pointer = pointer(c, u"pointer"_s, JsonObjectReader::Required);
        if (c.has(u"equals"_s)) {
            condition.equals = c.raw().value(u"equals"_s);
            c.markRead(u"equals"_s);
        }
        condition.absent = c.boolean(u"absent"_s, false);
        if (condition.absent == condition.equals.has_value())
            c.error(
                u"equals"_s, u"needs exactly one of equals and absent"_s, u"\"equals\": value or \"absent\": true"_s);
        c.finish();
        spec.success.append(condition);
    }
    if (auto failures = r.object(u"failures"_s, JsonObjectReader::Optional)) {
        const QStringList kinds {u"credentials"_s, u"permission"_s, u"rate-limit"_s, u"not-found"_s, u"provider"_s};
        for (const QString &code : failures->raw().keys())
            spec.failures.insert(code, failures->oneOf(code, kinds));
        failures->finish();
    }
    spec.identityRequest = optionalRequest(r, u"identityRequest"_s, ctx);
    if (auto granted = r.object(u"grantedScopes"_s, JsonObjectReader::Optional)) {
        GrantedScopesSpec g;
        g.request = optionalRequest(*granted, u"request"_s, ctx);
        g.header = granted->string(u"header"_s, JsonObjectReader::Optional);
        g.separator = granted->string(u"separator"_s, JsonObjectReader::Optional);
        if (g.separator.isEmpty())
            g.separator = u","_s;
        g.pointer = pointer(*granted, u"pointer"_s, JsonObjectReader::Optional);
        g.item = pointer(*granted, u"item"_s, JsonObjectReader::Optional);
        if (g.header.isEmpty() == g.pointer.isEmpty())
            granted->error(u"header"_s, u"needs exactly one of header and pointer"_s,
                u"a response header or a JSON pointer to a list"_s);
        granted->finish();
        spec.grantedScopes = g;
    }
    if (auto expiry = r.object(u"expiry"_s, JsonObjectReader::Optional)) {
        ExpirySpec e;
        e.header = expiry->string(u"header"_s, JsonObjectReader::Optional);
        e.pointer = pointer(*expiry, u"pointer"_s, JsonObjectReader::Optional);
        e.fromIdentity = expiry->oneOf(u"from"_s, {u"verify"_s, u"identity"_s}, JsonObjectReader::Optional, u"verify"_s)
            == u"identity"_s;
        if (e.header.isEmpty() == e.pointer.isEmpty())
            expiry->error(
                u"header"_s, u"needs exactly one of header and pointer"_s, u"a response header or a JSON pointer"_s);
        if (e.fromIdentity && !spec.identityRequest)
            expiry->error(u"from"_s, u"is \"identity\" without an identityRequest"_s, u"\"verify\""_s);
        expiry->finish();
        spec.expiry = e;
    }
}

void checkUnconfirmedRef(JsonObjectReader &r, const QString &key, const MethodContext &ctx, QString *out)
{
    *out = r.string(key, JsonObjectReader::Optional);
    if (!out->isEmpty() && !ctx.unconfirmedTopics.contains(*out))
        r.error(
            key, u"names unknown topic %1"_s.arg(quoted(*out)), u"a topic of the provider's \"unconfirmed\" list"_s);
}

VerifySpec parseVerify(JsonObjectReader &r, const MethodContext &ctx)
{
    VerifySpec spec;
    if (auto request = r.object(u"request"_s))
        spec.request = parseRequest(*request, ctx.placeholders, false, ctx.schema < 2);
    if (ctx.schema >= 2)
        parseVerifyV2(r, ctx, spec);
    if (auto identity = r.object(u"identity"_s)) {
        spec.identityId = identityValue(*identity, u"id"_s, ctx.placeholders);
        spec.identityName = identityValue(*identity, u"name"_s, ctx.placeholders);
        identity->finish();
    }
    spec.requestId = pointer(r, u"requestId"_s, JsonObjectReader::Optional);
    if (auto check = r.object(u"userCheck"_s, JsonObjectReader::Optional)) {
        UserCheckSpec user;
        checkUnconfirmedRef(*check, u"unconfirmed"_s, ctx, &user.unconfirmed);
        if (auto request = check->object(u"request"_s))
            user.request = parseRequest(*request, ctx.placeholders, true);
        user.field = check->string(u"field"_s);
        if (!user.field.isEmpty() && !ctx.fieldIds.contains(user.field))
            check->error(u"field"_s, u"names unknown field %1"_s.arg(quoted(user.field)),
                u"one of: "_s + ctx.fieldIds.join(u", "_s));
        user.email = pointer(*check, u"email"_s, JsonObjectReader::Required);
        user.active = pointer(*check, u"active"_s, JsonObjectReader::Required);
        user.name = pointer(*check, u"name"_s, JsonObjectReader::Optional);
        check->finish();
        spec.userCheck = user;
    }
    r.finish();
    return spec;
}

Guide parseGuide(JsonObjectReader &r, const UniqueIds &scopes)
{
    Guide guide;
    guide.title = translated(r.string(u"title"_s, JsonObjectReader::Optional));
    UniqueIds sectionIds(u"section"_s);
    for (JsonObjectReader &s : r.objects(u"sections"_s, JsonObjectReader::Required, true)) {
        GuideSection section;
        section.id = s.identifier(u"id"_s, IdPattern, IdExpected);
        sectionIds.check(s, section.id);
        section.title = translated(s.string(u"title"_s));
        section.intro = translated(markupText(s, u"intro"_s, JsonObjectReader::Optional));
        for (JsonObjectReader &st : s.objects(u"steps"_s, JsonObjectReader::Required, true)) {
            GuideStep step;
            step.title = translated(st.string(u"title"_s));
            step.text = translated(markupText(st, u"text"_s, JsonObjectReader::Required));
            step.items = st.strings(u"items"_s, JsonObjectReader::Optional);
            for (qsizetype i = 0; i < step.items.size(); ++i)
                checkMarkup(st, u"%1[%2]"_s.arg(st.pathOf(u"items"_s)).arg(i), step.items.at(i));
            for (QString &item : step.items)
                item = translated(item);
            for (JsonObjectReader &l : st.objects(u"links"_s, JsonObjectReader::Optional)) {
                GuideLink link {translated(l.string(u"label"_s)), l.httpsUrl(u"url"_s)};
                l.finish();
                step.links.append(link);
            }
            step.scopes = scopeList(st, u"scopes"_s, scopes);
            step.listScopes = st.boolean(u"listScopes"_s, false);
            if (step.listScopes && step.scopes.isEmpty() && st.has(u"scopes"_s))
                st.error(u"scopes"_s, u"is empty although listScopes is true"_s, u"the scopes this step lists"_s);
            st.finish();
            section.steps.append(step);
        }
        s.finish();
        guide.sections.append(section);
    }
    r.finish();
    return guide;
}

OAuthSpec parseOAuth(JsonObjectReader &r, const MethodContext &ctx)
{
    OAuthSpec spec;
    spec.authorizeUrl = r.httpsUrl(u"authorizeUrl"_s, JsonObjectReader::Optional);
    spec.tokenUrl = r.httpsUrl(u"tokenUrl"_s);
    spec.tokenRequestFormat = r.oneOf(u"tokenRequestFormat"_s, {u"json"_s, u"form"_s});
    spec.grants = r.strings(u"grants"_s);
    const QStringList knownGrants {u"authorization_code"_s, u"client_credentials"_s, u"refresh_token"_s};
    for (qsizetype i = 0; i < spec.grants.size(); ++i) {
        if (!knownGrants.contains(spec.grants.at(i)))
            r.errorAtPath(u"%1[%2]"_s.arg(r.pathOf(u"grants"_s)).arg(i),
                u"unknown grant %1"_s.arg(quoted(spec.grants.at(i))), u"one of: "_s + knownGrants.join(u", "_s));
    }
    if (spec.grants.contains(u"authorization_code"_s) && spec.authorizeUrl.isEmpty() && !r.has(u"authorizeUrl"_s))
        r.error(u"authorizeUrl"_s, u"missing although the authorization_code grant is offered"_s,
            u"an absolute https:// URL"_s);
    spec.scopeSeparator = r.oneOf(u"scopeSeparator"_s, {u" "_s, u","_s}, JsonObjectReader::Optional, u" "_s);
    spec.singleUseRefreshTokens = r.boolean(u"singleUseRefreshTokens"_s, false);
    spec.expiresIn = r.oneOf(
        u"expiresIn"_s, {u"seconds"_s, u"epoch"_s, u"seconds-or-epoch"_s}, JsonObjectReader::Optional, u"seconds"_s);
    checkUnconfirmedRef(r, u"unconfirmed"_s, ctx, &spec.unconfirmed);
    r.finish();
    return spec;
}

Field parseField(JsonObjectReader &r, int schema)
{
    Field field;
    field.id = r.identifier(u"id"_s, u"^[a-z][a-z0-9_]*$"_s, u"lower-case letters, digits and _"_s);
    field.label = translated(r.string(u"label"_s));
    QStringList kinds {u"secret"_s, u"email"_s, u"text"_s};
    if (schema >= 2)
        kinds.append(u"host"_s);
    const QString kind = r.oneOf(u"kind"_s, kinds);
    field.kind = kind == u"secret"_s ? Field::Kind::Secret
        : kind == u"email"_s         ? Field::Kind::Email
        : kind == u"host"_s          ? Field::Kind::Host
                                     : Field::Kind::Text;
    if (schema >= 2)
        field.defaultValue = r.string(u"default"_s, JsonObjectReader::Optional);
    if (field.kind == Field::Kind::Secret && !field.defaultValue.isEmpty())
        r.error(u"default"_s, u"is set on a secret field"_s, u"no default for a secret"_s);
    const QRegularExpression re = regex(r, u"pattern"_s, JsonObjectReader::Required);
    // A field pattern always describes the whole value.
    if (!re.pattern().isEmpty())
        field.pattern = QRegularExpression(QRegularExpression::anchoredPattern(re.pattern()));
    field.patternMessage = translated(r.string(u"patternMessage"_s));
    field.hint = translated(r.string(u"hint"_s, JsonObjectReader::Optional));
    r.finish();
    return field;
}

// Schema 2: where the credential goes, values cut from fields, and the
// hosts a templated base URL may become.
void parsePlacement(JsonObjectReader &r, AuthMethod &m, MethodContext &ctx)
{
    UniqueIds derivedIds(u"derived field"_s);
    for (JsonObjectReader &d : r.objects(u"derivedFields"_s, JsonObjectReader::Optional)) {
        DerivedField field;
        field.id = d.identifier(u"id"_s, u"^[a-z][a-z0-9_]*$"_s, u"lower-case letters, digits and _"_s);
        derivedIds.check(d, field.id);
        if (ctx.fieldIds.contains(field.id))
            d.error(u"id"_s, u"%1 is also a field"_s.arg(quoted(field.id)), u"an id no field uses"_s);
        field.from = d.string(u"from"_s);
        if (!field.from.isEmpty() && !ctx.fieldIds.contains(field.from))
            d.error(u"from"_s, u"names unknown field %1"_s.arg(quoted(field.from)),
                u"one of: "_s + ctx.fieldIds.join(u", "_s));
        field.after = d.string(u"after"_s);
        d.finish();
        m.derivedFields.append(field);
        ctx.placeholders.append(field.id);
    }
    if (auto auth = r.object(u"auth"_s, JsonObjectReader::Optional)) {
        if (auth->has(u"headers"_s))
            m.auth.headers = auth->stringMap(u"headers"_s);
        for (const auto &[name, value] : m.auth.headers)
            checkPlaceholders(
                *auth, JsonObjectReader::childPath(auth->pathOf(u"headers"_s), name), value, ctx.placeholders);
        if (auto basic = auth->object(u"basic"_s, JsonObjectReader::Optional)) {
            m.auth.basicUser = basic->string(u"user"_s);
            m.auth.basicPassword = basic->string(u"password"_s);
            checkPlaceholders(*basic, basic->pathOf(u"user"_s), m.auth.basicUser, ctx.placeholders);
            checkPlaceholders(*basic, basic->pathOf(u"password"_s), m.auth.basicPassword, ctx.placeholders);
            basic->finish();
        }
        if (auth->has(u"query"_s))
            m.auth.query = auth->stringMap(u"query"_s);
        for (const auto &[name, value] : m.auth.query)
            checkPlaceholders(
                *auth, JsonObjectReader::childPath(auth->pathOf(u"query"_s), name), value, ctx.placeholders);
        auth->finish();
    }
    m.allowedHosts = r.strings(u"allowedHosts"_s, JsonObjectReader::Optional);
    for (qsizetype i = 0; i < m.allowedHosts.size(); ++i) {
        const QString &host = m.allowedHosts.at(i);
        static const QRegularExpression valid(u"^(https-any|(\\*\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)+)$"_s);
        if (!valid.match(host).hasMatch())
            r.errorAtPath(u"%1[%2]"_s.arg(r.pathOf(u"allowedHosts"_s)).arg(i),
                u"%1 is not a host pattern"_s.arg(quoted(host)),
                u"a host (api.example.com), *.example.com or \"https-any\""_s);
    }
}

// A base URL as written: https://host/path, where schema 2 allows
// {placeholders} in the host only.
void parseBaseUrl(JsonObjectReader &e, Environment &env, const MethodContext &ctx)
{
    const QString text = e.raw().value(u"baseUrl"_s).toString();
    if (ctx.schema < 2 || !text.contains(u'{')) {
        env.baseUrl = e.httpsUrl(u"baseUrl"_s);
        env.baseUrlTemplate = env.baseUrl.toString();
        return;
    }
    e.markRead(u"baseUrl"_s);
    env.baseUrlTemplate = text;
    const qsizetype slash = text.indexOf(u'/', 8);
    const QString path = slash < 0 ? QString() : text.mid(slash);
    if (!text.startsWith(u"https://"_s))
        e.error(u"baseUrl"_s, u"%1 is not an https URL"_s.arg(quoted(text)), u"https://{subdomain}.example.com"_s);
    else if (path.contains(u'{'))
        e.error(u"baseUrl"_s, u"has a placeholder outside its host"_s, u"placeholders in the host only"_s);
    else
        checkPlaceholders(e, e.pathOf(u"baseUrl"_s), text, ctx.placeholders);
}

AuthMethod parseMethod(JsonObjectReader &r, const QSet<QString> &unconfirmedTopics, int schema)
{
    AuthMethod m;
    m.id = r.identifier(u"id"_s, IdPattern, IdExpected);
    m.label = translated(r.string(u"label"_s));
    const QString kind = r.oneOf(u"kind"_s, {u"token"_s, u"oauth2"_s});
    m.kind = kind == u"oauth2"_s ? AuthMethod::Kind::OAuth2 : AuthMethod::Kind::Token;
    m.description = translated(r.string(u"description"_s));
    m.warnings = r.strings(u"warnings"_s, JsonObjectReader::Optional);
    for (QString &warning : m.warnings)
        warning = translated(warning);

    MethodContext ctx;
    ctx.unconfirmedTopics = unconfirmedTopics;
    ctx.schema = schema;
    UniqueIds fieldIds(u"field"_s);
    for (JsonObjectReader &f : r.objects(u"fields"_s, JsonObjectReader::Required, true)) {
        Field field = parseField(f, schema);
        fieldIds.check(f, field.id);
        m.fields.append(field);
        ctx.fieldIds.append(field.id);
    }
    ctx.placeholders = ctx.fieldIds;
    if (m.kind == AuthMethod::Kind::OAuth2)
        ctx.placeholders.append(u"access_token"_s); // obtained from the token endpoint, never typed
    if (schema >= 2)
        parsePlacement(r, m, ctx);
    // Any schema: the names `keylink run` gives the fields.
    if (r.has(u"environmentVariables"_s)) {
        m.environmentVariables = r.stringMap(u"environmentVariables"_s);
        static const QRegularExpression name(u"^[A-Z_][A-Z0-9_]*$"_s);
        QStringList sources = ctx.fieldIds;
        if (m.kind == AuthMethod::Kind::OAuth2)
            sources.append(u"access_token"_s);
        for (const auto &[variable, field] : m.environmentVariables) {
            const QString path = JsonObjectReader::childPath(r.pathOf(u"environmentVariables"_s), variable);
            if (!name.match(variable).hasMatch())
                r.errorAtPath(path, u"%1 is not an environment variable name"_s.arg(quoted(variable)),
                    u"upper-case letters, digits and _"_s);
            if (!sources.contains(field))
                r.errorAtPath(
                    path, u"names unknown field %1"_s.arg(quoted(field)), u"one of: "_s + sources.join(u", "_s));
        }
    }

    UniqueIds envIds(u"environment"_s);
    QSet<QString> prefixes;
    for (JsonObjectReader &e : r.objects(u"environments"_s, JsonObjectReader::Required, true)) {
        Environment env;
        env.id = e.identifier(u"id"_s, IdPattern, IdExpected);
        envIds.check(e, env.id);
        env.label = translated(e.string(u"label"_s));
        parseBaseUrl(e, env, ctx);
        const QString prefix = e.string(u"tokenPrefix"_s, JsonObjectReader::Optional);
        if (!prefix.isEmpty())
            env.tokenPrefixes.append(prefix);
        if (schema >= 2)
            env.tokenPrefixes += e.strings(u"tokenPrefixes"_s, JsonObjectReader::Optional);
        for (const QString &p : std::as_const(env.tokenPrefixes)) {
            if (prefixes.contains(p))
                e.error(u"tokenPrefix"_s, u"duplicate token prefix %1"_s.arg(quoted(p)), u"a prefix used once"_s);
            prefixes.insert(p);
        }
        if (env.baseUrlTemplate.contains(u'{') && m.allowedHosts.isEmpty())
            e.error(u"baseUrl"_s, u"has a placeholder but the method has no allowedHosts"_s,
                u"\"allowedHosts\" naming where the credential may go"_s);
        e.finish();
        m.environments.append(env);
    }
    m.environmentField = r.string(u"environmentField"_s, JsonObjectReader::Optional);
    if (!prefixes.isEmpty()) {
        if (m.environmentField.isEmpty() && !r.has(u"environmentField"_s))
            r.error(u"environmentField"_s, u"missing although environments have token prefixes"_s,
                u"the id of the field whose prefix picks the environment"_s);
        bool some = false, all = true;
        for (const Environment &env : std::as_const(m.environments)) {
            some = some || !env.tokenPrefixes.isEmpty();
            all = all && !env.tokenPrefixes.isEmpty();
        }
        if (some && !all)
            r.error(u"environments"_s, u"only some environments have a tokenPrefix"_s,
                u"a tokenPrefix on every environment, or on none"_s);
    }
    if (!m.environmentField.isEmpty() && !ctx.fieldIds.contains(m.environmentField))
        r.error(u"environmentField"_s, u"names unknown field %1"_s.arg(quoted(m.environmentField)),
            u"one of: "_s + ctx.fieldIds.join(u", "_s));
    if (!m.environmentField.isEmpty() && prefixes.isEmpty())
        r.error(u"environmentField"_s, u"is set but no environment has a tokenPrefix"_s,
            u"a tokenPrefix on every environment"_s);
    if (schema >= 2) {
        const QString by = r.oneOf(u"environmentBy"_s, {u"prefix"_s, u"only"_s, u"probe"_s}, JsonObjectReader::Optional,
            prefixes.isEmpty() ? u"only"_s : u"prefix"_s);
        m.environmentBy = by == u"probe"_s ? AuthMethod::EnvironmentBy::Probe : AuthMethod::EnvironmentBy::Prefix;
        if (by == u"probe"_s && (!prefixes.isEmpty() || m.environments.size() < 2))
            r.error(u"environmentBy"_s, u"is \"probe\" with token prefixes or a single environment"_s,
                u"two or more environments without prefixes"_s);
        if (by == u"only"_s && m.environments.size() > 1)
            r.error(u"environmentBy"_s, u"is \"only\" with several environments"_s, u"\"prefix\" or \"probe\""_s);
    }

    if (auto verify = r.object(u"verify"_s))
        m.verify = parseVerify(*verify, ctx);

    if (auto oauth = r.object(u"oauth"_s, JsonObjectReader::Optional))
        m.oauth = parseOAuth(*oauth, ctx);
    if (m.kind == AuthMethod::Kind::OAuth2 && !m.oauth && !r.has(u"oauth"_s))
        r.error(
            u"oauth"_s, u"missing for an oauth2 method"_s, u"an object with tokenUrl, grants and tokenRequestFormat"_s);
    if (m.kind == AuthMethod::Kind::Token && r.has(u"oauth"_s))
        r.error(u"oauth"_s, u"is set on a token method"_s, u"no oauth object, or kind \"oauth2\""_s);

    UniqueIds familyIds(u"scope family"_s);
    for (JsonObjectReader &f : r.objects(u"scopeFamilies"_s, JsonObjectReader::Optional)) {
        ScopeFamily family {
            f.identifier(u"id"_s, u"^[a-z0-9][a-z0-9._-]*$"_s, IdExpected), translated(f.string(u"label"_s))};
        familyIds.check(f, family.id);
        f.finish();
        m.scopeFamilies.append(family);
    }
    m.exclusiveScopeFamilies = r.boolean(u"exclusiveScopeFamilies"_s, false);
    m.exclusiveScopeFamiliesReason = translated(r.string(u"exclusiveScopeFamiliesReason"_s,
        m.exclusiveScopeFamilies ? JsonObjectReader::Required : JsonObjectReader::Optional));
    if (m.exclusiveScopeFamilies && m.scopeFamilies.size() < 2)
        r.error(u"exclusiveScopeFamilies"_s, u"is true with fewer than two scope families"_s,
            u"at least two entries in \"scopeFamilies\""_s);

    UniqueIds scopeIds(u"scope"_s);
    for (JsonObjectReader &s : r.objects(u"scopes"_s)) {
        Scope scope;
        scope.id = s.string(u"id"_s);
        scopeIds.check(s, scope.id);
        scope.description = translated(s.string(u"description"_s));
        scope.group = translated(s.string(u"group"_s, JsonObjectReader::Optional));
        scope.family = s.string(
            u"family"_s, m.scopeFamilies.isEmpty() ? JsonObjectReader::Optional : JsonObjectReader::Required);
        if (!scope.family.isEmpty() && !familyIds.contains(scope.family))
            s.error(u"family"_s, u"unknown scope family %1"_s.arg(quoted(scope.family)),
                m.scopeFamilies.isEmpty() ? u"no family: this method declares no \"scopeFamilies\""_s
                                          : u"one of: "_s + familyIds.ids().join(u", "_s));
        if (auto probe = s.object(u"probe"_s, JsonObjectReader::Optional)) {
            const RequestSpec request = parseRequest(*probe, ctx.placeholders, true);
            scope.probe = ScopeProbe {request.method, request.path, request.query};
        }
        if (schema >= 2)
            scope.includes = s.strings(u"includes"_s, JsonObjectReader::Optional);
        s.finish();
        m.scopes.append(scope);
    }
    // Checked once every scope is declared: a scope may include a later one.
    for (qsizetype i = 0; i < m.scopes.size(); ++i) {
        const QStringList &includes = m.scopes.at(i).includes;
        for (qsizetype j = 0; j < includes.size(); ++j) {
            if (!scopeIds.contains(includes.at(j)))
                r.errorAtPath(u"%1[%2].includes[%3]"_s.arg(r.pathOf(u"scopes"_s)).arg(i).arg(j),
                    u"unknown scope %1"_s.arg(quoted(includes.at(j))),
                    u"a scope declared in this method's \"scopes\""_s);
        }
    }
    m.recommendedScopes = scopeList(r, u"recommendedScopes"_s, scopeIds);

    UniqueIds actionIds(u"action"_s);
    for (JsonObjectReader &a : r.objects(u"actions"_s)) {
        Action action;
        action.id = a.identifier(u"id"_s, IdPattern, IdExpected);
        actionIds.check(a, action.id);
        action.label = translated(a.string(u"label"_s));
        action.scopes = scopeList(a, u"scopes"_s, scopeIds);
        if (!a.has(u"scopes"_s))
            a.error(u"scopes"_s, u"missing"_s, u"the scopes this action needs"_s);
        else if (action.scopes.isEmpty())
            a.error(u"scopes"_s, u"is empty"_s, u"the scopes this action needs"_s);
        a.finish();
        m.actions.append(action);
    }

    if (auto guide = r.object(u"guide"_s))
        m.guide = parseGuide(*guide, scopeIds);
    r.finish();
    return m;
}

void parseApi(JsonObjectReader &r, Provider &p, int schema)
{
    if (auto errors = r.object(u"errors"_s)) {
        ErrorShape &e = p.errors;
        e.message = pointerOrText(*errors, u"message"_s, JsonObjectReader::Required, schema);
        e.title = pointer(*errors, u"title"_s, JsonObjectReader::Optional);
        e.status = pointer(*errors, u"status"_s, JsonObjectReader::Optional);
        e.code = pointer(*errors, u"code"_s, JsonObjectReader::Optional);
        e.type = pointer(*errors, u"type"_s, JsonObjectReader::Optional);
        e.details = pointer(*errors, u"details"_s, JsonObjectReader::Optional);
        e.requestId = pointer(*errors, u"requestId"_s, JsonObjectReader::Optional);
        if (auto codes = errors->object(u"codes"_s, JsonObjectReader::Optional)) {
            for (const QString &code : codes->raw().keys()) {
                const int status = codes->integer(code);
                if (status < 100 || status > 599)
                    codes->error(code, u"%1 is not an HTTP status"_s.arg(status), u"a number from 100 to 599"_s);
                e.codes.insert(code, status);
            }
        }
        errors->finish();
    }
    if (auto rate = r.object(u"rateLimit"_s)) {
        RateLimitSpec &rl = p.rateLimit;
        rl.summary = translated(rate->string(u"summary"_s));
        rl.limitHeader = rate->string(u"limitHeader"_s, JsonObjectReader::Optional);
        rl.remainingHeader = rate->string(u"remainingHeader"_s, JsonObjectReader::Optional);
        rl.resetHeader = rate->string(u"resetHeader"_s, JsonObjectReader::Optional);
        rl.resetFormat = rate->oneOf(u"resetFormat"_s, {u"epoch"_s, u"seconds"_s},
            rl.resetHeader.isEmpty() ? JsonObjectReader::Optional : JsonObjectReader::Required);
        rl.retryAfterHeader = rate->string(u"retryAfterHeader"_s, JsonObjectReader::Optional);
        if (auto retryIn = rate->object(u"retryInMessage"_s, JsonObjectReader::Optional)) {
            rl.retryInMessage = regex(*retryIn, u"pattern"_s, JsonObjectReader::Required, 1);
            rl.retryInMessageUnit = retryIn->oneOf(u"unit"_s, {u"milliseconds"_s, u"seconds"_s});
            retryIn->finish();
        }
        rate->finish();
    }
    if (auto list = r.object(u"list"_s, JsonObjectReader::Optional)) {
        p.list.results = pointer(*list, u"results"_s, JsonObjectReader::Required);
        p.list.next = pointer(*list, u"next"_s, JsonObjectReader::Required);
        list->finish();
    }
    if (auto hosts = r.object(u"legacyHosts"_s, JsonObjectReader::Optional)) {
        for (const QString &name : hosts->raw().keys())
            hosts->httpsUrl(name);
        hosts->finish();
    }
    r.finish();
}

QString lineAndColumn(const QByteArray &json, int offset)
{
    const QByteArray before = json.left(offset);
    const int line = int(before.count('\n')) + 1;
    const int column = int(offset - (before.lastIndexOf('\n') + 1)) + 1;
    return u"line %1, column %2"_s.arg(line).arg(column);
}

} // namespace

QString CatalogLoader::builtInDirectory()
{
    return u":/providers"_s;
}

QString CatalogLoader::userDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/providers"_s;
}

std::optional<Provider> CatalogLoader::parse(
    const QByteArray &json, const QString &fileName, const QString &baseDirectory, QList<CatalogError> *errors)
{
    const qsizetype before = errors->size();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        errors->append({fileName, u"$"_s,
            u"not valid JSON at %1: %2"_s.arg(lineAndColumn(json, parseError.offset), parseError.errorString()),
            u"a JSON object"_s});
        return std::nullopt;
    }
    if (!doc.isObject()) {
        errors->append(
            {fileName, u"$"_s, u"the document is not a JSON object"_s, u"a JSON object describing one provider"_s});
        return std::nullopt;
    }

    JsonObjectReader r(doc.object(), u"$"_s, fileName, errors);
    Provider p;
    const int schema = r.integer(u"schema"_s);
    if (r.has(u"schema"_s) && (schema < 1 || schema > SchemaVersion) && errors->size() == before) {
        // Nothing else in the file can be read against a schema Keylink does not know.
        r.error(u"schema"_s, u"version %1 is not supported"_s.arg(schema), u"1 or %1"_s.arg(SchemaVersion));
        return std::nullopt;
    }
    p.id = r.identifier(u"id"_s, IdPattern, IdExpected);
    p.name = r.string(u"name"_s);
    p.description = translated(r.string(u"description"_s));
    const QString icon = r.string(u"icon"_s);
    if (!icon.isEmpty()) {
        p.iconPath = QDir(baseDirectory).filePath(icon);
        if (!QFileInfo(p.iconPath).isFile())
            r.error(u"icon"_s, u"file %1 not found"_s.arg(quoted(p.iconPath)),
                u"an SVG file path relative to the provider file"_s);
        else if (!icon.endsWith(u".svg"_s, Qt::CaseInsensitive))
            r.error(u"icon"_s, u"%1 is not an SVG file"_s.arg(quoted(icon)), u"a file ending in .svg"_s);
    }
    p.homepage = r.httpsUrl(u"homepage"_s);
    p.dashboard = r.httpsUrl(u"dashboard"_s);
    p.warnings = r.strings(u"warnings"_s, JsonObjectReader::Optional);
    for (QString &warning : p.warnings)
        warning = translated(warning);

    QSet<QString> topics;
    for (JsonObjectReader &u : r.objects(u"unconfirmed"_s, JsonObjectReader::Optional)) {
        Unconfirmed item {u.identifier(u"topic"_s, IdPattern, IdExpected), translated(u.string(u"guess"_s))};
        if (topics.contains(item.topic))
            u.error(u"topic"_s, u"duplicate topic %1"_s.arg(quoted(item.topic)), u"a topic used once"_s);
        topics.insert(item.topic);
        u.finish();
        p.unconfirmed.append(item);
    }
    if (schema >= 2) {
        p.category = r.oneOf(u"category"_s, Provider::categories(), JsonObjectReader::Optional);
        p.keywords = r.strings(u"keywords"_s, JsonObjectReader::Optional);
        for (JsonObjectReader &source : r.objects(u"sources"_s, JsonObjectReader::Required, true)) {
            p.sources.append({source.httpsUrl(u"url"_s), source.string(u"about"_s)});
            source.finish();
        }
    }
    if (auto api = r.object(u"api"_s))
        parseApi(*api, p, schema);

    UniqueIds methodIds(u"auth method"_s);
    for (JsonObjectReader &m : r.objects(u"authMethods"_s, JsonObjectReader::Required, true)) {
        AuthMethod method = parseMethod(m, topics, schema);
        methodIds.check(m, method.id);
        p.authMethods.append(method);
    }
    r.finish();

    if (errors->size() != before)
        return std::nullopt;
    p.definition = doc.object();
    return p;
}

std::optional<Provider> CatalogLoader::parseFile(const QString &path, bool builtIn, QList<CatalogError> *errors)
{
    // Only a regular file, and not a huge one: a FIFO or /dev/zero dropped
    // in the folder must neither hang Keylink nor fill its memory.
    QByteArray content;
    QString why;
    if (!BoundedFile::read(path, MaxFileSize, &content, &why)) {
        errors->append({path, u"$"_s, u"cannot be read: %1"_s.arg(why), u"a regular file of at most 4 MiB"_s});
        return std::nullopt;
    }
    std::optional<Provider> provider = parse(content, path, QFileInfo(path).absolutePath(), errors);
    if (provider) {
        provider->sourceFile = path;
        provider->builtIn = builtIn;
    }
    return provider;
}

CatalogLoadResult CatalogLoader::load(const QStringList &userDirectories)
{
    struct File {
        QString path;
        bool builtIn = false;
    };
    struct Parsed {
        std::optional<Provider> provider;
        QList<CatalogError> errors;
    };
    QList<File> files;
    auto list = [&files](const QString &directory, bool builtIn) {
        const QDir dir(directory);
        // QDir::System too: a FIFO or device named *.json is reported, not skipped in silence.
        for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files | QDir::System, QDir::Name))
            files.append({dir.filePath(name), builtIn});
    };
    list(builtInDirectory(), true);
    for (const QString &directory : userDirectories)
        list(directory, false);

    auto parseOne = [](const File &file) {
        Parsed parsed;
        parsed.provider = parseFile(file.path, file.builtIn, &parsed.errors);
        return parsed;
    };
    // Files parse independently, so a large in-house catalog uses every core
    // (bench_catalog: 200 files in half the time on 2 cores). The handful of
    // files most people have, read at every start, is not worth the threads.
    constexpr qsizetype ParallelFrom = 16;
    QList<Parsed> parsed;
    if (files.size() >= ParallelFrom) {
        parsed = QtConcurrent::blockingMapped<QList<Parsed>>(files, parseOne);
    } else {
        for (const File &file : std::as_const(files))
            parsed.append(parseOne(file));
    }

    // Merged in file order, so the outcome never depends on the threads.
    CatalogLoadResult result;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i).path;
        result.errors.append(parsed.at(i).errors);
        std::optional<Provider> &provider = parsed[i].provider;
        if (!provider) {
            qCDebug(lcCatalog) << "skipped provider file" << path;
            continue;
        }
        if (const Provider *existing = result.catalog.provider(provider->id)) {
            result.errors.append({path, u"$.id"_s,
                u"duplicate provider id %1, already defined by %2"_s.arg(quoted(provider->id), existing->sourceFile),
                u"an id no other provider file uses"_s});
            continue;
        }
        result.catalog.add(std::move(*provider));
    }
    qCDebug(lcCatalog) << "loaded" << result.catalog.providers().size() << "providers," << result.errors.size()
                       << "problems";
    return result;
}

} // namespace keylink
