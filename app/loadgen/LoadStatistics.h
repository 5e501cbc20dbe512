#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <vector>

// What a load run counts: operations, call-next round trips, and for every ticket which
// window holds it, so that a ticket called while another window still serves it
// (a duplicate) or issued and never called (lost) shows.
class LoadStatistics
{
public:
    void operationDone(bool ok);
    // A call-next that found nobody waiting: answered, but no call.
    void emptyCall() { ++m_emptyCalls; }
    void callLatency(double ms) { m_callLatencies.push_back(ms); }

    void issued(qint64 ticketId);
    // Returns false if the ticket was still held by another window: a duplicate.
    bool called(qint64 ticketId, int window);
    void released(qint64 ticketId);

    int calls() const { return m_calls; }
    qint64 operations() const { return m_operations; }
    int waitingEstimate() const { return int(m_issued.size() - m_everCalled.size()); }
    // `operations` of them done in `seconds` give ops_per_s.
    QString summary(double seconds, qint64 operations) const;

private:
    static double percentile(std::vector<double> sorted, double p);

    qint64 m_operations = 0;
    qint64 m_errors = 0;
    qint64 m_emptyCalls = 0;
    int m_calls = 0;
    int m_duplicates = 0;
    std::vector<double> m_callLatencies;
    QSet<qint64> m_issued;
    QSet<qint64> m_everCalled;
    QHash<qint64, int> m_holder;
};
