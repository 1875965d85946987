#include "wizard/PendingLink.h"

using namespace Qt::StringLiterals;

namespace keylink {

PendingLink::PendingLink(QObject *parent)
    : QObject(parent)
{ }

void PendingLink::setProvider(const Provider *provider, const AuthMethod *method)
{
    if (provider == m_provider && method == m_method)
        return;
    m_provider = provider;
    m_method = method;
    m_actions.clear();
    m_directScopes = method ? method->recommendedScopes : QStringList();
    m_fields.clear();
    m_verification = {};
    m_account = {};
    Q_EMIT providerChanged();
    Q_EMIT selectionChanged();
    Q_EMIT fieldsChanged();
}

void PendingLink::setActions(const QStringList &actions)
{
    if (actions == m_actions)
        return;
    m_actions = actions;
    Q_EMIT selectionChanged();
}

void PendingLink::setDirectScopes(const QStringList &scopes)
{
    if (scopes == m_directScopes)
        return;
    m_directScopes = scopes;
    Q_EMIT selectionChanged();
}

QStringList PendingLink::scopes() const
{
    if (!m_method)
        return {};
    return m_method->actions.isEmpty() ? m_directScopes : m_method->scopesForActions(m_actions);
}

QString PendingLink::selectionProblem() const
{
    return m_method ? m_method->scopeSelectionProblem(m_directScopes) : QString();
}

void PendingLink::setField(const QString &id, const QString &value)
{
    if (m_fields.value(id) == value)
        return;
    m_fields.insert(id, value);
    Q_EMIT fieldsChanged();
}

} // namespace keylink
