#include "citizen/TerminalProgram.h"

#include <QGuiApplication>
#include <QMessageBox>
#include <QScreen>
#include <QTimer>
#include <QWidget>
#include <cstdio>

namespace halldesk {

int TerminalProgram::failAtStart(const QString &title, const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    QMessageBox box(QMessageBox::Critical, title, message, QMessageBox::Ok);
    QTimer::singleShot(FailureShownMs, &box, &QMessageBox::accept);
    box.exec();
    return 1;
}

void TerminalProgram::showScreen(QWidget *screen, bool windowed, QSize windowedSize)
{
    if (windowed) {
        screen->resize(windowedSize);
        screen->show();
        return;
    }
    if (const QScreen *primary = QGuiApplication::primaryScreen())
        screen->setGeometry(primary->geometry());
    screen->showFullScreen();
}

} // namespace halldesk
