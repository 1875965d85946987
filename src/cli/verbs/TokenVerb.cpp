#include "verbs/TokenVerb.h"

#include "services/Services.h"
#include "store/AccountStore.h"
#include "vault/SecretStore.h"

#include "oauth/TokenRefresher.h"

using namespace Qt::StringLiterals;

namespace keylink {

Verb::Spec TokenVerb::spec()
{
    return {u"token"_s, u"ACCOUNT"_s, u"Print an account's secret, for scripts."_s,
        {{u"--field"_s, u"NAME"_s, u"Which secret field (default: the first)."_s},
            {u"--timeout"_s, u"SECONDS"_s, u"How long to wait for the provider and the keychain."_s}},
        true,
        [](const CommandLineRequest &r) {
            if (!r.fields.isEmpty())
                return u"--field takes a field name with token, as in --field token"_s;
            return r.arguments.size() == 1 ? QString()
                                           : u"token takes one account (its id, the start of it, or its label)"_s;
        },
        [](CliContext &c) { return new TokenVerb(c); }};
}

void TokenVerb::start()
{
    const Account *account = accountArgument();
    if (!account)
        return;
    const Account snapshot = *account;
    // An OAuth account (it has an expiry) goes through the refresher, which
    // reads the keychain itself. Any other starts its keychain read now,
    // while the catalog finishes loading on its thread.
    if (snapshot.tokenExpiresAt.isValid()) {
        printSecret(snapshot, std::nullopt);
        return;
    }
    m_context.services().secrets().read(
        snapshot.id, this, [this, snapshot](const VaultResult &r) { printSecret(snapshot, r); });
}

void TokenVerb::printSecret(const Account &account, const std::optional<VaultResult> &read)
{
    // A token account whose keychain entry holds one secret: that is the
    // answer, without waiting for the catalog (23 providers take a few ms to
    // load; bench/bench_token).
    if (read && read->ok() && read->secrets.size() == 1 && !account.tokenExpiresAt.isValid()
        && m_context.request().fieldName.isEmpty()) {
        m_context.logUse(account.id, u"token"_s);
        m_context.out() << read->secrets.first() << "\n";
        m_context.out().flush();
        done(CommandLine::Success);
        return;
    }
    const Provider *provider = m_context.services().catalog().provider(account.providerId);
    const AuthMethod *method = provider ? provider->authMethod(account.methodId) : nullptr;
    QString fieldId = m_context.request().fieldName;
    if (fieldId.isEmpty() && method) {
        for (const Field &f : method->fields) {
            if (f.isSecret()) {
                fieldId = f.id;
                break;
            }
        }
    }
    const QString id = account.id;
    if (method && method->kind == AuthMethod::Kind::OAuth2
        && (m_context.request().fieldName.isEmpty() || fieldId == u"access_token"_s)) {
        m_context.services().refresher().accessToken(id, this, [this, id](const TokenResult &r) {
            if (!r.ok()) {
                done(r.vault.ok() ? m_context.fail(r.connect)
                                  : m_context.fail(CommandLine::KeychainError, r.connect.message));
                return;
            }
            m_context.logUse(id, u"token"_s);
            m_context.out() << r.token.accessToken << "\n";
            m_context.out().flush();
            done(CommandLine::Success);
        });
        return;
    }
    if (!read) { // an expiry but not an OAuth method: read it now
        m_context.services().secrets().read(
            id, this, [this, account](const VaultResult &r) { printSecret(account, r); });
        return;
    }
    const VaultResult &r = *read;
    if (!r.ok()) {
        done(m_context.fail(CommandLine::KeychainError,
            r.error == VaultResult::Error::NotFound
                ? u"the keychain holds no secret for account %1; relink it"_s.arg(id)
                : r.message));
        return;
    }
    if (!r.secrets.contains(fieldId)) {
        done(m_context.fail(CommandLine::UsageError,
            u"account %1 has no secret field “%2”; it has: %3"_s.arg(id, fieldId, r.secrets.keys().join(u", "_s))));
        return;
    }
    m_context.logUse(id, u"token"_s);
    m_context.out() << r.secrets.value(fieldId) << "\n";
    m_context.out().flush();
    done(CommandLine::Success);
}

} // namespace keylink
