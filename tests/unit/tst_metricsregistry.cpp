#include "metrics/MetricsRegistry.h"

#include <QTest>
#include <limits>
#include <stdexcept>
#include <thread>
#include <vector>

using halldesk::MetricsRegistry;

class TestMetricsRegistry : public QObject
{
    Q_OBJECT

private slots:
    void rendersExactText();
    void histogramLabelsPutLeLast();
    void escapesLabelValuesAndHelp();
    void bucketsAreCumulative();
    void nanObservationGoesToInfBucket();
    void formatsGaugeValues_data();
    void formatsGaugeValues();
    void sameSeriesIsSameObject();
    void rejectsMisuse_data();
    void rejectsMisuse();
    void concurrentIncrementsAreExact();
};

void TestMetricsRegistry::rendersExactText()
{
    MetricsRegistry registry;
    // Registered out of alphabetical order: the output follows registration, not names.
    auto &issued = registry.counter(QStringLiteral("halldesk_operations_total"),
                                    QStringLiteral("Queue operations handled."),
                                    {{QStringLiteral("result"), QStringLiteral("ok")},
                                     {QStringLiteral("op"), QStringLiteral("issue")}});
    auto &called = registry.counter(QStringLiteral("halldesk_operations_total"),
                                    QStringLiteral("Queue operations handled."),
                                    {{QStringLiteral("op"), QStringLiteral("callNext")},
                                     {QStringLiteral("result"), QStringLiteral("ok")}});
    auto &terminals = registry.gauge(QStringLiteral("halldesk_connected_terminals"),
                                     QStringLiteral("Counter terminals connected."));
    auto &latency =
        registry.histogram(QStringLiteral("halldesk_request_seconds"),
                           QStringLiteral("Time to handle one request."), {0.01, 0.1, 1});
    called.inc(2);
    called.inc();
    issued.inc();
    terminals.set(12);
    terminals.inc(2);
    terminals.dec(3);
    // Powers of two keep the sum exact; 1 sits on a bound and belongs to le="1".
    for (const double seconds : {0.0078125, 0.0625, 0.5, 1.0, 2.0})
        latency.observe(seconds);

    const QByteArray expected = "# HELP halldesk_operations_total Queue operations handled.\n"
                                "# TYPE halldesk_operations_total counter\n"
                                "halldesk_operations_total{op=\"callNext\",result=\"ok\"} 3\n"
                                "halldesk_operations_total{op=\"issue\",result=\"ok\"} 1\n"
                                "# HELP halldesk_connected_terminals Counter terminals connected.\n"
                                "# TYPE halldesk_connected_terminals gauge\n"
                                "halldesk_connected_terminals 11\n"
                                "# HELP halldesk_request_seconds Time to handle one request.\n"
                                "# TYPE halldesk_request_seconds histogram\n"
                                "halldesk_request_seconds_bucket{le=\"0.01\"} 1\n"
                                "halldesk_request_seconds_bucket{le=\"0.1\"} 2\n"
                                "halldesk_request_seconds_bucket{le=\"1\"} 4\n"
                                "halldesk_request_seconds_bucket{le=\"+Inf\"} 5\n"
                                "halldesk_request_seconds_sum 3.5703125\n"
                                "halldesk_request_seconds_count 5\n";
    QCOMPARE(registry.renderPrometheus(), expected);
}

void TestMetricsRegistry::histogramLabelsPutLeLast()
{
    MetricsRegistry registry;
    registry
        .histogram(QStringLiteral("db_seconds"), QStringLiteral("Database time."), {0.5},
                   {{QStringLiteral("backend"), QStringLiteral("sqlite")}})
        .observe(0.25);
    QCOMPARE(registry.renderPrometheus(),
             QByteArray("# HELP db_seconds Database time.\n"
                        "# TYPE db_seconds histogram\n"
                        "db_seconds_bucket{backend=\"sqlite\",le=\"0.5\"} 1\n"
                        "db_seconds_bucket{backend=\"sqlite\",le=\"+Inf\"} 1\n"
                        "db_seconds_sum{backend=\"sqlite\"} 0.25\n"
                        "db_seconds_count{backend=\"sqlite\"} 1\n"));
}

