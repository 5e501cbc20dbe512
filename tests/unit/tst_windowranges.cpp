// Window numbers as the kiosk and its slips write them: runs joined, each number once.

#include "kiosk/WindowRanges.h"

#include <QTest>

using namespace halldesk;

class TestWindowRanges : public QObject
{
    Q_OBJECT

private slots:
    void text_data()
    {
        QTest::addColumn<QList<int>>("windows");
        QTest::addColumn<QString>("text");
        QTest::newRow("none") << QList<int>{} << QString();
        QTest::newRow("one") << QList<int>{15} << QStringLiteral("15");
        QTest::newRow("two in a row") << QList<int>{7, 8} << QStringLiteral("7、8");
        QTest::newRow("a run") << QList<int>{1, 2, 3} << QStringLiteral("1–3");
        QTest::newRow("fifty") << [] {
            QList<int> all;
            for (int i = 1; i <= 50; ++i)
                all << i;
            return all;
        }() << QStringLiteral("1–50");
        QTest::newRow("mixed, unsorted, repeated")
            << QList<int>{22, 15, 1, 2, 3, 4, 20, 21, 3, 9, 10}
            << QStringLiteral("1–4、9、10、15、20–22");
    }

    void text()
    {
        QFETCH(QList<int>, windows);
        QFETCH(QString, text);
        QCOMPARE(WindowRanges::text(windows), text);
    }
};

QTEST_GUILESS_MAIN(TestWindowRanges)
#include "tst_windowranges.moc"
