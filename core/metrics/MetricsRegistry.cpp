#include "metrics/MetricsRegistry.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <stdexcept>
#include <string>

namespace halldesk {

namespace {

bool isMetricName(const QByteArray &name)
{
    if (name.isEmpty())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char c = name.at(i);
        const bool letter =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
        if (!letter && !(i > 0 && c >= '0' && c <= '9'))
            return false;
    }
    return true;
}

// Names starting with "__" are reserved for Prometheus itself.
bool isLabelName(const QByteArray &name)
{
    return isMetricName(name) && !name.contains(':') && !name.startsWith("__");
}

[[noreturn]] void invalid(const QString &what)
{
    throw std::invalid_argument(("MetricsRegistry: " + what).toStdString());
}

QByteArray escapeHelp(const QByteArray &help)
{
    QByteArray out;
    out.reserve(help.size());
    for (const char c : help) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

QByteArray escapeLabelValue(const QByteArray &value)
{
    QByteArray out;
    out.reserve(value.size());
    for (const char c : value) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

// Shortest text that reads back as the same double ("0.1", not "0.10000000000000001"), in the
// spelling Prometheus parses for the special values. Plain decimals for the usual magnitudes,
// so a bucket bound reads le="0.0005" rather than le="5e-04" and series names stay the same
// as those other exporters produce.
QByteArray formatDouble(double value)
{
    if (std::isnan(value))
        return QByteArrayLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QByteArrayLiteral("+Inf") : QByteArrayLiteral("-Inf");
    const double magnitude = std::fabs(value);
    const bool plain = magnitude == 0 || (magnitude >= 1e-4 && magnitude < 1e15);
    char buffer[64];
    const std::to_chars_result result =
        std::to_chars(buffer, buffer + sizeof buffer, value,
                      plain ? std::chars_format::fixed : std::chars_format::scientific);
    return QByteArray(buffer, result.ptr - buffer);
}

void appendSample(QByteArray &out, const QByteArray &name, const QByteArray &labelText,
                  const QByteArray &extraLabel, const QByteArray &value)
{
    out += name;
    if (!labelText.isEmpty() || !extraLabel.isEmpty()) {
        out += '{';
        out += labelText;
        if (!labelText.isEmpty() && !extraLabel.isEmpty())
            out += ',';
        out += extraLabel;
        out += '}';
    }
    out += ' ';
    out += value;
    out += '\n';
}

std::vector<double> checkedBounds(const QList<double> &upperBounds)
{
    std::vector<double> bounds(upperBounds.cbegin(), upperBounds.cend());
    for (std::size_t i = 0; i < bounds.size(); ++i) {
        if (!std::isfinite(bounds[i]))
            invalid(QStringLiteral("histogram bucket bounds must be finite (+Inf is implicit)"));
        if (i > 0 && !(bounds[i - 1] < bounds[i]))
            invalid(QStringLiteral("histogram bucket bounds must be strictly increasing"));
    }
    return bounds;
}

} // namespace

MetricsRegistry::Histogram::Histogram(std::vector<double> upperBounds)
    : m_upperBounds(std::move(upperBounds))
    , m_counts(std::make_unique<std::atomic<quint64>[]>(m_upperBounds.size() + 1))
{}

void MetricsRegistry::Histogram::observe(double value)
{
    // "First bound >= value" written so that NaN, which compares false to everything, lands in
    // the +Inf bucket instead of the first one.
    const auto bucket = std::partition_point(m_upperBounds.cbegin(), m_upperBounds.cend(),
                                             [value](double bound) { return !(bound >= value); });
    m_counts[static_cast<std::size_t>(bucket - m_upperBounds.cbegin())].fetch_add(
        1, std::memory_order_relaxed);
    m_sum.fetch_add(value, std::memory_order_relaxed);
}

std::vector<quint64> MetricsRegistry::Histogram::bucketCounts() const
{
    std::vector<quint64> counts(m_upperBounds.size() + 1);
    for (std::size_t i = 0; i < counts.size(); ++i)
        counts[i] = m_counts[i].load(std::memory_order_relaxed);
    return counts;
}

const QList<double> &MetricsRegistry::defaultLatencyBuckets()
{
    static const QList<double> buckets{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                       0.05,   0.1,   0.25,   0.5,   1,    2.5};
    return buckets;
}

MetricsRegistry &MetricsRegistry::global()
{
    static MetricsRegistry *const instance = new MetricsRegistry;
    return *instance;
}

MetricsRegistry::MetricsRegistry() = default;
MetricsRegistry::~MetricsRegistry() = default;

MetricsRegistry::Counter &MetricsRegistry::counter(const QString &name, const QString &help,
                                                   const Labels &labels)
{
    return *seriesFor(Type::Counter, name, help, labels, {}).counter;
}

MetricsRegistry::Gauge &MetricsRegistry::gauge(const QString &name, const QString &help,
                                               const Labels &labels)
{
    return *seriesFor(Type::Gauge, name, help, labels, {}).gauge;
}

MetricsRegistry::Histogram &MetricsRegistry::histogram(const QString &name, const QString &help,
                                                       const QList<double> &upperBounds,
                                                       const Labels &labels)
{
    return *seriesFor(Type::Histogram, name, help, labels, upperBounds).histogram;
}

MetricsRegistry::Series &MetricsRegistry::seriesFor(Type type, const QString &name,
                                                    const QString &help, const Labels &labels,
                                                    const QList<double> &upperBounds)
{
    const QByteArray utf8Name = name.toUtf8();
    if (!isMetricName(utf8Name))
        invalid(QStringLiteral("invalid metric name \"%1\"").arg(name));

    LabelKey key;
    key.reserve(static_cast<std::size_t>(labels.size()));
    for (const auto &[labelName, labelValue] : labels)
        key.emplace_back(labelName.toUtf8(), labelValue.toUtf8());
    std::sort(key.begin(), key.end());
    std::vector<QByteArray> labelNames;
    labelNames.reserve(key.size());
    for (const auto &[labelName, labelValue] : key) {
        if (!isLabelName(labelName))
            invalid(QStringLiteral("invalid label name \"%1\" on %2")
                        .arg(QString::fromUtf8(labelName), name));
        if (type == Type::Histogram && labelName == "le")
            invalid(QStringLiteral("the label \"le\" is reserved for histogram buckets"));
        if (!labelNames.empty() && labelNames.back() == labelName)
            invalid(QStringLiteral("label \"%1\" given twice on %2")
                        .arg(QString::fromUtf8(labelName), name));
        labelNames.push_back(labelName);
    }
    const std::vector<double> bounds =
        type == Type::Histogram ? checkedBounds(upperBounds) : std::vector<double>{};

    const std::lock_guard lock(m_mutex);
    Family *family = m_byName.value(utf8Name);
    if (family == nullptr) {
        auto created = std::make_unique<Family>();
        created->name = utf8Name;
        created->help = help.toUtf8();
        created->type = type;
        created->labelNames = labelNames;
        created->upperBounds = bounds;
        family = created.get();
        m_families.push_back(std::move(created));
        m_byName.insert(utf8Name, family);
    } else {
        if (family->type != type)
            invalid(QStringLiteral("%1 is already registered as another type").arg(name));
        if (!help.isEmpty() && family->help != help.toUtf8())
            invalid(QStringLiteral("%1 is already registered with another help text").arg(name));
        if (family->labelNames != labelNames)
            invalid(QStringLiteral("%1 is already registered with other label names").arg(name));
        if (family->upperBounds != bounds)
            invalid(QStringLiteral("%1 is already registered with other buckets").arg(name));
    }

    const auto found = family->series.find(key);
    if (found != family->series.end())
        return found->second;

    Series series;
    for (const auto &[labelName, labelValue] : key) {
        if (!series.labelText.isEmpty())
            series.labelText += ',';
        series.labelText += labelName + "=\"" + escapeLabelValue(labelValue) + '"';
    }
    switch (type) {
    case Type::Counter:
        series.counter = std::make_unique<Counter>();
        break;
    case Type::Gauge:
        series.gauge = std::make_unique<Gauge>();
        break;
    case Type::Histogram:
        series.histogram = std::make_unique<Histogram>(bounds);
        break;
    }
    return family->series.emplace(std::move(key), std::move(series)).first->second;
}

QByteArray MetricsRegistry::renderPrometheus() const
{
    QByteArray out;
    const std::lock_guard lock(m_mutex);
    for (const auto &family : m_families)
        renderFamily(out, *family);
    return out;
}

void MetricsRegistry::renderFamily(QByteArray &out, const Family &family)
{
    static const QByteArray typeNames[] = {"counter", "gauge", "histogram"};
    out += "# HELP " + family.name + ' ' + escapeHelp(family.help) + '\n';
    out += "# TYPE " + family.name + ' ' + typeNames[static_cast<int>(family.type)] + '\n';

    for (const auto &[key, series] : family.series) {
        switch (family.type) {
        case Type::Counter:
            appendSample(out, family.name, series.labelText, {},
                         QByteArray::number(series.counter->value()));
            break;
        case Type::Gauge:
            appendSample(out, family.name, series.labelText, {},
                         formatDouble(series.gauge->value()));
            break;
        case Type::Histogram: {
            const Histogram &histogram = *series.histogram;
            const std::vector<quint64> counts = histogram.bucketCounts();
            const QByteArray bucketName = family.name + "_bucket";
            quint64 cumulative = 0;
            for (std::size_t i = 0; i < counts.size(); ++i) {
                cumulative += counts[i];
                const QByteArray le = i < family.upperBounds.size()
                                          ? formatDouble(family.upperBounds[i])
                                          : QByteArrayLiteral("+Inf");
                appendSample(out, bucketName, series.labelText, "le=\"" + le + '"',
                             QByteArray::number(cumulative));
            }
            appendSample(out, family.name + "_sum", series.labelText, {},
                         formatDouble(histogram.sum()));
            // The count is the +Inf bucket, not a separate atomic, so a scrape that races an
            // observation still sees _count equal to the last bucket as Prometheus expects.
            appendSample(out, family.name + "_count", series.labelText, {},
                         QByteArray::number(cumulative));
            break;
        }
        }
    }
}

} // namespace halldesk
