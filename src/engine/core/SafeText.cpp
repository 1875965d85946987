#include "core/SafeText.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace keylink::SafeText {

namespace {
bool isBidiControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
}
} // namespace

QString clean(const QString &text)
{
    // CSI (ESC [ … final), OSC (ESC ] … BEL or ESC \), and two-byte escapes.
    static const QRegularExpression escapes(
        u"\\x1B\\[[0-?]*[ -/]*[@-~]|\\x1B\\][^\\x07\\x1B]*(\\x07|\\x1B\\\\)?|\\x1B[@-Z\\\\-_]|\\x{9B}[0-?]*[ -/]*[@-~]"_s);
    QString out = text;
    out.remove(escapes);
    QString clean;
    clean.reserve(out.size());
    for (const QChar ch : std::as_const(out)) {
        const char16_t c = ch.unicode();
        if (c == u'\t' || c == u'\n' || c == u'\r')
            clean += u' ';
        else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || isBidiControl(c))
            continue;
        else
            clean += ch;
    }
    return clean;
}

QString redact(QString text, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        // Very short values would hide ordinary words; no credential is that short.
        if (secret.size() >= 6)
            text.replace(secret, u"[secret]"_s);
    }
    return text;
}

} // namespace keylink::SafeText
