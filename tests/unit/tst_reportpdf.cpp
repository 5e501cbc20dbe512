// ReportPdfWriter: a report as an A4 landscape PDF, read back with poppler.

#include "NoticeTestTools.h"
#include "notice/ReportPdfWriter.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace halldesk;
using namespace halldesk::test;

class TestReportPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aLongReportRunsOverPages();
    void aFailedSaveLeavesNothing();

private:
    static ReportPdfWriter::Report report(int rows);
    QTemporaryDir m_dir;
};

void TestReportPdf::initTestCase()
{
    const QString missing = missingTools();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    QVERIFY(m_dir.isValid());
}

ReportPdfWriter::Report TestReportPdf::report(int rows)
{
    ReportPdfWriter::Report r;
    r.title = QStringLiteral("大厅业务统计 2026-10-01 至 2026-12-31（按工作人员）");
    r.madeAt = QDateTime(QDate(2026, 12, 7), QTime(9, 30));
    r.headings = {QStringLiteral("工作人员"), QStringLiteral("取号"), QStringLiteral("满意率")};
    r.numeric = {false, true, true};
    for (int i = 1; i <= rows; ++i)
        r.rows << QStringList{QStringLiteral("黄石%1号").arg(i), QString::number(i * 7),
                              QStringLiteral("9%1.5%").arg(i % 10)};
    r.rows << QStringList{QStringLiteral("合计"), QStringLiteral("9999"), QStringLiteral("95.0%")};
    return r;
}

void TestReportPdf::aLongReportRunsOverPages()
{
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    ReportPdfWriter writer;
    QVERIFY2(writer.write(report(120), path), qPrintable(writer.errorString()));
    QVERIFY(writer.pageCount() >= 3);

    const ToolRun info = runTool(QStringLiteral("pdfinfo"), {path});
    QCOMPARE(info.exitCode, 0);
    const QString text = QString::fromUtf8(info.output);
    QVERIFY2(text.contains(
                 QRegularExpression(QStringLiteral("Pages:\\s+%1\\b").arg(writer.pageCount()))),
             qPrintable(text));
    // A4 landscape: 842 × 595 points.
    QVERIFY2(
        text.contains(QRegularExpression(QStringLiteral("Page size:\\s+84[12](\\.\\d+)? x 595"))),
        qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("大厅业务统计")));

    const QString all = pdfTextWithoutSpaces(path);
    QVERIFY(all.contains(QStringLiteral("黄石1号")));
    QVERIFY(all.contains(QStringLiteral("黄石120号")));
    QVERIFY(all.contains(QStringLiteral("合计9999")));
    // The header row and the title on every page, and the page count below.
    QCOMPARE(all.count(QStringLiteral("工作人员取号满意率")), writer.pageCount());
    QCOMPARE(all.count(QStringLiteral("（按工作人员）")), writer.pageCount());
    QVERIFY(all.contains(QStringLiteral("Page%1of%1").arg(writer.pageCount())) ||
            all.contains(QStringLiteral("第%1页").arg(writer.pageCount())));
    // Kept beside the test for a look: a continued page.
    const QString page = renderPdfPage(path, 2);
    QVERIFY(!page.isEmpty());
    QFile::remove(QStringLiteral("report-pdf-page2.png"));
    QVERIFY(QFile::copy(page, QStringLiteral("report-pdf-page2.png")));
}

void TestReportPdf::aFailedSaveLeavesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("missing-folder/report.pdf"));
    ReportPdfWriter writer;
    QVERIFY(!writer.write(report(3), path));
    QVERIFY(writer.errorString().contains(path));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
