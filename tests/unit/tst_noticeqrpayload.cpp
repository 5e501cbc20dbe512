#include "notice/NoticeQrPayload.h"

#include <QTest>

using halldesk::NoticeQrPayload;

class TestNoticeQrPayload : public QObject
{
    Q_OBJECT

private slots:
    void buildsTheDocumentedFormat();
    void roundTrip_data();
    void roundTrip();
    void invalidPartsBuildNothing_data();
    void invalidPartsBuildNothing();
    void parseRejectsGarbage_data();
    void parseRejectsGarbage();
};

void TestNoticeQrPayload::buildsTheDocumentedFormat()
{
    const NoticeQrPayload payload(QStringLiteral("20261128-0015-0003"), QStringLiteral("K7M2P9QX"));
    QVERIFY(payload.isValid());
    QCOMPARE(payload.build(), QByteArray("HALLDESK1|20261128-0015-0003|K7M2P9QX"));
}

void TestNoticeQrPayload::roundTrip_data()
{
    QTest::addColumn<QString>("caseNumber");
    QTest::addColumn<QString>("verificationCode");

    QTest::newRow("typical") << QStringLiteral("20261128-0015-0003") << QStringLiteral("K7M2P9QX");
    QTest::newRow("digits only") << QStringLiteral("1") << QStringLiteral("00000000");
    QTest::newRow("letters") << QStringLiteral("HS-A-20261128") << QStringLiteral("ZZZZZZZZ");
    QTest::newRow("longest case number")
        << QString(NoticeQrPayload::MaxCaseNumberLength, u'9') << QStringLiteral("AB12CD34");
}

void TestNoticeQrPayload::roundTrip()
{
    QFETCH(QString, caseNumber);
    QFETCH(QString, verificationCode);

    const NoticeQrPayload payload(caseNumber, verificationCode);
    const QByteArray bytes = payload.build();
    QVERIFY(!bytes.isEmpty());
    for (char c : bytes)
        QVERIFY2(c >= 0x21 && c <= 0x7e, bytes.constData());

    const std::optional<NoticeQrPayload> parsed = NoticeQrPayload::parse(bytes);
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->caseNumber(), caseNumber);
    QCOMPARE(parsed->verificationCode(), verificationCode);
    QVERIFY(*parsed == payload);
}

void TestNoticeQrPayload::invalidPartsBuildNothing_data()
{
    QTest::addColumn<QString>("caseNumber");
    QTest::addColumn<QString>("verificationCode");

    const QString code = QStringLiteral("K7M2P9QX");
    const QString number = QStringLiteral("20261128-0015-0003");
    QTest::newRow("empty case number") << QString() << code;
    QTest::newRow("case number too long")
        << QString(NoticeQrPayload::MaxCaseNumberLength + 1, u'9') << code;
    QTest::newRow("separator in case number") << QStringLiteral("2026|0015") << code;
    QTest::newRow("space in case number") << QStringLiteral("20261128 0015") << code;
    QTest::newRow("Chinese case number") << QStringLiteral("黄石20261128") << code;
    QTest::newRow("lower-case case number") << QStringLiteral("hs-20261128") << code;
    QTest::newRow("full-width digit") << QStringLiteral("2026112８") << code;
    QTest::newRow("empty code") << number << QString();
    QTest::newRow("short code") << number << QStringLiteral("K7M2P9Q");
    QTest::newRow("long code") << number << QStringLiteral("K7M2P9QXY");
    QTest::newRow("lower-case code") << number << QStringLiteral("k7m2p9qx");
    QTest::newRow("hyphen in code") << number << QStringLiteral("K7M2-9QX");
}

void TestNoticeQrPayload::invalidPartsBuildNothing()
{
    QFETCH(QString, caseNumber);
    QFETCH(QString, verificationCode);

    const NoticeQrPayload payload(caseNumber, verificationCode);
    QVERIFY(!payload.isValid());
    QVERIFY(payload.build().isEmpty());
}

void TestNoticeQrPayload::parseRejectsGarbage_data()
{
    QTest::addColumn<QByteArray>("payload");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("tag only") << QByteArray("HALLDESK1");
    QTest::newRow("one field") << QByteArray("HALLDESK1|20261128-0015-0003");
    QTest::newRow("extra field") << QByteArray("HALLDESK1|20261128-0015-0003|K7M2P9QX|1");
    QTest::newRow("trailing separator") << QByteArray("HALLDESK1|20261128-0015-0003|K7M2P9QX|");
    QTest::newRow("other version") << QByteArray("HALLDESK2|20261128-0015-0003|K7M2P9QX");
    QTest::newRow("lower-case tag") << QByteArray("halldesk1|20261128-0015-0003|K7M2P9QX");
    QTest::newRow("other tag") << QByteArray("WXPAY|20261128-0015-0003|K7M2P9QX");
    QTest::newRow("leading space") << QByteArray(" HALLDESK1|20261128-0015-0003|K7M2P9QX");
    QTest::newRow("trailing newline") << QByteArray("HALLDESK1|20261128-0015-0003|K7M2P9QX\n");
    QTest::newRow("empty case number") << QByteArray("HALLDESK1||K7M2P9QX");
    QTest::newRow("empty code") << QByteArray("HALLDESK1|20261128-0015-0003|");
    QTest::newRow("short code") << QByteArray("HALLDESK1|20261128-0015-0003|K7M2P9Q");
    QTest::newRow("lower-case code") << QByteArray("HALLDESK1|20261128-0015-0003|k7m2p9qx");
    QTest::newRow("UTF-8 case number") << QByteArray("HALLDESK1|黄石-0015|K7M2P9QX");
    QTest::newRow("Latin-1 byte") << QByteArray("HALLDESK1|2026\xe9-0015|K7M2P9QX");
    QTest::newRow("NUL byte") << QByteArray("HALLDESK1|2026\0-0015|K7M2P9QX", 29);
    QTest::newRow("url") << QByteArray("https://zwfw.example.gov.cn/case?no=20261128-0015-0003");
    QTest::newRow("separators only") << QByteArray("||");
}

void TestNoticeQrPayload::parseRejectsGarbage()
{
    QFETCH(QByteArray, payload);
    QVERIFY(!NoticeQrPayload::parse(payload).has_value());
}

QTEST_GUILESS_MAIN(TestNoticeQrPayload)
#include "tst_noticeqrpayload.moc"
