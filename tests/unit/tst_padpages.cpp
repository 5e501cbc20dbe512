// The evaluator pad's pages as views over plain data, offscreen, in Chinese: every level and
// reason reached by mouse and by touch, 提交 only with a reason, the comment's limit, targets a
// finger can hit and no text cut off at 1280×800 and 800×480 (PNGs of each in pad-screens/).

#include "PadPageChecks.h"
#include "i18n/TranslationInstaller.h"
#include "pad/LevelButton.h"
#include "pad/PadIdlePage.h"
#include "pad/PadLook.h"
#include "pad/PadRatingPage.h"
#include "pad/PadReasonsPage.h"
#include "pad/PadStatusBar.h"
#include "pad/PadThanksPage.h"
#include "pad/ReasonButton.h"
#include "pad/StaffPhoto.h"
#include "rating/RatingRecord.h"

#include <QApplication>
#include <QBuffer>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QVBoxLayout>
#include <QtTest>

using namespace halldesk;
using namespace halldesk::test;

Q_DECLARE_METATYPE(halldesk::RatingLevel)

namespace {

RatingRequest request(int items)
{
    static const QStringList names = {QStringLiteral("居民身份证换领"),
                                      QStringLiteral("户口迁移（市内）"),
                                      QStringLiteral("城乡居民基本医疗保险参保登记"),
                                      QStringLiteral("个体工商户设立登记"),
                                      QStringLiteral("不动产登记资料查询"),
                                      QStringLiteral("社会保障卡补领")};
    RatingRequest r;
    r.id = 41;
    r.window = 15;
    r.ticketId = 7;
    r.ticketNumber = QStringLiteral("A023");
    r.staffNo = QStringLiteral("HD0026");
    r.staffName = QStringLiteral("王芳");
    for (int i = 0; i < items; ++i)
        r.items << RatedItem{QStringLiteral("11420200MB1234%1").arg(i), names.value(i % 6)};
    r.reasonChoices = RatingReasons::defaults();
    r.timeoutMs = 120000;
    r.state = QStringLiteral("pending");
    return r;
}

PadWindowInfo window15(bool staffed, const QString &ticket = {})
{
    PadWindowInfo info;
    info.number = 15;
    info.name = QStringLiteral("15号窗口");
    info.state = staffed ? QStringLiteral("open") : QStringLiteral("signed_out");
    if (staffed) {
        info.staffNo = QStringLiteral("HD0026");
        info.staffName = QStringLiteral("王芳");
        info.currentTicket = ticket;
    }
    return info;
}

// A page under the status line, as PadScreen shows it.
struct Framed
{
    explicit Framed(QWidget *page, const QSize &size)
    {
        top.setObjectName(QStringLiteral("padScreen"));
        top.setAttribute(Qt::WA_StyledBackground);
        auto *layout = new QVBoxLayout(&top);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        status = new PadStatusBar(&top);
        layout->addWidget(status);
        layout->addWidget(page, 1);
        top.resize(size);
        top.show();
    }
    bool settle() { return QTest::qWaitForWindowExposed(&top); }

    QWidget top;
    PadStatusBar *status;
};

} // namespace

class TestPadPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void everyLevelByMouse();
    void everyLevelByTouch();
    void manyItemsAreSummedUp();

    void submitNeedsAReason();
    void reasonsByTouch();
    void aLongChecklistScrolls();
    void commentIsLimited();
    void backAsksForTheLevels();
    void displayStartsAfresh();

    void idleWithAClerk();
    void idleSignedOut();
    void commitmentIsConfigurable();
    void surnamePlaceholder_data();
    void surnamePlaceholder();
    void thanksFollowTheLevel();

    void screens_data();
    void screens();

private:
    TranslationInstaller m_translations;
    QPointingDevice *m_touch = nullptr;
};

void TestPadPages::initTestCase()
{
    QVERIFY(
        m_translations.install({QStringLiteral("halldesk_core"), QStringLiteral("halldesk_pad")},
                               QLocale(QStringLiteral("zh_CN"))) == 2);
    PadLook::apply(*qApp);
    m_touch = QTest::createTouchDevice();
}

