// The counter's window as a clerk sees it, in Chinese, at the two screen sizes of the hall
// (1366×768 and 1920×1080), in each state of a working day: every label and button must show
// its whole text. The screenshots are saved (HALLDESK_SCREENSHOT_DIR, or the build folder) so a
// person can look at them too.

#include "NetworkFixture.h"
#include "ServerProcess.h"
#include "clock/SystemClock.h"
#include "counter/CounterController.h"
#include "counter/CounterLook.h"
#include "counter/CounterMainWindow.h"
#include "counter/CounterWorkstation.h"
#include "counter/SignInDialog.h"
#include "i18n/TranslationInstaller.h"
#include "pki/TlsSettings.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLibraryInfo>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#ifndef HALLDESK_SERVER_PATH
#error "HALLDESK_SERVER_PATH must name the halldesk-server executable"
#endif

using namespace halldesk;
using namespace halldesk::test;

namespace {

constexpr int Wait = 20000;

QString describe(const QWidget *w)
{
    return QStringLiteral("%1 (%2)").arg(QString::fromLatin1(w->metaObject()->className()),
                                         w->objectName());
}

// Every visible label and button of `top` whose text does not fit its space.
QStringList clippedTexts(const QWidget *top)
{
    QStringList problems;
    for (const QWidget *w : top->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(top) || w->width() <= 0)
            continue;
        if (const auto *label = qobject_cast<const QLabel *>(w)) {
            if (label->text().isEmpty() || label->textFormat() == Qt::RichText)
                continue;
            const QRect space = label->contentsRect();
            const QFontMetrics fm(label->font());
            if (label->wordWrap()) {
                if (label->heightForWidth(label->width()) > label->height() + 1)
                    problems << describe(w) + QStringLiteral(" wraps beyond its height: ") +
                                    label->text();
                continue;
            }
            QString shown = label->text();
            if (label->buddy()) // the mnemonic's & is not drawn
                shown.remove(QRegularExpression(QStringLiteral("&(?!&)")));
            const QStringList lines = shown.split(QLatin1Char('\n'));
            for (const QString &line : lines)
                if (fm.horizontalAdvance(line) > space.width() + 1)
                    problems << describe(w) + QStringLiteral(" is too narrow for: ") + line;
            if (fm.lineSpacing() * lines.size() > space.height() + fm.leading() + 2)
                problems << describe(w) + QStringLiteral(" is too low for: ") + label->text();
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(w)) {
            const QFontMetrics fm(button->font());
            const QStringList lines =
                button->text().remove(QLatin1Char('&')).split(QLatin1Char('\n'));
            for (const QString &line : lines)
                if (fm.horizontalAdvance(line) > button->width() - 6)
                    problems << describe(w) + QStringLiteral(" is too narrow for: ") + line;
            if (fm.lineSpacing() * lines.size() > button->height())
                problems << describe(w) + QStringLiteral(" is too low for: ") + button->text();
        }
    }
    return problems;
}

} // namespace

class TestCounterScreens : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void screens_data();
    void screens();

private:
    void look(const QString &state, const QSize &size);
    bool reach(const QString &state);

    QTemporaryDir m_dir;
    QString m_shots;
    TranslationInstaller m_translations;
    QTranslator m_qtTranslator;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<RawTerminal> m_kiosk;
    SystemClock m_clock;
    std::unique_ptr<CounterWorkstation> m_counter;
    QString m_state;
};

void TestCounterScreens::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_shots = qEnvironmentVariable("HALLDESK_SCREENSHOT_DIR",
                                   QDir::currentPath() + QStringLiteral("/counter-screens"));
    QVERIFY(QDir().mkpath(m_shots));
    // What users see by default: Chinese, with the program's own fonts and style.
    QVERIFY(m_translations.install(
                {QStringLiteral("halldesk_core"), QStringLiteral("halldesk_counter")},
                QLocale(QStringLiteral("zh_CN"))) == 2);
    if (m_qtTranslator.load(QLocale(QStringLiteral("zh_CN")), QStringLiteral("qtbase"),
                            QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
    applyCounterLook(*qApp);

    m_server = std::make_unique<ServerProcess>(QStringLiteral(HALLDESK_SERVER_PATH), m_dir.path());
    QVERIFY(m_server->start());
    m_kiosk = m_server->kiosk();
    QVERIFY(m_kiosk);
    QString error;

    const CounterSettings settings = m_server->counterSettings(1, m_dir.path());
    m_counter = std::make_unique<CounterWorkstation>(
        settings, m_dir.filePath(QStringLiteral("counter.db")), m_clock);
    QVERIFY2(m_counter->start(&error), qPrintable(error));
    m_counter->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_counter->window()));
}

void TestCounterScreens::cleanupTestCase()
{
    m_counter.reset();
    m_kiosk.reset();
    if (m_server)
        m_server->stop();
}

