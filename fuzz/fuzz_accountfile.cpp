// The account list (accounts.json): written by Keylink, but it sits in the
// user's folder, where another program, a full disk or a hand edit can leave
// anything. Whatever the bytes, load() either reads the list or keeps the
// file aside and says why; a list it reads survives a save and a reload.
#include "accounts/AccountFile.h"
#include "accounts/AccountStore.h"

#include <cstdint>

namespace {
// The file in memory: nothing touches the disk.
class MemoryAccountFile : public keylink::AccountFile
{
public:
    explicit MemoryAccountFile(QByteArray content)
        : m_content(std::move(content))
    { }
    QString path() const override { return QStringLiteral("/fuzz/accounts.json"); }
    bool exists() const override { return m_exists; }
    bool read(QByteArray *content, QString *) const override
    {
        *content = m_content;
        return true;
    }
    bool write(const QByteArray &content, QString *) override
    {
        m_content = content;
        m_exists = true;
        return true;
    }
    QString keepAside(QString *) override
    {
        m_exists = false;
        return QStringLiteral("/fuzz/accounts.json.corrupt");
    }

private:
    QByteArray m_content;
    bool m_exists = true;
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto file = std::make_unique<MemoryAccountFile>(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    MemoryAccountFile *raw = file.get();
    keylink::AccountStore store(std::move(file));
    if (!store.load()) {
        if (store.problem().isEmpty() || raw->exists())
            __builtin_trap(); // an unreadable list is explained and kept aside
        return 0;
    }
    // Saving the first account again writes the whole list; reading that
    // back must give the same accounts and marks as the store now holds.
    QString error;
    if (!store.accounts().isEmpty() && !store.save(store.accounts().first(), &error))
        __builtin_trap();
    if (!raw->exists())
        return 0; // nothing was in it, so nothing was written
    QByteArray written;
    raw->read(&written, &error);
    keylink::AccountStore again(std::make_unique<MemoryAccountFile>(written));
    if (!again.load() || again.accounts().size() != store.accounts().size()
        || again.pending().size() != store.pending().size())
        __builtin_trap();
    for (qsizetype i = 0; i < store.accounts().size(); ++i) {
        if (again.accounts().at(i).toJson() != store.accounts().at(i).toJson())
            __builtin_trap();
    }
    return 0;
}
