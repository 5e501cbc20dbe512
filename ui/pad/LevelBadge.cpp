#include "pad/LevelBadge.h"

#include "pad/PadLook.h"

#include <QEvent>

namespace halldesk {

LevelBadge::LevelBadge(Layout layout, QWidget *parent)
    : QLabel(parent)
    , m_layout(layout)
{
    setObjectName(QStringLiteral("padLevelBadge"));
    setFont(PadLook::font(PadLook::BodyPx, true));
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
    const QString name = RatingLevels::displayName(m_level);
    setText(m_layout == Layout::Stacked ? tr("Your rating:") + QLatin1Char('\n') + name
                                        : tr("Your rating: %1").arg(name));
    setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border-radius: 10px; "
                       "padding: 6px 14px; }")
            .arg(PadLook::levelColour(m_level).name(), PadLook::levelTextColour(m_level).name()));
}

} // namespace halldesk