void TestMetricsRegistry::escapesLabelValuesAndHelp()
{
    MetricsRegistry registry;
    registry
        .counter(QStringLiteral("escapes_total"), QStringLiteral("Back\\slash and\nnew \"line\"."),
                 {{QStringLiteral("value"), QStringLiteral("a\\b\"c\nd")}})
        .inc();
    registry
        .counter(QStringLiteral("escapes_total"), QString(),
                 {{QStringLiteral("value"), QStringLiteral("综合窗口")}})
        .inc(5);
    const QByteArray expected = "# HELP escapes_total Back\\\\slash and\\nnew \"line\".\n"
                                "# TYPE escapes_total counter\n"
                                "escapes_total{value=\"a\\\\b\\\"c\\nd\"} 1\n"
                                "escapes_total{value=\"" +
                                QStringLiteral("综合窗口").toUtf8() + "\"} 5\n";
    QCOMPARE(registry.renderPrometheus(), expected);
}

void TestMetricsRegistry::bucketsAreCumulative()
{
    MetricsRegistry registry;
    const QList<double> bounds = MetricsRegistry::defaultLatencyBuckets();
    QCOMPARE(bounds.size(), 12);
    auto &histogram = registry.histogram(QStringLiteral("h_seconds"), QStringLiteral("h"), bounds);
    // One observation just below each bound, two above the last.
    for (const double bound : bounds)
        histogram.observe(bound * 0.9);
    histogram.observe(3);
    histogram.observe(100);

    const std::vector<quint64> perBucket = histogram.bucketCounts();
    QCOMPARE(perBucket.size(), std::size_t(13));
    for (std::size_t i = 0; i < 12; ++i)
        QCOMPARE(perBucket[i], quint64(1));
    QCOMPARE(perBucket[12], quint64(2));

    const QList<QByteArray> lines = registry.renderPrometheus().split('\n');
    QList<QByteArray> bucketLines;
    for (const QByteArray &line : lines) {
        if (line.startsWith("h_seconds_bucket"))
            bucketLines << line;
    }
    QCOMPARE(bucketLines.size(), 13);
    QCOMPARE(bucketLines.first(), QByteArray("h_seconds_bucket{le=\"0.0005\"} 1"));
    QCOMPARE(bucketLines.at(2), QByteArray("h_seconds_bucket{le=\"0.0025\"} 3"));
    QCOMPARE(bucketLines.at(11), QByteArray("h_seconds_bucket{le=\"2.5\"} 12"));
    QCOMPARE(bucketLines.last(), QByteArray("h_seconds_bucket{le=\"+Inf\"} 14"));
    QVERIFY(lines.contains("h_seconds_count 14"));
}

void TestMetricsRegistry::nanObservationGoesToInfBucket()
{
    MetricsRegistry registry;
    auto &histogram = registry.histogram(QStringLiteral("h"), QStringLiteral("h"), {1, 2});
    histogram.observe(std::numeric_limits<double>::quiet_NaN());
    const std::vector<quint64> counts = histogram.bucketCounts();
    QCOMPARE(counts, (std::vector<quint64>{0, 0, 1}));
}

void TestMetricsRegistry::formatsGaugeValues_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("integer") << 42.0 << QByteArray("42");
    QTest::newRow("negative") << -3.0 << QByteArray("-3");
    QTest::newRow("shortest decimal") << 0.1 << QByteArray("0.1");
    QTest::newRow("small") << 0.0005 << QByteArray("0.0005");
    QTest::newRow("tiny") << 0.00001 << QByteArray("1e-05");
    QTest::newRow("large integer") << 123456789.0 << QByteArray("123456789");
    QTest::newRow("huge") << 1e20 << QByteArray("1e+20");
    QTest::newRow("zero") << 0.0 << QByteArray("0");
    QTest::newRow("+Inf") << std::numeric_limits<double>::infinity() << QByteArray("+Inf");
    QTest::newRow("-Inf") << -std::numeric_limits<double>::infinity() << QByteArray("-Inf");
    QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << QByteArray("NaN");
}

