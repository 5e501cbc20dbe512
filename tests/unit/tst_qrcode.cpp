#include "NoticeTestTools.h"
#include "notice/QrCode.h"

#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using halldesk::QrCode;
using Error = QrCode::Error;

namespace {

// Printable ASCII in a repeating pattern, so a dropped or repeated byte shows.
QByteArray patterned(qsizetype size)
{
    QByteArray bytes;
    bytes.reserve(size);
    for (qsizetype i = 0; i < size; ++i)
        bytes.append(char('!' + i % 94));
    return bytes;
}

} // namespace

class TestQrCode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scannerReadsPayload_data();
    void scannerReadsPayload();
    void refusesWhatItCannotEncode_data();
    void refusesWhatItCannotEncode();
    void symbolHasAValidSize();
    void imageHasQuietZone();
    void paintDrawsTheSameModulesAsTheImage();

private:
    QTemporaryDir m_dir;
};

void TestQrCode::initTestCase()
{
    const QString missing = halldesk::test::missingTools();
    if (!missing.isEmpty())
        QFAIL(qPrintable(missing));
    QVERIFY(m_dir.isValid());
}

void TestQrCode::scannerReadsPayload_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("moduleSize");

    QTest::newRow("short") << QByteArray("A") << 8;
    QTest::newRow("notice") << QByteArray("HALLDESK1|20261128-0015-0003|K7M2P9QX") << 6;
    QTest::newRow("long case number")
        << QByteArray("HALLDESK1|20261128-0015-0003-ABCDEFGHIJKLMN|Z9Y8X7W6") << 6;
    QTest::newRow("url") << QByteArray("https://zwfw.example.gov.cn/case?no=20261128-0015-0003")
                         << 5;
    QTest::newRow("500 bytes") << patterned(500) << 4;
    QTest::newRow("maximum") << patterned(QrCode::MaxPayloadBytes) << 4;
}

void TestQrCode::scannerReadsPayload()
{
    QFETCH(QByteArray, payload);
    QFETCH(int, moduleSize);

    const QrCode::Encoding encoding = QrCode::encode(payload);
    QVERIFY2(encoding.ok(), qPrintable(QrCode::errorMessage(encoding.error)));
    const QString path = m_dir.filePath(QStringLiteral("%1.png").arg(QTest::currentDataTag()));
    QVERIFY(encoding.code.toImage(moduleSize).save(path));

    const halldesk::test::ToolRun scan = halldesk::test::decodeQr(path);
    QVERIFY2(scan.finished, "zbarimg did not finish");
    QCOMPARE(scan.exitCode, 0);
    QCOMPARE(scan.output, payload);
}

void TestQrCode::refusesWhatItCannotEncode_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<Error>("error");

    QTest::newRow("empty") << QByteArray() << Error::Empty;
    QTest::newRow("one byte too long") << patterned(QrCode::MaxPayloadBytes + 1) << Error::TooLong;
    QTest::newRow("far too long") << patterned(100000) << Error::TooLong;
}

void TestQrCode::refusesWhatItCannotEncode()
{
    QFETCH(QByteArray, payload);
    QFETCH(Error, error);

    const QrCode::Encoding encoding = QrCode::encode(payload);
    QVERIFY(!encoding.ok());
    QCOMPARE(int(encoding.error), int(error));
    QVERIFY(encoding.code.isNull());
    QVERIFY(!QrCode::errorMessage(encoding.error).isEmpty());
    QVERIFY(encoding.code.toImage(4).isNull());
}

void TestQrCode::symbolHasAValidSize()
{
    // Versions 1..40 have 21, 25, ..., 177 modules a side.
    for (qsizetype length : {1, 37, 200, 1000, int(QrCode::MaxPayloadBytes)}) {
        const QrCode code = QrCode::encode(patterned(length)).code;
        QVERIFY(!code.isNull());
        QVERIFY2(code.size() >= 21 && code.size() <= 177 && (code.size() - 17) % 4 == 0,
                 qPrintable(QString::number(code.size())));
    }
    QCOMPARE(QrCode::encode(patterned(QrCode::MaxPayloadBytes)).code.size(), 177);
}

void TestQrCode::imageHasQuietZone()
{
    const QrCode code = QrCode::encode("HALLDESK1|20261128-0015-0003|K7M2P9QX").code;
    constexpr int Module = 3;
    const QImage image = code.toImage(Module);
    const int side = (code.size() + 2 * QrCode::QuietZoneModules) * Module;
    QCOMPARE(image.size(), QSize(side, side));
    const int margin = QrCode::QuietZoneModules * Module;
    for (int y = 0; y < side; ++y) {
        for (int x = 0; x < side; ++x) {
            if (x >= margin && y >= margin && x < side - margin && y < side - margin)
                continue;
            QCOMPARE(qGray(image.pixel(x, y)), 255);
        }
    }
    // The finder pattern's corner module is dark in every QR code.
    QVERIFY(code.isDark(0, 0));
    QCOMPARE(qGray(image.pixel(margin, margin)), 0);
    QVERIFY(!code.isDark(-1, 0));
    QVERIFY(!code.isDark(code.size(), 0));
}

void TestQrCode::paintDrawsTheSameModulesAsTheImage()
{
    const QrCode code = QrCode::encode("HALLDESK1|20261128-0015-0003|K7M2P9QX").code;
    constexpr int Module = 5;
    const QImage expected = code.toImage(Module);

    // A larger canvas: paint() must centre the symbol in the target and fill its quiet zone.
    QImage canvas(expected.width() + 40, expected.height() + 20, QImage::Format_RGB32);
    canvas.fill(Qt::red);
    {
        QPainter painter(&canvas);
        code.paint(painter, QRectF(QPointF(0, 0), QSizeF(canvas.size())));
    }
    const QImage painted = canvas.copy(20, 10, expected.width(), expected.height());
    for (int y = 0; y < expected.height(); ++y) {
        for (int x = 0; x < expected.width(); ++x)
            QCOMPARE(qGray(painted.pixel(x, y)), qGray(expected.pixel(x, y)));
    }
}

QTEST_MAIN(TestQrCode)
#include "tst_qrcode.moc"
