#pragma once

#include <QList>

#include <algorithm>

// The value below which `percent` per cent of the samples fall (50: the
// median), as every benchmark here reports it: sort, then take the element
// at size * percent / 100.
template<typename T>
T percentile(QList<T> samples, int percent)
{
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() * percent / 100);
}
