// The old account list (accounts.json, read once to import it into the
// database): it sits in the user's folder, where another program, a full
// disk or a hand edit can leave anything. Whatever the bytes, parse() either
// reads the list or says why not; a list it reads has one account per id,
// and each account reads back the same from the record the database keeps.
#include "store/LegacyAccountList.h"

#include <QJsonDocument>
#include <QSet>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    keylink::LegacyAccountList list;
    QString why;
    if (!keylink::LegacyAccountList::parse(
            QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)), &list, &why)) {
        if (why.isEmpty())
            __builtin_trap(); // a list Keylink cannot read is explained
        return 0;
    }
    QSet<QString> ids;
    for (const keylink::Account &a : std::as_const(list.accounts)) {
        if (a.id.isEmpty() || ids.contains(a.id))
            __builtin_trap(); // each id names one keychain entry
        ids.insert(a.id);
        // What AccountStore writes as the record, read back.
        const QByteArray record = QJsonDocument(a.toJson()).toJson(QJsonDocument::Compact);
        keylink::Account again;
        QString error;
        if (!keylink::Account::fromJson(QJsonDocument::fromJson(record).object(), &again, &error)
            || again.toJson() != a.toJson())
            __builtin_trap();
    }
    for (const keylink::LegacyAccountList::Mark &mark : std::as_const(list.pending)) {
        if (mark.id.isEmpty())
            __builtin_trap(); // a mark without an id is dropped
    }
    return 0;
}
