#pragma once

#include "command/Verb.h"
#include "link/CheckOutcome.h"

#include <QMap>

namespace keylink {

// `keylink verify ACCOUNT|--all`: checks accounts again, all at once, and
// records status, permissions and the time of the check.
class VerifyVerb : public Verb
{
    Q_OBJECT
public:
    using Verb::Verb;
    static Spec spec();
    void start() override;

private:
    void onChecked(const CheckOutcome &outcome);
    void report();

    QStringList m_order;
    QMap<QString, CheckOutcome> m_outcomes;
};

} // namespace keylink
