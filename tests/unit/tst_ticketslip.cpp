// The ticket kiosk's slip: its QR payload, and the slip itself painted as PDF and read back
// by the tools a citizen's phone and a PDF reader stand for (zbarimg, poppler).

#include "NoticeTestTools.h"
#include "notice/NoticeStyle.h"
#include "notice/PdfToUnicodeRepair.h"
#include "notice/TicketQrPayload.h"
#include "notice/TicketSlipRenderer.h"
#include "notice/TicketWording.h"

#include <QBuffer>
#include <QFile>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace halldesk;
using halldesk::test::runTool;
using halldesk::test::ToolRun;

namespace {

TicketSlip sampleSlip()
{
    TicketSlip slip;
    slip.hallName = QStringLiteral("黄石市政务服务中心");
    slip.number = QStringLiteral("A023");
    slip.queueName = QStringLiteral("个人综合受理");
    slip.windows = {3, 1, 2, 7};
    slip.waitingAhead = 7;
    slip.estimatedWaitSeconds = 1290;
    slip.issuedAtMs = QDateTime(QDate(2026, 12, 7), QTime(5, 5), Qt::UTC).toMSecsSinceEpoch();
    slip.serviceDay = 20261207;
    slip.ticketId = 48213;
    return slip;
}

// pdfinfo's "Page size:  226.77 x 425.2 pts" as millimetres.
QSizeF pageSizeMm(const QByteArray &pdfinfo)
{
    static const QRegularExpression line(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts"));
    const auto match = line.match(QString::fromUtf8(pdfinfo));
    if (!match.hasMatch())
        return {};
    return {match.captured(1).toDouble() * 25.4 / 72, match.captured(2).toDouble() * 25.4 / 72};
}

} // namespace

Q_DECLARE_METATYPE(halldesk::TicketSlip)

class TestTicketSlip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void payloadRoundTrips_data();
    void payloadRoundTrips();
    void payloadRefuses_data();
    void payloadRefuses();
    void slipPrintsAsPdf_data();
    void slipPrintsAsPdf();
    void invalidTicketPrintsNothing();
    void waitText_data();
    void waitText();

private:
    bool writePdf(const TicketSlip &slip, const QString &path, QString *error);
    QTemporaryDir m_dir;
};

void TestTicketSlip::initTestCase()
{
    const QString missing = halldesk::test::missingTools();
    if (!missing.isEmpty())
        QFAIL(qPrintable(missing));
    QVERIFY(m_dir.isValid());
}

void TestTicketSlip::payloadRoundTrips_data()
{
    QTest::addColumn<int>("day");
    QTest::addColumn<QString>("number");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("plain") << 20261207 << QStringLiteral("A023") << qint64(48213)
                           << QByteArrayLiteral("HALLDESKT1|20261207|A023|48213");
    QTest::newRow("long prefix") << 20270101 << QStringLiteral("GJJ1024") << qint64(1)
                                 << QByteArrayLiteral("HALLDESKT1|20270101|GJJ1024|1");
    QTest::newRow("largest id") << 20261207 << QStringLiteral("B999") << (qint64(1) << 50)
                                << QByteArrayLiteral("HALLDESKT1|20261207|B999|1125899906842624");
}

void TestTicketSlip::payloadRoundTrips()
{
    QFETCH(int, day);
    QFETCH(QString, number);
    QFETCH(qint64, id);
    QFETCH(QByteArray, text);
    const TicketQrPayload payload{day, number, id};
    QVERIFY(payload.isValid());
    QCOMPARE(payload.build(), text);
    const auto parsed = TicketQrPayload::parse(text);
    QVERIFY(parsed);
    QCOMPARE(*parsed, payload);
}

void TestTicketSlip::payloadRefuses_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("a notice's code") << QByteArrayLiteral("HALLDESK1|HS-2026-000123|AB12CD34");
    QTest::newRow("other version") << QByteArrayLiteral("HALLDESKT2|20261207|A023|48213");
    QTest::newRow("bad day") << QByteArrayLiteral("HALLDESKT1|20261332|A023|48213");
    QTest::newRow("lower case") << QByteArrayLiteral("HALLDESKT1|20261207|a023|48213");
    QTest::newRow("two digits") << QByteArrayLiteral("HALLDESKT1|20261207|A23|48213");
    QTest::newRow("no prefix") << QByteArrayLiteral("HALLDESKT1|20261207|023|48213");
    QTest::newRow("zero id") << QByteArrayLiteral("HALLDESKT1|20261207|A023|0");
    QTest::newRow("leading zero") << QByteArrayLiteral("HALLDESKT1|20261207|A023|048213");
    QTest::newRow("plus sign") << QByteArrayLiteral("HALLDESKT1|20261207|A023|+48213");
    QTest::newRow("id too large") << QByteArrayLiteral("HALLDESKT1|20261207|A023|1125899906842625");
    QTest::newRow("extra field") << QByteArrayLiteral("HALLDESKT1|20261207|A023|48213|x");
}

