#pragma once

// The screen checks (ScreenChecks.h) with the evaluator pad's own level buttons, whose text is
// painted in a part of the button.

#include "ScreenChecks.h"
#include "pad/LevelButton.h"

namespace halldesk::test {

inline QString describePadWidget(const QWidget *w)
{
    return describeWidget(w);
}

inline QStringList padClippedTexts(const QWidget *top)
{
    return clippedTexts(top, [](const QWidget *w, QStringList &problems) {
        const auto *level = qobject_cast<const LevelButton *>(w);
        if (!level)
            return false;
        const QFontMetrics fm(w->font());
        const QRect space = level->textRect();
        if (fm.horizontalAdvance(level->text()) > space.width() || fm.height() > space.height())
            problems << describeWidget(w) + QStringLiteral(" cannot hold: ") + level->text();
        return true;
    });
}

inline QStringList padSmallTargets(const QWidget *top, int minPx)
{
    return smallTargets(top, minPx);
}

inline QStringList padSmallFonts(const QWidget *top, int minPx)
{
    return smallFonts(top, minPx);
}

// A PNG of `widget` in $HALLDESK_PAD_SHOTS (or pad-screens/ in the working directory).
inline QString savePadShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("HALLDESK_PAD_SHOTS");
    return saveShot(widget, dir.isEmpty() ? QStringLiteral("pad-screens") : dir, name);
}

} // namespace halldesk::test
