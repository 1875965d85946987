#pragma once

#include "command/Verb.h"
#include "connect/VerificationResult.h"
#include "link/LinkOutcome.h"

namespace keylink {

class Linker;
struct AuthMethod;
struct LinkResult;
struct Provider;

// `keylink link PROVIDER`: reads the fields (secrets only from standard
// input or KEYLINK_FIELD_*) and hands them to the engine's Linker.
class LinkVerb : public Verb
{
    Q_OBJECT
public:
    using Verb::Verb;
    static Spec spec();
    void start() override;

private:
    bool collectFields();
    void onFinished(const LinkResult &result);
    void onSaved(const LinkOutcome &outcome, const VerificationResult &verification);

    const Provider *m_provider = nullptr;
    const AuthMethod *m_method = nullptr;
    SecretFields m_fields;
    Linker *m_linker = nullptr;
};

} // namespace keylink
