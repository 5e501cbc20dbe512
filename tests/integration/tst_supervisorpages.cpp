// The supervisor console's pages beyond the live hall, against the real halldesk-server
// process on the demo hall, offscreen at 1920×1080 in Chinese: the grid narrowed to one area
// and to signed-in windows; a report of today made from what a kiosk and a counter did, its
// refusal of a backwards range, and its CSV and PDF exports read back (pdfinfo, pdftotext); a
// 差评 given on the window's real pad arriving in the follow-up list and called back with a
// note. Screenshots in supervisor-screens/.

#include "HallCalls.h"
#include "NetworkFixture.h"
#include "NoticeTestTools.h"
#include "ServerProcess.h"
#include "SupervisorConsoleFixture.h"
#include "client/HallClient.h"
#include "rating/RatingRecord.h"
#include "rating/RatingSigner.h"
#include "supervisor/AlertSound.h"
#include "supervisor/FollowUpDetail.h"
#include "supervisor/FollowUpTableModel.h"
#include "supervisor/FollowUpsPage.h"
#include "supervisor/HallMonitor.h"
#include "supervisor/HallReportTable.h"
#include "supervisor/QueueTableModel.h"
#include "supervisor/QueuesPanel.h"
#include "supervisor/ReportsPage.h"
#include "supervisor/SupervisorScreen.h"
#include "supervisor/SupervisorStation.h"
#include "supervisor/SupervisorWindow.h"
#include "supervisor/WindowGrid.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#ifndef HALLDESK_SERVER_PATH
#error "HALLDESK_SERVER_PATH must name the halldesk-server executable"
#endif

using namespace halldesk;
using namespace halldesk::test;

namespace {

constexpr int Wait = SupervisorConsoleFixture::Wait;

} // namespace

class TestSupervisorPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void theGridShowsOneArea();
    void aReportOfToday();
    void aBackwardsRangeIsRefusedInWords();
    void theReportIsExported();
    void aBadRatingIsFollowedUp();

private:
    SupervisorStation *station() const { return m_console.station(); }
    SupervisorScreen *screen() const { return station()->screen(); }
    QDate today() const { return QDate::currentDate(); }
    void saveAndCheck(const QString &name);
    std::unique_ptr<RawTerminal> pad(int window) const;

    SupervisorConsoleFixture m_console{QStringLiteral(HALLDESK_SERVER_PATH)};
    std::unique_ptr<RawTerminal> m_counter;
    qint64 m_serving = 0;
};

