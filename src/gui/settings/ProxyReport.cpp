#include "settings/ProxyReport.h"

#include <QNetworkProxyFactory>
#include <QNetworkProxyQuery>

namespace keylink {

QNetworkProxy ProxyReport::proxyFor(const QUrl &url)
{
    const QList<QNetworkProxy> proxies = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
    return proxies.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : proxies.first();
}

QString ProxyReport::describe(const QNetworkProxy &proxy)
{
    const QString where = QStringLiteral("%1:%2").arg(proxy.hostName()).arg(proxy.port());
    switch (proxy.type()) {
    case QNetworkProxy::HttpProxy:
    case QNetworkProxy::HttpCachingProxy:
        return tr("HTTP proxy %1").arg(where);
    case QNetworkProxy::Socks5Proxy:
        return tr("SOCKS5 proxy %1").arg(where);
    case QNetworkProxy::FtpCachingProxy:
        return tr("FTP proxy %1").arg(where);
    case QNetworkProxy::NoProxy:
    case QNetworkProxy::DefaultProxy:
        break;
    }
    return tr("Direct connection (no proxy)");
}

} // namespace keylink
