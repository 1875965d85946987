#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace keylink {

// Reads a file that comes from outside Keylink (a provider file, the old
// account list): only a regular file, and only up to a cap, so that a FIFO,
// /dev/zero or a huge file can neither hang Keylink nor fill its memory.
class BoundedFile
{
    Q_DECLARE_TR_FUNCTIONS(keylink::BoundedFile)

public:
    // False, with a reason for people, when the file cannot be had whole.
    static bool read(const QString &path, qint64 maxBytes, QByteArray *content, QString *error);
};

} // namespace keylink
