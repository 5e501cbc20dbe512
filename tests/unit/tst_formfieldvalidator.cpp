#include "catalogue/FormFieldValidator.h"
#include "validation/CreditCode.h"
#include "validation/MobileNumber.h"
#include "validation/ResidentId.h"

#include <QTest>

using namespace halldesk;
using Type = FormField::Type;

namespace {

const QDate Today(2026, 11, 28);

FormField field(Type type, bool required = false)
{
    FormField f;
    f.key = QStringLiteral("f");
    f.label = QStringLiteral("企业名称");
    f.type = type;
    f.required = required;
    return f;
}

FormField limited(Type type, int maxLength)
{
    FormField f = field(type);
    f.maxLength = maxLength;
    return f;
}

FormField ranged(double minimum, double maximum)
{
    FormField f = field(Type::Number);
    f.minimum = minimum;
    f.maximum = maximum;
    f.hasRange = true;
    return f;
}

FormField choice()
{
    FormField f = field(Type::Choice);
    f.choices = {QStringLiteral("小型"), QStringLiteral("中型"), QStringLiteral("大型企业")};
    return f;
}

// A supplementary-plane ideograph: two UTF-16 units, one character.
const QString ExtensionB = QString::fromUcs4(U"\U00020000");

} // namespace

class TestFormFieldValidator : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void errorsAreDistinct();
};

