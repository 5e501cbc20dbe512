#include "notice/NoticeStyle.h"

#include <QPaintDevice>
#include <QStringList>

namespace halldesk {

NoticeStyle::NoticeStyle(const QPaintDevice *device)
    : m_device(device)
{}

QFont NoticeStyle::baseFont()
{
    QFont font;
    // Simplified Chinese forms first: the Japanese and Traditional faces of the same fonts
    // draw several characters differently (e.g. 说, 骨), which looks wrong on an official form.
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                      QStringLiteral("Noto Sans SC"), QStringLiteral("WenQuanYi Zen Hei"),
                      QStringLiteral("WenQuanYi Micro Hei"),
                      QStringLiteral("Droid Sans Fallback")});
    font.setStyleHint(QFont::SansSerif);
    // Shaping gives Noto CJK's digits and the "fi" ligature glyphs that have no code point;
    // Qt's PDF engine then leaves them out of the text map, and a case number copied from the
    // PDF (or read by pdftotext) lost all its digits. Chinese and Latin text need no shaping.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

QList<QFont> NoticeStyle::faces()
{
    return {font(11, false), font(11, true)};
}

qreal NoticeStyle::mm(qreal millimetres) const
{
    return millimetres * m_device->logicalDpiY() / 25.4;
}

QFont NoticeStyle::font(qreal pointSize, bool bold)
{
    QFont f = baseFont();
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

} // namespace halldesk
