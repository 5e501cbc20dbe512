#include "pad/PadScreen.h"

#include "logging/HallDeskLogging.h"
#include "pad/PadIdlePage.h"
#include "pad/PadLook.h"
#include "pad/PadRatingPage.h"
#include "pad/PadReasonsPage.h"
#include "pad/PadStatusBar.h"
#include "pad/PadThanksPage.h"

#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace halldesk {

PadScreen::PadScreen(PadSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_status(new PadStatusBar(this))
    , m_problem(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_idle(new PadIdlePage(m_pages))
    , m_rating(new PadRatingPage(m_pages))
    , m_reasons(new PadReasonsPage(m_pages))
    , m_thanks(new PadThanksPage(m_pages))
{
    setObjectName(QStringLiteral("padScreen"));
    setAttribute(Qt::WA_StyledBackground);
    PadLook::applyTo(*this);
    m_problem->setObjectName(QStringLiteral("padProblem"));
    m_problem->setFont(PadLook::font(PadLook::BodyPx, true));
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_problemTimer.setSingleShot(true);
    m_problemTimer.setInterval(ProblemMs);
    connect(&m_problemTimer, &QTimer::timeout, m_problem, &QLabel::hide);

    for (QWidget *page : {static_cast<QWidget *>(m_idle), static_cast<QWidget *>(m_rating),
                          static_cast<QWidget *>(m_reasons), static_cast<QWidget *>(m_thanks)})
        m_pages->addWidget(page);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_status);
    layout->addWidget(m_pages, 1);

    connect(&session, &PadSession::stageChanged, this, &PadScreen::showStage);
    // A newer service asked while the last one is still on screen stays at the same stage:
    // the page must show the service the citizen's touch will rate.
    connect(&session, &PadSession::ratingRequested, this, [this] { showStage(m_session.stage()); });
    connect(&session, &PadSession::windowInfoChanged, this, &PadScreen::showWindow);
    connect(&session, &PadSession::secondsLeftChanged, m_rating, &PadRatingPage::setSecondsLeft);
    connect(&session, &PadSession::secondsLeftChanged, m_reasons, &PadReasonsPage::setSecondsLeft);
    connect(&session, &PadSession::onlineChanged, m_status, &PadStatusBar::setOnline);
    connect(&session, &PadSession::problem, this, &PadScreen::showProblem);
    connect(&session, &PadSession::deliveryRefused, this, [](const QString &message) {
        qCWarning(lcPad).noquote() << "The hall server refused a rating:" << message;
    });

    connect(m_rating, &PadRatingPage::levelChosen, &session, &PadSession::choose);
    connect(m_reasons, &PadReasonsPage::submitted, this,
            [this](const QStringList &codes, const QString &comment) {
                m_session.submitReasons(codes, comment);
            });
    connect(m_reasons, &PadReasonsPage::backRequested, &session, &PadSession::back);

    m_status->setOnline(session.isOnline());
    showWindow();
    showStage(session.stage());
}

void PadScreen::setCommitment(const QString &text)
{
    m_idle->setCommitment(text);
}

QWidget *PadScreen::currentPage() const
{
    return m_pages->currentWidget();
}

QString PadScreen::problemText() const
{
    return m_problem->isVisibleTo(this) ? m_problem->text() : QString();
}

void PadScreen::showWindow()
{
    const PadWindowInfo info = m_session.windowInfo();
    m_status->display(info);
    m_idle->display(info);
}

void PadScreen::showStage(PadSession::Stage stage)
{
    // A problem belongs to the step it happened in.
    m_problem->hide();
    m_problemTimer.stop();
    const auto request = m_session.currentRequest();
    const auto level = m_session.chosenLevel();
    switch (stage) {
    case PadSession::Stage::Idle:
        showWindow();
        m_pages->setCurrentWidget(m_idle);
        break;
    case PadSession::Stage::Rating:
        if (request)
            m_rating->display(*request);
        m_rating->setSecondsLeft(m_session.secondsLeft());
        m_pages->setCurrentWidget(m_rating);
        break;
    case PadSession::Stage::Reasons:
        if (request && level)
            m_reasons->display(*request, *level);
        m_reasons->setSecondsLeft(m_session.secondsLeft());
        m_pages->setCurrentWidget(m_reasons);
        break;
    case PadSession::Stage::Thanks:
        m_thanks->display(level);
        m_pages->setCurrentWidget(m_thanks);
        break;
    }
}

void PadScreen::showProblem(const QString &message)
{
    m_problem->setText(message);
    placeProblem();
    m_problem->show();
    m_problem->raise();
    m_problemTimer.start();
}

void PadScreen::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeProblem();
}

// Over the top of the page, under the status line: the page keeps its room on a small screen.
void PadScreen::placeProblem()
{
    const int width = qMax(0, this->width() - 48);
    m_problem->setGeometry(24, m_status->height() + 8, width, m_problem->heightForWidth(width));
}

} // namespace halldesk
