#include "GeneratedCatalog.h"

using namespace Qt::StringLiterals;

keylink::AuthMethod generatedMethod(int count)
{
    static const QStringList verbs {u"List"_s, u"Get"_s, u"Create"_s, u"Update"_s, u"Delete"_s, u"Search"_s};
    static const QStringList nouns {u"Invoice"_s, u"Contact"_s, u"Conversation"_s, u"Ticket"_s, u"Shipment"_s,
        u"Label"_s, u"Contract"_s, u"Workspace"_s, u"Teammate"_s, u"Tag"_s};
    keylink::AuthMethod m;
    m.id = u"generated"_s;
    for (int r = 0; r < 300; ++r)
        m.scopes.append({u"resource%1:read"_s.arg(r), u"Read resource %1"_s.arg(r), {}, {}, std::nullopt});
    for (int i = 0; i < count; ++i) {
        const QString verb = verbs.at(i % verbs.size());
        const QString noun = nouns.at((i / verbs.size()) % nouns.size());
        m.actions.append({u"generated_%1"_s.arg(i), u"%1 %2 Lines %3"_s.arg(verb, noun).arg(i),
            {u"resource%1:read"_s.arg(i % 300)}});
    }
    return m;
}
