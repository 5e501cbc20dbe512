#pragma once

// What every citizen-facing screen (the pad, the board, the kiosk) must pass, for citizens who
// are often elderly and touch it: no text cut off, targets a finger can hit, text large
// enough; and a tap as a touch screen makes it.

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDir>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointingDevice>
#include <QRegularExpression>
#include <QTest>
#include <QWidget>
#include <functional>

namespace halldesk::test {

inline QString describeWidget(const QWidget *w)
{
    return QStringLiteral("%1 (%2)").arg(QString::fromLatin1(w->metaObject()->className()),
                                         w->objectName());
}

// Checks a widget of its own kind; true if it did (and appended any problem).
using SpecialTextCheck = std::function<bool(const QWidget *w, QStringList &problems)>;

// Every visible label and button of `top` whose text does not fit its space.
inline QStringList clippedTexts(const QWidget *top, const SpecialTextCheck &special = {})
{
    QStringList problems;
    for (const QWidget *w : top->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(top) || w->width() <= 0)
            continue;
        const QFontMetrics fm(w->font());
        if (special && special(w, problems))
            continue;
        if (const auto *label = qobject_cast<const QLabel *>(w)) {
            if (label->text().isEmpty())
                continue;
            if (label->wordWrap()) {
                if (label->heightForWidth(label->width()) > label->height() + 1)
                    problems << describeWidget(w) + QStringLiteral(" wraps beyond its height: ") +
                                    label->text();
                continue;
            }
            QString shown = label->text();
            // With a buddy the label shows its mnemonic underlined, without the '&'.
            if (label->buddy())
                shown.replace(QRegularExpression(QStringLiteral("&(.)")), QStringLiteral("\\1"));
            const QStringList lines = shown.split(QLatin1Char('\n'));
            for (const QString &line : lines)
                if (fm.horizontalAdvance(line) > label->contentsRect().width() + 1)
                    problems << describeWidget(w) + QStringLiteral(" is too narrow for: ") + line;
            if (fm.lineSpacing() * lines.size() > label->contentsRect().height() + fm.leading() + 2)
                problems << describeWidget(w) + QStringLiteral(" is too low for: ") + label->text();
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(w)) {
            // The style's own idea of the room its text and padding need.
            if (button->sizeHint().width() > button->width() || fm.lineSpacing() > button->height())
                problems << describeWidget(w) + QStringLiteral(" is too small for: ") +
                                button->text();
        }
    }
    return problems;
}

// Visible buttons and line edits lower or narrower than a finger (`minPx`).
inline QStringList smallTargets(const QWidget *top, int minPx)
{
    QStringList problems;
    for (const QWidget *w : top->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(top))
            continue;
        if (!qobject_cast<const QAbstractButton *>(w) && !qobject_cast<const QLineEdit *>(w))
            continue;
        if (w->height() < minPx || w->width() < minPx)
            problems << QStringLiteral("%1 is %2×%3")
                            .arg(describeWidget(w))
                            .arg(w->width())
                            .arg(w->height());
    }
    return problems;
}

// Visible text in a font smaller than `minPx` pixels.
inline QStringList smallFonts(const QWidget *top, int minPx)
{
    QStringList problems;
    for (const QWidget *w : top->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(top))
            continue;
        if (!qobject_cast<const QLabel *>(w) && !qobject_cast<const QAbstractButton *>(w) &&
            !qobject_cast<const QLineEdit *>(w))
            continue;
        const int px = QFontInfo(w->font()).pixelSize();
        if (px < minPx)
            problems << QStringLiteral("%1 has %2 px").arg(describeWidget(w)).arg(px);
    }
    return problems;
}

// One finger tapping the middle of `target`, as a touch screen reports it.
inline void touchTap(QPointingDevice *device, QWidget *target)
{
    QWidget *window = target->window();
    const QPoint at = target->mapTo(window, target->rect().center());
    QTest::touchEvent(window, device).press(0, at, window);
    QTest::touchEvent(window, device).release(0, at, window);
}

// Chinese typed as an input method commits it (QTest::keyClicks knows only ASCII).
inline void typeChinese(QWidget *edit, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(edit, &event);
}

// A PNG of `widget` in `folder` of the working directory.
inline QString saveShot(QWidget *widget, const QString &folder, const QString &name)
{
    const QString dir = QDir::current().filePath(folder);
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    widget->grab().save(path);
    return path;
}

} // namespace halldesk::test
