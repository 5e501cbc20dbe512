#include "validation/ResidentId.h"

#include <QTest>
#include <utility>

using halldesk::ResidentId;
using Error = ResidentId::Error;

namespace halldesk {
// Readable QCOMPARE failures instead of bare enum values.
char *toString(ResidentId::Error e)
{
    switch (e) {
    case ResidentId::Error::None:
        return qstrdup("None");
    case ResidentId::Error::Empty:
        return qstrdup("Empty");
    case ResidentId::Error::BadLength:
        return qstrdup("BadLength");
    case ResidentId::Error::BadCharacters:
        return qstrdup("BadCharacters");
    case ResidentId::Error::BadBirthDate:
        return qstrdup("BadBirthDate");
    case ResidentId::Error::BadCheckDigit:
        return qstrdup("BadCheckDigit");
    }
    return qstrdup("?");
}
} // namespace halldesk

class TestResidentId : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void birthDateBoundIsToday();
    void birthDateBoundUsesCurrentDateByDefault();
    void everySingleDigitErrorIsDetected();
    void adjacentTranspositionsAreDetected();
    void checkDigit_data();
    void checkDigit();
    void errorMessages();
    void mask_data();
    void mask();
};

void TestResidentId::validate_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Error>("error");
    QTest::addColumn<QString>("normalized");

    const QString sample = QStringLiteral("11010519491231002X");

    QTest::newRow("well-known sample") << sample << Error::None << sample;
    QTest::newRow("lower-case x") << QStringLiteral("11010519491231002x") << Error::None << sample;
    QTest::newRow("surrounding spaces")
        << QStringLiteral("  11010519491231002X \t") << Error::None << sample;
    QTest::newRow("numeric check digit") << QStringLiteral("310115198001010016") << Error::None
                                         << QStringLiteral("310115198001010016");
    QTest::newRow("full-width input method")
        << QStringLiteral("\uFF11\uFF11\uFF10\uFF11\uFF10\uFF15\uFF11\uFF19\uFF14\uFF19\uFF11"
                          "\uFF12\uFF13\uFF11\uFF10\uFF10\uFF12\uFF38\u3000")
        << Error::None << sample;

    QTest::newRow("wrong check digit")
        << QStringLiteral("110105194912310021") << Error::BadCheckDigit << QString();
    QTest::newRow("wrong numeric check digit")
        << QStringLiteral("440304200002291238") << Error::BadCheckDigit << QString();
    QTest::newRow("X where a digit is due")
        << QStringLiteral("44030420000229123X") << Error::BadCheckDigit << QString();
    QTest::newRow("digit where X is due")
        << QStringLiteral("110105194912310020") << Error::BadCheckDigit << QString();

    QTest::newRow("empty") << QString() << Error::Empty << QString();
    QTest::newRow("only spaces") << QStringLiteral("   ") << Error::Empty << QString();

    QTest::newRow("17 digits") << QStringLiteral("11010519491231002") << Error::BadLength
                               << QString();
    QTest::newRow("19 characters")
        << QStringLiteral("11010519491231002X1") << Error::BadLength << QString();
    QTest::newRow("16 digits") << QStringLiteral("1101054912310021") << Error::BadLength
                               << QString();
    QTest::newRow("inner space") << QStringLiteral("110105 19491231002X") << Error::BadLength
                                 << QString();

    QTest::newRow("letter inside")
        << QStringLiteral("1101051949123100AX") << Error::BadCharacters << QString();
    QTest::newRow("X not last") << QStringLiteral("1101051949123100X2") << Error::BadCharacters
                                << QString();
    QTest::newRow("other last letter")
        << QStringLiteral("11010519491231002Y") << Error::BadCharacters << QString();
    QTest::newRow("legacy with X")
        << QStringLiteral("11010549123100X") << Error::BadCharacters << QString();
    // QChar::isDigit() accepts these; an ID number must not.
    QTest::newRow("Arabic-Indic digit")
        << QStringLiteral("1101051949123100\u0662X") << Error::BadCharacters << QString();

    QTest::newRow("Feb 29 on leap year 2000") << QStringLiteral("440304200002291236") << Error::None
                                              << QStringLiteral("440304200002291236");
    QTest::newRow("Feb 29 on leap year 2004") << QStringLiteral("110105200402290071") << Error::None
                                              << QStringLiteral("110105200402290071");
    QTest::newRow("Feb 29 on non-leap year 2001")
        << QStringLiteral("440304200102291233") << Error::BadBirthDate << QString();
    // 1900 is divisible by 4 but not a leap year.
    QTest::newRow("Feb 29 on non-leap year 1900")
        << QStringLiteral("44030419000229123X") << Error::BadBirthDate << QString();
    QTest::newRow("month 13") << QStringLiteral("420102199013071236") << Error::BadBirthDate
                              << QString();
    QTest::newRow("day 00") << QStringLiteral("420102199003001234") << Error::BadBirthDate
                            << QString();
    QTest::newRow("earliest date 1900-01-01") << QStringLiteral("440304190001011232") << Error::None
                                              << QStringLiteral("440304190001011232");
    QTest::newRow("before 1900") << QStringLiteral("440304189912311238") << Error::BadBirthDate
                                 << QString();
    QTest::newRow("bad date wins over bad check digit")
        << QStringLiteral("440304200102291230") << Error::BadBirthDate << QString();

    QTest::newRow("legacy 15 digits") << QStringLiteral("110105491231002") << Error::None << sample;
    QTest::newRow("legacy 15 digits, numeric check")
        << QStringLiteral("320106850715123") << Error::None << QStringLiteral("320106198507151233");
    QTest::newRow("legacy Feb 30")
        << QStringLiteral("110105490230002") << Error::BadBirthDate << QString();
    QTest::newRow("legacy Feb 29 1900")
        << QStringLiteral("110105000229002") << Error::BadBirthDate << QString();
    QTest::newRow("legacy Feb 29 1996")
        << QStringLiteral("110105960229002") << Error::None << QStringLiteral("11010519960229002X");
}

