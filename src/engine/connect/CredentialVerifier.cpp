#include "connect/CredentialVerifier.h"

#include "connect/AnswerFacts.h"
#include "connect/CredentialRequest.h"
#include "connect/HostRules.h"
#include "connect/HttpExchange.h"
#include "connect/JsonNumbers.h"
#include "connect/JsonPointer.h"
#include "connect/ProviderAnswer.h"
#include "core/LoggingCategories.h"
#include "core/SafeText.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace keylink {

namespace {

QJsonValue rootOf(const QJsonDocument &doc)
{
    return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
}

} // namespace

CredentialVerifier::CredentialVerifier(const ProviderAccess &access, QObject *parent)
    : QObject(parent)
    , m_access(access)
{ }

CredentialVerifier::~CredentialVerifier() = default;

ConnectResult CredentialVerifier::checkInput(
    const AuthMethod &method, const SecretFields &fields, const Environment **environment)
{
    ConnectResult r;
    r.error = ConnectResult::Error::InvalidInput;
    for (const Field &f : method.fields) {
        const QString value = fields.value(f.id);
        if (value.isEmpty()) {
            r.message = tr("%1 is missing.").arg(f.label);
            return r;
        }
        if (!f.accepts(value)) {
            r.message = tr("%1 is not valid: %2").arg(f.label, f.patternMessage);
            return r;
        }
    }
    const Environment *env = method.environmentFor(fields.value(method.environmentField));
    if (!env) {
        // Never echo the value: it is (part of) a secret.
        QStringList prefixes;
        for (const Environment &e : method.environments)
            for (const QString &p : e.tokenPrefixes)
                prefixes.append(u"%1 (%2)"_s.arg(p, e.label.toLower()));
        const Field *field = method.field(method.environmentField);
        r.message = tr("%1 must start with %2; this one starts with neither, so Keylink cannot tell which "
                       "environment it belongs to.")
                        .arg(field ? field->label : method.environmentField, prefixes.join(tr(" or ")));
        return r;
    }
    *environment = env;
    return {};
}

CredentialRequest CredentialVerifier::placement() const
{
    return CredentialRequest(*m_method, m_fields, m_base, m_access.hostMap);
}

QUrl CredentialVerifier::urlFor(const QString &path, const QString &query) const
{
    return placement().urlFor(path, query);
}

void CredentialVerifier::send(const RequestSpec &spec, const QUrl &url, std::function<void(const HttpOutcome &)> done)
{
    HttpExchange *exchange = newExchange();
    connect(exchange, &HttpExchange::finished, this, std::move(done));
    if (spec.method == u"POST"_s)
        exchange->post(placement().request(spec, url), spec.body);
    else
        exchange->get(placement().request(spec, url));
}

HttpExchange *CredentialVerifier::newExchange()
{
    auto *exchange = new HttpExchange(m_access.network, this);
    exchange->setTimeout(m_access.timeoutMs);
    m_exchanges.append(exchange);
    return exchange;
}

void CredentialVerifier::start(
    const Provider &provider, const AuthMethod &method, const SecretFields &fields, const QStringList &scopes)
{
    m_provider = &provider;
    m_method = &method;
    m_fields = fields;
    for (const Field &f : method.fields) {
        if (m_fields.value(f.id).isEmpty() && !f.defaultValue.isEmpty())
            m_fields.insert(f.id, f.defaultValue);
    }
    m_result = {};
    m_done = false;
    m_pendingProbes.clear();
    m_runningProbes = 0;

    for (const QString &scope : scopes) {
        ScopeCheck check {scope, ScopeCheck::State::NotChecked, {}};
        const Scope *s = method.scope(scope);
        if (!s)
            check.message = tr("%1 has no scope “%2”.").arg(provider.name, scope);
        else if (!s->probe)
            check.message = tr("No read-only check is known for this scope, so Keylink cannot confirm it.");
        else
            m_pendingProbes.append(scope);
        m_result.scopes.append(check);
    }

    ConnectResult input = checkInput(method, m_fields, &m_environment);
    m_fields = HostRules::withDerived(method, m_fields);
    if (input.ok())
        useEnvironment(m_environment, &input);
    if (!input.ok()) {
        // Answer asynchronously like every other outcome.
        QMetaObject::invokeMethod(
            this, [this, input] { fail(input); }, Qt::QueuedConnection);
        return;
    }
    verifyIn(m_environment - method.environments.constData());
}

