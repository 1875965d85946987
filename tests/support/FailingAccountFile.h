#pragma once

#include "accounts/JsonAccountFile.h"

// The real account file, except that writing (or moving an unreadable file
// aside) can be made to fail, to test that a failed save loses nothing.
class FailingAccountFile : public keylink::JsonAccountFile
{
public:
    using JsonAccountFile::JsonAccountFile;
    bool failWrites = false;
    int writesLeft = 0; // with failWrites: this many writes still succeed first
    bool failKeepAside = false;
    bool write(const QByteArray &content, QString *error) override
    {
        if (failWrites && writesLeft-- <= 0) {
            *error = QStringLiteral("No space left on device");
            return false;
        }
        return JsonAccountFile::write(content, error);
    }
    QString keepAside(QString *error) override
    {
        if (failKeepAside) {
            *error = QStringLiteral("Permission denied");
            return {};
        }
        return JsonAccountFile::keepAside(error);
    }
};
