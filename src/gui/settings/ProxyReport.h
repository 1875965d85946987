#pragma once

#include <QCoreApplication>
#include <QNetworkProxy>
#include <QString>
#include <QUrl>

namespace keylink {

// Which proxy the system configuration gives for a provider's address, in
// words ("Direct connection", "HTTP proxy proxy.example.com:3128"). Keylink
// uses the system proxy; the Preferences dialog shows it, it does not set it.
// Proxy user names and passwords are never part of the description.
class ProxyReport
{
    Q_DECLARE_TR_FUNCTIONS(keylink::ProxyReport)

public:
    static QNetworkProxy proxyFor(const QUrl &url);
    static QString describe(const QNetworkProxy &proxy);
};

} // namespace keylink
