#pragma once

#include <QByteArray>
#include <QString>

namespace keylink {

// The one file that holds the account list. An interface so tests can make
// writing fail; JsonAccountFile is the real one.
class AccountFile
{
public:
    virtual ~AccountFile() = default;
    virtual QString path() const = 0;
    virtual bool exists() const = 0;
    // Returns false and says why when the file cannot be read.
    virtual bool read(QByteArray *content, QString *error) const = 0;
    // Atomic: the old content stays whole if anything goes wrong.
    virtual bool write(const QByteArray &content, QString *error) = 0;
    // Moves an unreadable file out of the way; returns where it went.
    virtual QString keepAside(QString *error) = 0;
};

} // namespace keylink
