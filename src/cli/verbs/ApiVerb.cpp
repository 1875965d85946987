#include "verbs/ApiVerb.h"

#include "verbs/SecretMask.h"

#include "catalog/Catalog.h"
#include "connect/CredentialRequest.h"
#include "connect/HostRules.h"
#include "connect/HttpExchange.h"
#include "connect/JsonPointer.h"
#include "connect/ProviderAnswer.h"
#include "core/LoggingCategories.h"
#include "core/SafeText.h"
#include "oauth/TokenRefresher.h"
#include "services/Services.h"
#include "store/AccountStore.h"
#include "vault/SecretStore.h"

#include <QFile>
#include <QJsonDocument>

#include <cstdio>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace keylink {

namespace {

const QString AccessToken = u"access_token"_s;

QByteArray readData(const QString &data, QString *error)
{
    QFile file;
    const bool fromStdin = data == u"-"_s;
    bool opened = false;
    if (fromStdin) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(data.mid(1));
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        *error = u"--data: cannot read %1: %2"_s.arg(fromStdin ? u"standard input"_s : data.mid(1), file.errorString());
        return {};
    }
    return file.readAll();
}

} // namespace

ApiVerb::~ApiVerb() = default;

Verb::Spec ApiVerb::spec()
{
    return {u"api"_s, u"ACCOUNT PATH"_s,
        u"Send a request to the account's provider with its credential, and print the answer. PATH is relative to "
        u"the provider's API address (an absolute URL only on that same host)."_s,
        {{u"-X"_s, u"METHOD"_s, u"GET (default), POST, PUT, PATCH or DELETE."_s},
            {u"-H"_s, u"'NAME: VALUE'"_s, u"Add a header (repeatable); never the one that holds the credential."_s},
            {u"--data"_s, u"@FILE|-"_s, u"Send the file's content (- : standard input) as the body; needs -X."_s},
            {u"--paginate"_s, QString(),
                u"Follow the provider's next-page links and print every page's items as one JSON array."_s},
            {u"--max-pages"_s, u"N"_s, u"Stop --paginate after N pages (default 100)."_s},
            {u"--include"_s, QString(), u"Print the status line and the headers first."_s},
            {u"--timeout"_s, u"SECONDS"_s, u"How long to wait for the provider."_s}},
        true,
        [](const CommandLineRequest &r) {
            if (r.arguments.size() != 2)
                return u"api takes an account and a path, as in keylink api front /me"_s;
            if (!r.data.isEmpty() && r.httpMethod.isEmpty())
                return u"--data sends a body: say how with -X, as in -X POST"_s;
            static const QStringList methods {u"GET"_s, u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s};
            if (!r.httpMethod.isEmpty() && !methods.contains(r.httpMethod))
                return u"-X takes GET, POST, PUT, PATCH or DELETE, not %1"_s.arg(r.httpMethod);
            if (r.maxPages > 0 && !r.paginate)
                return u"--max-pages goes with --paginate"_s;
            if (r.paginate && !r.httpMethod.isEmpty() && r.httpMethod != u"GET"_s)
                return u"--paginate follows GET requests only"_s;
            return QString();
        },
        [](CliContext &c) { return new ApiVerb(c); }};
}

