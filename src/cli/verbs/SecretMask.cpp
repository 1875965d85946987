#include "verbs/SecretMask.h"

#include <algorithm>

namespace keylink {

void SecretMask::add(const QByteArray &secret, const QByteArray &placeholder)
{
    if (secret.isEmpty())
        return;
    m_secrets.append({secret, placeholder});
    // Longest first: a secret that contains another is replaced whole.
    std::stable_sort(m_secrets.begin(), m_secrets.end(),
        [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
}

// Left to right, the longest secret first at each position. Where what is
// left could still grow into a secret, it waits for the next piece, unless
// this is the end.
QByteArray SecretMask::process(const QByteArray &text, bool end)
{
    QByteArray out;
    out.reserve(text.size());
    qsizetype at = 0;
    while (at < text.size()) {
        const QByteArrayView rest = QByteArrayView(text).sliced(at);
        if (!end && std::any_of(m_secrets.cbegin(), m_secrets.cend(), [&](const auto &pair) {
                return pair.first.size() > rest.size() && QByteArrayView(pair.first).startsWith(rest);
            })) {
            m_held = rest.toByteArray();
            return out;
        }
        const auto match = std::find_if(
            m_secrets.cbegin(), m_secrets.cend(), [&](const auto &pair) { return rest.startsWith(pair.first); });
        if (match != m_secrets.cend()) {
            out += match->second;
            at += match->first.size();
        } else {
            out += text.at(at++);
        }
    }
    m_held.clear();
    return out;
}

QByteArray SecretMask::feed(const QByteArray &piece)
{
    return process(m_held + piece, false);
}

QByteArray SecretMask::finish()
{
    return process(m_held, true);
}

} // namespace keylink
