#pragma once

#include "accounts/JsonAccountFile.h"

// The real account file, except that writing can be made to fail, to test
// that a failed save loses nothing.
class FailingAccountFile : public keylink::JsonAccountFile
{
public:
    using JsonAccountFile::JsonAccountFile;
    bool failWrites = false;
    int writesLeft = 0; // with failWrites: this many writes still succeed first
    bool write(const QByteArray &content, QString *error) override
    {
        if (failWrites && writesLeft-- <= 0) {
            *error = QStringLiteral("No space left on device");
            return false;
        }
        return JsonAccountFile::write(content, error);
    }
};
