#pragma once

#include <QApplication>
#include <QInputMethodEvent>
#include <QTest>
#include <QWidget>

// Driving a screen as a clerk does: by keyboard, into whatever has the focus. Header-only, for
// the widget tests (the support library itself does not link QtWidgets).
namespace halldesk::test {

inline QWidget *focused()
{
    return QApplication::focusWidget();
}

// Keys go to whatever has the focus, as they do for a person; a key aimed at a widget the
// screen did not focus would test nothing about the keyboard flow.
inline void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), key, modifiers);
}

// Chinese arrives through the input method as a committed string, not as key presses.
inline void type(const QString &text)
{
    bool latin1 = true;
    for (QChar c : text)
        latin1 = latin1 && c.unicode() < 0x80;
    if (latin1) {
        QTest::keyClicks(focused(), text);
        return;
    }
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(focused(), &commit);
}

} // namespace halldesk::test
