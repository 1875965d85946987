#pragma once

#include "catalog/Provider.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace keylink {

// Turns a method's guide into the HTML the guide page shows: numbered steps,
// UI paths in bold, links, warnings, and in the scope steps only the scopes
// the selection needs, each with a copy link and the actions it enables.
class GuideRenderer
{
    Q_DECLARE_TR_FUNCTIONS(keylink::GuideRenderer)

public:
    static constexpr const char *CopyScheme = "copy";

    static QString html(const Provider &provider, const AuthMethod &method, const QStringList &scopes);
    // "Open **Settings**" -> "Open <b>Settings</b>", everything else escaped.
    static QString markup(const QString &text);
};

} // namespace keylink