void TestMetricsRegistry::formatsGaugeValues()
{
    QFETCH(double, value);
    QFETCH(QByteArray, expected);
    MetricsRegistry registry;
    registry.gauge(QStringLiteral("g"), QStringLiteral("g")).set(value);
    QCOMPARE(registry.renderPrometheus(), "# HELP g g\n# TYPE g gauge\ng " + expected + '\n');
}

void TestMetricsRegistry::sameSeriesIsSameObject()
{
    MetricsRegistry registry;
    const MetricsRegistry::Labels ab{{QStringLiteral("a"), QStringLiteral("1")},
                                     {QStringLiteral("b"), QStringLiteral("2")}};
    const MetricsRegistry::Labels ba{{QStringLiteral("b"), QStringLiteral("2")},
                                     {QStringLiteral("a"), QStringLiteral("1")}};
    auto &first = registry.counter(QStringLiteral("c_total"), QStringLiteral("c"), ab);
    QCOMPARE(&registry.counter(QStringLiteral("c_total"), QStringLiteral("c"), ab), &first);
    QCOMPARE(&registry.counter(QStringLiteral("c_total"), QString(), ba), &first);
    auto &other = registry.counter(
        QStringLiteral("c_total"), QStringLiteral("c"),
        {{QStringLiteral("a"), QStringLiteral("1")}, {QStringLiteral("b"), QStringLiteral("3")}});
    QVERIFY(&other != &first);
    QCOMPARE(&MetricsRegistry::global(), &MetricsRegistry::global());
}

void TestMetricsRegistry::rejectsMisuse_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("help");
    QTest::addColumn<MetricsRegistry::Labels>("labels");
    QTest::addColumn<QList<double>>("bounds");

    enum
    {
        Counter,
        Gauge,
        Histogram
    };
    const QString help = QStringLiteral("existing");
    const MetricsRegistry::Labels opLabel{{QStringLiteral("op"), QStringLiteral("x")}};
    const QList<double> bounds{0.1, 1};

    QTest::newRow("empty name") << int(Counter) << QString() << help << MetricsRegistry::Labels()
                                << QList<double>();
    QTest::newRow("name starts with digit") << int(Counter) << QStringLiteral("1abc") << help
                                            << MetricsRegistry::Labels() << QList<double>();
    QTest::newRow("name with dash") << int(Gauge) << QStringLiteral("a-b") << help
                                    << MetricsRegistry::Labels() << QList<double>();
    QTest::newRow("label name with colon")
        << int(Counter) << QStringLiteral("fresh_total") << help
        << MetricsRegistry::Labels{{QStringLiteral("a:b"), QStringLiteral("x")}} << QList<double>();
    QTest::newRow("reserved label name")
        << int(Counter) << QStringLiteral("fresh_total") << help
        << MetricsRegistry::Labels{{QStringLiteral("__name__"), QStringLiteral("x")}}
        << QList<double>();
    QTest::newRow("duplicate label")
        << int(Counter) << QStringLiteral("fresh_total") << help
        << MetricsRegistry::Labels{{QStringLiteral("op"), QStringLiteral("x")},
                                   {QStringLiteral("op"), QStringLiteral("y")}}
        << QList<double>();
    QTest::newRow("le on histogram")
        << int(Histogram) << QStringLiteral("fresh_seconds") << help
        << MetricsRegistry::Labels{{QStringLiteral("le"), QStringLiteral("1")}} << bounds;
    QTest::newRow("bounds not increasing")
        << int(Histogram) << QStringLiteral("fresh_seconds") << help << MetricsRegistry::Labels()
        << QList<double>{1, 0.5};
    QTest::newRow("bounds repeated") << int(Histogram) << QStringLiteral("fresh_seconds") << help
                                     << MetricsRegistry::Labels() << QList<double>{1, 1};
    QTest::newRow("explicit +Inf bound")
        << int(Histogram) << QStringLiteral("fresh_seconds") << help << MetricsRegistry::Labels()
        << QList<double>{1, std::numeric_limits<double>::infinity()};
    QTest::newRow("counter as gauge")
        << int(Gauge) << QStringLiteral("existing_total") << help << opLabel << QList<double>();
    QTest::newRow("other help") << int(Counter) << QStringLiteral("existing_total")
                                << QStringLiteral("different") << opLabel << QList<double>();
    QTest::newRow("other label names")
        << int(Counter) << QStringLiteral("existing_total") << help
        << MetricsRegistry::Labels{{QStringLiteral("result"), QStringLiteral("x")}}
        << QList<double>();
    QTest::newRow("no labels where there were some")
        << int(Counter) << QStringLiteral("existing_total") << help << MetricsRegistry::Labels()
        << QList<double>();
    QTest::newRow("other buckets") << int(Histogram) << QStringLiteral("existing_seconds") << help
                                   << MetricsRegistry::Labels() << QList<double>{0.1, 2};
}

