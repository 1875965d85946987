#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <utility>

// Splits a fuzzer's bytes into the parts a target needs, the same way for
// libFuzzer and for the replayed corpus, so corpus files stay readable.
class FuzzInput
{
public:
    FuzzInput(const uint8_t *data, size_t size)
        : m_bytes(reinterpret_cast<const char *>(data), qsizetype(size))
    { }

    // Everything up to the first "\n\n" (consumed), or all that is left.
    QByteArray takeSection()
    {
        const qsizetype end = m_bytes.indexOf("\n\n");
        if (end < 0)
            return std::exchange(m_bytes, {});
        const QByteArray section = m_bytes.left(end);
        m_bytes.remove(0, end + 2);
        return section;
    }
    QByteArray rest() const { return m_bytes; }

private:
    QByteArray m_bytes;
};
