// The supervisor console's settings file (SupervisorSettings): a terminal's [server] and [tls]
// and the [alerts] thresholds, each missing or unusable value keeping the hall's standard.

#include "supervisor/SupervisorSettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace halldesk;
using namespace std::chrono_literals;

class TestSupervisorSettings : public QObject
{
    Q_OBJECT

private slots:
    void thresholds_data();
    void thresholds();
    void terminalSettingsToo();
};

void TestSupervisorSettings::thresholds_data()
{
    QTest::addColumn<QVariantMap>("alerts");
    QTest::addColumn<qint64>("longWaitMs");
    QTest::addColumn<qint64>("idleMs");
    QTest::addColumn<qint64>("longServiceMs");
    QTest::addColumn<qint64>("offlineMs");
    QTest::addColumn<bool>("sound");

    QTest::newRow("none: the hall's standard")
        << QVariantMap() << qint64(30 * 60'000) << qint64(5 * 60'000) << qint64(20 * 60'000)
        << qint64(60'000) << true;
    QTest::newRow("all set") << QVariantMap{{"longWaitMinutes", 45},
                                            {"idleMinutes", 3},
                                            {"longServiceMinutes", 25},
                                            {"offlineSeconds", 30},
                                            {"sound", false}}
                             << qint64(45 * 60'000) << qint64(3 * 60'000) << qint64(25 * 60'000)
                             << qint64(30'000) << false;
    QTest::newRow("unusable values are ignored")
        << QVariantMap{{"longWaitMinutes", "soon"}, {"idleMinutes", 0}, {"offlineSeconds", -5}}
        << qint64(30 * 60'000) << qint64(5 * 60'000) << qint64(20 * 60'000) << qint64(60'000)
        << true;
}

void TestSupervisorSettings::thresholds()
{
    QFETCH(QVariantMap, alerts);
    QFETCH(qint64, longWaitMs);
    QFETCH(qint64, idleMs);
    QFETCH(qint64, longServiceMs);
    QFETCH(qint64, offlineMs);
    QFETCH(bool, sound);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("supervisor.conf"));
    {
        QSettings ini(path, QSettings::IniFormat);
        for (auto it = alerts.cbegin(); it != alerts.cend(); ++it)
            ini.setValue(QStringLiteral("alerts/") + it.key(), it.value());
    }
    const SupervisorSettings settings = SupervisorSettings::load(path);
    const AlertThresholds &t = settings.thresholds;
    QCOMPARE(qint64(std::chrono::milliseconds(t.longWait).count()), longWaitMs);
    QCOMPARE(qint64(std::chrono::milliseconds(t.idleWithWaiting).count()), idleMs);
    QCOMPARE(qint64(std::chrono::milliseconds(t.longService).count()), longServiceMs);
    QCOMPARE(qint64(std::chrono::milliseconds(t.offline).count()), offlineMs);
    QCOMPARE(settings.alertSound, sound);
}

void TestSupervisorSettings::terminalSettingsToo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("supervisor.conf"));
    {
        QSettings ini(path, QSettings::IniFormat);
        ini.setValue(QStringLiteral("server/url"), QStringLiteral("wss://hall:7443"));
        ini.setValue(QStringLiteral("alerts/offlineSeconds"), 90);
    }
    const SupervisorSettings settings = SupervisorSettings::load(path);
    QCOMPARE(settings.serverUrl, QUrl(QStringLiteral("wss://hall:7443")));
    QCOMPARE(settings.thresholds.offline, std::chrono::milliseconds(90s));
    // No certificate configured: the console says so rather than connect.
    QVERIFY(!settings.problem().isEmpty());
}

QTEST_GUILESS_MAIN(TestSupervisorSettings)
#include "tst_supervisorsettings.moc"
