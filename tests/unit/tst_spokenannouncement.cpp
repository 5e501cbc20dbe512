// Ticket numbers are spoken digit by digit, the rest of the announcement as written.

#include "speech/SpokenAnnouncement.h"

#include <QTest>

using namespace halldesk;

class TestSpokenAnnouncement : public QObject
{
    Q_OBJECT

private slots:
    void spellsTheTicketNumber_data()
    {
        QTest::addColumn<QString>("announcement");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("spoken");
        QTest::newRow("zh") << QStringLiteral("请A023号到15号窗口办理") << QStringLiteral("A023")
                            << QStringLiteral("请A零二三号到15号窗口办理");
        QTest::newRow("four digits")
            << QStringLiteral("请B1000号到3号窗口办理") << QStringLiteral("B1000")
            << QStringLiteral("请B一零零零号到3号窗口办理");
        QTest::newRow("window equal to digits")
            << QStringLiteral("请A015号到15号窗口办理") << QStringLiteral("A015")
            << QStringLiteral("请A零一五号到15号窗口办理");
        QTest::newRow("en") << QStringLiteral("Number A023, please come to window 15.")
                            << QStringLiteral("A023")
                            << QStringLiteral("Number A零二三, please come to window 15.");
        QTest::newRow("number not in the text")
            << QStringLiteral("请到窗口办理") << QStringLiteral("A023")
            << QStringLiteral("请到窗口办理");
        QTest::newRow("no number") << QStringLiteral("请A023号到15号窗口办理") << QString()
                                   << QStringLiteral("请A023号到15号窗口办理");
    }

    void spellsTheTicketNumber()
    {
        QFETCH(QString, announcement);
        QFETCH(QString, number);
        QFETCH(QString, spoken);
        QCOMPARE(spokenAnnouncement(announcement, number), spoken);
    }
};

QTEST_GUILESS_MAIN(TestSpokenAnnouncement)
#include "tst_spokenannouncement.moc"