void ApiVerb::start()
{
    const CommandLineRequest &request = m_context.request();
    const Account *account = accountArgument();
    if (!account)
        return;
    m_account = *account;
    m_provider = m_context.services().catalog().provider(m_account.providerId);
    m_method = m_provider ? m_provider->authMethod(m_account.methodId) : nullptr;
    if (!m_method) {
        done(m_context.fail(CommandLine::UsageError,
            u"account %1 is a %2 account, and no provider file for %2 is loaded"_s.arg(
                m_account.id, m_account.providerId)));
        return;
    }
    for (const Environment &e : m_method->environments) {
        if (e.id == m_account.environmentId || (!m_environment && m_method->environments.size() == 1))
            m_environment = &e;
    }
    if (!m_environment) {
        done(m_context.fail(CommandLine::UsageError,
            u"account %1's environment “%2” is not in the %3 provider file"_s.arg(
                m_account.id, m_account.environmentId, m_provider->name)));
        return;
    }
    m_httpMethod = request.httpMethod.isEmpty() ? u"GET"_s : request.httpMethod;
    for (const QString &header : request.headers)
        m_headers.append({header.section(u':', 0, 0).trimmed(), header.section(u':', 1).trimmed()});
    if (!request.data.isEmpty()) {
        QString error;
        m_body = readData(request.data, &error);
        if (!error.isEmpty()) {
            done(m_context.fail(CommandLine::UsageError, error));
            return;
        }
    }
    m_pretty = ::isatty(STDOUT_FILENO) == 1;

    // The account's values: its non-secret fields, then the keychain's; an
    // OAuth access token refreshed first when it has expired or is about to.
    const QString id = m_account.id;
    auto read = [this, id](const QString &accessToken) {
        m_context.services().secrets().read(id, this, [this, id, accessToken](const VaultResult &r) {
            if (!r.ok()) {
                done(m_context.fail(CommandLine::KeychainError,
                    r.error == VaultResult::Error::NotFound
                        ? u"the keychain holds no secret for account %1; relink it"_s.arg(id)
                        : r.message));
                return;
            }
            SecretFields values;
            for (auto it = m_account.fields.cbegin(); it != m_account.fields.cend(); ++it)
                values.insert(it.key(), it.value());
            for (auto it = r.secrets.cbegin(); it != r.secrets.cend(); ++it)
                values.insert(it.key(), it.value());
            if (!accessToken.isEmpty())
                values.insert(AccessToken, accessToken);
            withSecrets(values);
        });
    };
    if (m_method->kind != AuthMethod::Kind::OAuth2) {
        read({});
        return;
    }
    m_context.services().refresher().accessToken(id, this, [this, read](const TokenResult &r) {
        if (!r.ok()) {
            done(r.vault.ok() ? m_context.fail(r.connect)
                              : m_context.fail(CommandLine::KeychainError, r.connect.message));
            return;
        }
        read(r.token.accessToken);
    });
}

void ApiVerb::withSecrets(const SecretFields &values)
{
    const SecretFields fields = CredentialRequest::prepared(*m_method, values);
    QString why;
    const QUrl base = HostRules::baseUrl(*m_method, *m_environment, fields, &why);
    if (base.isEmpty()) {
        done(m_context.fail(CommandLine::UsageError, why));
        return;
    }
    m_placement = std::make_unique<CredentialRequest>(*m_method, fields, base, m_context.services().access().hostMap);
    // Whatever comes back shows the account's secrets as placeholders.
    m_mask = std::make_unique<SecretMask>();
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const Field *f = m_method->field(it.key());
        if ((!f || f->isSecret()) && it.value().size() >= 4)
            m_mask->add(it.value().toUtf8(),
                u"<keylink:%1/%2>"_s.arg(m_context.request().arguments.first(), it.key()).toUtf8());
    }
    // The headers that carry the credential are the provider file's alone.
    const QList<QByteArray> reserved = m_placement->credentialHeaders(m_method->verify.request);
    for (const auto &[name, value] : std::as_const(m_headers)) {
        if (reserved.contains(name.toLatin1().toLower())) {
            done(m_context.fail(CommandLine::UsageError,
                u"-H %1: that header carries the account's credential, which keylink api sets itself"_s.arg(name)));
            return;
        }
    }
    const QUrl url = target(m_context.request().arguments.value(1));
    if (url.isEmpty())
        return;
    m_context.logUse(m_account.id, u"api"_s);
    send(url);
}

QUrl ApiVerb::target(const QString &path)
{
    const QUrl base = m_placement->base();
    if (path.contains(u"://"_s)) {
        const QUrl url(path, QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != u"https"_s || url.host() != base.host() || url.port() != base.port()) {
            done(m_context.fail(CommandLine::UsageError,
                u"keylink api sends this account's credential only to %1 over https; “%2” is elsewhere"_s.arg(
                    base.host(), SafeText::clean(path))));
            return {};
        }
        return url;
    }
    const QString relative = path.startsWith(u'/') ? path : u'/' + path;
    return m_placement->urlFor(relative.section(u'?', 0, 0), relative.section(u'?', 1));
}