bool CredentialVerifier::useEnvironment(const Environment *environment, ConnectResult *problem)
{
    QString why;
    const QUrl base = HostRules::baseUrl(*m_method, *environment, m_fields, &why);
    if (base.isEmpty()) {
        problem->error = ConnectResult::Error::InvalidInput;
        problem->message = why;
        return false;
    }
    m_environment = environment;
    m_base = base;
    m_result.environmentId = environment->id;
    m_result.environmentLabel = environment->label;
    return true;
}

void CredentialVerifier::verifyIn(qsizetype environmentIndex)
{
    m_environmentIndex = environmentIndex;
    const RequestSpec &spec = m_method->verify.request;
    send(spec, urlFor(spec.path, spec.query), [this](const HttpOutcome &outcome) { onVerified(outcome); });
}

void CredentialVerifier::cancel()
{
    for (const QPointer<HttpExchange> &exchange : std::as_const(m_exchanges)) {
        if (exchange && exchange->isRunning()) {
            exchange->cancel(); // emits finished(Cancelled), which ends the verification
            return;
        }
    }
    if (!m_done) {
        ConnectResult cancelled;
        cancelled.error = ConnectResult::Error::Cancelled;
        cancelled.message = tr("Cancelled.");
        fail(cancelled);
    }
}

QString CredentialVerifier::identityValue(const QString &spec, const QJsonValue &answer) const
{
    return spec.startsWith(u'/') ? SafeText::clean(JsonPointer::text(answer, spec))
                                 : CredentialRequest::fill(spec, m_fields);
}

void CredentialVerifier::onVerified(const HttpOutcome &outcome)
{
    const ProviderAnswer answer(*m_provider, outcome, m_access.timeoutMs);
    ConnectResult result = answer.result();
    const VerifySpec &verify = m_method->verify;
    // Identifiers exactly as the provider wrote them, numbers included.
    const QJsonValue exact = rootOf(QJsonDocument::fromJson(JsonNumbers::quoted(outcome.body)));
    if (result.ok()) {
        if (const std::optional<ConnectResult> failure = AnswerFacts::bodyFailure(*m_provider, verify, exact, result))
            result = *failure;
    } else if (result.error == ConnectResult::Error::ProviderError && result.httpStatus < 500) {
        if (const std::optional<ConnectResult> failure = AnswerFacts::codedFailure(*m_provider, verify, exact, result))
            result = *failure;
    }
    // Regions: a credential another region does not know is tried in the
    // next one the file names.
    const bool unknownHere = result.error == ConnectResult::Error::InvalidCredentials
        || result.error == ConnectResult::Error::MissingPermission || result.error == ConnectResult::Error::NotFound;
    if (m_method->environmentBy == AuthMethod::EnvironmentBy::Probe && unknownHere
        && m_environmentIndex + 1 < m_method->environments.size()) {
        ConnectResult problem;
        if (useEnvironment(&m_method->environments.at(m_environmentIndex + 1), &problem)) {
            verifyIn(m_environmentIndex + 1);
            return;
        }
    }
    if (!result.ok()) {
        fail(result);
        return;
    }
    m_verified = std::make_unique<HttpOutcome>(outcome);
    if (verify.identityRequest) {
        const RequestSpec &spec = *verify.identityRequest;
        send(spec, urlFor(spec.path, spec.query), [this, result](const HttpOutcome &identity) {
            const ProviderAnswer answer(*m_provider, identity, m_access.timeoutMs);
            const ConnectResult r = answer.result();
            if (!r.ok()) {
                fail(r);
                return;
            }
            readIdentity(identity, rootOf(QJsonDocument::fromJson(JsonNumbers::quoted(identity.body))), result);
        });
        return;
    }
    readIdentity(outcome, exact, result);
}

void CredentialVerifier::readIdentity(const HttpOutcome &outcome, const QJsonValue &exact, ConnectResult result)
{
    const VerifySpec &verify = m_method->verify;
    if (verify.expiry) {
        const bool fromIdentity = verify.expiry->fromIdentity;
        const HttpOutcome &source = fromIdentity ? outcome : *m_verified;
        const QJsonValue root
            = fromIdentity ? exact : rootOf(QJsonDocument::fromJson(JsonNumbers::quoted(m_verified->body)));
        m_result.expiresAt = AnswerFacts::expiry(*verify.expiry, source, root);
    }
    m_result.identityId = identityValue(verify.identityId, exact);
    m_result.identityName = identityValue(verify.identityName, exact);
    if (!verify.requestId.isEmpty())
        result.requestId = SafeText::clean(JsonPointer::text(exact, verify.requestId));
    if (m_result.identityId.isEmpty() || m_result.identityName.isEmpty()) {
        result.error = ConnectResult::Error::Malformed;
        result.message = tr("%1 accepted the credentials but its answer does not say which account they belong to "
                            "(expected %2 and %3).")
                             .arg(m_provider->name, verify.identityId, verify.identityName);
        fail(result);
        return;
    }
    m_result.connect = result;

    if (verify.grantedScopes && verify.grantedScopes->request) {
        const RequestSpec &spec = *verify.grantedScopes->request;
        send(spec, urlFor(spec.path, spec.query), [this](const HttpOutcome &outcome) {
            const ProviderAnswer answer(*m_provider, outcome, m_access.timeoutMs);
            readGrantedScopes(outcome, answer.result().ok() ? rootOf(answer.json()) : QJsonValue());
            afterIdentity();
        });
        return;
    }
    if (verify.grantedScopes)
        readGrantedScopes(*m_verified, rootOf(QJsonDocument::fromJson(m_verified->body)));
    afterIdentity();
}

