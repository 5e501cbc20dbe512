#include "counter/CounterLook.h"

#include <QApplication>
#include <QFile>
#include <QFont>

namespace halldesk {

void applyCounterLook(QApplication &app)
{
    // Chinese text at a size clerks read all day without leaning in.
    QFont font = app.font();
    font.setFamilies(
        {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("WenQuanYi Micro Hei"), font.family()});
    font.setPointSizeF(qMax(font.pointSizeF(), 11.0));
    app.setFont(font);
    QFile style(QStringLiteral(":/halldesk/counter/counter.qss"));
    if (style.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(style.readAll()));
}

} // namespace halldesk
