#include "board/BoardStatusBar.h"

#include "board/BoardLook.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace halldesk {

BoardStatusBar::BoardStatusBar(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_offline(new QLabel(this))
    , m_time(new QLabel(this))
{
    setObjectName(QStringLiteral("boardStatusBar"));
    setAttribute(Qt::WA_StyledBackground);
    m_title->setObjectName(QStringLiteral("boardTitle"));
    m_title->setFont(BoardLook::font(BoardLook::TitlePx, true));
    m_offline->setObjectName(QStringLiteral("boardOffline"));
    m_offline->setFont(BoardLook::font(BoardLook::LabelPx, true));
    m_time->setObjectName(QStringLiteral("boardTime"));
    m_time->setFont(BoardLook::font(BoardLook::TitlePx, true));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(32, 10, 32, 10);
    layout->setSpacing(32);
    layout->addWidget(m_title);
    layout->addStretch(1);
    layout->addWidget(m_offline);
    layout->addWidget(m_time);
    refresh();
}

void BoardStatusBar::setOnline(bool online)
{
    m_online = online;
    refresh();
}

void BoardStatusBar::setTime(const QDateTime &now)
{
    m_now = now;
    refresh();
}

bool BoardStatusBar::isOfflineShown() const
{
    return !m_offline->isHidden();
}

QString BoardStatusBar::offlineText() const
{
    return m_offline->text();
}

QString BoardStatusBar::titleText() const
{
    return m_title->text();
}

void BoardStatusBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QFrame::changeEvent(event);
}

void BoardStatusBar::refresh()
{
    m_title->setText(tr("Calling information"));
    m_offline->setText(tr("● Offline: reconnecting to the hall server"));
    m_offline->setVisible(!m_online);
    m_time->setText(m_now.isValid() ? QLocale().toString(m_now.time(), QStringLiteral("HH:mm"))
                                    : QString());
}

} // namespace halldesk