void TestFormFieldValidator::validate_data()
{
    QTest::addColumn<FormField>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QString>("error"); // empty: any message will do, as long as there is one

    const QString requiredMessage = FormFieldValidator::tr("Please fill in %1.").arg("企业名称");

    // Required or not.
    QTest::newRow("required, empty")
        << field(Type::Text, true) << "" << false << "" << requiredMessage;
    QTest::newRow("required, blank")
        << field(Type::Text, true) << " \t" << false << "" << requiredMessage;
    QTest::newRow("required ID, empty")
        << field(Type::ResidentId, true) << "" << false << "" << requiredMessage;
    QTest::newRow("optional, empty") << field(Type::Text) << "" << true << ""
                                     << "";
    QTest::newRow("optional ID, blank") << field(Type::ResidentId) << "  " << true << ""
                                        << "";
    QTest::newRow("optional choice, empty") << choice() << "" << true << ""
                                            << "";

    // Text and address.
    QTest::newRow("text trimmed") << field(Type::Text) << "  黄石市 大冶  " << true << "黄石市 大冶"
                                  << "";
    QTest::newRow("text at the default limit")
        << field(Type::Text) << QString(100, u'字') << true << QString(100, u'字') << "";
    QTest::newRow("text beyond the default limit")
        << field(Type::Text) << QString(101, u'字') << false << ""
        << FormFieldValidator::tr("At most %1 characters, please (this is %2).").arg("100", "101");
    QTest::newRow("address at the default limit")
        << field(Type::Address) << QString(200, u'路') << true << QString(200, u'路') << "";
    QTest::newRow("address beyond the default limit")
        << field(Type::Address) << QString(201, u'路') << false << ""
        << "";
    QTest::newRow("text at its own limit") << limited(Type::Text, 5) << "12345" << true << "12345"
                                           << "";
    QTest::newRow("text beyond its own limit") << limited(Type::Text, 5) << "123456" << false << ""
                                               << "";
    QTest::newRow("address beyond its own limit")
        << limited(Type::Address, 3) << "湖北省" + QString(u'x') << false << ""
        << "";
    QTest::newRow("characters, not UTF-16 units")
        << limited(Type::Text, 5) << ExtensionB.repeated(5) << true << ExtensionB.repeated(5) << "";
    QTest::newRow("line break") << field(Type::Text) << "第一行\n第二行" << false << ""
                                << "";
    QTest::newRow("address with a tab inside")
        << field(Type::Address) << "团城山\t8号" << false << ""
        << "";

    // Dates.
    QTest::newRow("date") << field(Type::Date) << "2026-03-01" << true << "2026-03-01"
                          << "";
    QTest::newRow("leap day") << field(Type::Date) << "2024-02-29" << true << "2024-02-29"
                              << "";
    QTest::newRow("full-width date")
        << field(Type::Date) << "２０２６－０３－０１" << true << "2026-03-01"
        << "";
    QTest::newRow("no leap day in 2023")
        << field(Type::Date) << "2023-02-29" << false << ""
        << FormFieldValidator::tr("There is no such date. Please check the month and the day.");
    QTest::newRow("month 13") << field(Type::Date) << "2026-13-01" << false << ""
                              << "";
    QTest::newRow("day 0") << field(Type::Date) << "2026-01-00" << false << ""
                           << "";
    QTest::newRow("no leading zeros")
        << field(Type::Date) << "2026-3-1" << false << ""
        << FormFieldValidator::tr("Please write the date as year-month-day, e.g. 2026-03-01.");
    QTest::newRow("slashes") << field(Type::Date) << "2026/03/01" << false << ""
                             << "";
    QTest::newRow("no separators") << field(Type::Date) << "20260301" << false << ""
                                   << "";
    QTest::newRow("with time") << field(Type::Date) << "2026-03-01T10:00" << false << ""
                               << "";
    QTest::newRow("Chinese date") << field(Type::Date) << "2026年3月1日" << false << ""
                                  << "";

    // Numbers.
    QTest::newRow("whole number") << field(Type::Number) << "12" << true << "12"
                                  << "";
    QTest::newRow("decimal") << field(Type::Number) << "12.50" << true << "12.5"
                             << "";
    QTest::newRow("negative") << field(Type::Number) << "-3.25" << true << "-3.25"
                              << "";
    QTest::newRow("leading zeros") << field(Type::Number) << "007" << true << "7"
                                   << "";
    QTest::newRow("minus zero") << field(Type::Number) << "-0.0" << true << "0"
                                << "";
    QTest::newRow("full-width number") << field(Type::Number) << "１２．５" << true << "12.5"
                                       << "";
    QTest::newRow("large number") << field(Type::Number) << "1000000000" << true << "1000000000"
                                  << "";
    QTest::newRow("not a number") << field(Type::Number) << "十二" << false << ""
                                  << FormFieldValidator::tr(
                                         "Please enter a number, such as 12 or 12.5.");
    QTest::newRow("exponent") << field(Type::Number) << "1e3" << false << ""
                              << "";
    QTest::newRow("group separator") << field(Type::Number) << "1,000" << false << ""
                                     << "";
    QTest::newRow("infinity") << field(Type::Number) << "inf" << false << ""
                              << "";
    QTest::newRow("trailing dot") << field(Type::Number) << "12." << false << ""
                                  << "";
    QTest::newRow("plus sign") << field(Type::Number) << "+12" << false << ""
                               << "";
    QTest::newRow("within range") << ranged(0.5, 100) << "100" << true << "100"
                                  << "";
    QTest::newRow("lower bound") << ranged(0.5, 100) << "0.5" << true << "0.5"
                                 << "";
    QTest::newRow("above range")
        << ranged(0.5, 100) << "100.01" << false << ""
        << FormFieldValidator::tr("Please enter a number from %1 to %2.").arg("0.5", "100");
    QTest::newRow("below range") << ranged(0.5, 100) << "0" << false << ""
                                 << "";
    QTest::newRow("large bound in the message")
        << ranged(1, 1000000) << "0" << false << ""
        << FormFieldValidator::tr("Please enter a number from %1 to %2.").arg("1", "1000000");

    // Choices.
    QTest::newRow("a choice") << choice() << "中型" << true << "中型"
                              << "";
    QTest::newRow("a choice, trimmed") << choice() << " 大型企业 " << true << "大型企业"
                                       << "";
    QTest::newRow("not a choice")
        << choice() << "微型" << false << ""
        << FormFieldValidator::tr("Please choose one of: %1.").arg("小型 / 中型 / 大型企业");
    QTest::newRow("part of a choice") << choice() << "大型" << false << ""
                                      << "";

    // Resident ID numbers, through ResidentId.
    const auto idError = [](ResidentId::Error e) {
        return ResidentId::errorMessage(e);
    };
    QTest::newRow("ID") << field(Type::ResidentId) << "11010519491231002X" << true
                        << "11010519491231002X"
                        << "";
    QTest::newRow("ID, lower-case x")
        << field(Type::ResidentId) << "11010519491231002x" << true << "11010519491231002X"
        << "";
    QTest::newRow("ID, legacy 15 digits upgraded")
        << field(Type::ResidentId) << "110105491231002" << true << "11010519491231002X"
        << "";
    QTest::newRow("ID, wrong check digit")
        << field(Type::ResidentId) << "110105194912310021" << false << ""
        << idError(ResidentId::Error::BadCheckDigit);
    QTest::newRow("ID, born on 19990230")
        << field(Type::ResidentId) << "110105199902300011" << false << ""
        << idError(ResidentId::Error::BadBirthDate);
    QTest::newRow("ID, born after today")
        << field(Type::ResidentId) << "110105202612010016" << false << ""
        << idError(ResidentId::Error::BadBirthDate);
    QTest::newRow("ID, too short") << field(Type::ResidentId) << "1101051949123100" << false << ""
                                   << idError(ResidentId::Error::BadLength);

    // Unified social credit codes, through CreditCode.
    QTest::newRow("credit code") << field(Type::CreditCode) << "91350100M000100Y43" << true
                                 << "91350100M000100Y43"
                                 << "";
    QTest::newRow("credit code, lower case")
        << field(Type::CreditCode) << "91350100m000100y43" << true << "91350100M000100Y43"
        << "";
    QTest::newRow("credit code, wrong check character")
        << field(Type::CreditCode) << "91350100M000100Y44" << false << ""
        << CreditCode::errorMessage(CreditCode::Error::BadCheckCharacter);
    QTest::newRow("credit code, letter O")
        << field(Type::CreditCode) << "91350100O000100Y43" << false << ""
        << CreditCode::errorMessage(CreditCode::Error::BadCharacters);

    // Mobile numbers, through MobileNumber.
    QTest::newRow("mobile") << field(Type::Mobile) << "13800138000" << true << "13800138000"
                            << "";
    QTest::newRow("mobile with prefix and hyphens")
        << field(Type::Mobile) << "+86 138-0013-8000" << true << "13800138000"
        << "";
    QTest::newRow("landline") << field(Type::Mobile) << "0714-6221234" << false << ""
                              << MobileNumber::errorMessage(MobileNumber::Error::Invalid);
}

void TestFormFieldValidator::validate()
{
    QFETCH(FormField, field);
    QFETCH(QString, value);
    QFETCH(bool, ok);
    QFETCH(QString, normalized);
    QFETCH(QString, error);

    const FormFieldValidator::Check check = FormFieldValidator::validate(field, value, Today);
    QCOMPARE(check.ok, ok);
    QCOMPARE(check.normalized, normalized);
    QCOMPARE(check.error.isEmpty(), ok);
    if (!error.isEmpty())
        QCOMPARE(check.error, error);
}

void TestFormFieldValidator::errorsAreDistinct()
{
    // A clerk must be able to tell a bad format from an impossible value.
    const FormField date = field(Type::Date);
    QVERIFY(FormFieldValidator::validate(date, QStringLiteral("2026-3-1"), Today).error !=
            FormFieldValidator::validate(date, QStringLiteral("2026-02-30"), Today).error);
    const FormField number = ranged(0, 10);
    QVERIFY(FormFieldValidator::validate(number, QStringLiteral("x"), Today).error !=
            FormFieldValidator::validate(number, QStringLiteral("11"), Today).error);
}

QTEST_GUILESS_MAIN(TestFormFieldValidator)
#include "tst_formfieldvalidator.moc"
