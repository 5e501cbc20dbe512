#include "counter/CounterMainWindow.h"

#include "counter/ActionPanel.h"
#include "counter/ConnectionIndicator.h"
#include "counter/CounterActions.h"
#include "counter/CounterSettings.h"
#include "counter/CounterSettingsDialog.h"
#include "counter/CurrentTicketPanel.h"
#include "counter/PauseDialog.h"
#include "counter/SideTicketsPanel.h"
#include "counter/SignInDialog.h"
#include "counter/TransferDialog.h"
#include "counter/WaitingListPanel.h"
#include "counter/WindowHeader.h"

#include <QAction>
#include <QApplication>
#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace halldesk {

CounterMainWindow::CounterMainWindow(CounterController &controller, CounterSettings &settings,
                                     QWidget *parent)
    : QMainWindow(parent)
    , m_controller(controller)
    , m_settings(settings)
    , m_actions(new CounterActions(controller, this))
{
    setObjectName(QStringLiteral("counterMainWindow"));
    setWindowTitle(tr("HallDesk counter — window %1").arg(controller.windowNumber()));
    // Below this the panels get too cramped for the Chinese labels and the large number.
    setMinimumSize(1024, 640);

    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    m_header = new WindowHeader(controller, central);
    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("noticeBanner"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    m_current = new CurrentTicketPanel(controller.model(), central);
    m_buttons = new ActionPanel(*m_actions, central);
    m_waiting = new WaitingListPanel(controller.model(), central);
    m_side = new SideTicketsPanel(controller.model(), *m_actions, central);

    auto *left = new QWidget(central);
    m_left = new QVBoxLayout(left);
    m_left->setContentsMargins(0, 0, 0, 0);
    m_left->addWidget(m_current, 3);
    m_left->addWidget(m_buttons, 2);

    auto *right = new QSplitter(Qt::Vertical, central);
    m_right = right;
    right->addWidget(m_waiting);
    right->addWidget(m_side);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    right->setChildrenCollapsible(false);

    auto *body = new QSplitter(Qt::Horizontal, central);
    body->addWidget(left);
    body->addWidget(right);
    body->setStretchFactor(0, 5);
    body->setStretchFactor(1, 6);
    body->setChildrenCollapsible(false);

    outer->addWidget(m_header);
    outer->addWidget(m_banner);
    outer->addWidget(body, 1);
    setCentralWidget(central);

    m_voice = new QLabel(this);
    m_voice->setObjectName(QStringLiteral("voiceStatus"));
    statusBar()->addPermanentWidget(m_voice);
    statusBar()->addPermanentWidget(new ConnectionIndicator(controller, this));
    buildMenus();

    const auto connectAction = [this](CounterAction which, auto slot) {
        connect(m_actions->action(which), &QAction::triggered, this, slot);
    };
    connectAction(CounterAction::CallNext, [this] { m_controller.callNext(); });
    connectAction(CounterAction::Recall, [this] { m_controller.recall(); });
    connectAction(CounterAction::NoShow, [this] { m_controller.noShow(); });
    connectAction(CounterAction::Hold, [this] { m_controller.hold(); });
    connectAction(CounterAction::ResumeHeld, [this] { resumeHeld(); });
    connectAction(CounterAction::Transfer, [this] { transfer(); });
    connectAction(CounterAction::Finish, [this] { m_controller.finish(); });
    connectAction(CounterAction::Pause, [this] { pauseOrResume(); });
    connectAction(CounterAction::ReturnNoShow, [this] { returnNoShow(); });
    connectAction(CounterAction::CallTicket, [this] { callTicket(); });
    connectAction(CounterAction::RequestRating, [this] { m_controller.requestRating(); });
    connectAction(CounterAction::SignOut, [this] { m_controller.signOutAndLogout(); });
    connect(m_waiting, &WaitingListPanel::callTicketRequested, this,
            [this](const QString &number) { callTicket(number); });
    connect(m_side, &SideTicketsPanel::resumeHeldRequested, this,
            [this](qint64 id) { m_controller.resumeHeld(id); });
    connect(m_side, &SideTicketsPanel::returnNoShowRequested, this,
            [this](qint64 id) { m_controller.returnNoShow(id); });

    connect(&controller, &CounterController::sessionNeeded, this, &CounterMainWindow::showSignIn);
    connect(&controller, &CounterController::loginFinished, this,
            &CounterMainWindow::onLoginFinished);
    connect(&controller, &CounterController::notice, this, &CounterMainWindow::showNotice);
    connect(&controller, &CounterController::connectionStateChanged, this, [this] {
        showConnectionBanner();
        if (m_signIn)
            m_signIn->setConnectionText(m_controller.isOnline()
                                            ? tr("Connected to the hall server.")
                                            : tr("Not connected to the hall server yet."));
    });

    m_bannerTimer.setSingleShot(true);
    connect(&m_bannerTimer, &QTimer::timeout, m_banner, &QLabel::hide);
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &CounterMainWindow::tick);
    m_clock.start();
}

