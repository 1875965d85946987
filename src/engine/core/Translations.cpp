#include "core/Translations.h"

#include "core/LoggingCategories.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace keylink {

namespace {
const QString Directory = u":/i18n"_s;
const QString Prefix = u"keylink_"_s;
} // namespace

QStringList Translations::languages()
{
    QStringList result;
    const QStringList files = QDir(Directory).entryList({Prefix + u"*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        result.append(file.mid(Prefix.size()).chopped(3));
    return result;
}

QString Translations::install(QCoreApplication *app, const QString &language)
{
    // A forced language also sets the locale, so dates and numbers follow it.
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language));
    const QLocale locale;

    // Owned by the application; both live as long as it does.
    auto *own = new QTranslator(app);
    // English has a file too: it holds the plural forms ("1 account").
    if (!own->load(locale, u"keylink"_s, u"_"_s, Directory) && !own->load(Prefix + u"en"_s, Directory)) {
        qCWarning(lcUi) << "no translation for" << locale.uiLanguages();
        delete own;
        return u"en"_s;
    }
    QCoreApplication::installTranslator(own);
    const QString inUse = own->language().section(u'_', 0, 0);

    // Qt's buttons in the same language as Keylink's texts: a system language
    // Keylink lacks falls back to English for both, never half and half.
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(inUse), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else if (inUse != u"en"_s)
        qCWarning(lcUi) << "Qt's own translation for" << inUse << "is not installed; standard buttons stay in English";
    return inUse.isEmpty() ? u"en"_s : inUse;
}

QString Translations::catalogText(const QString &text)
{
    if (text.isEmpty())
        return text;
    return QCoreApplication::translate("Catalog", text.toUtf8().constData());
}

} // namespace keylink