// The scopes the answer lists decide each chosen scope; probes are for the
// rest.
void CredentialVerifier::readGrantedScopes(const HttpOutcome &outcome, const QJsonValue &root)
{
    std::optional<QStringList> granted = AnswerFacts::grantedScopes(*m_method->verify.grantedScopes, outcome, root);
    // A broad scope grants the narrower ones it includes.
    for (qsizetype i = 0; granted && i < granted->size(); ++i) {
        if (const Scope *scope = m_method->scope(granted->at(i))) {
            for (const QString &included : scope->includes) {
                if (!granted->contains(included))
                    granted->append(included);
            }
        }
    }
    for (ScopeCheck &check : m_result.scopes) {
        if (!m_method->scope(check.scope))
            continue;
        if (!granted) {
            check.message
                = tr("%1 did not list this credential's scopes, so Keylink cannot confirm them.").arg(m_provider->name);
            continue;
        }
        m_pendingProbes.removeAll(check.scope);
        if (granted->contains(check.scope)) {
            check.state = ScopeCheck::State::Granted;
            check.message.clear();
        } else {
            check.state = ScopeCheck::State::Missing;
            check.message = tr("%1 says this credential does not have this scope.").arg(m_provider->name);
        }
    }
}

void CredentialVerifier::afterIdentity()
{
    const VerifySpec &verify = m_method->verify;
    if (verify.userCheck) {
        const UserCheckSpec &check = *verify.userCheck;
        checkUser(urlFor(check.request.path, check.request.query), 1);
        return;
    }
    startProbes();
}

// A method whose token acts for a user named by a field (the catalog's
// userCheck): is that the email of an active user of this account? Where the
// provider does not document how it answers a wrong email, the catalog says
// so in "unconfirmed", and Keylink lists the users and looks.
void CredentialVerifier::checkUser(const QUrl &url, int page)
{
    send(m_method->verify.userCheck->request, url,
        [this, page](const HttpOutcome &outcome) { onUsersPage(outcome, page); });
}

void CredentialVerifier::onUsersPage(const HttpOutcome &outcome, int page)
{
    const UserCheckSpec &check = *m_method->verify.userCheck;
    const QString email = m_fields.value(check.field);
    const ProviderAnswer answer(*m_provider, outcome, m_access.timeoutMs);
    const ConnectResult result = answer.result();
    if (result.error == ConnectResult::Error::MissingPermission || result.error == ConnectResult::Error::NotFound) {
        m_result.notes.append(tr("Keylink could not list the account's users to confirm %1 (%2); %3 accepted "
                                 "the token, and requests will run as that user.")
                                  .arg(email, result.message, m_provider->name));
        startProbes();
        return;
    }
    if (!result.ok()) {
        fail(result);
        return;
    }
    const QJsonValue root = rootOf(answer.json());
    const QJsonValue users = JsonPointer::resolve(root, m_provider->list.results);
    if (!users.isArray()) {
        ConnectResult malformed = result;
        malformed.error = ConnectResult::Error::Malformed;
        malformed.message = tr("%1's list of users is not in the documented shape (no %2 array).")
                                .arg(m_provider->name, m_provider->list.results);
        fail(malformed);
        return;
    }
    for (const QJsonValue &user : users.toArray()) {
        if (JsonPointer::text(user, check.email).compare(email, Qt::CaseInsensitive) != 0)
            continue;
        if (!JsonPointer::resolve(user, check.active).toBool()) {
            ConnectResult inactive = result;
            inactive.error = ConnectResult::Error::WrongUser;
            inactive.message = tr("The %1 user %2 is not active. Use the email of an active user in the same %1 "
                                  "account.")
                                   .arg(m_provider->name, email);
            fail(inactive);
            return;
        }
        const QString name = check.name.isEmpty() ? QString() : SafeText::clean(JsonPointer::text(user, check.name));
        if (!name.isEmpty())
            m_result.notes.append(tr("Requests run as %1 (%2).").arg(name, email));
        startProbes();
        return;
    }

    // The next page, only on the same host: a list link never takes the
    // credentials anywhere else.
    const QUrl next = QUrl(JsonPointer::text(root, m_provider->list.next));
    const QUrl base = m_base;
    if (next.isValid() && !next.isEmpty() && next.host() == base.host() && next.scheme() == base.scheme()
        && page < MaxUserPages) {
        checkUser(next, page + 1);
        return;
    }
    if (page >= MaxUserPages && next.isValid() && !next.isEmpty()) {
        m_result.notes.append(tr("Keylink looked through the first %1 pages of users without finding %2; it did "
                                 "not look further.")
                                  .arg(MaxUserPages)
                                  .arg(email));
        startProbes();
        return;
    }
    ConnectResult wrongUser = result;
    wrongUser.error = ConnectResult::Error::WrongUser;
    wrongUser.message = tr("%1 accepted the token, but no user of that %1 account has the email %2. Use the email "
                           "of an active user in the same account.")
                            .arg(m_provider->name, email);
    fail(wrongUser);
}

