#include "catalogue/CatalogueSearch.h"

#include <QTest>

using namespace halldesk;
using Kind = CatalogueSearch::Kind;

namespace {

ServiceItem item(const char *code, const char *name, const char *department,
                 QList<QPair<const char *, const char *>> subItems = {})
{
    ServiceItem i;
    i.code = QString::fromUtf8(code);
    i.name = QString::fromUtf8(name);
    i.department = QString::fromUtf8(department);
    for (const auto &[subCode, subName] : subItems)
        i.subItems << SubItem{QString::fromUtf8(subCode), QString::fromUtf8(subName), {}, 0};
    return i;
}

ServiceBundle bundle(const char *code, const char *name)
{
    return ServiceBundle{
        QString::fromUtf8(code), QString::fromUtf8(name), QString(), {QStringLiteral("F0102")}};
}

Catalogue fixture()
{
    return Catalogue(1, QStringLiteral("2026-11-01"),
                     {item("F0101", "有限责任公司设立登记", "市市场监督管理局",
                           {{"F0101-01", "内资有限公司设立"}, {"F0101-02", "外资公司设立"}}),
                      item("F0102", "个体工商户设立登记", "市市场监督管理局"),
                      item("F0201", "营业执照遗失补领", "市市场监督管理局"),
                      item("E0101", "不动产首次登记", "市自然资源和规划局"),
                      item("E0102", "不动产抵押登记", "市自然资源和规划局",
                           {{"E0102-01", "一般抵押权"}, {"E0102-02", "最高额抵押权"}}),
                      item("B0101", "居民身份证换领", "市公安局",
                           {{"B0101-01", "有效期满换领"}, {"B0101-02", "证件损坏换领"}}),
                      item("B0102", "居民身份证补领", "市公安局"),
                      item("H0101", "住房公积金提取", "市住房公积金中心"),
                      item("H0102", "公积金贷款申请", "市住房公积金中心"),
                      item("H0201", "异地贷款证明", "市住房公积金中心"),
                      item("A0101", "办理营业执照副本", "市行政审批局"),
                      item("X0101", "ICP备案", "市通信管理局")},
                     {bundle("LB01", "开办餐饮店一件事"), bundle("LB02", "二手房买卖一件事")});
}

} // namespace

class TestCatalogueSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void search_data();
    void search();
    void subItemMatchNamesTheSubItem_data();
    void subItemMatchNamesTheSubItem();
    void bundlesAreOfKindBundle();
    void limit();
    void emptyCatalogue();

private:
    CatalogueSearch m_search;
};

void TestCatalogueSearch::initTestCase()
{
    m_search = CatalogueSearch(fixture());
}

void TestCatalogueSearch::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<QList<int>>("scores");

    using S = CatalogueSearch;
    // Codes.
    QTest::newRow("code exact") << "F0101" << QStringList{"F0101"} << QList<int>{S::CodeExact};
    QTest::newRow("code exact, lower case")
        << "f0101" << QStringList{"F0101"} << QList<int>{S::CodeExact};
    QTest::newRow("code prefix") << "E01" << QStringList{"E0101", "E0102"}
                                 << QList<int>{S::CodePrefix, S::CodePrefix};
    QTest::newRow("code exact before prefix")
        << "LB0" << QStringList{"LB01", "LB02"} << QList<int>{S::CodePrefix, S::CodePrefix};
    QTest::newRow("sub-item code")
        << "E0102-02" << QStringList{"E0102"} << QList<int>{S::SubItemCodeExact};
    QTest::newRow("full-width code")
        << QString::fromUtf8("Ｆ０１０１") << QStringList{"F0101"} << QList<int>{S::CodeExact};
    QTest::newRow("surrounding spaces")
        << QString::fromUtf8(" \u3000f0101\t") << QStringList{"F0101"} << QList<int>{S::CodeExact};

    // Names.
    QTest::newRow("name start before fragment") << "营业执照" << QStringList{"F0201", "A0101"}
                                                << QList<int>{S::NameStarts, S::NameContains};
    QTest::newRow("name fragment, catalogue order") << "身份证" << QStringList{"B0101", "B0102"}
                                                    << QList<int>{S::NameContains, S::NameContains};
    QTest::newRow("Latin in a name") << "icp" << QStringList{"X0101"} << QList<int>{S::NameStarts};

    // Pinyin initials.
    QTest::newRow("yyzz") << "yyzz" << QStringList{"F0201", "A0101"}
                          << QList<int>{S::NameInitialsStart, S::NameInitialsContain};
    QTest::newRow("YYZZ") << "YYZZ" << QStringList{"F0201", "A0101"}
                          << QList<int>{S::NameInitialsStart, S::NameInitialsContain};
    QTest::newRow("full-width yyzz")
        << QString::fromUtf8("ｙｙｚｚ") << QStringList{"F0201", "A0101"}
        << QList<int>{S::NameInitialsStart, S::NameInitialsContain};
    QTest::newRow("bdc") << "bdc" << QStringList{"E0101", "E0102"}
                         << QList<int>{S::NameInitialsStart, S::NameInitialsStart};
    QTest::newRow("sfz") << "sfz" << QStringList{"B0101", "B0102"}
                         << QList<int>{S::NameInitialsContain, S::NameInitialsContain};
    // 公积金贷款 starts with gjj, 住房公积金 only contains it; the department matches both
    // and H0201 too, ranked last.
    QTest::newRow("gjj") << "gjj" << QStringList{"H0102", "H0101", "H0201"}
                         << QList<int>{S::NameInitialsStart, S::NameInitialsContain,
                                       S::DepartmentInitialsContain};
    QTest::newRow("polyphonic 行: xz")
        << "xzsp" << QStringList{"A0101"} << QList<int>{S::DepartmentInitialsContain};
    QTest::newRow("polyphonic 行: hz")
        << "hzsp" << QStringList{"A0101"} << QList<int>{S::DepartmentInitialsContain};
    QTest::newRow("bundle by initials")
        << "kbcyd" << QStringList{"LB01"} << QList<int>{S::NameInitialsStart};

    // Mixed Chinese and initials.
    QTest::newRow("营业zz") << "营业zz" << QStringList{"F0201", "A0101"}
                            << QList<int>{S::NameInitialsStart, S::NameInitialsContain};
    QTest::newRow("bd产") << "bd产" << QStringList{"E0101", "E0102"}
                          << QList<int>{S::NameInitialsStart, S::NameInitialsStart};

    // Departments rank below every name.
    QTest::newRow("name before department")
        << "公积金" << QStringList{"H0102", "H0101", "H0201"}
        << QList<int>{S::NameStarts, S::NameContains, S::DepartmentContains};
    QTest::newRow("department only") << "公安" << QStringList{"B0101", "B0102"}
                                     << QList<int>{S::DepartmentContains, S::DepartmentContains};
    QTest::newRow("department start") << "市自然" << QStringList{"E0101", "E0102"}
                                      << QList<int>{S::DepartmentStarts, S::DepartmentStarts};

    // Sub-items return their item, below item names.
    QTest::newRow("sub-item name")
        << "最高额" << QStringList{"E0102"} << QList<int>{S::SubItemNameStarts};
    QTest::newRow("sub-item fragment")
        << "期满" << QStringList{"B0101"} << QList<int>{S::SubItemNameContains};
    QTest::newRow("sub-item initials")
        << "wzgs" << QStringList{"F0101"} << QList<int>{S::SubItemNameInitialsStart};
    QTest::newRow("item name before sub-item name")
        << "换领" << QStringList{"B0101"} << QList<int>{S::NameContains};

    // Nothing.
    QTest::newRow("empty") << "" << QStringList{} << QList<int>{};
    QTest::newRow("blank") << QString::fromUtf8(" \u3000 ") << QStringList{} << QList<int>{};
    QTest::newRow("no match") << "qqqq" << QStringList{} << QList<int>{};
    QTest::newRow("longer than any name")
        << "有限责任公司设立登记有限责任公司设立登记" << QStringList{} << QList<int>{};
    // Not "zzyy": 执照遗失 can be read zhí zhào yí yì.
    QTest::newRow("initials scrambled") << "zyyz" << QStringList{} << QList<int>{};
}

