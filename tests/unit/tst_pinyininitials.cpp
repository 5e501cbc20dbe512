#include "catalogue/PinyinInitials.h"

#include <QTest>

using halldesk::PinyinInitials;

class TestPinyinInitials : public QObject
{
    Q_OBJECT

private slots:
    void initials_data();
    void initials();
    void bits();
    void tableCoversTheUnifiedIdeographs();
};

void TestPinyinInitials::initials_data()
{
    QTest::addColumn<QChar>("character");
    QTest::addColumn<QString>("letters");

    // Words of the catalogue: 营业执照, 不动产, 身份证, 公积金.
    QTest::newRow("营 ying") << QChar(u'营') << "y";
    QTest::newRow("业 ye") << QChar(u'业') << "y";
    QTest::newRow("执 zhi") << QChar(u'执') << "z";
    QTest::newRow("照 zhao") << QChar(u'照') << "z";
    QTest::newRow("动 dong") << QChar(u'动') << "d";
    QTest::newRow("产 chan") << QChar(u'产') << "c";
    QTest::newRow("证 zheng") << QChar(u'证') << "z";
    QTest::newRow("公 gong") << QChar(u'公') << "g";
    QTest::newRow("金 jin") << QChar(u'金') << "j";
    QTest::newRow("觉 jue/jiao: one initial") << QChar(u'觉') << "j";

    // Polyphonic: every reading of every source counts.
    QTest::newRow("行 xing/hang") << QChar(u'行') << "hx";
    QTest::newRow("长 chang/zhang") << QChar(u'长') << "cz";
    QTest::newRow("重 zhong/chong/tong") << QChar(u'重') << "ctz";
    QTest::newRow("还 huan/hai/fu") << QChar(u'还') << "fh";
    QTest::newRow("朝 chao/zhao") << QChar(u'朝') << "cz";
    QTest::newRow("单 dan/shan/chan") << QChar(u'单') << "cds";
    QTest::newRow("省 sheng/xing") << QChar(u'省') << "sx";
    QTest::newRow("会 hui/kuai") << QChar(u'会') << "hk";
    QTest::newRow("不 bu/fou") << QChar(u'不') << "bf";
    QTest::newRow("积 ji, zi in kHanyuPinyin") << QChar(u'积') << "jz";
    QTest::newRow("first and last of the block") << QChar(u'\u4E00') << "y";
    QTest::newRow("鿏 mai, late addition") << QChar(u'\u9FCF') << "m";

    // Not ideographs with a reading.
    QTest::newRow("ideograph without a reading") << QChar(u'\u5159') << "";
    QTest::newRow("extension A, outside the table") << QChar(u'\u3400') << "";
    QTest::newRow("compatibility ideograph") << QChar(u'\uF900') << "";
    QTest::newRow("hiragana") << QChar(u'あ') << "";
    QTest::newRow("hangul") << QChar(u'한') << "";
    QTest::newRow("full-width parenthesis") << QChar(u'（') << "";
    QTest::newRow("ideographic comma") << QChar(u'、') << "";
    QTest::newRow("accented Latin") << QChar(u'é') << "";
    QTest::newRow("full-width letter") << QChar(u'Ａ') << "";
    QTest::newRow("space") << QChar(u' ') << "";
    QTest::newRow("surrogate half") << QChar(u'\xD840') << "";

    // Latin letters and digits stand for themselves.
    QTest::newRow("lower-case letter") << QChar(u'q') << "q";
    QTest::newRow("upper-case letter") << QChar(u'B') << "b";
    QTest::newRow("digit 0") << QChar(u'0') << "0";
    QTest::newRow("digit 9") << QChar(u'9') << "9";
}

void TestPinyinInitials::initials()
{
    QFETCH(QChar, character);
    QFETCH(QString, letters);
    QCOMPARE(PinyinInitials::toString(PinyinInitials::of(character)), letters);
}

void TestPinyinInitials::bits()
{
    QCOMPARE(PinyinInitials::bit(u'a'), PinyinInitials::Mask(1));
    QCOMPARE(PinyinInitials::bit(u'A'), PinyinInitials::bit(u'a'));
    QCOMPARE(PinyinInitials::bit(u'9'), PinyinInitials::Mask(1) << 35);
    QCOMPARE(PinyinInitials::bit(u'行'), PinyinInitials::Mask(0));
    QCOMPARE(PinyinInitials::bit(u'-'), PinyinInitials::Mask(0));
    QVERIFY(PinyinInitials::of(u'行') & PinyinInitials::bit(u'x'));
    QVERIFY(PinyinInitials::of(u'行') & PinyinInitials::bit(u'H'));
    QVERIFY(!(PinyinInitials::of(u'行') & PinyinInitials::bit(u'y')));
    QCOMPARE(PinyinInitials::toString(~PinyinInitials::Mask(0)),
             QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789"));
}

void TestPinyinInitials::tableCoversTheUnifiedIdeographs()
{
    // Unicode 15 gives readings for all but about a hundred of these 20,992 ideographs.
    int withReading = 0;
    for (char16_t c = 0x4E00; c <= 0x9FFF; ++c) {
        const PinyinInitials::Mask mask = PinyinInitials::of(QChar(c));
        QVERIFY(mask < (PinyinInitials::Mask(1) << 26)); // letters only
        withReading += mask != 0;
    }
    QVERIFY2(withReading > 20800, qPrintable(QString::number(withReading)));
}

QTEST_GUILESS_MAIN(TestPinyinInitials)
#include "tst_pinyininitials.moc"