void TestTicketSlip::payloadRefuses()
{
    QFETCH(QByteArray, text);
    QVERIFY(!TicketQrPayload::parse(text));
}

bool TestTicketSlip::writePdf(const TicketSlip &slip, const QString &path, QString *error)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    TicketSlipRenderer renderer;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        if (!renderer.render(slip, &writer)) {
            *error = renderer.errorString();
            return false;
        }
    }
    // As the kiosk's PDF output does: the Chinese text must read back as ideographs.
    const QByteArray pdf = PdfToUnicodeRepair(NoticeStyle::faces()).repair(buffer.data());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(pdf) == pdf.size();
}

void TestTicketSlip::slipPrintsAsPdf_data()
{
    QTest::addColumn<TicketSlip>("slip");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("absent");

    // Times print in the hall's zone (UTC+8): 05:05 UTC is 13:05 there. No translator is
    // installed, so the labels are the English source texts.
    const TicketSlip plain = sampleSlip();
    QTest::newRow("plain") << plain
                           << QStringList{QStringLiteral("A023"),
                                          plain.hallName,
                                          plain.queueName,
                                          QStringLiteral("Servedatwindows1"),
                                          QStringLiteral("3、7"),
                                          QStringLiteral("7person(s)ahead"),
                                          QStringLiteral("about22minute(s)"),
                                          QStringLiteral("2026-12-0713:05")}
                           << QStringList{QStringLiteral("Priority"), QStringLiteral("Reprinted"),
                                          QStringLiteral("Appointment")};
    TicketSlip special = sampleSlip();
    special.number = QStringLiteral("B105");
    special.priorityName = QStringLiteral("老年人");
    special.appointmentStartMs =
        QDateTime(QDate(2026, 12, 7), QTime(6, 0), Qt::UTC).toMSecsSinceEpoch();
    special.appointmentEndMs =
        QDateTime(QDate(2026, 12, 7), QTime(6, 30), Qt::UTC).toMSecsSinceEpoch();
    special.reprint = true;
    special.waitingAhead = 0;
    special.estimatedWaitSeconds = 0;
    QTest::newRow("priority, appointment, reprint")
        << special << QStringList{QStringLiteral("B105"),
                                  QStringLiteral("Priority:老年人"),
                                  QStringLiteral("Appointment14:00"),
                                  QStringLiteral("14:30"),
                                  QStringLiteral("Reprintedcopy"),
                                  QStringLiteral("nowait")}
        << QStringList{QStringLiteral("A023")};
}

void TestTicketSlip::slipPrintsAsPdf()
{
    QFETCH(TicketSlip, slip);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);

    const QString path = m_dir.filePath(QStringLiteral("%1.pdf").arg(QTest::currentDataTag()));
    QString error;
    QVERIFY2(writePdf(slip, path, &error), qPrintable(error));

    const ToolRun info = runTool(QStringLiteral("pdfinfo"), {path});
    QCOMPARE(info.exitCode, 0);
    QCOMPARE(info.errors, QByteArray());
    QVERIFY2(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))
                 .match(QString::fromUtf8(info.output))
                 .hasMatch(),
             info.output.constData());
    const QSizeF size = pageSizeMm(info.output);
    QVERIFY2(qAbs(size.width() - 80) < 0.5 && qAbs(size.height() - 150) < 0.5,
             info.output.constData());

    const QString page = halldesk::test::renderPdfPage(path, 1, 300);
    QVERIFY(!page.isEmpty());
    const ToolRun scan = halldesk::test::decodeQr(page);
    QCOMPARE(scan.exitCode, 0);
    QCOMPARE(scan.output, (TicketQrPayload{slip.serviceDay, slip.number, slip.ticketId}.build()));

    const QString text = halldesk::test::pdfTextWithoutSpaces(path);
    for (const QString &needed : expected)
        QVERIFY2(text.contains(needed), qPrintable(needed + u'\n' + text));
    for (const QString &unwanted : absent)
        QVERIFY2(!text.contains(unwanted), qPrintable(unwanted + u'\n' + text));
}

void TestTicketSlip::invalidTicketPrintsNothing()
{
    TicketSlip slip = sampleSlip();
    slip.ticketId = 0;
    QString error;
    QVERIFY(!writePdf(slip, m_dir.filePath(QStringLiteral("invalid.pdf")), &error));
    QVERIFY(!error.isEmpty());
}

void TestTicketSlip::waitText_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("none") << 0 << QStringLiteral("no wait");
    QTest::newRow("a few seconds") << 20 << QStringLiteral("about 1 minute(s)");
    QTest::newRow("rounded up") << 1290 << QStringLiteral("about 22 minute(s)");
    QTest::newRow("exact") << 600 << QStringLiteral("about 10 minute(s)");
}

void TestTicketSlip::waitText()
{
    QFETCH(int, seconds);
    QFETCH(QString, text);
    QCOMPARE(TicketWording::waitText(seconds), text);
}

QTEST_MAIN(TestTicketSlip)
#include "tst_ticketslip.moc"
