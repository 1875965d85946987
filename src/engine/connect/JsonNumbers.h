#pragma once

#include <QByteArray>

namespace keylink {

// JSON numbers are doubles once parsed: an account id such as
// 9007199254740993 (over 2^53) would come back as …992. Where Keylink keeps
// a value as an identifier, it reads it from the answer with every number
// turned into a string of its exact digits.
namespace JsonNumbers {
// The same JSON text, with each number written as a string. Meant for text
// that parsed as JSON; anything else comes back changed but harmless.
QByteArray quoted(const QByteArray &json);
} // namespace JsonNumbers

} // namespace keylink