void TestPadPages::everyLevelByMouse()
{
    auto *page = new PadRatingPage;
    page->display(request(3));
    Framed screen(page, {1280, 800});
    QVERIFY(screen.settle());
    QSignalSpy chosen(page, &PadRatingPage::levelChosen);
    QCOMPARE(page->levelButtons().size(), 5);
    for (const RatingLevel level : RatingLevels::all()) {
        LevelButton *button = page->button(level);
        QVERIFY(button);
        QCOMPARE(button->text(), RatingLevels::displayName(level));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.takeFirst().at(0).value<RatingLevel>(), level);
    }
    QCOMPARE(page->button(RatingLevel::VerySatisfied)->text(), QStringLiteral("非常满意"));
    QCOMPARE(page->button(RatingLevel::VeryDissatisfied)->text(), QStringLiteral("非常不满意"));
}

void TestPadPages::everyLevelByTouch()
{
    auto *page = new PadRatingPage;
    page->display(request(1));
    Framed screen(page, {800, 480});
    QVERIFY(screen.settle());
    QSignalSpy chosen(page, &PadRatingPage::levelChosen);
    for (const RatingLevel level : RatingLevels::all()) {
        touchTap(m_touch, page->button(level));
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.takeFirst().at(0).value<RatingLevel>(), level);
    }
}

void TestPadPages::manyItemsAreSummedUp()
{
    PadRatingPage page;
    page.display(request(6));
    const QStringList lines = page.itemsText().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), PadRatingPage::ShownItems + 1);
    QCOMPARE(lines.first(), QStringLiteral("· 居民身份证换领"));
    QCOMPARE(lines.last(), QStringLiteral("等另外3项"));
    RatingRequest unnamed = request(0);
    unnamed.items << RatedItem{QStringLiteral("X-1"), {}};
    page.display(unnamed);
    QCOMPARE(page.itemsText(), QStringLiteral("· X-1"));
    page.setSecondsLeft(95);
    QCOMPARE(page.countdownText(), QStringLiteral("还剩95秒"));
}

void TestPadPages::submitNeedsAReason()
{
    auto *page = new PadReasonsPage;
    page->display(request(2), RatingLevel::Dissatisfied);
    Framed screen(page, {1280, 800});
    QVERIFY(screen.settle());
    QSignalSpy submitted(page, &PadReasonsPage::submitted);
    QCOMPARE(page->reasonButtons().size(), RatingReasons::defaults().size());
    QVERIFY(!page->submitButton()->isEnabled());
    QTest::mouseClick(page->submitButton(), Qt::LeftButton);
    QCOMPARE(submitted.size(), 0);

    // Ticked out of order, submitted in the checklist's order.
    QTest::mouseClick(page->reasonButtons().at(4), Qt::LeftButton);
    QVERIFY(page->submitButton()->isEnabled());
    QTest::mouseClick(page->reasonButtons().at(0), Qt::LeftButton);
    QTest::mouseClick(page->reasonButtons().at(4), Qt::LeftButton); // untick
    QTest::mouseClick(page->reasonButtons().at(1), Qt::LeftButton);
    QCOMPARE(page->checkedCodes(),
             (QStringList{QStringLiteral("attitude"), QStringLiteral("slow")}));
    typeChinese(page->commentEdit(), QStringLiteral("  等了很久  "));
    QTest::mouseClick(page->submitButton(), Qt::LeftButton);
    QCOMPARE(submitted.size(), 1);
    QCOMPARE(submitted.at(0).at(0).toStringList(),
             (QStringList{QStringLiteral("attitude"), QStringLiteral("slow")}));
    QCOMPARE(submitted.at(0).at(1).toString(), QStringLiteral("等了很久"));

    // Every reason can be ticked; unticking them all disables 提交 again.
    for (ReasonButton *b : page->reasonButtons())
        if (!b->isChecked())
            QTest::mouseClick(b, Qt::LeftButton);
    QCOMPARE(page->checkedCodes().size(), page->reasonButtons().size());
    for (ReasonButton *b : page->reasonButtons())
        QTest::mouseClick(b, Qt::LeftButton);
    QVERIFY(page->checkedCodes().isEmpty());
    QVERIFY(!page->submitButton()->isEnabled());
}

