#include "cli/TokenCommand.h"

#include "oauth/TokenRefresher.h"

using namespace Qt::StringLiterals;

namespace keylink {

void TokenCommand::start()
{
    const Account *account = accountArgument();
    if (!account)
        return;
    const Provider *provider = m_context.catalog().provider(account->providerId);
    const AuthMethod *method = provider ? provider->authMethod(account->methodId) : nullptr;
    QString fieldId = m_context.request().fieldName;
    if (fieldId.isEmpty() && method) {
        for (const Field &f : method->fields) {
            if (f.isSecret()) {
                fieldId = f.id;
                break;
            }
        }
    }
    const QString id = account->id;
    if (method && method->kind == AuthMethod::Kind::OAuth2
        && (m_context.request().fieldName.isEmpty() || fieldId == u"access_token"_s)) {
        m_context.refresher().accessToken(id, this, [this](const TokenResult &r) {
            if (!r.ok()) {
                done(m_context.fail(r.connect));
                return;
            }
            m_context.out() << r.token.accessToken << "\n";
            m_context.out().flush();
            done(CommandLine::Success);
        });
        return;
    }
    m_context.secrets().read(id, this, [this, id, fieldId](const VaultResult &r) {
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
        m_context.out() << r.secrets.value(fieldId) << "\n";
        m_context.out().flush();
        done(CommandLine::Success);
    });
}

} // namespace keylink
