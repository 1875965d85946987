#include "store/CheckRecord.h"

using namespace Qt::StringLiterals;

namespace keylink {

QString CheckRecord::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::ScopesMissing:
        return u"scopes-missing"_s;
    case Outcome::Rejected:
        return u"rejected"_s;
    case Outcome::Unreachable:
        return u"unreachable"_s;
    case Outcome::Verified:
        break;
    }
    return u"verified"_s;
}

QJsonObject CheckRecord::toJson() const
{
    QJsonObject json {{u"time"_s, time.toUTC().toString(Qt::ISODateWithMs)}, {u"outcome"_s, outcomeName(outcome)}};
    if (!reason.isEmpty())
        json.insert(u"reason"_s, reason);
    return json;
}

CheckRecord CheckRecord::fromJson(const QJsonObject &json)
{
    CheckRecord r;
    r.time = QDateTime::fromString(json.value(u"time"_s).toString(), Qt::ISODateWithMs);
    const QString outcome = json.value(u"outcome"_s).toString();
    for (Outcome o : {Outcome::Verified, Outcome::ScopesMissing, Outcome::Rejected, Outcome::Unreachable}) {
        if (outcomeName(o) == outcome)
            r.outcome = o;
    }
    r.reason = json.value(u"reason"_s).toString();
    return r;
}

} // namespace keylink
