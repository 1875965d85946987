#pragma once

#include <QCoreApplication>

#include <QString>
#include <QStringList>
#include <QUrl>

namespace keylink {

// keylink://link/<provider>?method=<id>&actions=<a,b>: opens the wizard with
// that selection, the desktop form of the guides' shareable URL.
struct DeepLink {
    Q_DECLARE_TR_FUNCTIONS(keylink::DeepLink)

public:
    QString provider;
    QString method;
    QStringList actions;

    static bool isDeepLink(const QString &text)
    {
        return text.startsWith(QLatin1String("keylink:"), Qt::CaseInsensitive);
    }
    // False, with a one-line reason, for anything but a well-formed link.
    static bool parse(const QString &text, DeepLink *link, QString *error);
    QUrl toUrl() const;
};

} // namespace keylink
