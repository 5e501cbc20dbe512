#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

namespace halldesk {

// Process-wide metrics in the Prometheus text format (0.0.4).
//
// Registration (counter(), gauge(), histogram()) takes a lock and may allocate; it returns a
// reference that stays valid for the registry's lifetime, so the hot path caches it once and
// afterwards only touches atomics:
//
//   static auto &calls = MetricsRegistry::global().counter(
//       "halldesk_operations_total", "Queue operations handled.",
//       {{"op", "callNext"}, {"result", "ok"}});
//   calls.inc();
//
// Asking again with the same name and labels returns the same object. Misuse (an invalid name,
// the name registered as another type, other label names or buckets) is a programming error
// and throws std::invalid_argument.
class MetricsRegistry
{
public:
    // Label name and value pairs. Their order does not matter: they are sorted by name.
    using Labels = QList<std::pair<QString, QString>>;

    class Counter
    {
    public:
        void inc(quint64 amount = 1) { m_value.fetch_add(amount, std::memory_order_relaxed); }
        quint64 value() const { return m_value.load(std::memory_order_relaxed); }

    private:
        std::atomic<quint64> m_value{0};
    };

    class Gauge
    {
    public:
        void set(double value) { m_value.store(value, std::memory_order_relaxed); }
        void inc(double amount = 1) { m_value.fetch_add(amount, std::memory_order_relaxed); }
        void dec(double amount = 1) { m_value.fetch_sub(amount, std::memory_order_relaxed); }
        double value() const { return m_value.load(std::memory_order_relaxed); }

    private:
        std::atomic<double> m_value{0};
    };

    class Histogram
    {
    public:
        // upperBounds: strictly increasing finite values; the +Inf bucket is implicit.
        explicit Histogram(std::vector<double> upperBounds);

        // Counts value in the first bucket whose upper bound is >= value ("le" is inclusive).
        void observe(double value);

        const std::vector<double> &upperBounds() const { return m_upperBounds; }
        // Observations per bucket, not cumulative; the last entry is the +Inf bucket.
        std::vector<quint64> bucketCounts() const;
        double sum() const { return m_sum.load(std::memory_order_relaxed); }

    private:
        const std::vector<double> m_upperBounds;
        const std::unique_ptr<std::atomic<quint64>[]> m_counts;
        std::atomic<double> m_sum{0};
    };

    // Bucket upper bounds in seconds for request and database latencies, 0.5 ms to 2.5 s.
    static const QList<double> &defaultLatencyBuckets();

    // The registry the server and its components share. Never destroyed, so threads that still
    // count during process exit do not touch a dead object.
    static MetricsRegistry &global();

    MetricsRegistry();
    ~MetricsRegistry();
    MetricsRegistry(const MetricsRegistry &) = delete;
    MetricsRegistry &operator=(const MetricsRegistry &) = delete;

    // An empty help on a later lookup of an existing metric matches any help; a different
    // non-empty help throws, because two call sites disagree about what the metric means.
    Counter &counter(const QString &name, const QString &help, const Labels &labels = {});
    Gauge &gauge(const QString &name, const QString &help, const Labels &labels = {});
    Histogram &histogram(const QString &name, const QString &help, const QList<double> &upperBounds,
                         const Labels &labels = {});

    // Metrics in registration order, the series of each sorted by their labels.
    QByteArray renderPrometheus() const;

private:
    enum class Type
    {
        Counter,
        Gauge,
        Histogram
    };
    using LabelKey = std::vector<std::pair<QByteArray, QByteArray>>;

    struct Series
    {
        // Rendered once at registration: the comma-separated name="value" pairs, no braces.
        QByteArray labelText;
        std::unique_ptr<Counter> counter;
        std::unique_ptr<Gauge> gauge;
        std::unique_ptr<Histogram> histogram;
    };

    struct Family
    {
        QByteArray name;
        QByteArray help;
        Type type = Type::Counter;
        std::vector<QByteArray> labelNames;
        std::vector<double> upperBounds;
        std::map<LabelKey, Series> series;
    };

    Series &seriesFor(Type type, const QString &name, const QString &help, const Labels &labels,
                      const QList<double> &upperBounds);
    static void renderFamily(QByteArray &out, const Family &family);

    mutable std::mutex m_mutex;
    std::vector<std::unique_ptr<Family>> m_families;
    QHash<QByteArray, Family *> m_byName;
};

} // namespace halldesk
