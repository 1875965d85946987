#include "core/BoundedFile.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace keylink {

bool BoundedFile::read(const QString &path, qint64 maxBytes, QByteArray *content, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("it does not exist");
        return false;
    }
    if (!info.isFile()) { // follows links: a link to /dev/zero is not a file either
        *error = tr("it is not a regular file");
        return false;
    }
    if (info.size() > maxBytes) {
        *error = tr("it is larger than %1").arg(QLocale::c().formattedDataSize(maxBytes, 0));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    // The size can change between the look and the read: read one byte more
    // than allowed to notice.
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes) {
        *error = tr("it is larger than %1").arg(QLocale::c().formattedDataSize(maxBytes, 0));
        return false;
    }
    *content = std::move(bytes);
    return true;
}

} // namespace keylink
