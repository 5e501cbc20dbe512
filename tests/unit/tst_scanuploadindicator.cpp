// The status bar's word on scanned materials going to the server: nothing while nothing waits,
// progress in per cent, a wait for the server told apart from a refusal, both in Chinese.

#include "counter/ScanUploadIndicator.h"
#include "i18n/TranslationInstaller.h"

#include <QApplication>
#include <QtTest>

using namespace halldesk;

class TestScanUploadIndicator : public QObject
{
    Q_OBJECT

private:
    TranslationInstaller m_translations;

private slots:
    void initTestCase()
    {
        QVERIFY(m_translations.install({QStringLiteral("halldesk_counter")},
                                       QLocale(QLocale::Chinese, QLocale::China)) == 1);
    }

    void showsWhatTheClerkNeeds_data()
    {
        QTest::addColumn<ScanUploadStatus>("status");
        QTest::addColumn<bool>("visible");
        QTest::addColumn<QString>("tone");
        QTest::addColumn<QString>("shows");

        ScanUploadStatus idle;
        QTest::newRow("nothing waits") << idle << false << QString() << QString();

        ScanUploadStatus busy;
        busy.waiting = 3;
        busy.caseNumber = QStringLiteral("20261130-0015-0002");
        busy.materialCode = QStringLiteral("M-PLAN");
        busy.sentBytes = 250;
        busy.totalBytes = 1000;
        QTest::newRow("uploading")
            << busy << true << QStringLiteral("busy") << QStringLiteral("25");

        ScanUploadStatus waiting = busy;
        waiting.retrying = true;
        waiting.problem = QStringLiteral("服务器暂时无法访问");
        QTest::newRow("waiting for the server")
            << waiting << true << QStringLiteral("waiting") << QStringLiteral("3");

        ScanUploadStatus refused;
        refused.problem = QStringLiteral("扫描件与案件记录不符");
        QTest::newRow("refused, nothing else waits")
            << refused << true << QStringLiteral("refused") << refused.problem;
    }

    void showsWhatTheClerkNeeds()
    {
        QFETCH(ScanUploadStatus, status);
        QFETCH(bool, visible);
        QFETCH(QString, tone);
        QFETCH(QString, shows);
        QWidget window;
        auto *indicator = new ScanUploadIndicator(&window);
        window.show();
        indicator->display(status);
        QCOMPARE(indicator->isVisible(), visible);
        if (!visible)
            return;
        QCOMPARE(indicator->property("tone").toString(), tone);
        QVERIFY2(indicator->text().contains(shows), qPrintable(indicator->text()));
        // Chinese on screen, not the English source text.
        QVERIFY2(!indicator->text().contains(QLatin1String("material")),
                 qPrintable(indicator->text()));
        if (!status.caseNumber.isEmpty())
            QVERIFY(indicator->toolTip().contains(status.caseNumber));
    }

    void goesAwayWhenAllIsSent()
    {
        QWidget window;
        auto *indicator = new ScanUploadIndicator(&window);
        window.show();
        ScanUploadStatus busy;
        busy.waiting = 1;
        busy.totalBytes = 10;
        indicator->display(busy);
        QVERIFY(indicator->isVisible());
        indicator->display(ScanUploadStatus{});
        QVERIFY(!indicator->isVisible());
    }
};

QTEST_MAIN(TestScanUploadIndicator)
#include "tst_scanuploadindicator.moc"
