#include "pad/PadRatingPage.h"

#include "pad/LevelButton.h"
#include "pad/PadLook.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace halldesk {

PadRatingPage::PadRatingPage(QWidget *parent)
    : QWidget(parent)
    , m_question(new QLabel(this))
    , m_itemsCaption(new QLabel(this))
    , m_items(new QLabel(this))
    , m_ticket(new QLabel(this))
    , m_countdown(new QLabel(this))
{
    setObjectName(QStringLiteral("padRatingPage"));
    m_question->setObjectName(QStringLiteral("padQuestion"));
    m_question->setFont(PadLook::font(PadLook::TitlePx, true));
    m_itemsCaption->setFont(PadLook::font(PadLook::BodyPx, true));
    m_items->setObjectName(QStringLiteral("padItems"));
    m_items->setFont(PadLook::font(PadLook::BodyPx));
    m_items->setWordWrap(true);
    // Whatever room the column has left; the tests check that the items fit.
    m_items->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    m_items->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_ticket->setFont(PadLook::font(PadLook::BodyPx));
    m_countdown->setObjectName(QStringLiteral("padCountdown"));
    m_countdown->setFont(PadLook::font(PadLook::BodyPx));

    // The question heads the left column, so that the five levels have the page's whole
    // height: on an 800×480 pad that keeps each of them well above 64 px.
    m_question->setWordWrap(true);
    auto *about = new QVBoxLayout;
    about->setSpacing(10);
    about->addWidget(m_question);
    about->addWidget(m_ticket);
    about->addWidget(m_itemsCaption);
    about->addWidget(m_items, 1);
    about->addWidget(m_countdown);

    auto *levels = new QVBoxLayout;
    levels->setSpacing(6);
    for (const RatingLevel level : RatingLevels::all()) {
        auto *button = new LevelButton(level, this);
        connect(button, &LevelButton::clicked, this, [this, level] { emit levelChosen(level); });
        levels->addWidget(button);
        m_levels << button;
    }

    auto *columns = new QHBoxLayout(this);
    columns->setContentsMargins(24, 12, 24, 12);
    columns->setSpacing(24);
    // The levels need less width than the question and the items beside them.
    columns->addLayout(about, 4);
    columns->addLayout(levels, 3);
    refresh();
}

LevelButton *PadRatingPage::button(RatingLevel level) const
{
    for (LevelButton *b : m_levels)
        if (b->level() == level)
            return b;
    return nullptr;
}

void PadRatingPage::display(const RatingRequest &request)
{
    m_request = request;
    m_secondsLeft = 0;
    refresh();
}

void PadRatingPage::setSecondsLeft(int seconds)
{
    m_secondsLeft = seconds;
    m_countdown->setText(countdownText());
}

void PadRatingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void PadRatingPage::refresh()
{
    m_question->setText(tr("Please rate this service"));
    m_ticket->setText(m_request.ticketNumber.isEmpty()
                          ? QString()
                          : tr("Your number: %1").arg(m_request.ticketNumber));
    m_ticket->setVisible(!m_request.ticketNumber.isEmpty());
    m_itemsCaption->setText(tr("Handled for you:"));
    m_itemsCaption->setVisible(!m_request.items.isEmpty());
    m_items->setText(itemsText());
    m_countdown->setText(countdownText());
}

QString PadRatingPage::itemsText() const
{
    QStringList lines;
    for (const RatedItem &item : m_request.items) {
        if (lines.size() == ShownItems)
            break;
        lines << QStringLiteral("· ") + (item.name.isEmpty() ? item.code : item.name);
    }
    if (const auto more = m_request.items.size() - lines.size(); more > 0)
        lines << tr("and %n more item(s)", nullptr, int(more));
    return lines.join(QLatin1Char('\n'));
}

QString PadRatingPage::countdownText() const
{
    return m_secondsLeft > 0 ? tr("%n second(s) left", nullptr, m_secondsLeft) : QString();
}

} // namespace halldesk
