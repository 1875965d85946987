#pragma once

#include "command/Verb.h"

namespace keylink {

// Every headless verb, in the order --help lists them. Adding a verb is a
// file in cli/verbs/ and a line here.
namespace Verbs {
const QList<Verb::Spec> &all();
const Verb::Spec *find(const QString &name);
} // namespace Verbs

} // namespace keylink
