#include "NoticeTestTools.h"
#include "notice/NoticeStyle.h"
#include "notice/PdfToUnicodeRepair.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using halldesk::NoticeStyle;
using halldesk::PdfToUnicodeRepair;
using halldesk::test::runTool;

namespace {

// A PDF as Qt writes it, with each string drawn on a line of its own.
QByteArray qtPdf(const QStringList &lines)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        QPainter painter(&writer);
        QFont font = NoticeStyle::baseFont();
        font.setPointSize(14);
        painter.setFont(font);
        qreal y = 200;
        for (const QString &line : lines) {
            painter.drawText(QPointF(100, y), line);
            y += 150;
        }
    }
    return buffer.data();
}

// Every object the cross-reference table lists starts where the table says it does.
bool crossReferencesHold(const QByteArray &pdf, QString *problem)
{
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    const qsizetype xref = pdf.mid(startxref + 9).trimmed().split('\n').value(0).toLongLong();
    if (!pdf.mid(xref).startsWith("xref")) {
        *problem = QStringLiteral("startxref does not point at the table");
        return false;
    }
    const QList<QByteArray> header = pdf.mid(xref).split('\n').value(1).trimmed().split(' ');
    const qsizetype first = header.value(0).toLongLong();
    const qsizetype count = header.value(1).toLongLong();
    const qsizetype entries = pdf.indexOf('\n', pdf.indexOf('\n', xref) + 1) + 1;
    for (qsizetype i = 0; i < count; ++i) {
        const QByteArray entry = pdf.mid(entries + 20 * i, 20);
        if (entry[17] != 'n')
            continue;
        const QByteArray expected = QByteArray::number(first + i) + " 0 obj";
        if (!pdf.mid(entry.left(10).toLongLong()).startsWith(expected)) {
            *problem = QStringLiteral("object %1 is not at %2")
                           .arg(first + i)
                           .arg(QString::fromLatin1(entry.left(10)));
            return false;
        }
    }
    return count > 1;
}

} // namespace

class TestPdfToUnicodeRepair : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fontsAliasRadicalsToIdeographs();
    void extractedTextHasIdeographs_data();
    void extractedTextHasIdeographs();
    void runOfRadicalsIsSpelledOut();
    void pdfWithoutRadicalsIsUnchanged();
    void foreignDataIsUnchanged();

private:
    QString extract(const QByteArray &pdf, QByteArray *errors = nullptr);

    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestPdfToUnicodeRepair::initTestCase()
{
    const QString missing = halldesk::test::missingTools();
    if (!missing.isEmpty())
        QFAIL(qPrintable(missing));
    QVERIFY(m_dir.isValid());
}

