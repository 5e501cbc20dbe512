#include "pad/PadStatusBar.h"

#include "pad/PadLook.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace halldesk {

PadStatusBar::PadStatusBar(QWidget *parent)
    : QFrame(parent)
    , m_where(new QLabel(this))
    , m_offline(new QLabel(this))
{
    setObjectName(QStringLiteral("padStatusBar"));
    m_where->setObjectName(QStringLiteral("padWhere"));
    m_where->setFont(PadLook::font(PadLook::SmallPx, true));
    m_offline->setObjectName(QStringLiteral("padOffline"));
    m_offline->setFont(PadLook::font(PadLook::SmallPx, true));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 6, 24, 6);
    layout->addWidget(m_where, 1);
    layout->addWidget(m_offline);
    refresh();
}

void PadStatusBar::display(const PadWindowInfo &info)
{
    m_info = info;
    refresh();
}

void PadStatusBar::setOnline(bool online)
{
    m_online = online;
    refresh();
}

bool PadStatusBar::isOfflineShown() const
{
    return m_offline->isVisibleTo(this);
}

QString PadStatusBar::whereText() const
{
    return m_where->text();
}

QString PadStatusBar::offlineText() const
{
    return m_offline->text();
}

void PadStatusBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QFrame::changeEvent(event);
}

void PadStatusBar::refresh()
{
    QString where = !m_info.name.isEmpty() ? m_info.name
                    : m_info.number > 0    ? tr("Window %1").arg(m_info.number)
                                           : QString();
    // Offline the note takes the clerk's place, so both fit a small screen.
    if (m_online && m_info.state != QLatin1String("signed_out") && !m_info.staffNo.isEmpty())
        where = tr("%1 · %2 (staff number %3)")
                    .arg(where, m_info.staffName.isEmpty() ? m_info.staffNo : m_info.staffName,
                         m_info.staffNo);
    m_where->setText(where);
    m_offline->setText(tr("● Offline: ratings are sent later"));
    m_offline->setVisible(!m_online);
}

} // namespace halldesk
