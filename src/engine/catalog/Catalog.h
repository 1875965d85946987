#pragma once

#include "catalog/Provider.h"

#include <QList>
#include <QString>

namespace keylink {

// The providers Keylink knows, built-in first, then the user's own files.
class Catalog
{
public:
    const QList<Provider> &providers() const { return m_providers; }
    const Provider *provider(const QString &id) const;
    bool isEmpty() const { return m_providers.isEmpty(); }

    void add(Provider provider) { m_providers.append(std::move(provider)); }

private:
    QList<Provider> m_providers;
};

} // namespace keylink
