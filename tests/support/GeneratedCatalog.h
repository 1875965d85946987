#pragma once

#include "catalog/AuthMethod.h"

// A method with `count` actions over a few hundred scopes, with labels like
// "List Invoice Lines 42", to measure and test the action table at scale.
keylink::AuthMethod generatedMethod(int count);
