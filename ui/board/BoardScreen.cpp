#include "board/BoardScreen.h"

#include "board/BoardAreaCounts.h"
#include "board/BoardCallList.h"
#include "board/BoardLook.h"
#include "board/BoardStatusBar.h"
#include "board/BoardTicker.h"
#include "clock/Clock.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace halldesk {

BoardScreen::BoardScreen(BoardSession &session, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_clock(clock)
    , m_status(new BoardStatusBar(this))
    , m_calls(new BoardCallList(this))
    , m_areas(new BoardAreaCounts(this))
    , m_ticker(new BoardTicker(this))
{
    setObjectName(QStringLiteral("boardScreen"));
    setAttribute(Qt::WA_StyledBackground);
    setWindowTitle(tr("HallDesk hall board"));
    BoardLook::applyTo(*this);

    auto *middle = new QHBoxLayout;
    middle->setContentsMargins(32, 16, 32, 16);
    middle->setSpacing(32);
    middle->addWidget(m_calls, 3);
    middle->addWidget(m_areas, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_status);
    layout->addLayout(middle, 1);
    layout->addWidget(m_ticker);

    connect(&session, &BoardSession::callsChanged, this,
            [this] { m_calls->display(m_session.recentCalls()); });
    connect(&session, &BoardSession::called, m_calls, &BoardCallList::flashNewest);
    connect(&session, &BoardSession::areasChanged, this,
            [this] { m_areas->display(m_session.areas()); });
    connect(&session, &BoardSession::onlineChanged, m_status, &BoardStatusBar::setOnline);
    m_calls->display(session.recentCalls());
    m_areas->display(session.areas());
    m_status->setOnline(session.isOnline());
    m_ticker->setText(defaultNotice());

    m_clockTimer.setInterval(1000);
    connect(&m_clockTimer, &QTimer::timeout, this, &BoardScreen::showTime);
    m_clockTimer.start();
    showTime();
}

QString BoardScreen::defaultNotice()
{
    return tr("Please watch for your number. If you missed your call, please go back to the "
              "window that called you.");
}

void BoardScreen::setNotice(const QString &text)
{
    m_notice = text.trimmed();
    m_ticker->setText(m_notice.isEmpty() ? defaultNotice() : m_notice);
}

void BoardScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setWindowTitle(tr("HallDesk hall board"));
        setNotice(m_notice);
    }
    QWidget::changeEvent(event);
}

void BoardScreen::showTime()
{
    m_status->setTime(m_clock.nowUtc().toLocalTime());
}

} // namespace halldesk