void TestPadPages::reasonsByTouch()
{
    auto *page = new PadReasonsPage;
    page->display(request(1), RatingLevel::VeryDissatisfied);
    Framed screen(page, {800, 480});
    QVERIFY(screen.settle());
    QSignalSpy submitted(page, &PadReasonsPage::submitted);
    QSignalSpy back(page, &PadReasonsPage::backRequested);
    touchTap(m_touch, page->submitButton());
    QCOMPARE(submitted.size(), 0);
    touchTap(m_touch, page->reasonButtons().last());
    QVERIFY(page->reasonButtons().last()->isChecked());
    touchTap(m_touch, page->submitButton());
    QCOMPARE(submitted.size(), 1);
    QCOMPARE(submitted.at(0).at(0).toStringList(), QStringList{QStringLiteral("other")});
    touchTap(m_touch, page->backButton());
    QCOMPARE(back.size(), 1);
}

// A hall's checklist longer than an 800×480 pad shows: the reasons scroll, nothing is cut off,
// and the last reason and the comment can still be reached and used.
void TestPadPages::aLongChecklistScrolls()
{
    RatingRequest asked = request(1);
    asked.reasonChoices.clear();
    for (int i = 1; i <= 14; ++i)
        asked.reasonChoices.append(
            {QStringLiteral("r%1").arg(i), QStringLiteral("第%1条原因").arg(i)});
    auto *page = new PadReasonsPage;
    page->display(asked, RatingLevel::Dissatisfied);
    Framed screen(page, {800, 480});
    QVERIFY(screen.settle());
    QCOMPARE(page->reasonButtons().size(), 14);
    // The page keeps to the screen; the list is taller than its view.
    QVERIFY(page->geometry().bottom() < 480);
    QScrollArea *area = page->reasonArea();
    QVERIFY(area->widget()->height() > area->viewport()->height());
    ReasonButton *last = page->reasonButtons().last();
    const auto shown = [area](const QWidget *w) {
        const QRect inView(w->mapTo(area->viewport(), QPoint()), w->size());
        return area->viewport()->rect().contains(inView);
    };
    QVERIFY(!shown(last));
    area->ensureWidgetVisible(last);
    QVERIFY(shown(last));
    touchTap(m_touch, last);
    QVERIFY(last->isChecked());
    area->ensureWidgetVisible(page->commentEdit());
    QVERIFY(shown(page->commentEdit()));
    QSignalSpy submitted(page, &PadReasonsPage::submitted);
    touchTap(m_touch, page->submitButton());
    QCOMPARE(submitted.size(), 1);
    QCOMPARE(submitted.at(0).at(0).toStringList(), QStringList{QStringLiteral("r14")});
}

void TestPadPages::commentIsLimited()
{
    PadReasonsPage page;
    page.display(request(1), RatingLevel::Dissatisfied);
    QCOMPARE(page.commentEdit()->maxLength(), RatingRecord::MaxComment);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    typeChinese(page.commentEdit(), QString(250, QChar(u'慢')));
    QCOMPARE(page.commentEdit()->text().size(), RatingRecord::MaxComment);
    QSignalSpy submitted(&page, &PadReasonsPage::submitted);
    QTest::mouseClick(page.reasonButtons().first(), Qt::LeftButton);
    QTest::mouseClick(page.submitButton(), Qt::LeftButton);
    QCOMPARE(submitted.size(), 1);
    QCOMPARE(submitted.at(0).at(1).toString().size(), RatingRecord::MaxComment);
}

void TestPadPages::backAsksForTheLevels()
{
    PadReasonsPage page;
    page.display(request(1), RatingLevel::Dissatisfied);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy back(&page, &PadReasonsPage::backRequested);
    QSignalSpy submitted(&page, &PadReasonsPage::submitted);
    QTest::mouseClick(page.backButton(), Qt::LeftButton);
    QCOMPARE(back.size(), 1);
    QCOMPARE(submitted.size(), 0);
    QCOMPARE(page.backButton()->text(), QStringLiteral("返回"));
    QCOMPARE(page.submitButton()->text(), QStringLiteral("提交"));
}