void ApiVerb::send(const QUrl &url)
{
    // The provider file's own headers for its requests (a v1 file's
    // credential, an API version), then the user's: as verification and the
    // scope probes send them.
    RequestSpec spec = m_method->verify.request;
    spec.method = m_httpMethod;
    spec.body = m_body;
    for (const auto &header : std::as_const(m_headers)) {
        const QString &name = header.first;
        spec.headers.removeIf([&name](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
    }
    QNetworkRequest request = m_placement->request(spec, url);
    // Set as typed: braces in them are not placeholders.
    for (const auto &[name, value] : std::as_const(m_headers))
        request.setRawHeader(name.toLatin1(), value.toUtf8());
    if (!m_body.isEmpty() && QJsonDocument::fromJson(m_body).isNull()
        && !std::any_of(m_headers.cbegin(), m_headers.cend(),
            [](const auto &h) { return h.first.compare(u"Content-Type"_s, Qt::CaseInsensitive) == 0; }))
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/octet-stream"_s);

    auto *exchange = new HttpExchange(m_context.services().access().network, this);
    exchange->setTimeout(m_context.services().access().timeoutMs);
    exchange->setMaxBody(MaxBody);
    connect(exchange, &HttpExchange::finished, this, [this, exchange](const HttpOutcome &outcome) {
        exchange->deleteLater();
        onAnswer(outcome);
    });
    ++m_pages;
    if (m_httpMethod == u"POST"_s)
        exchange->post(request, m_body);
    else if (m_httpMethod.isEmpty() || m_httpMethod == u"GET"_s)
        exchange->get(request);
    else
        exchange->sendCustom(request, m_httpMethod.toLatin1(), m_body);
}

void ApiVerb::print(const QByteArray &bytes)
{
    QByteArray out = m_mask->feed(bytes);
    out += m_mask->finish();
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);
}

void ApiVerb::onAnswer(const HttpOutcome &outcome)
{
    const CommandLineRequest &request = m_context.request();
    const ProviderAnswer answer(*m_provider, outcome, m_context.services().access().timeoutMs);
    const ConnectResult result = answer.result();
    QStringList secrets;
    for (auto it = m_placement->fields().cbegin(); it != m_placement->fields().cend(); ++it) {
        const Field *f = m_method->field(it.key());
        if (!f || f->isSecret())
            secrets.append(it.value());
    }
    if (outcome.kind != HttpOutcome::Kind::Answered) {
        if (outcome.kind == HttpOutcome::Kind::TooLarge) {
            done(m_context.fail(CommandLine::Unavailable,
                u"%1 sent an answer larger than %2 MiB; Keylink stopped reading it"_s.arg(m_provider->name)
                    .arg(MaxBody / 1024 / 1024)));
            return;
        }
        const int code
            = outcome.kind == HttpOutcome::Kind::Redirected ? CommandLine::Failure : CommandLine::Unavailable;
        done(m_context.fail(code, SafeText::redact(result.message, secrets)));
        return;
    }
    if (request.include) {
        QByteArray head = "HTTP " + QByteArray::number(outcome.status) + "\n";
        for (const auto &[name, value] : outcome.headers)
            head += name + ": " + value + "\n";
        print(head + "\n");
    }
    const int status = outcome.status;
    const bool ok = status >= 200 && status < 300;
    if (!ok || !request.paginate) {
        const QJsonDocument json = QJsonDocument::fromJson(outcome.body);
        print(m_pretty && !json.isNull() ? json.toJson(QJsonDocument::Indented) : outcome.body);
    }
    if (ok && request.paginate) {
        const QJsonDocument json = QJsonDocument::fromJson(outcome.body);
        const QJsonValue root = json.isObject() ? QJsonValue(json.object()) : QJsonValue(json.array());
        const QJsonValue items = JsonPointer::resolve(root, m_provider->list.results);
        if (!items.isArray()) {
            m_context.err() << "keylink: the answer has no list at " << m_provider->list.results
                            << "; printed as it is\n";
            print(outcome.body);
            done(CommandLine::Success);
            return;
        }
        for (const QJsonValue &item : items.toArray())
            m_items.append(item);
        const QString nextText = JsonPointer::text(root, m_provider->list.next);
        if (!nextText.isEmpty()) {
            const QUrl base = m_placement->base();
            const QUrl next = base.resolved(QUrl(nextText));
            if (next.scheme() != base.scheme() || next.host() != base.host() || next.port() != base.port()) {
                m_context.err() << "keylink: the next page is on another host (" << SafeText::clean(next.host())
                                << "); stopped there\n";
            } else if (m_pages >= (request.maxPages > 0 ? request.maxPages : DefaultMaxPages)) {
                m_context.err() << "keylink: stopped after " << m_pages << " pages; there are more\n";
            } else {
                send(next);
                return;
            }
        }
        printPages();
    }
    int code = CommandLine::Success;
    if (!ok) {
        if (status == 401 || status == 403)
            code = CommandLine::Rejected;
        else if (status == 429 || status >= 500)
            code = CommandLine::Unavailable;
        else
            code = CommandLine::Failure;
        m_context.fail(code, SafeText::redact(result.message, secrets));
    }
    m_context.err().flush();
    done(code);
}

void ApiVerb::printPages()
{
    const QJsonDocument all(m_items);
    print(all.toJson(m_pretty ? QJsonDocument::Indented : QJsonDocument::Compact) + (m_pretty ? "" : "\n"));
}

} // namespace keylink
