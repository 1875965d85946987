#include "link/AccountResolver.h"

#include "store/AccountStore.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace keylink {

namespace {
constexpr qint64 MaxFileSize = qint64(64) * 1024; // a list of names, never more
} // namespace

AccountResolver::AccountResolver(const AccountStore &store, std::function<bool(const QString &)> isProvider,
    const QProcessEnvironment &environment, const QString &folder)
    : m_store(store)
    , m_isProvider(std::move(isProvider))
    , m_environment(environment)
    , m_folder(folder.isEmpty() ? QDir::currentPath() : folder)
{ }

QString AccountResolver::variableFor(const QString &providerId)
{
    QString name = providerId.toUpper();
    name.replace(u'-', u'_');
    return u"KEYLINK_ACCOUNT_"_s + name;
}

AccountResolver::Choice AccountResolver::resolve(const QString &reference) const
{
    Choice choice;
    QString error;
    choice.account = m_store.find(reference, &error);
    if (choice.account) {
        choice.rule = tr("named on the command line");
        return choice;
    }
    if (m_store.defaultFor(reference) || (m_isProvider && m_isProvider(reference)))
        return forProvider(reference);
    choice.error = error;
    return choice;
}

AccountResolver::Choice AccountResolver::forProvider(const QString &providerId) const
{
    Choice choice;
    auto named = [&](const QString &name, const QString &rule) {
        QString error;
        choice.account = m_store.find(name, &error);
        if (choice.account && choice.account->providerId != providerId) {
            choice.account = nullptr;
            error = tr("“%1” is not a %2 account").arg(name, providerId);
        }
        if (choice.account)
            choice.rule = rule;
        else
            choice.error = tr("%1 names “%2”, but %3").arg(rule, name, error);
        return choice;
    };
    const QString variable = variableFor(providerId);
    if (m_environment.contains(variable))
        return named(m_environment.value(variable), variable);
    QString path, name;
    if (fromFile(providerId, &path, &name))
        return named(name, path);
    choice.account = m_store.defaultFor(providerId);
    if (choice.account) {
        choice.rule = choice.account->isDefault ? tr("the default %1 account").arg(providerId)
                                                : tr("the first %1 account linked (no default is set)").arg(providerId);
    } else {
        choice.error = tr("no %1 account is linked; keylink link %1 links one").arg(providerId);
    }
    return choice;
}

// Lines `provider = "Account name"`; `#` starts a comment. The nearest file
// wins, as with .editorconfig or .nvmrc.
bool AccountResolver::fromFile(const QString &providerId, QString *path, QString *name) const
{
    static const QRegularExpression line(u"^\\s*([a-z0-9_-]+)\\s*=\\s*\"([^\"]*)\"\\s*(#.*)?$"_s);
    QDir dir(m_folder);
    while (true) {
        QFile file(dir.filePath(QString::fromLatin1(FileName)));
        if (file.exists() && file.size() <= MaxFileSize && file.open(QIODevice::ReadOnly)) {
            const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
            for (const QString &text : lines) {
                const QRegularExpressionMatch m = line.match(text);
                if (m.hasMatch() && m.captured(1) == providerId) {
                    *path = file.fileName();
                    *name = m.captured(2);
                    return true;
                }
            }
        }
        if (!dir.cdUp())
            return false;
    }
}

} // namespace keylink