void TestPadPages::displayStartsAfresh()
{
    PadReasonsPage page;
    RatingRequest r = request(1);
    r.reasonChoices = {{QStringLiteral("queue"), QStringLiteral("排队太久")},
                       {QStringLiteral("rude"), QStringLiteral("态度生硬")}};
    page.display(r, RatingLevel::Dissatisfied);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.reasonButtons().size(), 2);
    QCOMPARE(page.reasonButtons().at(0)->text(), QStringLiteral("排队太久"));
    QTest::mouseClick(page.reasonButtons().at(1), Qt::LeftButton);
    QTest::keyClicks(page.commentEdit(), QStringLiteral("abc"));
    page.display(request(1), RatingLevel::VeryDissatisfied);
    QCOMPARE(page.reasonButtons().size(), RatingReasons::defaults().size());
    QVERIFY(page.checkedCodes().isEmpty());
    QVERIFY(page.commentEdit()->text().isEmpty());
    QVERIFY(!page.submitButton()->isEnabled());
}

void TestPadPages::idleWithAClerk()
{
    PadIdlePage page;
    page.display(window15(true, QStringLiteral("A023")));
    QCOMPARE(page.windowText(), QStringLiteral("15号窗口"));
    QCOMPARE(page.clerkText(), QStringLiteral("王芳 工号：HD0026"));
    QCOMPARE(page.ticketText(), QStringLiteral("正在为A023号办理"));
    QVERIFY(page.photo()->isVisibleTo(&page));
    QVERIFY(!page.photo()->hasPhoto());
    QCOMPARE(page.photo()->placeholderText(), QStringLiteral("王"));
    page.display(window15(true));
    QCOMPARE(page.ticketText(), QStringLiteral("欢迎您！请留意叫号。"));
    PadWindowInfo paused = window15(true);
    paused.state = QStringLiteral("paused");
    page.display(paused);
    QCOMPARE(page.ticketText(), QStringLiteral("暂停服务，请稍候"));
    PadWindowInfo withPhoto = window15(true);
    QImage photo(300, 400, QImage::Format_RGB32);
    photo.fill(Qt::darkCyan);
    QBuffer png(&withPhoto.staffPhoto);
    QVERIFY(png.open(QIODevice::WriteOnly) && photo.save(&png, "PNG"));
    page.display(withPhoto);
    QVERIFY(page.photo()->hasPhoto());
    withPhoto.staffPhoto = "not an image";
    page.display(withPhoto);
    QVERIFY(!page.photo()->hasPhoto());
}

void TestPadPages::idleSignedOut()
{
    PadIdlePage page;
    PadWindowInfo info = window15(false);
    info.name.clear(); // the server gave no name: the number says it
    page.display(info);
    QCOMPARE(page.windowText(), QStringLiteral("15号窗口"));
    QCOMPARE(page.clerkText(), QStringLiteral("本窗口暂无工作人员"));
    QVERIFY(!page.photo()->isVisibleTo(&page));
    QCOMPARE(page.ticketText(), QStringLiteral("请到其他窗口办理，谢谢！"));
}

void TestPadPages::commitmentIsConfigurable()
{
    PadIdlePage page;
    QCOMPARE(page.commitmentText(), QStringLiteral("首问负责 · 一次性告知 · 限时办结 · 文明服务"));
    page.setCommitment(QStringLiteral("  马上办、网上办、就近办、一次办  "));
    QCOMPARE(page.commitmentText(), QStringLiteral("马上办、网上办、就近办、一次办"));
    page.setCommitment({});
    QCOMPARE(page.commitmentText(), PadIdlePage::defaultCommitment());
}

void TestPadPages::surnamePlaceholder_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("surname");
    QTest::newRow("one character") << QStringLiteral("王芳") << QStringLiteral("王");
    QTest::newRow("compound") << QStringLiteral("欧阳修文") << QStringLiteral("欧阳");
    QTest::newRow("two-character name with a compound-looking start")
        << QStringLiteral("司马") << QStringLiteral("司");
    QTest::newRow("latin") << QStringLiteral("anna li") << QStringLiteral("AL");
    QTest::newRow("empty") << QString() << QString();
}

void TestPadPages::surnamePlaceholder()
{
    QFETCH(QString, name);
    QFETCH(QString, surname);
    QCOMPARE(StaffPhoto::surname(name), surname);
}

