#include "casework/CaseNumber.h"
#include "casework/VerificationCode.h"

#include <QSet>
#include <QTest>

using halldesk::CaseNumber;
using halldesk::VerificationCode;

class TestCaseNumber : public QObject
{
    Q_OBJECT

private slots:
    void format_data();
    void format();
    void outOfRangeIsNull_data();
    void outOfRangeIsNull();
    void parse_data();
    void parse();
    void verificationCodes();
    void verificationCodeShape_data();
    void verificationCodeShape();
};

void TestCaseNumber::format_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("window");
    QTest::addColumn<int>("sequence");
    QTest::addColumn<QString>("text");
    QTest::newRow("first of the day") << QDate(2026, 11, 28) << 15 << 1 << "20261128-0015-0001";
    QTest::newRow("last window") << QDate(2026, 1, 4) << 271 << 37 << "20260104-0271-0037";
    QTest::newRow("limits") << QDate(2025, 12, 31) << 9999 << 9999 << "20251231-9999-9999";
}

void TestCaseNumber::format()
{
    QFETCH(QDate, day);
    QFETCH(int, window);
    QFETCH(int, sequence);
    QFETCH(QString, text);
    const CaseNumber number(day, window, sequence);
    QVERIFY(!number.isNull());
    QCOMPARE(number.toString(), text);
    const auto parsed = CaseNumber::parse(text);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, number);
}

void TestCaseNumber::outOfRangeIsNull_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("window");
    QTest::addColumn<int>("sequence");
    QTest::newRow("window 0") << QDate(2026, 11, 28) << 0 << 1;
    QTest::newRow("window too large") << QDate(2026, 11, 28) << 10000 << 1;
    QTest::newRow("sequence 0") << QDate(2026, 11, 28) << 1 << 0;
    QTest::newRow("sequence too large") << QDate(2026, 11, 28) << 1 << 10000;
    QTest::newRow("invalid day") << QDate() << 1 << 1;
}

void TestCaseNumber::outOfRangeIsNull()
{
    QFETCH(QDate, day);
    QFETCH(int, window);
    QFETCH(int, sequence);
    const CaseNumber number(day, window, sequence);
    QVERIFY(number.isNull());
    QVERIFY(number.toString().isEmpty());
}

void TestCaseNumber::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("valid") << "20261128-0015-0003" << true;
    QTest::newRow("surrounding spaces") << " 20261128-0015-0003 " << true;
    QTest::newRow("impossible date") << "20260230-0015-0003" << false;
    QTest::newRow("window 0000") << "20261128-0000-0003" << false;
    QTest::newRow("sequence 0000") << "20261128-0015-0000" << false;
    QTest::newRow("short window") << "20261128-015-0003" << false;
    QTest::newRow("letters") << "2026112A-0015-0003" << false;
    QTest::newRow("no dashes") << "2026112800150003" << false;
    QTest::newRow("trailing text") << "20261128-0015-0003x" << false;
    QTest::newRow("empty") << "" << false;
}

void TestCaseNumber::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const auto parsed = CaseNumber::parse(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(parsed->toString(), text.trimmed());
}

void TestCaseNumber::verificationCodes()
{
    QSet<QString> seen;
    QHash<QChar, int> counts;
    for (int i = 0; i < 2000; ++i) {
        const QString code = VerificationCode::generate();
        QVERIFY2(VerificationCode::isWellFormed(code), qPrintable(code));
        seen.insert(code);
        for (QChar c : code)
            ++counts[c];
    }
    // 31^8 possible codes: a repeat among 2,000 would mean the generator is broken.
    QCOMPARE(seen.size(), 2000);
    // Every symbol turns up; 16,000 draws over 31 symbols give each about 516.
    QCOMPARE(counts.size(), VerificationCode::alphabet().size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        QVERIFY2(it.value() > 300 && it.value() < 750, qPrintable(QString(it.key())));
}

void TestCaseNumber::verificationCodeShape_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("wellFormed");
    QTest::newRow("good") << "7KQ2MZ9H" << true;
    QTest::newRow("zero") << "7KQ2MZ0H" << false;
    QTest::newRow("letter O") << "7KQ2MZOH" << false;
    QTest::newRow("one") << "7KQ2MZ1H" << false;
    QTest::newRow("letter I") << "7KQ2MZIH" << false;
    QTest::newRow("lower case") << "7kq2mz9h" << false;
    QTest::newRow("short") << "7KQ2MZ9" << false;
    QTest::newRow("long") << "7KQ2MZ9HH" << false;
}

void TestCaseNumber::verificationCodeShape()
{
    QFETCH(QString, code);
    QFETCH(bool, wellFormed);
    QCOMPARE(VerificationCode::isWellFormed(code), wellFormed);
}

QTEST_GUILESS_MAIN(TestCaseNumber)
#include "tst_casenumber.moc"
