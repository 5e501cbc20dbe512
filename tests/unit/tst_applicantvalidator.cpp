#include "casework/ApplicantValidator.h"
#include "casework/PersonalDataMask.h"

#include <QTest>

using namespace halldesk;

Q_DECLARE_METATYPE(halldesk::Applicant)

namespace {

const QDate Today(2026, 11, 28);

Applicant aPerson(const QString &name, const QString &id, const QString &mobile)
{
    Applicant a;
    a.kind = Applicant::Kind::Person;
    a.name = name;
    a.residentId = id;
    a.mobile = mobile;
    return a;
}

Applicant anOrganisation(const QString &name, const QString &code, const QString &representative,
                         const QString &contact, const QString &mobile)
{
    Applicant a;
    a.kind = Applicant::Kind::Organisation;
    a.name = name;
    a.creditCode = code;
    a.legalRepresentative = representative;
    a.contactName = contact;
    a.mobile = mobile;
    return a;
}

} // namespace

class TestApplicantValidator : public QObject
{
    Q_OBJECT

private slots:
    void person_data();
    void person();
    void organisation_data();
    void organisation();
    void masks_data();
    void masks();
};

void TestApplicantValidator::person_data()
{
    QTest::addColumn<Applicant>("input");
    QTest::addColumn<QStringList>("badFields");
    QTest::addColumn<QString>("normalizedId");

    QTest::newRow("valid") << aPerson(QStringLiteral("张三"), QStringLiteral("420202199001011231"),
                                      QStringLiteral("13800138000"))
                           << QStringList() << "420202199001011231";
    QTest::newRow("legacy 15-digit upgraded")
        << aPerson(QStringLiteral("李四"), QStringLiteral("420202800101001"),
                   QStringLiteral("+86 138-0013-8000"))
        << QStringList() << "420202198001010015";
    QTest::newRow("minority name with middle dot")
        << aPerson(QStringLiteral("买买提·艾力"), QStringLiteral("420202198506150021"),
                   QStringLiteral("13912345678"))
        << QStringList() << "420202198506150021";
    QTest::newRow("wrong check digit")
        << aPerson(QStringLiteral("张三"), QStringLiteral("420202199001011232"),
                   QStringLiteral("13800138000"))
        << QStringList{QStringLiteral("residentId")} << "";
    QTest::newRow("impossible birth date")
        << aPerson(QStringLiteral("张三"), QStringLiteral("42020219990230123X"),
                   QStringLiteral("13800138000"))
        << QStringList{QStringLiteral("residentId")} << "";
    QTest::newRow("everything wrong")
        << aPerson(QStringLiteral("张3"), QString(), QStringLiteral("12345"))
        << QStringList{QStringLiteral("mobile"), QStringLiteral("name"),
                       QStringLiteral("residentId")}
        << "";
    QTest::newRow("one-character name")
        << aPerson(QStringLiteral("张"), QStringLiteral("420202199001011231"),
                   QStringLiteral("13800138000"))
        << QStringList{QStringLiteral("name")} << "";
}

void TestApplicantValidator::person()
{
    QFETCH(Applicant, input);
    QFETCH(QStringList, badFields);
    QFETCH(QString, normalizedId);
    const auto out = ApplicantValidator::validate(input, Today);
    QStringList fields = out.errors.keys();
    fields.sort();
    badFields.sort();
    QCOMPARE(fields, badFields);
    for (const QString &message : out.errors)
        QVERIFY(!message.isEmpty());
    QCOMPARE(out.ok(), badFields.isEmpty());
    if (out.ok()) {
        QCOMPARE(out.normalized.residentId, normalizedId);
        QCOMPARE(out.normalized.mobile.size(), 11);
    }
}

void TestApplicantValidator::organisation_data()
{
    QTest::addColumn<Applicant>("input");
    QTest::addColumn<QStringList>("badFields");

    QTest::newRow("valid") << anOrganisation(QStringLiteral("黄石市某某餐饮有限公司"),
                                             QStringLiteral("91350100m000100y43"),
                                             QStringLiteral("王五"), QStringLiteral("赵六"),
                                             QStringLiteral("13800138000"))
                           << QStringList();
    QTest::newRow("wrong check character")
        << anOrganisation(QStringLiteral("黄石市某某餐饮有限公司"),
                          QStringLiteral("91350100M000100Y44"), QStringLiteral("王五"),
                          QStringLiteral("赵六"), QStringLiteral("13800138000"))
        << QStringList{QStringLiteral("creditCode")};
    QTest::newRow("no representative or contact")
        << anOrganisation(QStringLiteral("黄石市某某餐饮有限公司"),
                          QStringLiteral("91350100M000100Y43"), QString(), QString(),
                          QStringLiteral("13800138000"))
        << QStringList{QStringLiteral("contactName"), QStringLiteral("legalRepresentative")};
    QTest::newRow("no name") << anOrganisation(QString(), QStringLiteral("91350100M000100Y43"),
                                               QStringLiteral("王五"), QStringLiteral("赵六"),
                                               QStringLiteral("13800138000"))
                             << QStringList{QStringLiteral("name")};
}

void TestApplicantValidator::organisation()
{
    QFETCH(Applicant, input);
    QFETCH(QStringList, badFields);
    const auto out = ApplicantValidator::validate(input, Today);
    QStringList fields = out.errors.keys();
    fields.sort();
    badFields.sort();
    QCOMPARE(fields, badFields);
    if (out.ok())
        QCOMPARE(out.normalized.creditCode, QStringLiteral("91350100M000100Y43"));
}

void TestApplicantValidator::masks_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("masked");
    QTest::newRow("two characters") << QStringLiteral("张三") << QStringLiteral("张*");
    QTest::newRow("compound family name") << QStringLiteral("欧阳娜娜") << QStringLiteral("欧***");
    QTest::newRow("one character") << QStringLiteral("张") << QStringLiteral("*");
    QTest::newRow("outside the BMP") << QStringLiteral("𠮷野家") << QStringLiteral("𠮷**");
    QTest::newRow("empty") << QString() << QString();
}

void TestApplicantValidator::masks()
{
    QFETCH(QString, name);
    QFETCH(QString, masked);
    QCOMPARE(PersonalDataMask::name(name), masked);
    QCOMPARE(PersonalDataMask::residentId(QStringLiteral("420202199001011231")),
             QStringLiteral("4202**********1231"));
    QCOMPARE(PersonalDataMask::mobile(QStringLiteral("13800138000")),
             QStringLiteral("138****8000"));
}

QTEST_GUILESS_MAIN(TestApplicantValidator)
#include "tst_applicantvalidator.moc"
