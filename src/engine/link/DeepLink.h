#pragma once

#include <QCoreApplication>

#include <QString>
#include <QStringList>
#include <QUrl>

namespace keylink {

// keylink://link/<provider>?method=<id>&actions=<a,b>&scopes=<x,y>: opens the
// wizard with that selection, the desktop form of the guides' shareable URL.
// Actions select a method's scopes where it has actions; `scopes` names them
// directly where it has none (Easyship).
struct DeepLink {
    Q_DECLARE_TR_FUNCTIONS(keylink::DeepLink)

public:
    QString provider;
    QString method;
    QStringList actions;
    QStringList scopes;

    static bool isDeepLink(const QString &text)
    {
        return text.startsWith(QLatin1String("keylink:"), Qt::CaseInsensitive);
    }
    // False, with a one-line reason, for anything but a well-formed link.
    static bool parse(const QString &text, DeepLink *link, QString *error);
    QUrl toUrl() const;
};

} // namespace keylink