void TestPadPages::thanksFollowTheLevel()
{
    PadThanksPage page;
    page.display(RatingLevel::Satisfied);
    QCOMPARE(page.thanksText(), QStringLiteral("感谢您的评价！"));
    QCOMPARE(page.followText(), QStringLiteral("欢迎您再次光临。"));
    page.display(RatingLevel::VeryDissatisfied);
    QCOMPARE(page.followText(), QStringLiteral("您的意见已记录，我们会认真改进。"));
}

void TestPadPages::screens_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QSize>("size");
    for (const QSize size : {QSize(1280, 800), QSize(800, 480)})
        for (const char *state : {"idle-clerk", "idle-signed-out", "idle-offline", "rating-3-items",
                                  "reasons", "reasons-ticked", "thanks", "thanks-bad"})
            QTest::addRow("%s-%dx%d", state, size.width(), size.height())
                << QString::fromLatin1(state) << size;
}

void TestPadPages::screens()
{
    QFETCH(QString, state);
    QFETCH(QSize, size);
    QWidget *page = nullptr;
    PadWindowInfo info =
        window15(state != QLatin1String("idle-signed-out"),
                 state.startsWith(QLatin1String("idle")) ? QStringLiteral("A023") : QString());
    if (state.startsWith(QLatin1String("idle"))) {
        auto *idle = new PadIdlePage;
        idle->display(info);
        page = idle;
    } else if (state.startsWith(QLatin1String("rating"))) {
        auto *rating = new PadRatingPage;
        rating->display(request(3));
        rating->setSecondsLeft(118);
        page = rating;
    } else if (state.startsWith(QLatin1String("reasons"))) {
        auto *reasons = new PadReasonsPage;
        reasons->display(request(3), RatingLevel::VeryDissatisfied);
        reasons->setSecondsLeft(87);
        if (state.endsWith(QLatin1String("ticked"))) {
            reasons->reasonButtons().at(2)->setChecked(true);
            reasons->reasonButtons().at(4)->setChecked(true);
        }
        page = reasons;
    } else {
        auto *thanks = new PadThanksPage;
        thanks->display(state.endsWith(QLatin1String("bad")) ? RatingLevel::Dissatisfied
                                                             : RatingLevel::VerySatisfied);
        page = thanks;
    }
    Framed screen(page, size);
    screen.status->display(info);
    screen.status->setOnline(state != QLatin1String("idle-offline"));
    QVERIFY(screen.settle());
    const QString shot = savePadShot(
        &screen.top, QStringLiteral("%1-%2x%3").arg(state).arg(size.width()).arg(size.height()));
    QCOMPARE(screen.top.size(), size); // nothing needs more room than the screen has
    QCOMPARE(screen.status->isOfflineShown(), state == QLatin1String("idle-offline"));
    const QStringList clipped = padClippedTexts(&screen.top);
    QVERIFY2(clipped.isEmpty(),
             qPrintable(clipped.join(QLatin1Char('\n')) + QStringLiteral("\n") + shot));
    const QStringList small = padSmallTargets(page, PadLook::MinTargetPx);
    QVERIFY2(small.isEmpty(), qPrintable(small.join(QLatin1Char('\n'))));
    // Body text ≥ 24 px on the pages (the status line's 22 px is the one exception).
    const QStringList fonts = padSmallFonts(page, 24);
    QVERIFY2(fonts.isEmpty(), qPrintable(fonts.join(QLatin1Char('\n'))));
    if (auto *rating = qobject_cast<PadRatingPage *>(page)) {
        for (const LevelButton *b : rating->levelButtons()) {
            QVERIFY2(b->height() >= PadLook::MinTargetPx, qPrintable(b->text()));
            QVERIFY(QFontInfo(b->font()).pixelSize() >= 32);
            QVERIFY(b->width() >= 2 * b->height());
        }
        if (size.height() >= 800)
            QVERIFY(rating->levelButtons().first()->height() >= 100);
    }
    if (auto *reasons = qobject_cast<PadReasonsPage *>(page))
        QCOMPARE(reasons->columns(), size.width() >= 1280 ? 3 : 2);
}

QTEST_MAIN(TestPadPages)
#include "tst_padpages.moc"