void TestSupervisorPages::initTestCase()
{
    const QString missing = missingTools();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    const QString started = m_console.startServer();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    m_counter = m_console.server()->counter(1);
    QVERIFY(m_counter);
    const QString shown = m_console.startConsole(m_console.settings(), nullptr);
    QVERIFY2(shown.isEmpty(), qPrintable(shown));
    const QString problem = m_console.signIn(QStringLiteral("HD0002"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(QTest::qWaitFor(
        [&] { return station()->hall()->snapshots() >= 1 && screen()->grid()->tileCount() == 271; },
        Wait));
    QCOMPARE(
        station()->window()->pageTitles(),
        (QStringList{QStringLiteral("实时大厅"), QStringLiteral("差评整改"), QStringLiteral("图表"),
                     QStringLiteral("人员"), QStringLiteral("统计报表")}));
}

void TestSupervisorPages::cleanupTestCase()
{
    m_counter.reset();
    QVERIFY(m_console.stop());
}

std::unique_ptr<RawTerminal> TestSupervisorPages::pad(int window) const
{
    const ServerProcess *server = m_console.server();
    const auto files = server->terminalFiles(TerminalRole::Pad, window);
    const auto tls = files ? TlsSettings::client(*files, nullptr) : std::nullopt;
    if (!tls)
        return nullptr;
    auto terminal = std::make_unique<RawTerminal>(*tls);
    if (!terminal->open(server->url()))
        return nullptr;
    return terminal;
}

void TestSupervisorPages::saveAndCheck(const QString &name)
{
    m_console.saveAndCheck(name, [this] { return screen()->grid()->clippedTiles(); });
}

void TestSupervisorPages::theGridShowsOneArea()
{
    QComboBox *areas = screen()->areaChoice();
    QCOMPARE(areas->count(), 11); // all, then the demo hall's ten areas
    QCOMPARE(areas->itemText(0), QStringLiteral("全部区域"));
    QCOMPARE(areas->itemText(2), QStringLiteral("B 公安"));
    areas->setCurrentIndex(2);
    QCOMPARE(screen()->grid()->headings(), QStringList{QStringLiteral("B 公安")});
    QCOMPARE(screen()->grid()->tileCount(), 25); // windows 51–75
    QVERIFY(screen()->grid()->tileLines(1).isEmpty());
    QVERIFY(!screen()->grid()->tileLines(51).isEmpty());
    // The queues beside it: 公安 and its three queues.
    QCOMPARE(screen()->queuesPanel()->table()->model()->rowCount(), 4);
    QCOMPARE(screen()->queuesPanel()->table()->model()->index(0, 0).data().toString(),
             QStringLiteral("公安"));
    saveAndCheck(QStringLiteral("supervisor-area-filter"));

    // Signed-in windows only: nobody in 公安 yet; then all areas, where window 1 is.
    screen()->signedInOnly()->setChecked(true);
    QCOMPARE(screen()->grid()->tileCount(), 0);
    areas->setCurrentIndex(0);
    QCOMPARE(screen()->queuesPanel()->table()->model()->rowCount(),
             station()->queueModel()->rowCount());
    QVERIFY(QTest::qWaitFor([&] { return screen()->grid()->tileCount() == 1; }, Wait));
    QCOMPARE(screen()->grid()->headings(), QStringList{QStringLiteral("A 综合受理")});
    saveAndCheck(QStringLiteral("supervisor-signed-in-only"));
    // A window signing out leaves the view by itself.
    const QJsonObject out = m_counter->change(QStringLiteral("signOut"));
    QVERIFY2(isOk(out), qPrintable(describe(out)));
    QVERIFY(QTest::qWaitFor([&] { return screen()->grid()->tileCount() == 0; }, Wait));
    const QJsonObject in = m_counter->change(QStringLiteral("signIn"));
    QVERIFY2(isOk(in), qPrintable(describe(in)));
    QVERIFY(QTest::qWaitFor([&] { return screen()->grid()->tileCount() == 1; }, Wait));
    screen()->signedInOnly()->setChecked(false);
    QCOMPARE(screen()->grid()->tileCount(), 271);
}

void TestSupervisorPages::aReportOfToday()
{
    // Three tickets: one served, one being served, one waiting.
    for (int i = 0; i < 3; ++i)
        QVERIFY(!issueTicket(*m_console.kiosk(), QStringLiteral("A-CIT")).isEmpty());
    QVERIFY(finishAndCallNext(*m_counter, m_serving));
    QVERIFY(finishAndCallNext(*m_counter, m_serving));

    ReportsPage *reports = station()->reportsPage();
    station()->window()->showPage(reports);
    reports->setRequest({today(), today(), ReportRequest::Grouping::Window});
    QTest::mouseClick(reports->generateButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return reports->table()->hasReport(); }, Wait));
    const QList<QStringList> rows = reports->table()->texts();
    QVERIFY2(rows.size() == 3, qPrintable(QString::number(rows.size())));
    // Window 0 (the one nobody called yet) first, window 1, then the totals.
    QCOMPARE(rows[0][HallReportTable::Key], QStringLiteral("未叫号"));
    QVERIFY2(rows[1][HallReportTable::Key] == QStringLiteral("1号窗口"), qPrintable(rows[1][0]));
    QCOMPARE(rows[1][HallReportTable::Issued], QStringLiteral("2"));
    QCOMPARE(rows[1][HallReportTable::Served], QStringLiteral("1"));
    QCOMPARE(rows[2][HallReportTable::Key], QStringLiteral("合计"));
    QCOMPARE(rows[2][HallReportTable::Issued], QStringLiteral("3"));
    QVERIFY(reports->csvButton()->isEnabled());
    QVERIFY(reports->pdfButton()->isEnabled());
    QVERIFY2(reports->statusText().contains(QStringLiteral("2 行")),
             qPrintable(reports->statusText()));
    saveAndCheck(QStringLiteral("supervisor-report"));
}