void CredentialVerifier::startProbes()
{
    if (m_pendingProbes.isEmpty()) {
        finish();
        return;
    }
    startNextProbes();
}

void CredentialVerifier::startNextProbes()
{
    while (m_runningProbes < m_maxProbes && !m_pendingProbes.isEmpty()) {
        const QString scope = m_pendingProbes.takeFirst();
        const ScopeProbe &probe = *m_method->scope(scope)->probe;
        // Probes are GET by construction (the catalog refuses anything else).
        RequestSpec spec = m_method->verify.request;
        spec.method = u"GET"_s;
        spec.body.clear();
        ++m_runningProbes;
        send(spec, urlFor(probe.path, probe.query),
            [this, scope](const HttpOutcome &outcome) { onProbe(scope, outcome); });
    }
}

void CredentialVerifier::onProbe(const QString &scope, const HttpOutcome &outcome)
{
    --m_runningProbes;
    if (m_done)
        return;
    const ConnectResult r = ProviderAnswer(*m_provider, outcome, m_access.timeoutMs).result();
    for (ScopeCheck &check : m_result.scopes) {
        if (check.scope != scope)
            continue;
        if (r.error == ConnectResult::Error::None || r.error == ConnectResult::Error::Malformed) {
            check.state = ScopeCheck::State::Granted;
            check.message.clear();
        } else if (r.error == ConnectResult::Error::MissingPermission) {
            check.state = ScopeCheck::State::Missing;
            check.message = r.providerMessage.isEmpty() ? r.message : r.providerMessage;
        } else {
            check.message = r.message; // not checked, and why
        }
    }
    if (outcome.kind == HttpOutcome::Kind::Cancelled) {
        fail(r);
        return;
    }
    if (m_runningProbes == 0 && m_pendingProbes.isEmpty())
        finish();
    else
        startNextProbes();
}

void CredentialVerifier::fail(const ConnectResult &result)
{
    if (m_done)
        return;
    m_result.connect = result;
    finish();
}

void CredentialVerifier::finish()
{
    if (m_done)
        return;
    m_done = true;
    // A provider may echo a credential back (in an error, even as a name):
    // nothing that leaves here carries one.
    // Every value but the declared non-secret fields (an OAuth access token
    // is not a field of the method, and is secret too).
    QStringList secrets;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const Field *f = m_method->field(it.key());
        if (!f || f->isSecret())
            secrets.append(it.value());
    }
    ConnectResult &c = m_result.connect;
    for (QString *text : {&c.message, &c.providerMessage, &c.requestId, &m_result.identityId, &m_result.identityName})
        *text = SafeText::redact(*text, secrets);
    for (QString &note : m_result.notes)
        note = SafeText::redact(note, secrets);
    for (ScopeCheck &check : m_result.scopes)
        check.message = SafeText::redact(check.message, secrets);
    for (const QPointer<HttpExchange> &exchange : std::as_const(m_exchanges)) {
        if (exchange) {
            exchange->disconnect(this);
            exchange->cancel();
            exchange->deleteLater();
        }
    }
    m_exchanges.clear();
    qCDebug(lcConnect) << "verified" << m_provider->id << ConnectResult::errorName(m_result.connect.error);
    Q_EMIT finished(m_result);
}

} // namespace keylink
