#include "accounts/AccountDetails.h"

#include "accounts/AccountListModel.h"
#include "accounts/RelativeTime.h"
#include "catalog/Catalog.h"
#include "store/Account.h"
#include "vault/CredentialVault.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace keylink {

QString AccountDetails::html(const Catalog &catalog, const AccountListModel &model, const Account &account)
{
    const Account *a = &account;
    const QModelIndex index = model.indexOf(a->id);
    const Provider *provider = catalog.provider(a->providerId);
    const AuthMethod *method = provider ? provider->authMethod(a->methodId) : nullptr;
    auto row = [](const QString &label, const QString &value) {
        return u"<tr><td valign='top'><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>"_s.arg(label.toHtmlEscaped(), value);
    };
    QString html = u"<h3>%1</h3>"_s.arg(index.data(Qt::DisplayRole).toString().toHtmlEscaped());
    const QString statusMessage = index.data(AccountListModel::StatusMessageRole).toString();
    html += u"<p><b>%1</b>%2</p>"_s.arg(index.data(AccountListModel::StatusTextRole).toString().toHtmlEscaped(),
        statusMessage.isEmpty() ? QString() : u" — "_s + statusMessage.toHtmlEscaped());
    html += u"<table>"_s;
    html += row(tr("Provider"), (provider ? provider->name : a->providerId).toHtmlEscaped());
    html += row(tr("Method"), (method ? method->label : a->methodId).toHtmlEscaped());
    html += row(tr("Account"), index.data(AccountListModel::IdentityRole).toString().toHtmlEscaped());
    html += row(tr("Environment"), index.data(AccountListModel::EnvironmentRole).toString().toHtmlEscaped());
    for (auto it = a->fields.cbegin(); it != a->fields.cend(); ++it) {
        const Field *f = method ? method->field(it.key()) : nullptr;
        html += row(f ? f->label : it.key(), it.value().toHtmlEscaped());
    }
    QStringList actions;
    for (const QString &id : a->actions) {
        const Action *action = method ? method->action(id) : nullptr;
        actions.append((action ? action->label : id).toHtmlEscaped());
    }
    if (!actions.isEmpty())
        html += row(tr("Actions"), actions.join(u", "_s));
    html += row(tr("Linked"), QLocale().toString(a->linkedAt.toLocalTime(), QLocale::ShortFormat));
    html += row(tr("Last verified"), RelativeTime::ago(a->lastVerified).toHtmlEscaped());
    if (a->tokenExpiresAt.isValid()) // OAuth: refreshed by itself before use
        html += row(tr("Access token"),
            tr("expires %1; Keylink refreshes it before use")
                .arg(RelativeTime::until(a->tokenExpiresAt))
                .toHtmlEscaped());
    html += row(tr("Secret"),
        tr("in the system keychain (service “%1”, entry %2)")
            .arg(CredentialVault::serviceName(), a->id)
            .toHtmlEscaped());
    html += row(tr("Account id"), a->id);
    html += u"</table>"_s;
    if (!a->permissions.isEmpty()) {
        html += u"<h4>%1</h4><table>"_s.arg(tr("Scopes"));
        for (const ScopeCheck &p : a->permissions) {
            const QString state = p.state == ScopeCheck::State::Granted ? tr("granted")
                : p.state == ScopeCheck::State::Missing                 ? tr("missing")
                                                                        : tr("not checked");
            html += u"<tr><td><code>%1</code>&nbsp;&nbsp;</td><td>%2</td><td><small>%3</small></td></tr>"_s.arg(
                p.scope.toHtmlEscaped(), state, p.message.toHtmlEscaped());
        }
        html += u"</table>"_s;
    }
    return html;
}

} // namespace keylink
