#include "pad/PadThanksPage.h"

#include "pad/LevelBadge.h"
#include "pad/PadLook.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace halldesk {

PadThanksPage::PadThanksPage(QWidget *parent)
    : QWidget(parent)
    , m_thanks(new QLabel(this))
    , m_badge(new LevelBadge(LevelBadge::Layout::OneLine, this))
    , m_follow(new QLabel(this))
{
    setObjectName(QStringLiteral("padThanksPage"));
    m_thanks->setObjectName(QStringLiteral("padQuestion"));
    m_thanks->setFont(PadLook::font(PadLook::HugePx, true));
    m_thanks->setAlignment(Qt::AlignCenter);
    m_thanks->setWordWrap(true);
    m_follow->setFont(PadLook::font(PadLook::BodyPx));
    m_follow->setAlignment(Qt::AlignCenter);
    m_follow->setWordWrap(true);
    m_badge->setAlignment(Qt::AlignCenter);
    m_badge->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(24);
    layout->addStretch(2);
    layout->addWidget(m_thanks);
    layout->addWidget(m_badge, 0, Qt::AlignHCenter);
    layout->addWidget(m_follow);
    layout->addStretch(3);
    refresh();
}

void PadThanksPage::display(std::optional<RatingLevel> level)
{
    m_level = level;
    refresh();
}

void PadThanksPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void PadThanksPage::refresh()
{
    m_thanks->setText(tr("Thank you for your rating!"));
    m_badge->setVisible(m_level.has_value());
    if (m_level)
        m_badge->display(*m_level);
    m_follow->setText(m_level && RatingLevels::isBad(*m_level)
                          ? tr("We have noted your opinion and will do better.")
                          : tr("Welcome back any time."));
}

QString PadThanksPage::thanksText() const
{
    return m_thanks->text();
}

QString PadThanksPage::followText() const
{
    return m_follow->text();
}

} // namespace halldesk