void TestCatalogueSearch::search()
{
    QFETCH(QString, query);
    QFETCH(QStringList, codes);
    QFETCH(QList<int>, scores);

    const QList<CatalogueSearch::Result> results = m_search.search(query, 20);
    QStringList actualCodes;
    QList<int> actualScores;
    for (const CatalogueSearch::Result &r : results) {
        actualCodes << r.code;
        actualScores << r.score;
    }
    QCOMPARE(actualCodes, codes);
    QCOMPARE(actualScores, scores);
}

void TestCatalogueSearch::subItemMatchNamesTheSubItem_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("subItem");
    QTest::newRow("by name") << "最高额"
                             << "E0102-02";
    QTest::newRow("by code") << "e0102-01"
                             << "E0102-01";
    QTest::newRow("item name wins") << "不动产抵押"
                                    << "";
    QTest::newRow("department") << "公安"
                                << "";
}

void TestCatalogueSearch::subItemMatchNamesTheSubItem()
{
    QFETCH(QString, query);
    QFETCH(QString, subItem);
    const QList<CatalogueSearch::Result> results = m_search.search(query, 5);
    QVERIFY(!results.isEmpty());
    QCOMPARE(results.first().kind, Kind::Item);
    QCOMPARE(results.first().subItemCode, subItem);
}

void TestCatalogueSearch::bundlesAreOfKindBundle()
{
    const QList<CatalogueSearch::Result> results = m_search.search(QStringLiteral("一件事"), 5);
    QCOMPARE(results.size(), 2);
    for (const CatalogueSearch::Result &r : results) {
        QCOMPARE(r.kind, Kind::Bundle);
        QCOMPARE(r.score, int(CatalogueSearch::NameContains));
    }
    QCOMPARE(m_search.search(QStringLiteral("F0102"), 5).first().kind, Kind::Item);
}

void TestCatalogueSearch::limit()
{
    // Every item with a registration (登记) in its name, in catalogue order.
    const QStringList all = {"F0101", "F0102", "E0101", "E0102"};
    for (int limit = 0; limit <= 5; ++limit) {
        QStringList codes;
        for (const CatalogueSearch::Result &r : m_search.search(QStringLiteral("登记"), limit))
            codes << r.code;
        QCOMPARE(codes, all.mid(0, limit));
    }
}

void TestCatalogueSearch::emptyCatalogue()
{
    QVERIFY(CatalogueSearch().search(QStringLiteral("yyzz"), 10).isEmpty());
    QVERIFY(CatalogueSearch(Catalogue()).search(QStringLiteral("F0101"), 10).isEmpty());
}

QTEST_GUILESS_MAIN(TestCatalogueSearch)
#include "tst_cataloguesearch.moc"
