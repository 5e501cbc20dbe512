// PriorityGroupNames: one wording of the priority groups (绿色通道) for the kiosk, the slip, the
// counter and the administration page, in the user's language.

#include "counter/TicketFormat.h"
#include "domain/PriorityGroup.h"
#include "domain/PriorityGroupNames.h"
#include "i18n/TranslationInstaller.h"

#include <QtTest>

using namespace halldesk;

class TestPriorityGroupNames : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void oneWordingEverywhere_data();
    void oneWordingEverywhere();
    void everyGroupOnceInOrder();

private:
    TranslationInstaller m_translations;
};

void TestPriorityGroupNames::initTestCase()
{
    QCOMPARE(m_translations.install({QStringLiteral("halldesk_core")},
                                    QLocale(QLocale::Chinese, QLocale::China)),
             1);
}

void TestPriorityGroupNames::oneWordingEverywhere_data()
{
    QTest::addColumn<int>("group");
    QTest::addColumn<QString>("chinese");
    QTest::newRow("elderly") << int(PriorityGroup::Elderly) << QStringLiteral("老年人");
    QTest::newRow("disabled") << int(PriorityGroup::Disabled) << QStringLiteral("残疾人");
    QTest::newRow("military") << int(PriorityGroup::MilitaryVeteran)
                              << QStringLiteral("军人及退役军人");
    QTest::newRow("pregnant") << int(PriorityGroup::Pregnant) << QStringLiteral("孕妇");
    QTest::newRow("serious illness")
        << int(PriorityGroup::SeriousIllness) << QStringLiteral("重病患者");
    QTest::newRow("none") << int(PriorityGroup::None) << QString();
}

void TestPriorityGroupNames::oneWordingEverywhere()
{
    QFETCH(int, group);
    QFETCH(QString, chinese);
    const auto priority = PriorityGroup(group);
    QCOMPARE(PriorityGroupNames::displayName(toStorageName(priority)), chinese);
    // The counter's ticket panel says what the kiosk's slip says.
    QCOMPARE(TicketFormat::priority(priority), chinese);
}

void TestPriorityGroupNames::everyGroupOnceInOrder()
{
    const QStringList groups = PriorityGroupNames::groups();
    QCOMPARE(groups.size(), 5);
    QCOMPARE(groups.first(), QStringLiteral("elderly"));
    for (const QString &group : groups) {
        QVERIFY2(priorityGroupFromStorageName(group).has_value(), qPrintable(group));
        QCOMPARE(groups.count(group), 1);
    }
    QVERIFY(PriorityGroupNames::displayName(QStringLiteral("vip")).isEmpty());
}

QTEST_GUILESS_MAIN(TestPriorityGroupNames)
#include "tst_prioritygroupnames.moc"
