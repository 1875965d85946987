#pragma once

#include <QString>
#include <QStringList>

namespace keylink {

// Text from outside Keylink (a provider's answer: an account name, an error
// message) made safe to print in a terminal or draw in the window.
namespace SafeText {
// Without terminal escape sequences, control characters or bidirectional
// overrides (which could rewrite what a terminal shows, or reorder a line so
// it reads differently); line breaks and tabs become spaces, so a message
// stays one line.
QString clean(const QString &text);
// `text` with every occurrence of each secret value replaced by "[secret]",
// for a provider that echoes a credential back in its error message.
QString redact(QString text, const QStringList &secrets);
} // namespace SafeText

} // namespace keylink