void TestResidentId::validate()
{
    QFETCH(QString, input);
    QFETCH(Error, error);
    QFETCH(QString, normalized);

    const ResidentId::Check check = ResidentId::validate(input);
    QCOMPARE(check.error, error);
    QCOMPARE(check.ok(), error == Error::None);
    QCOMPARE(check.normalized, normalized);
}

void TestResidentId::birthDateBoundIsToday()
{
    const QDate today(2024, 3, 15);
    auto idBornOn = [](const QString &yyyymmdd) {
        const QString first17 = QStringLiteral("110105") + yyyymmdd + QStringLiteral("002");
        return first17 + ResidentId::checkDigit(first17);
    };

    QVERIFY(ResidentId::validate(idBornOn(QStringLiteral("20240315")), today).ok());
    QCOMPARE(ResidentId::validate(idBornOn(QStringLiteral("20240316")), today).error,
             Error::BadBirthDate);
    QVERIFY(ResidentId::validate(idBornOn(QStringLiteral("20240316")), today.addDays(1)).ok());
}

void TestResidentId::birthDateBoundUsesCurrentDateByDefault()
{
    const QString tomorrow = QDate::currentDate().addDays(1).toString(u"yyyyMMdd");
    const QString first17 = QStringLiteral("110105") + tomorrow + QStringLiteral("002");
    QCOMPARE(ResidentId::validate(first17 + ResidentId::checkDigit(first17)).error,
             Error::BadBirthDate);
}

void TestResidentId::everySingleDigitErrorIsDetected()
{
    // The point of the check digit: a clerk mistyping any one digit must be caught.
    const QString valid = QStringLiteral("11010519491231002X");
    for (qsizetype i = 0; i < 17; ++i) {
        for (char d = '0'; d <= '9'; ++d) {
            if (valid[i] == QLatin1Char(d))
                continue;
            QString typo = valid;
            typo[i] = QLatin1Char(d);
            const ResidentId::Check check = ResidentId::validate(typo);
            QVERIFY2(!check.ok(), qPrintable(QStringLiteral("accepted %1").arg(typo)));
            QVERIFY(check.error == Error::BadCheckDigit || check.error == Error::BadBirthDate);
        }
    }
}

void TestResidentId::adjacentTranspositionsAreDetected()
{
    const QString valid = QStringLiteral("310115198001010016");
    for (qsizetype i = 0; i + 1 < valid.size(); ++i) {
        if (valid[i] == valid[i + 1])
            continue;
        QString swapped = valid;
        std::swap(swapped[i], swapped[i + 1]);
        QVERIFY2(!ResidentId::validate(swapped).ok(),
                 qPrintable(QStringLiteral("accepted %1").arg(swapped)));
    }
}

void TestResidentId::checkDigit_data()
{
    QTest::addColumn<QString>("first17");
    QTest::addColumn<QChar>("expected");

    QTest::newRow("X") << QStringLiteral("11010519491231002") << QChar(u'X');
    QTest::newRow("6") << QStringLiteral("44030420000229123") << QChar(u'6');
    QTest::newRow("6 again") << QStringLiteral("31011519800101001") << QChar(u'6');
    QTest::newRow("2") << QStringLiteral("44030419000101123") << QChar(u'2');
    QTest::newRow("too short") << QStringLiteral("1101051949123100") << QChar();
    QTest::newRow("too long") << QStringLiteral("11010519491231002X") << QChar();
    QTest::newRow("letter") << QStringLiteral("1101051949123100A") << QChar();
    QTest::newRow("empty") << QString() << QChar();
}

void TestResidentId::checkDigit()
{
    QFETCH(QString, first17);
    QFETCH(QChar, expected);
    QCOMPARE(ResidentId::checkDigit(first17), expected);
}

void TestResidentId::errorMessages()
{
    QVERIFY(ResidentId::errorMessage(Error::None).isEmpty());
    const QList<Error> errors = {Error::Empty, Error::BadLength, Error::BadCharacters,
                                 Error::BadBirthDate, Error::BadCheckDigit};
    QStringList seen;
    for (Error e : errors) {
        const QString message = ResidentId::errorMessage(e);
        QVERIFY(!message.isEmpty());
        QVERIFY2(!seen.contains(message), qPrintable(message));
        seen << message;
    }
    QVERIFY(ResidentId::errorMessage(Error::BadCheckDigit).contains(u"check digit"));
}

void TestResidentId::mask_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("masked");

    QTest::newRow("18 characters")
        << QStringLiteral("420102199003071234") << QStringLiteral("4201**********1234");
    QTest::newRow("X kept") << QStringLiteral("11010519491231002X")
                            << QStringLiteral("1101**********002X");
    QTest::newRow("9 characters") << QStringLiteral("123456789") << QStringLiteral("1234*6789");
    QTest::newRow("8 characters") << QStringLiteral("12345678") << QStringLiteral("********");
    QTest::newRow("7 characters") << QStringLiteral("1234567") << QStringLiteral("*******");
    QTest::newRow("empty") << QString() << QString();
}

void TestResidentId::mask()
{
    QFETCH(QString, input);
    QFETCH(QString, masked);
    QCOMPARE(ResidentId::mask(input), masked);
}

QTEST_GUILESS_MAIN(TestResidentId)
#include "tst_residentid.moc"
