#include "LoadStatistics.h"

#include <algorithm>
#include <cmath>

void LoadStatistics::operationDone(bool ok)
{
    ++m_operations;
    if (!ok)
        ++m_errors;
}

void LoadStatistics::issued(qint64 ticketId)
{
    m_issued.insert(ticketId);
}

bool LoadStatistics::called(qint64 ticketId, int window)
{
    ++m_calls;
    m_everCalled.insert(ticketId);
    const int holder = m_holder.value(ticketId, 0);
    m_holder.insert(ticketId, window);
    if (holder != 0 && holder != window) {
        ++m_duplicates;
        return false;
    }
    return true;
}

void LoadStatistics::released(qint64 ticketId)
{
    m_holder.remove(ticketId);
}

double LoadStatistics::percentile(std::vector<double> sorted, double p)
{
    if (sorted.empty())
        return 0;
    const auto index =
        std::min(sorted.size() - 1, size_t(std::ceil(p * double(sorted.size()))) - 1);
    return sorted[index];
}

QString LoadStatistics::summary(double seconds, qint64 operations) const
{
    std::vector<double> sorted = m_callLatencies;
    std::sort(sorted.begin(), sorted.end());
    int lost = 0;
    for (qint64 id : m_issued) {
        if (!m_everCalled.contains(id))
            ++lost;
    }
    auto fixed = [](double v, int decimals) {
        return QString::number(v, 'f', decimals);
    };
    return QStringLiteral("ops=%1 errors=%2 empty_calls=%12 issued=%3 elapsed_s=%4 calls=%5 "
                          "ops_per_s=%6 p50_ms=%7 p95_ms=%8 p99_ms=%9 duplicates=%10 lost=%11")
        .arg(m_operations)
        .arg(m_errors)
        .arg(m_issued.size())
        .arg(fixed(seconds, 1))
        .arg(m_calls)
        .arg(fixed(seconds > 0 ? double(operations) / seconds : 0, 0))
        .arg(fixed(percentile(sorted, 0.50), 2))
        .arg(fixed(percentile(sorted, 0.95), 2))
        .arg(fixed(percentile(sorted, 0.99), 2))
        .arg(m_duplicates)
        .arg(lost)
        .arg(m_emptyCalls);
}
