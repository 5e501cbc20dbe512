// SupervisorLook's problem colour: readable (WCAG 4.5:1) on every background it is shown on,
// the same red for an offline window's band, and the style sheet the labels take it from.

#include "supervisor/SupervisorLook.h"

#include <QApplication>
#include <QPalette>
#include <QTest>
#include <cmath>

using namespace halldesk;

namespace {

// WCAG 2's relative luminance and contrast ratio.
double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestSupervisorLook : public QObject
{
    Q_OBJECT

private slots:
    void problemWordsAreReadable_data();
    void problemWordsAreReadable();
    void anOfflineWindowIsInTheSameRed();
    void theStyleSheetCarriesTheColour();
};

void TestSupervisorLook::problemWordsAreReadable_data()
{
    QTest::addColumn<QColor>("background");
    // The pages and the sign-in dialog, the side of an unacknowledged alert.
    QTest::newRow("window") << QApplication::palette().color(QPalette::Window);
    QTest::newRow("console grey") << QColor(0xef, 0xef, 0xef);
    QTest::newRow("alert") << QColor(0xff, 0xf3, 0xe0);
    QTest::newRow("white") << QColor(Qt::white);
}

void TestSupervisorLook::problemWordsAreReadable()
{
    QFETCH(QColor, background);
    const double ratio = contrast(SupervisorLook::problemColor(), background);
    QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
}

void TestSupervisorLook::anOfflineWindowIsInTheSameRed()
{
    QCOMPARE(SupervisorLook::statusColor(WindowStatus::Offline), SupervisorLook::problemColor());
    const double ratio = contrast(SupervisorLook::statusTextColor(WindowStatus::Offline),
                                  SupervisorLook::problemColor());
    QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
}

void TestSupervisorLook::theStyleSheetCarriesTheColour()
{
    QCOMPARE(SupervisorLook::problemColor(), QColor(0xb3, 0x26, 0x1e));
    QCOMPARE(SupervisorLook::problemStyleSheet(), QStringLiteral("color: #b3261e;"));
    QCOMPARE(SupervisorLook::problemStyleSheet(QFont::Bold),
             QStringLiteral("color: #b3261e; font-weight: bold;"));
}

QTEST_MAIN(TestSupervisorLook)
#include "tst_supervisorlook.moc"
