#include "connect/JsonNumbers.h"

namespace keylink::JsonNumbers {

namespace {
bool startsNumber(char c)
{
    return c == '-' || (c >= '0' && c <= '9');
}
bool inNumber(char c)
{
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}
} // namespace

QByteArray quoted(const QByteArray &json)
{
    QByteArray out;
    out.reserve(json.size() + 16);
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
            out += c;
            continue;
        }
        if (startsNumber(c)) {
            qsizetype end = i;
            while (end < json.size() && inNumber(json.at(end)))
                ++end;
            out += '"';
            out += json.mid(i, end - i);
            out += '"';
            i = end - 1;
            continue;
        }
        out += c;
    }
    return out;
}

} // namespace keylink::JsonNumbers