void TestSupervisorPages::aBackwardsRangeIsRefusedInWords()
{
    ReportsPage *reports = station()->reportsPage();
    reports->setRequest({today(), today().addDays(-1), ReportRequest::Grouping::Day});
    QTest::mouseClick(reports->generateButton(), Qt::LeftButton);
    QCOMPARE(reports->statusText(), QStringLiteral("报表的结束日期早于开始日期。"));
    // The last report stays, and so do its exports.
    QVERIFY(reports->table()->hasReport());
    QCOMPARE(reports->table()->request().groupBy, ReportRequest::Grouping::Window);
    saveAndCheck(QStringLiteral("supervisor-report-refused"));
}

void TestSupervisorPages::theReportIsExported()
{
    ReportsPage *reports = station()->reportsPage();
    QString suggested;
    reports->setSavePathChooser([&](QWidget *, const QString &name, const QString &) {
        suggested = name;
        return m_console.dir().filePath(QStringLiteral("今日报表")); // no extension typed
    });
    QTest::mouseClick(reports->csvButton(), Qt::LeftButton);
    QVERIFY2(suggested.endsWith(QStringLiteral("_window.csv")), qPrintable(suggested));
    QFile csv(m_console.dir().filePath(QStringLiteral("今日报表.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray csvBytes = csv.readAll();
    QVERIFY(csvBytes.startsWith("\xEF\xBB\xBF"));
    const QString csvText = QString::fromUtf8(csvBytes.mid(3));
    const QStringList lines = csvText.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5); // title, headings, two windows, totals
    QVERIFY2(lines[1].startsWith(QStringLiteral("窗口,取号,办结")), qPrintable(lines[1]));
    QVERIFY2(lines[4].startsWith(QStringLiteral("合计,3,")), qPrintable(lines[4]));
    QVERIFY(reports->statusText().contains(QStringLiteral("今日报表.csv")));

    QTest::mouseClick(reports->pdfButton(), Qt::LeftButton);
    const QString pdf = m_console.dir().filePath(QStringLiteral("今日报表.pdf"));
    QVERIFY2(QFile::exists(pdf), qPrintable(reports->statusText()));
    const ToolRun info = runTool(QStringLiteral("pdfinfo"), {pdf});
    QCOMPARE(info.exitCode, 0);
    QVERIFY(QString::fromUtf8(info.output)
                .contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\b"))));
    const QString text = pdfTextWithoutSpaces(pdf);
    QVERIFY2(text.contains(QStringLiteral("大厅业务统计")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("按窗口")));
    QVERIFY(text.contains(QStringLiteral("未叫号")));
    QVERIFY(text.contains(QStringLiteral("第1页共1页")));
    const QString page = renderPdfPage(pdf);
    QVERIFY(!page.isEmpty());
    QFile::remove(QStringLiteral("supervisor-screens/supervisor-report-pdf.png"));
    QVERIFY(QFile::copy(page, QStringLiteral("supervisor-screens/supervisor-report-pdf.png")));

    // A folder that cannot be written: said so, nothing claimed.
    reports->setSavePathChooser([&](QWidget *, const QString &, const QString &) {
        return m_console.dir().filePath(QStringLiteral("没有这个文件夹/报表.csv"));
    });
    QTest::mouseClick(reports->csvButton(), Qt::LeftButton);
    QVERIFY2(reports->statusText().startsWith(QStringLiteral("报表无法保存为")),
             qPrintable(reports->statusText()));
    // Cancelled: nothing happens.
    const QString before = reports->statusText();
    reports->setSavePathChooser(
        [](QWidget *, const QString &, const QString &) { return QString(); });
    QTest::mouseClick(reports->pdfButton(), Qt::LeftButton);
    QCOMPARE(reports->statusText(), before);
}

void TestSupervisorPages::aBadRatingIsFollowedUp()
{
    FollowUpsPage *page = station()->followUpsPage();
    station()->window()->showPage(page);
    QVERIFY(
        QTest::qWaitFor([&] { return page->statusText() == QStringLiteral("0 条整改"); }, Wait));

    // The ticket being served is finished and rated 不满意 on the window's pad.
    const QJsonObject finished =
        m_counter->change(QStringLiteral("finish"), {{QStringLiteral("ticketId"), m_serving}});
    QVERIFY2(isOk(finished), qPrintable(describe(finished)));
    const QJsonObject rating = resultOf(finished).value(QLatin1String("rating")).toObject();
    QVERIFY2(!rating.isEmpty(), qPrintable(describe(finished)));
    auto padTerminal = pad(1);
    QVERIFY(padTerminal);
    RatingRecord record;
    record.ratingId = rating.value(QLatin1String("id")).toInteger();
    record.window = 1;
    record.ticketId = m_serving;
    record.staffNo = QStringLiteral("HD0012");
    record.level = RatingLevel::Dissatisfied;
    record.reasons = {QStringLiteral("slow")};
    record.comment = QStringLiteral("排队太久");
    record.ratedAtMs = m_console.clock().nowMs();
    record.terminal = QStringLiteral("pad-1");
    QString error;
    const auto signer = RatingSigner::fromKeyFile(
        m_console.server()->terminalFiles(TerminalRole::Pad, 1)->keyFile, &error);
    QVERIFY2(signer, qPrintable(error));
    const QJsonObject rate =
        padTerminal->change(QStringLiteral("rate"),
                            {{QStringLiteral("record"), record.toJson()},
                             {QStringLiteral("signature"),
                              QString::fromLatin1(signer->sign(record.signedBytes()).toBase64())}});
    QVERIFY2(isOk(rate), qPrintable(describe(rate)));
    m_serving = 0;

    // The server's event brings it into the list without asking.
    QVERIFY(QTest::qWaitFor([&] { return page->model()->rowCount() == 1; }, Wait));
    QVERIFY(QTest::qWaitFor(
        [&] { return page->detail()->summaryText().contains(QStringLiteral("排队太久")); }, Wait));
    FollowUpDetail *detail = page->detail();
    QVERIFY2(detail->summaryText().contains(QStringLiteral("办理速度慢")) ||
                 detail->summaryText().contains(QStringLiteral("原因：")),
             qPrintable(detail->summaryText()));
    QCOMPARE(page->model()->index(0, FollowUpTableModel::State).data().toString(),
             QStringLiteral("待回访"));
    QPushButton *callBack = detail->actionButton(QStringLiteral("callBack"));
    QVERIFY(callBack->isVisible());
    QVERIFY(!callBack->isEnabled()); // a note first
    QVERIFY(detail->actionButton(QStringLiteral("complete"))->isHidden());
    saveAndCheck(QStringLiteral("supervisor-followup-new"));

    QPlainTextEdit *note = detail->findChild<QPlainTextEdit *>();
    QVERIFY(note);
    note->setFocus();
    // Typed by an input method: text arrives whole, not as key presses.
    note->insertPlainText(QStringLiteral("已电话回访，致歉"));
    QVERIFY(callBack->isEnabled());
    QTest::mouseClick(callBack, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return page->model()->index(0, FollowUpTableModel::State).data().toString() ==
                   QStringLiteral("已回访");
        },
        Wait));
    QVERIFY(QTest::qWaitFor(
        [&] { return detail->historyText().contains(QStringLiteral("已电话回访，致歉")); }, Wait));
    // The server's event may come before its answer, which is what clears the note.
    QVERIFY(QTest::qWaitFor([&] { return detail->note().isEmpty(); }, Wait));
    QVERIFY(detail->actionButton(QStringLiteral("startRectification"))->isVisible());
    QVERIFY(detail->actionButton(QStringLiteral("callBack"))->isHidden());
    saveAndCheck(QStringLiteral("supervisor-followup-called-back"));

    // Filtered to what is still to be called back: nothing.
    page->stateFilter()->setCurrentIndex(page->stateFilter()->findData(QStringLiteral("new")));
    QVERIFY(QTest::qWaitFor([&] { return page->model()->rowCount() == 0; }, Wait));
    QVERIFY(detail->actionButton(QStringLiteral("callBack"))->isHidden());
}

QTEST_MAIN(TestSupervisorPages)
#include "tst_supervisorpages.moc"
