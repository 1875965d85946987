#pragma once

#include <QByteArray>
#include <QList>

namespace keylink {

// Replaces every secret value in a stream of output with a placeholder
// (`keylink run --mask`). The stream comes in pieces, and a secret may be cut
// between two: the end of a piece that could be the start of a secret is held
// back until the next piece (or the end) says what it was.
class SecretMask
{
public:
    void add(const QByteArray &secret, const QByteArray &placeholder);
    bool isEmpty() const { return m_secrets.isEmpty(); }

    // What can be written now of what came so far.
    QByteArray feed(const QByteArray &piece);
    // The rest, at the end of the stream.
    QByteArray finish();

private:
    QByteArray process(const QByteArray &text, bool end);

    QList<std::pair<QByteArray, QByteArray>> m_secrets; // longest first
    QByteArray m_held;
};

} // namespace keylink