void TestCounterScreens::screens_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QSize>("size");
    for (const char *state : {"signin", "serving", "cases", "paused", "offline"}) {
        QTest::addRow("%s-1366x768", state) << QString::fromLatin1(state) << QSize(1366, 768);
        QTest::addRow("%s-1920x1080", state) << QString::fromLatin1(state) << QSize(1920, 1080);
    }
}

bool TestCounterScreens::reach(const QString &state)
{
    if (state == m_state)
        return true;
    CounterController &c = *m_counter->controller();
    const CounterModel &model = c.model();
    if (state == QLatin1String("signin")) {
        if (!QTest::qWaitFor([&] { return c.isOnline() && m_counter->window()->signInDialog(); },
                             Wait))
            return false;
    } else if (state == QLatin1String("serving")) {
        c.login(QStringLiteral("HD0012"), QStringLiteral("halldesk"));
        if (!QTest::qWaitFor([&] { return m_counter->isUsable(); }, Wait))
            return false;
        for (int i = 0; i < 9; ++i) {
            QJsonObject args{{"queue", i % 3 == 0 ? "A-ENT" : "A-CIT"}};
            if (i == 4) {
                // At a kiosk a priority group needs the help desk: demo card of HD0002.
                args.insert(QStringLiteral("priority"), QStringLiteral("elderly"));
                args.insert(QStringLiteral("helpDesk"),
                            QJsonObject{{QStringLiteral("card"), QStringLiteral("88000002")}});
            }
            if (!m_kiosk->change(QStringLiteral("issueTicket"), args)
                     .value(QLatin1String("ok"))
                     .toBool())
                return false;
        }
        // One held, one missed, one transferred here with a note, one being served.
        const auto callAnd = [&](void (CounterController::*action)()) {
            c.callNext();
            if (!QTest::qWaitFor([&] { return model.current().has_value(); }, Wait))
                return false;
            (c.*action)();
            return QTest::qWaitFor([&] { return !model.current() && c.pendingChanges() == 0; },
                                   Wait);
        };
        if (!callAnd(&CounterController::hold) || !callAnd(&CounterController::noShow))
            return false;
        c.callNext();
        if (!QTest::qWaitFor([&] { return model.current().has_value(); }, Wait))
            return false;
        QTest::qWait(1500);
    } else if (state == QLatin1String("cases")) {
        // The window's cases (none yet today) in place of the waiting line.
        QTest::keyClick(m_counter->window(), Qt::Key_2, Qt::AltModifier);
        if (!m_counter->window()->isCasePanelShown())
            return false;
        QTest::qWait(500);
    } else if (state == QLatin1String("paused")) {
        QTest::keyClick(m_counter->window(), Qt::Key_1, Qt::AltModifier);
        c.finish();
        if (!QTest::qWaitFor([&] { return !model.current() && c.pendingChanges() == 0; }, Wait))
            return false;
        c.pause(QStringLiteral("午休"));
        if (!QTest::qWaitFor(
                [&] {
                    return model.window().state == WindowState::Paused && c.pendingChanges() == 0;
                },
                Wait))
            return false;
    } else if (state == QLatin1String("offline")) {
        c.resumeWindow();
        if (!QTest::qWaitFor(
                [&] {
                    return model.window().state == WindowState::Open && c.pendingChanges() == 0;
                },
                Wait))
            return false;
        c.callNext();
        if (!QTest::qWaitFor([&] { return model.current().has_value(); }, Wait))
            return false;
        m_server->kill();
        if (!QTest::qWaitFor([&] { return !c.isOnline(); }, Wait))
            return false;
        c.finish(); // kept in the outbox: the indicator counts it
    }
    m_state = state;
    return true;
}

void TestCounterScreens::screens()
{
    QFETCH(QString, state);
    QFETCH(QSize, size);
    QVERIFY2(reach(state), qPrintable(QStringLiteral("could not reach ") + state));
    CounterMainWindow *window = m_counter->window();
    window->resize(size);
    QTest::qWait(200); // layouts, and the one-second tick
    const QString name = QStringLiteral("%1/counter-%2-%3x%4.png")
                             .arg(m_shots, state)
                             .arg(size.width())
                             .arg(size.height());
    QImage shot = window->grab().toImage();
    QStringList problems = clippedTexts(window);
    if (SignInDialog *dialog = window->signInDialog(); dialog && dialog->isVisible()) {
        // The dialog is a window of its own: paint it where it sits over the main window.
        QPainter painter(&shot);
        const QPoint at = dialog->geometry().topLeft() - window->geometry().topLeft();
        painter.drawPixmap(at, dialog->grab());
        problems << clippedTexts(dialog);
    }
    QVERIFY(shot.save(name));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestCounterScreens)
#include "tst_counterscreens.moc"
