#include "accounts/JsonAccountFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace keylink {

JsonAccountFile::JsonAccountFile(QString path)
    : m_path(std::move(path))
{ }

QString JsonAccountFile::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/accounts.json"_s;
}

bool JsonAccountFile::exists() const
{
    return QFileInfo::exists(m_path);
}

bool JsonAccountFile::read(QByteArray *content, QString *error) const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    *content = file.readAll();
    return true;
}

bool JsonAccountFile::write(const QByteArray &content, QString *error)
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        *error = tr("cannot create the folder %1").arg(QFileInfo(m_path).absolutePath());
        return false;
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(content) != content.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

QString JsonAccountFile::keepAside(QString *error)
{
    const QString aside = m_path + u".corrupt-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss-zzz"_s);
    if (!QFile::rename(m_path, aside)) {
        *error = tr("cannot rename it to %1").arg(aside);
        return {};
    }
    return aside;
}

} // namespace keylink