QString TestPdfToUnicodeRepair::extract(const QByteArray &pdf, QByteArray *errors)
{
    const QString path = m_dir.filePath(QStringLiteral("%1.pdf").arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    const halldesk::test::ToolRun run =
        runTool(QStringLiteral("pdftotext"),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (errors)
        *errors = run.errors;
    return run.exitCode == 0
               ? QString::fromUtf8(run.output).remove(QRegularExpression(QStringLiteral("\\s+")))
               : QString();
}

void TestPdfToUnicodeRepair::fontsAliasRadicalsToIdeographs()
{
    const PdfToUnicodeRepair repair(NoticeStyle::faces());
    // Noto Sans CJK (fonts-noto-cjk, which CI installs) draws these radicals with the
    // ideographs' glyphs.
    QCOMPARE(repair.ideographs().value(u'\u2F00'), u'一');
    QCOMPARE(repair.ideographs().value(u'\u2F6F'), u'石');
    QCOMPARE(repair.ideographs().value(u'\u2EE9'), u'黄');
    QCOMPARE(repair.ideographs().value(u'\u2012'), u'\u2013');
    for (auto it = repair.ideographs().cbegin(); it != repair.ideographs().cend(); ++it) {
        if (it.key() == 0x2012)
            continue;
        QVERIFY(it.key() >= 0x2E80 && it.key() <= 0x2FDF);
        QVERIFY(it.value() >= 0x4E00 && it.value() <= 0x9FFF);
    }
}

void TestPdfToUnicodeRepair::extractedTextHasIdeographs_data()
{
    QTest::addColumn<QStringList>("lines");

    QTest::newRow("hall name") << QStringList{QStringLiteral("黄石市民之家")};
    QTest::newRow("mixed") << QStringList{QStringLiteral("Case 20261128-0015-0003"),
                                          QStringLiteral("食品经营许可证 身份证件 工作人员"),
                                          QStringLiteral("大女子山川工己")};
    QTest::newRow("window range") << QStringList{QStringLiteral("窗口：91–105号")};
}

void TestPdfToUnicodeRepair::extractedTextHasIdeographs()
{
    QFETCH(QStringList, lines);
    const QString expected = lines.join(QString()).remove(u' ');

    const QByteArray original = qtPdf(lines);
    // Without the repair the radicals come out: this is what the class exists for.
    QVERIFY(extract(original) != expected);

    const QByteArray repaired = PdfToUnicodeRepair(NoticeStyle::faces()).repair(original);
    QByteArray errors;
    QCOMPARE(extract(repaired, &errors), expected);
    QCOMPARE(errors, QByteArray());
    QString problem;
    QVERIFY2(crossReferencesHold(repaired, &problem), qPrintable(problem));
    const halldesk::test::ToolRun info =
        runTool(QStringLiteral("pdfinfo"), {m_dir.filePath(QString::number(m_files) + ".pdf")});
    QCOMPARE(info.exitCode, 0);
    QCOMPARE(info.errors, QByteArray());
}

void TestPdfToUnicodeRepair::runOfRadicalsIsSpelledOut()
{
    // Qt writes ten or more glyphs with consecutive code points as one run "<lo> <hi> <first>";
    // drawn first, ten consecutive radicals become such a run, which the repair must spell out
    // entry by entry, moving every later object of the file.
    const PdfToUnicodeRepair repair(NoticeStyle::faces());
    QString ideographs;
    for (char16_t radical = 0x2F00; radical <= 0x2FD5 && ideographs.size() < 10; ++radical) {
        const char16_t ideograph = repair.ideographs().value(radical);
        if (ideograph == 0)
            ideographs.clear();
        else
            ideographs.append(QChar(ideograph));
    }
    QCOMPARE(ideographs.size(), 10);

    const QByteArray original = qtPdf({ideographs, QStringLiteral("受理编号 20261128")});
    static const QRegularExpression run(
        QStringLiteral("\\n<[0-9A-F]{4}> <[0-9A-F]{4}> <2F[0-9A-F]{2}>\\n"));
    QVERIFY2(run.match(QString::fromLatin1(original)).hasMatch(), "Qt wrote no run of radicals");

    const QByteArray repaired = repair.repair(original);
    QVERIFY(repaired.size() > original.size());
    QByteArray errors;
    QCOMPARE(extract(repaired, &errors), ideographs + QStringLiteral("受理编号20261128"));
    QCOMPARE(errors, QByteArray());
    QString problem;
    QVERIFY2(crossReferencesHold(repaired, &problem), qPrintable(problem));
}

void TestPdfToUnicodeRepair::pdfWithoutRadicalsIsUnchanged()
{
    const QByteArray original = qtPdf({QStringLiteral("受理通知书 Case 20261128")});
    QCOMPARE(PdfToUnicodeRepair(NoticeStyle::faces()).repair(original), original);
}

void TestPdfToUnicodeRepair::foreignDataIsUnchanged()
{
    const PdfToUnicodeRepair repair(NoticeStyle::faces());
    for (const QByteArray &data :
         {QByteArray(), QByteArray("not a PDF"),
          QByteArray("begincmap\n1 beginbfchar\n<0001> <2F00>\nendbfchar\nendcmap"),
          QByteArray("begincmap\n1 beginbfrange\n<0001> <0002> <2F00>\nendbfrange\nendcmap")}) {
        // The last two would need a stream length and a cross-reference table to repair.
        if (data.contains("beginbfchar")) {
            // Same length: repaired in place, nothing else to fix.
            QCOMPARE(repair.repair(data),
                     QByteArray("begincmap\n1 beginbfchar\n<0001> <4E00>\nendbfchar\nendcmap"));
        } else {
            QCOMPARE(repair.repair(data), data);
        }
    }
}

QTEST_MAIN(TestPdfToUnicodeRepair)
#include "tst_pdftounicoderepair.moc"
