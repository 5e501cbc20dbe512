// Catalogue search at a clerk's typing speed: the demo catalogue replicated to 1,000 items (codes
// and names derived from the originals), then a set of realistic queries of 1 to 6 characters
// (pinyin initials as they are typed, Chinese fragments, codes, mixed) run many times. Prints
// the index build time and the per-query median and p99; passes or fails on nothing but errors.
//   bench_cataloguesearch [--items N] [--rounds N] [--per-query]

#include "Percentile.h"
#include "catalogue/CatalogueJson.h"
#include "catalogue/CatalogueSearch.h"
#include "hall/HallDefinitionLoader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace halldesk;
using halldesk::test::percentile;

namespace {

// Copies of the demo items under derived codes and names (市级/区级/... variants), so that
// the names are as long and as alike as a real catalogue's.
Catalogue replicate(const Catalogue &demo, int itemCount)
{
    const QStringList qualifiers = {QString(),
                                    QStringLiteral("市级"),
                                    QStringLiteral("区级"),
                                    QStringLiteral("县级"),
                                    QStringLiteral("开发区"),
                                    QStringLiteral("高新区"),
                                    QStringLiteral("乡镇"),
                                    QStringLiteral("街道"),
                                    QStringLiteral("园区"),
                                    QStringLiteral("自贸片区"),
                                    QStringLiteral("跨省通办")};
    QList<ServiceItem> items;
    for (int copy = 0; items.size() < itemCount; ++copy) {
        const QString qualifier = qualifiers.at(copy % qualifiers.size());
        for (ServiceItem item : demo.items()) {
            if (items.size() >= itemCount)
                break;
            if (copy > 0) {
                const QString suffix = QStringLiteral("R%1").arg(copy);
                item.code += suffix;
                item.name = qualifier + item.name;
                for (SubItem &subItem : item.subItems)
                    subItem.code += suffix;
            }
            items << item;
        }
    }
    return Catalogue(demo.version(), demo.updatedOn(), items, demo.bundles());
}

QStringList queries()
{
    QStringList typed;
    // Typed key by key, so every prefix is searched as the clerk types.
    for (const char *word : {"yyzz", "bdcdj", "sfz", "gjjtq", "jhdj", "hz", "sbcb", "txsq"}) {
        const QString w = QString::fromLatin1(word);
        for (qsizetype n = 1; n <= w.size(); ++n)
            typed << w.left(n);
    }
    for (const char *fragment :
         {"营", "营业", "营业执照", "不动产", "身份证", "公积金", "社保", "退休", "出生",
          "结婚登记", "护照", "发票", "个体工商户", "变更", "营业zz", "bd产", "市场监督", "抵押"})
        typed << QString::fromUtf8(fragment);
    for (const char *code : {"F", "F01", "F0101", "B0201", "E02", "G0301R3", "lb01"})
        typed << QString::fromLatin1(code);
    typed << QStringLiteral("qqqqqq") << QStringLiteral("xyzxyz");
    return typed;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("halldesk.*.info=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("items"), QStringLiteral("Catalogue size."),
                      QStringLiteral("n"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Runs of the whole query set."),
                      QStringLiteral("n"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("per-query"), QStringLiteral("Print each query's median.")});
    parser.process(app);
    const int itemCount = parser.value(QStringLiteral("items")).toInt();
    const int rounds = parser.value(QStringLiteral("rounds")).toInt();

    QStringList areas;
    for (const AreaDefinition &area : HallDefinitionLoader::demoHall().areas)
        areas << area.code;
    QFile file(QStringLiteral(":/halldesk/catalogue/demo-catalogue.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("demo catalogue missing");
    const CatalogueJson::Parsed demo = CatalogueJson::parse(file.readAll(), areas);
    if (!demo.ok()) {
        std::printf("demo catalogue refused: %s\nstatus=error\n",
                    qPrintable(demo.errors.constFirst()));
        return 1;
    }
    const Catalogue catalogue = replicate(demo.catalogue, itemCount);

    std::vector<double> buildMs;
    CatalogueSearch search;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        search = CatalogueSearch(catalogue);
        buildMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }

    const QStringList typed = queries();
    std::vector<double> micros;
    std::vector<std::vector<double>> perQuery(size_t(typed.size()));
    micros.reserve(size_t(rounds) * size_t(typed.size()));
    qsizetype found = 0;
    for (int round = 0; round < rounds; ++round) {
        for (qsizetype q = 0; q < typed.size(); ++q) {
            QElapsedTimer timer;
            timer.start();
            const QList<CatalogueSearch::Result> results = search.search(typed.at(q), 20);
            const double us = double(timer.nsecsElapsed()) / 1e3;
            micros.push_back(us);
            perQuery[size_t(q)].push_back(us);
            found += results.size();
        }
    }
    if (parser.isSet(QStringLiteral("per-query"))) {
        for (qsizetype q = 0; q < typed.size(); ++q)
            std::printf("query %-14s median_us=%.1f\n", qPrintable(typed.at(q)),
                        percentile(perQuery[size_t(q)], 0.5));
    }
    // The set is made of words the demo catalogue holds; finding nothing means search broke.
    const bool sane = !search.search(QStringLiteral("yyzz"), 20).isEmpty() &&
                      !search.search(QStringLiteral("bdc"), 20).isEmpty() &&
                      !search.search(QStringLiteral("F0101"), 20).isEmpty();

    std::printf("items=%lld queries=%lld samples=%zu results=%lld\n",
                static_cast<long long>(catalogue.items().size()),
                static_cast<long long>(typed.size()), micros.size(), static_cast<long long>(found));
    std::printf("build_ms median=%.2f max=%.2f\n", percentile(buildMs, 0.5),
                percentile(buildMs, 1.0));
    std::printf("query_us median=%.1f p99=%.1f max=%.1f\n", percentile(micros, 0.5),
                percentile(micros, 0.99), percentile(micros, 1.0));
    std::printf("status=%s\n", sane ? "ok" : "error");
    return sane ? 0 : 1;
}
