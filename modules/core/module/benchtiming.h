#pragma once

#include <QList>
#include <algorithm>

namespace Crm::Bench {

// Milliseconds from QElapsedTimer nanoseconds.
inline double ms(qint64 ns)
{
    return ns / 1e6;
}

// The p-th percentile (0…1, nearest rank) of durations in nanoseconds, in ms.
inline double percentile(QList<qint64> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return ms(v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * (v.size() - 1) + 0.5))));
}

} // namespace Crm::Bench