CounterMainWindow::~CounterMainWindow() = default;

void CounterMainWindow::buildMenus()
{
    QMenu *work = menuBar()->addMenu(tr("&Counter"));
    m_workMenu = work;
    for (CounterAction which : m_actions->buttonOrder())
        work->addAction(m_actions->action(which));
    work->addSeparator();
    work->addAction(m_actions->action(CounterAction::ReturnNoShow));
    work->addAction(m_actions->action(CounterAction::CallTicket));
    work->addAction(m_actions->action(CounterAction::RequestRating));
    work->addSeparator();
    // After a cancelled sign-in dialog, the way back to it.
    m_signInAction = work->addAction(tr("Sign &in…"));
    m_signInAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_signInAction, &QAction::triggered, this, [this] { showSignIn({}); });
    connect(&m_controller, &CounterController::sessionChanged, this,
            [this] { m_signInAction->setEnabled(!m_controller.hasSession()); });
    m_signInAction->setEnabled(!m_controller.hasSession());
    work->addAction(m_actions->action(CounterAction::SignOut));

    QMenu *system = menuBar()->addMenu(tr("&System"));
    QAction *settings = system->addAction(tr("&Settings…"));
    connect(settings, &QAction::triggered, this, &CounterMainWindow::openSettings);
    system->addSeparator();
    QAction *quit = system->addAction(tr("&Quit"));
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"));
    connect(keys, &QAction::triggered, this, &CounterMainWindow::showShortcuts);
}

void CounterMainWindow::addIntakeAction(QAction *intake)
{
    auto *button = new QToolButton(this);
    button->setObjectName(QStringLiteral("intakeButton"));
    button->setDefaultAction(intake);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    button->setMinimumHeight(button->fontMetrics().height() * 3 + 12);
    button->setProperty("primary", true);
    // Between the ticket and the buttons: what the clerk does while serving.
    m_left->insertWidget(1, button);
    m_workMenu->insertAction(m_actions->action(CounterAction::ReturnNoShow), intake);
    m_workMenu->insertSeparator(m_actions->action(CounterAction::ReturnNoShow));
}

void CounterMainWindow::addStatusWidget(QWidget *widget)
{
    // Permanent widgets sit on the right; index 0 is left of the voice and the connection.
    statusBar()->insertPermanentWidget(0, widget);
}

void CounterMainWindow::addCasePanel(QWidget *panel)
{
    m_lists = new QTabWidget(this);
    m_lists->setObjectName(QStringLiteral("lists"));
    m_lists->setDocumentMode(true);
    m_right->replaceWidget(0, m_lists);
    m_lists->addTab(m_waiting, tr("Waiting line (Alt+1)"));
    m_lists->addTab(panel, tr("Cases (Alt+2)"));
    connect(m_lists, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1)
            emit casePanelShown();
    });
    const auto show = [this](const QString &text, const QKeySequence &key, int index) {
        QAction *action = m_workMenu->addAction(text);
        action->setShortcut(key);
        addAction(action);
        connect(action, &QAction::triggered, this, [this, index] {
            m_lists->setCurrentIndex(index);
            m_lists->currentWidget()->setFocus(Qt::ShortcutFocusReason);
        });
    };
    m_workMenu->addSeparator();
    show(tr("Show the waiting line"), QKeySequence(Qt::ALT | Qt::Key_1), 0);
    show(tr("Show the window's cases"), QKeySequence(Qt::ALT | Qt::Key_2), 1);
}

bool CounterMainWindow::isCasePanelShown() const
{
    return m_lists && m_lists->currentIndex() == 1;
}

void CounterMainWindow::tick()
{
    m_current->tick();
    m_waiting->tick();
    m_side->tick();
}

void CounterMainWindow::showNotice(const QString &message, CounterController::NoticeLevel level)
{
    if (level == CounterController::NoticeLevel::Info) {
        statusBar()->showMessage(message, 8000);
        return;
    }
    m_banner->setText(message);
    m_banner->setProperty("tone", level == CounterController::NoticeLevel::Error
                                      ? QStringLiteral("error")
                                      : QStringLiteral("warning"));
    m_banner->style()->unpolish(m_banner);
    m_banner->style()->polish(m_banner);
    m_banner->show();
    m_bannerTimer.start(15000);
}

void CounterMainWindow::showConnectionBanner()
{
    // Offline is not a moment's notice: it stays on screen, above everything, until the
    // connection is back, so nobody wonders why calling is disabled.
    if (m_controller.client().state() == HallClient::State::Offline) {
        m_bannerTimer.stop();
        m_offlineShown = true;
        showNotice(tr("The hall server cannot be reached. Calling needs it; finishing, holding, "
                      "transferring and pausing are kept on this computer and sent when the "
                      "connection is back."),
                   CounterController::NoticeLevel::Warning);
        m_bannerTimer.stop();
    } else if (m_offlineShown && m_controller.isOnline()) {
        m_offlineShown = false;
        m_banner->hide();
    }
}

