#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace keylink {

// What happened to one HTTP request, before anyone interprets the answer.
struct HttpOutcome {
    enum class Kind {
        Answered, // a status line and a body (any status, 4xx/5xx included)
        Unreachable, // connection refused, reset, no route
        HostNotFound, // DNS
        Tls, // certificate or handshake failure: never ignored
        Timeout, // no complete answer before the deadline
        TooLarge, // the body passed the cap; reading stopped
        Cancelled, // the caller cancelled
        Redirected, // sent elsewhere (another host or plain http): not followed
    };
    Kind kind = Kind::Unreachable;
    int status = 0;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QString detail; // Qt's error text, or the redirect target's host
    QUrl url; // the URL that was asked last

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

} // namespace keylink
