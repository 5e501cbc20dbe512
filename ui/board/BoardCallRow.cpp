#include "board/BoardCallRow.h"

#include "board/BoardLook.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace halldesk {

BoardCallRow::BoardCallRow(Size size, QWidget *parent)
    : QFrame(parent)
    , m_size(size)
    , m_number(new QLabel(this))
    , m_arrow(new QLabel(this))
    , m_window(new QLabel(this))
    , m_recall(new QLabel(this))
{
    const bool newest = size == Size::Newest;
    setObjectName(newest ? QStringLiteral("boardNewest") : QStringLiteral("boardCall"));
    setAttribute(Qt::WA_StyledBackground);
    const int px = newest ? BoardLook::NewestPx : BoardLook::CallPx;
    m_number->setObjectName(QStringLiteral("boardCallNumber"));
    m_number->setFont(BoardLook::font(px, true));
    m_arrow->setFont(BoardLook::font(px, true));
    m_arrow->setText(QStringLiteral("→"));
    m_window->setObjectName(QStringLiteral("boardCallWindow"));
    m_window->setFont(BoardLook::font(px, true));
    m_recall->setObjectName(QStringLiteral("boardRecall"));
    m_recall->setFont(BoardLook::font(newest ? BoardLook::TagPx : BoardLook::LabelPx, true));
    m_recall->setAlignment(Qt::AlignCenter);

    auto *line = new QHBoxLayout;
    line->setSpacing(newest ? 40 : 18);
    line->addStretch(newest ? 1 : 0);
    line->addWidget(m_number);
    line->addWidget(m_arrow);
    line->addWidget(m_window);
    line->addStretch(1);
    line->addWidget(m_recall, 0, Qt::AlignVCenter);
    if (newest) {
        m_tag = new QLabel(this);
        m_tag->setObjectName(QStringLiteral("boardNewestTag"));
        m_tag->setFont(BoardLook::font(BoardLook::TagPx, true));
        auto *top = new QHBoxLayout;
        top->addWidget(m_tag);
        top->addStretch(1);
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(28, 14, 28, 10);
        layout->setSpacing(0);
        layout->addLayout(top);
        layout->addLayout(line, 1);
    } else {
        line->setContentsMargins(24, 2, 18, 2);
        setLayout(line);
    }
    refresh();
}

void BoardCallRow::display(const BoardCall &call)
{
    m_call = call;
    refresh();
}

void BoardCallRow::clear()
{
    m_call.reset();
    m_flash = false;
    refresh();
}

void BoardCallRow::setFlash(bool on)
{
    if (m_flash == on)
        return;
    m_flash = on;
    setProperty("flash", on);
    // The style sheet picks the look from the property: polish the card and its labels again.
    for (QWidget *widget : findChildren<QWidget *>())
        style()->polish(widget);
    style()->unpolish(this);
    style()->polish(this);
    update();
}

QString BoardCallRow::numberText() const
{
    return m_number->text();
}

QString BoardCallRow::windowText() const
{
    return m_window->text();
}

bool BoardCallRow::isRecallShown() const
{
    return !m_recall->isHidden();
}

QList<QLabel *> BoardCallRow::labels() const
{
    return findChildren<QLabel *>();
}

void BoardCallRow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QFrame::changeEvent(event);
}

void BoardCallRow::refresh()
{
    if (m_tag)
        m_tag->setText(tr("Latest call"));
    m_recall->setText(tr("Recall"));
    m_recall->setVisible(m_call && m_call->isRecall());
    if (!m_call) {
        m_number->setText(m_size == Size::Newest ? tr("No calls yet") : QString());
        m_arrow->setVisible(false);
        m_window->clear();
        return;
    }
    m_number->setText(m_call->number);
    m_arrow->setVisible(true);
    m_window->setText(m_call->windowName.isEmpty() ? tr("Window %1").arg(m_call->window)
                                                   : m_call->windowName);
}

} // namespace halldesk
