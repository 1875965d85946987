#pragma once

#include <QCoreApplication>

#include "accounts/AccountFile.h"

namespace keylink {

// accounts.json under the app data location, written with QSaveFile.
class JsonAccountFile : public AccountFile
{
    Q_DECLARE_TR_FUNCTIONS(keylink::JsonAccountFile)

public:
    // Default: $XDG_DATA_HOME/keylink/accounts.json
    explicit JsonAccountFile(QString path = defaultPath());
    static QString defaultPath();

    QString path() const override { return m_path; }
    bool exists() const override;
    bool read(QByteArray *content, QString *error) const override;
    bool write(const QByteArray &content, QString *error) override;
    QString keepAside(QString *error) override;

private:
    QString m_path;
};

} // namespace keylink
