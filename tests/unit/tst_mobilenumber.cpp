#include "validation/MobileNumber.h"

#include <QTest>

using halldesk::MobileNumber;
using Error = MobileNumber::Error;

namespace halldesk {
// Readable QCOMPARE failures instead of bare enum values.
char *toString(MobileNumber::Error e)
{
    switch (e) {
    case MobileNumber::Error::None:
        return qstrdup("None");
    case MobileNumber::Error::Empty:
        return qstrdup("Empty");
    case MobileNumber::Error::Invalid:
        return qstrdup("Invalid");
    }
    return qstrdup("?");
}
} // namespace halldesk

class TestMobileNumber : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void everySecondDigitFrom3To9();
    void errorMessages();
    void mask_data();
    void mask();
};

void TestMobileNumber::validate_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Error>("error");
    QTest::addColumn<QString>("normalized");

    const QString number = QStringLiteral("13800138000");

    QTest::newRow("plain") << number << Error::None << number;
    QTest::newRow("surrounding spaces")
        << QStringLiteral("  13800138000 ") << Error::None << number;
    QTest::newRow("grouped with spaces")
        << QStringLiteral("138 0013 8000") << Error::None << number;
    QTest::newRow("grouped with hyphens")
        << QStringLiteral("138-0013-8000") << Error::None << number;
    QTest::newRow("+86") << QStringLiteral("+8613800138000") << Error::None << number;
    QTest::newRow("+86 grouped") << QStringLiteral("+86 138 0013 8000") << Error::None << number;
    QTest::newRow("+86-") << QStringLiteral("+86-138-0013-8000") << Error::None << number;
    QTest::newRow("86") << QStringLiteral("8613800138000") << Error::None << number;
    QTest::newRow("86 grouped") << QStringLiteral("86 138 0013 8000") << Error::None << number;
    QTest::newRow("full-width input method")
        << QStringLiteral("\uFF0B\uFF18\uFF16\u3000\uFF11\uFF13\uFF18\uFF0D\uFF10\uFF10\uFF11"
                          "\uFF13\uFF0D\uFF18\uFF10\uFF10\uFF10")
        << Error::None << number;
    QTest::newRow("199") << QStringLiteral("19912345678") << Error::None
                         << QStringLiteral("19912345678");

    QTest::newRow("empty") << QString() << Error::Empty << QString();
    QTest::newRow("only spaces") << QStringLiteral(" \t ") << Error::Empty << QString();

    QTest::newRow("second digit 2") << QStringLiteral("12800138000") << Error::Invalid << QString();
    QTest::newRow("second digit 0") << QStringLiteral("10800138000") << Error::Invalid << QString();
    QTest::newRow("landline") << QStringLiteral("02112345678") << Error::Invalid << QString();
    QTest::newRow("10 digits") << QStringLiteral("1380013800") << Error::Invalid << QString();
    QTest::newRow("12 digits") << QStringLiteral("138001380001") << Error::Invalid << QString();
    QTest::newRow("letter") << QStringLiteral("1380013800O") << Error::Invalid << QString();
    QTest::newRow("other country code")
        << QStringLiteral("+85213800138000") << Error::Invalid << QString();
    QTest::newRow("+86 with 10 digits")
        << QStringLiteral("+861380013800") << Error::Invalid << QString();
    QTest::newRow("86 with 12 digits")
        << QStringLiteral("86138001380001") << Error::Invalid << QString();
    QTest::newRow("0086") << QStringLiteral("008613800138000") << Error::Invalid << QString();
    QTest::newRow("double plus") << QStringLiteral("++8613800138000") << Error::Invalid
                                 << QString();
    QTest::newRow("prefix in the middle")
        << QStringLiteral("138+8600138000") << Error::Invalid << QString();
    QTest::newRow("only prefix") << QStringLiteral("+86") << Error::Invalid << QString();
    QTest::newRow("only hyphens") << QStringLiteral("---") << Error::Empty << QString();
    QTest::newRow("dots") << QStringLiteral("138.0013.8000") << Error::Invalid << QString();
    // QChar::isDigit() accepts these; a phone number must not.
    QTest::newRow("Arabic-Indic digit")
        << QStringLiteral("1380013800\u0660") << Error::Invalid << QString();
}

void TestMobileNumber::validate()
{
    QFETCH(QString, input);
    QFETCH(Error, error);
    QFETCH(QString, normalized);

    const MobileNumber::Check check = MobileNumber::validate(input);
    QCOMPARE(check.error, error);
    QCOMPARE(check.ok(), error == Error::None);
    QCOMPARE(check.normalized, normalized);
}

void TestMobileNumber::everySecondDigitFrom3To9()
{
    for (char second = '0'; second <= '9'; ++second) {
        const QString number =
            QStringLiteral("1") + QLatin1Char(second) + QStringLiteral("012345678");
        QCOMPARE(MobileNumber::validate(number).ok(), second >= '3');
    }
}

void TestMobileNumber::errorMessages()
{
    QVERIFY(MobileNumber::errorMessage(Error::None).isEmpty());
    QVERIFY(!MobileNumber::errorMessage(Error::Empty).isEmpty());
    QVERIFY(!MobileNumber::errorMessage(Error::Invalid).isEmpty());
    QVERIFY(MobileNumber::errorMessage(Error::Empty) != MobileNumber::errorMessage(Error::Invalid));
}

void TestMobileNumber::mask_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("masked");

    QTest::newRow("11 digits") << QStringLiteral("13812345678") << QStringLiteral("138****5678");
    QTest::newRow("10 digits") << QStringLiteral("1381234567") << QStringLiteral("**********");
    QTest::newRow("empty") << QString() << QString();
}

void TestMobileNumber::mask()
{
    QFETCH(QString, input);
    QFETCH(QString, masked);
    QCOMPARE(MobileNumber::mask(input), masked);
}

QTEST_GUILESS_MAIN(TestMobileNumber)
#include "tst_mobilenumber.moc"