void CounterMainWindow::setVoiceStatus(const QString &text)
{
    m_voice->setText(text);
}

void CounterMainWindow::showVoiceProblem(const QString &message)
{
    // Said once by the announcer, and long enough to be read; the permanent label stays.
    statusBar()->showMessage(message, 30000);
}

void CounterMainWindow::showSignIn(const QString &reason)
{
    if (!m_signIn) {
        m_signIn = new SignInDialog(this);
        m_signIn->setWindowNumber(m_controller.windowNumber());
        connect(m_signIn, &SignInDialog::signInRequested, this,
                [this](const QString &staffNo, const QString &password) {
                    m_signIn->setBusy(true);
                    m_controller.login(staffNo, password);
                });
        connect(m_signIn, &QDialog::finished, this, [this] {
            m_signIn->deleteLater();
            m_signIn = nullptr;
        });
    }
    m_signIn->setConnectionText(m_controller.isOnline()
                                    ? tr("Connected to the hall server.")
                                    : tr("Not connected to the hall server yet."));
    if (!reason.isEmpty())
        m_signIn->fail(reason);
    m_signIn->open();
}

void CounterMainWindow::onLoginFinished(bool ok, const QString &message)
{
    if (!m_signIn)
        return;
    if (ok)
        m_signIn->succeed();
    else
        m_signIn->fail(message);
}

void CounterMainWindow::transfer()
{
    const auto &current = m_controller.model().current();
    if (!current)
        return;
    auto *dialog = new TransferDialog(m_controller.model().layout(), m_controller.windowNumber(),
                                      current->number, current->queueCode, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 ticketId = current->id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, ticketId] {
        const auto &now = m_controller.model().current();
        if (!now || now->id != ticketId)
            return; // the ticket changed meanwhile: nothing to transfer
        const TransferChoice choice = dialog->choice();
        m_controller.transfer(choice.queue, choice.window, choice.comment);
    });
    dialog->open();
}

void CounterMainWindow::pauseOrResume()
{
    if (m_controller.model().window().state == WindowState::Paused) {
        m_controller.resumeWindow();
        return;
    }
    auto *dialog = new PauseDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_controller.pause(dialog->reason()); });
    dialog->open();
}

void CounterMainWindow::resumeHeld()
{
    if (const qint64 id = m_side->chosenHeld())
        m_controller.resumeHeld(id);
    else
        showNotice(tr("Choose the held ticket to resume in the list."),
                   CounterController::NoticeLevel::Info);
}

void CounterMainWindow::returnNoShow()
{
    if (const qint64 id = m_side->chosenNoShow())
        m_controller.returnNoShow(id);
    else
        showNotice(tr("Choose the missed ticket in the list."),
                   CounterController::NoticeLevel::Info);
}

void CounterMainWindow::callTicket(const QString &number)
{
    if (!m_controller.availability(CounterAction::CallTicket).enabled) {
        showNotice(m_controller.availability(CounterAction::CallTicket).reason,
                   CounterController::NoticeLevel::Info);
        return;
    }
    if (!number.isEmpty()) {
        m_controller.callTicket(number);
        return;
    }
    bool ok = false;
    const QString typed =
        QInputDialog::getText(this, tr("Call a number"), tr("Ticket number, for example A023:"),
                              QLineEdit::Normal, {}, &ok);
    if (ok && !typed.trimmed().isEmpty())
        m_controller.callTicket(typed);
}

void CounterMainWindow::openSettings()
{
    auto *dialog = new CounterSettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CounterSettingsDialog::testVoiceRequested, this,
            &CounterMainWindow::testVoiceRequested);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const CounterSettings edited = dialog->settings();
        const bool connectionChanged =
            edited.serverUrl != m_settings.serverUrl || edited.window != m_settings.window ||
            edited.tls.caFile != m_settings.tls.caFile ||
            edited.tls.certificateFile != m_settings.tls.certificateFile ||
            edited.tls.keyFile != m_settings.tls.keyFile;
        m_settings = edited;
        QString error;
        if (!m_settings.save(&error))
            showNotice(error, CounterController::NoticeLevel::Error);
        else if (connectionChanged)
            showNotice(tr("The new connection settings take effect when the counter program "
                          "is started again."),
                       CounterController::NoticeLevel::Warning);
        emit settingsChanged();
    });
    dialog->open();
}

void CounterMainWindow::showShortcuts()
{
    QStringList lines;
    for (CounterAction which :
         m_actions->buttonOrder() +
             QList<CounterAction>{CounterAction::ReturnNoShow, CounterAction::CallTicket,
                                  CounterAction::RequestRating, CounterAction::SignOut}) {
        const QAction *a = m_actions->action(which);
        lines << QStringLiteral("%1\t%2").arg(a->shortcut().toString(QKeySequence::NativeText),
                                              a->text());
    }
    QMessageBox::information(this, tr("Keyboard shortcuts"), lines.join(QLatin1Char('\n')));
}

} // namespace halldesk
