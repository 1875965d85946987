#include "link/DeepLink.h"

#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace keylink {

bool DeepLink::parse(const QString &text, DeepLink *link, QString *error)
{
    static const QRegularExpression id(u"^[a-z0-9][a-z0-9_-]*$"_s);
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"keylink"_s || url.host() != u"link"_s) {
        *error = tr("“%1” is not a Keylink link; expected keylink://link/<provider>?method=…&actions=…").arg(text);
        return false;
    }
    DeepLink result;
    result.provider = url.path().mid(1);
    if (!id.match(result.provider).hasMatch()) {
        *error = tr("the link names no provider; expected keylink://link/<provider>");
        return false;
    }
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"method"_s) {
            result.method = value;
        } else if (key == u"actions"_s || key == u"scopes"_s) {
            QStringList &list = key == u"actions"_s ? result.actions : result.scopes;
            for (const QString &item : value.split(u',', Qt::SkipEmptyParts))
                list.append(item.trimmed());
        } else {
            *error = tr("the link has an unknown parameter “%1”; expected method, actions and scopes").arg(key);
            return false;
        }
    }
    *link = result;
    return true;
}

QUrl DeepLink::toUrl() const
{
    QUrl url;
    url.setScheme(u"keylink"_s);
    url.setHost(u"link"_s);
    url.setPath(u"/"_s + provider);
    QUrlQuery query;
    if (!method.isEmpty())
        query.addQueryItem(u"method"_s, method);
    if (!actions.isEmpty())
        query.addQueryItem(u"actions"_s, actions.join(u','));
    if (!scopes.isEmpty()) // scope ids hold ':' and '.', which need no escaping in a query
        query.addQueryItem(u"scopes"_s, scopes.join(u','));
    url.setQuery(query);
    return url;
}

} // namespace keylink
