// The binary message that carries upload data (PROTOCOL.md §11.2): its header survives the
// round trip, and anything that is not one is told apart from it.

#include "protocol/UploadFrame.h"

#include <QtTest>

using namespace halldesk;

class TestUploadFrame : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void headerIsBigEndian();
    void notAnUploadFrame();
};

void TestUploadFrame::roundTrip()
{
    const QByteArray data("%PDF-1.7 and the rest");
    const QByteArray message = UploadFrame::header(0xfedcba98u, 5'000'000'123) + data;
    QVERIFY(UploadFrame::isUploadFrame(message));
    const auto frame = UploadFrame::parse(message);
    QVERIFY(frame);
    QCOMPARE(frame->upload, 0xfedcba98u);
    QCOMPARE(frame->offset, qint64(5'000'000'123));
    QCOMPARE(frame->data.toByteArray(), data);
    // A header alone is a piece of no data.
    const auto empty = UploadFrame::parse(UploadFrame::header(1, 0));
    QVERIFY(empty);
    QVERIFY(empty->data.isEmpty());
}

void TestUploadFrame::headerIsBigEndian()
{
    QCOMPARE(UploadFrame::header(0x01020304u, 0x0506070809).toHex(),
             QByteArray("4844553101020304"
                        "0000000506070809"));
}

void TestUploadFrame::notAnUploadFrame()
{
    QVERIFY(!UploadFrame::isUploadFrame(R"({"v":1,"id":"1","op":"ping"})"));
    QVERIFY(!UploadFrame::parse(QByteArray("HDU1\x00\x00", 6)));
    QVERIFY(!UploadFrame::parse(QByteArray("HDU2") + QByteArray(12, '\0')));
    // An offset no file can have.
    QVERIFY(!UploadFrame::parse(QByteArray("HDU1") + QByteArray(4, '\0') + QByteArray(8, '\xff')));
}

QTEST_GUILESS_MAIN(TestUploadFrame)
#include "tst_uploadframe.moc"
