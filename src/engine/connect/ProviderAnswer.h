#pragma once

#include <QCoreApplication>

#include "catalog/Provider.h"
#include "connect/ConnectResult.h"
#include "connect/HttpOutcome.h"

#include <QDateTime>
#include <QJsonDocument>

namespace keylink {

// Reads one provider answer the way the catalog says the provider writes it:
// its error shape, its request id, its rate-limit headers.
class ProviderAnswer
{
    Q_DECLARE_TR_FUNCTIONS(keylink::ProviderAnswer)

public:
    ProviderAnswer(const Provider &provider, const HttpOutcome &outcome, int timeoutMs);

    // Ok for a 2xx JSON answer; a typed, worded failure otherwise.
    ConnectResult result() const;
    // The parsed body of a 2xx answer (valid when result().ok()).
    const QJsonDocument &json() const { return m_json; }

    // When to retry after a 429, from Retry-After (seconds or an HTTP date),
    // the reset header (epoch or seconds), or a "retry in N ms" message.
    static QDateTime retryAt(
        const Provider &provider, const HttpOutcome &outcome, const QString &providerMessage, const QDateTime &now);

private:
    void readProviderWords(ConnectResult &r) const;

    const Provider &m_provider;
    const HttpOutcome &m_outcome;
    int m_timeoutMs = 0;
    QJsonDocument m_json;
    bool m_isJson = false;
};

} // namespace keylink
