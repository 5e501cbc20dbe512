#include "pad/LevelBadge.h"

#include "pad/PadLook.h"

#include <QEvent>

namespace halldesk {

LevelBadge::LevelBadge(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("padLevelBadge"));
    setFont(PadLook::font(PadLook::BodyPx, true));
    setWordWrap(true);
    refresh();
}

void LevelBadge::display(RatingLevel level)
{
    m_level = level;
    refresh();
}

void LevelBadge::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}

void LevelBadge::refresh()
{
    setText(tr("Your rating: %1").arg(RatingLevels::displayName(m_level)));
    setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 10px; "
                                 "padding: 6px 14px; }")
                      .arg(PadLook::levelColour(m_level).name(),
                           PadLook::levelTextColour(m_level).name()));
}

} // namespace halldesk
