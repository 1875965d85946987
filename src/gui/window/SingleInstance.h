#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace keylink {

// One Keylink window per user: a second launch (or a keylink:// link opened
// by the desktop) hands its request to the running window over a local
// socket in $XDG_RUNTIME_DIR and exits.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 MaxRequestBytes = qint64(64) * 1024;

    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;

    static QString socketPath();

    // True when another instance took `request` (empty: just show yourself).
    static bool handOff(const QString &request, int timeoutMs = 2000);
    // Becomes the instance others hand off to; false if the socket cannot be made.
    bool listen(QString *error);

Q_SIGNALS:
    // A later launch asked for this (a keylink:// link, or empty to show the window).
    void requested(const QString &request);

private:
    QLocalServer *m_server = nullptr;
};

} // namespace keylink
