#pragma once

#include <QList>
#include <QString>

#include <algorithm>

namespace keylink {

// The item of a catalog list with that id, or nullptr.
template<typename T>
const T *findById(const QList<T> &list, const QString &id)
{
    auto it = std::find_if(list.cbegin(), list.cend(), [&](const T &item) { return item.id == id; });
    return it == list.cend() ? nullptr : &*it;
}

} // namespace keylink