void TestMetricsRegistry::rejectsMisuse()
{
    QFETCH(int, kind);
    QFETCH(QString, name);
    QFETCH(QString, help);
    QFETCH(MetricsRegistry::Labels, labels);
    QFETCH(QList<double>, bounds);

    MetricsRegistry registry;
    registry.counter(QStringLiteral("existing_total"), QStringLiteral("existing"),
                     {{QStringLiteral("op"), QStringLiteral("a")}});
    registry.histogram(QStringLiteral("existing_seconds"), QStringLiteral("existing"), {0.1, 1});
    const QByteArray before = registry.renderPrometheus();

    switch (kind) {
    case 0:
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, registry.counter(name, help, labels));
        break;
    case 1:
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, registry.gauge(name, help, labels));
        break;
    default:
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 registry.histogram(name, help, bounds, labels));
        break;
    }
    QCOMPARE(registry.renderPrometheus(), before);
}

void TestMetricsRegistry::concurrentIncrementsAreExact()
{
    constexpr int Threads = 4;
    constexpr int PerThread = 100000;
    MetricsRegistry registry;
    auto &total = registry.counter(QStringLiteral("ops_total"), QStringLiteral("ops"));
    auto &level = registry.gauge(QStringLiteral("level"), QStringLiteral("level"));
    auto &latency = registry.histogram(QStringLiteral("latency_seconds"), QStringLiteral("latency"),
                                       {0.001, 0.01});

    std::vector<std::thread> workers;
    for (int t = 0; t < Threads; ++t) {
        workers.emplace_back([&, t] {
            // Each thread also registers its own series while the others count and render.
            auto &mine =
                registry.counter(QStringLiteral("per_thread_total"), QStringLiteral("per thread"),
                                 {{QStringLiteral("thread"), QString::number(t)}});
            for (int i = 0; i < PerThread; ++i) {
                total.inc();
                mine.inc();
                level.inc();
                latency.observe((i % 2) ? 0.0005 : 0.005);
                if (i % 20000 == 0)
                    (void)registry.renderPrometheus();
            }
        });
    }
    for (std::thread &worker : workers)
        worker.join();

    QCOMPARE(total.value(), quint64(Threads) * PerThread);
    QCOMPARE(level.value(), double(Threads) * PerThread);
    QCOMPARE(latency.bucketCounts(),
             (std::vector<quint64>{Threads * PerThread / 2, Threads * PerThread / 2, 0}));
    const QByteArray text = registry.renderPrometheus();
    QVERIFY(text.contains("\nops_total 400000\n"));
    QVERIFY(text.contains("\nlatency_seconds_count 400000\n"));
    for (int t = 0; t < Threads; ++t)
        QVERIFY(
            text.contains("per_thread_total{thread=\"" + QByteArray::number(t) + "\"} 100000\n"));
}

QTEST_GUILESS_MAIN(TestMetricsRegistry)
#include "tst_metricsregistry.moc"
