// ReportCsv: a report as a spreadsheet reads it, and a failed save leaving nothing behind.

#include "supervisor/ReportCsv.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace halldesk;

class TestReportCsv : public QObject
{
    Q_OBJECT

private slots:
    void cells_data();
    void cells();
    void wholeFile();
    void savedWhole();
    void aFailedSaveLeavesNothing();
};

void TestReportCsv::cells_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cell");
    QTest::newRow("plain") << QStringLiteral("个人综合受理") << QStringLiteral("个人综合受理");
    QTest::newRow("comma") << QStringLiteral("黄石,西塞山") << QStringLiteral("\"黄石,西塞山\"");
    QTest::newRow("quote") << QStringLiteral("说\"好\"") << QStringLiteral("\"说\"\"好\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("formula") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("plus formula") << QStringLiteral("+cmd") << QStringLiteral("'+cmd");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("negative number stays a number")
        << QStringLiteral("-1.5") << QStringLiteral("-1.5");
    QTest::newRow("percent") << QStringLiteral("96.5%") << QStringLiteral("96.5%");
    QTest::newRow("dash for none") << QStringLiteral("—") << QStringLiteral("—");
    QTest::newRow("empty") << QString() << QString();
}

void TestReportCsv::cells()
{
    QFETCH(QString, text);
    QFETCH(QString, cell);
    QCOMPARE(ReportCsv::cell(text), cell);
}

void TestReportCsv::wholeFile()
{
    const QByteArray csv = ReportCsv::toCsv(QStringLiteral("大厅业务统计"),
                                            {QStringLiteral("队列"), QStringLiteral("取号")},
                                            {{QStringLiteral("户籍业务"), QStringLiteral("3")},
                                             {QStringLiteral("合计"), QStringLiteral("3")}});
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(QString::fromUtf8(csv.mid(3)),
             QStringLiteral("大厅业务统计\r\n队列,取号\r\n户籍业务,3\r\n合计,3\r\n"));
}

void TestReportCsv::savedWhole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("报表.csv"));
    ReportCsv csv;
    QVERIFY2(csv.write(path, QStringLiteral("t"), {QStringLiteral("a")}, {{QStringLiteral("1")}}),
             qPrintable(csv.errorString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("\xEF\xBB\xBFt\r\na\r\n1\r\n"));
}

void TestReportCsv::aFailedSaveLeavesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no-such-folder/报表.csv"));
    ReportCsv csv;
    QVERIFY(!csv.write(path, QStringLiteral("t"), {QStringLiteral("a")}, {}));
    QVERIFY(csv.errorString().contains(path));
    QVERIFY(!QFile::exists(path));
    // A folder where the file should be: refused, the folder untouched.
    const QString folder = dir.filePath(QStringLiteral("folder.csv"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder.csv")));
    QVERIFY(!csv.write(folder, QStringLiteral("t"), {QStringLiteral("a")}, {}));
    QVERIFY(QFileInfo(folder).isDir());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("folder.csv")});
}

QTEST_GUILESS_MAIN(TestReportCsv)
#include "tst_reportcsv.moc"
