#include "command/Verbs.h"

#include "verbs/AccountsVerb.h"
#include "verbs/ApiVerb.h"
#include "verbs/DefaultVerb.h"
#include "verbs/LinkVerb.h"
#include "verbs/LogVerb.h"
#include "verbs/ProvidersVerb.h"
#include "verbs/RunVerb.h"
#include "verbs/TokenVerb.h"
#include "verbs/UnlinkVerb.h"
#include "verbs/VerifyVerb.h"

namespace keylink::Verbs {

const QList<Verb::Spec> &all()
{
    static const QList<Verb::Spec> verbs {
        ProvidersVerb::spec(),
        LinkVerb::spec(),
        AccountsVerb::spec(),
        VerifyVerb::spec(),
        TokenVerb::spec(),
        RunVerb::spec(),
        ApiVerb::spec(),
        UnlinkVerb::spec(),
        DefaultVerb::spec(),
        LogVerb::spec(),
    };
    return verbs;
}

const Verb::Spec *find(const QString &name)
{
    for (const Verb::Spec &spec : all()) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

} // namespace keylink::Verbs
