#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace keylink {

// Keylink's languages. The .qm files are embedded under :/i18n; Qt's own
// (wizard buttons, standard dialogs) come from the Qt installation.
class Translations
{
public:
    // The languages that can be forced with --lang, e.g. {"de", "en", "fr"}.
    static QStringList languages();
    // Installs Keylink's and Qt's translators for `language`, or for the system
    // locale when it is empty. Returns the language in use ("en" when the
    // system asks for one Keylink does not have).
    static QString install(QCoreApplication *app, const QString &language = {});
    // Texts of provider files go through this, in the "Catalog" context.
    static QString catalogText(const QString &text);
};

} // namespace keylink
