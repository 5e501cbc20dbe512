#pragma once

#include <QColor>
#include <QFont>
#include <QList>

class QPaintDevice;

namespace halldesk {

// Fonts, lengths and colours of the printed notices, for one paint device: lengths are given
// in millimetres and converted to the device's units, so the same layout prints alike on a
// 300 dpi PDF and a 600 dpi printer.
class NoticeStyle
{
public:
    explicit NoticeStyle(const QPaintDevice *device);

    // Noto Sans CJK SC, or the nearest CJK sans-serif the machine has.
    static QFont baseFont();
    // The faces every notice draws with (regular and bold), for whatever needs the font files.
    static QList<QFont> faces();

    const QPaintDevice *device() const { return m_device; }
    qreal mm(qreal millimetres) const;

    QFont hallFont() const { return font(12, false); }
    QFont titleFont() const { return font(18, true); }
    QFont headingFont() const { return font(12, true); }
    QFont bodyFont() const { return font(11, false); }
    QFont emphasisFont() const { return font(11, true); }
    QFont tableFont() const { return font(10.5, false); }
    QFont tableHeaderFont() const { return font(10.5, true); }
    QFont smallFont() const { return font(8.5, false); }

    qreal ruleWidth() const { return mm(0.25); }
    qreal heavyRuleWidth() const { return mm(0.6); }
    // Light enough to keep black text readable on a worn office laser printer.
    static QColor shade() { return QColor(0xe6, 0xe6, 0xe6); }

private:
    static QFont font(qreal pointSize, bool bold);

    const QPaintDevice *m_device;
};

} // namespace halldesk
