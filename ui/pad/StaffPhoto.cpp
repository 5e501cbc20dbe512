#include "pad/StaffPhoto.h"

#include "pad/PadLook.h"

#include <QPainter>
#include <QPainterPath>

namespace halldesk {

namespace {

// Photos are 3:4 (a staff card's), the placeholder too.
constexpr int PhotoWidth = 135;
constexpr int PhotoHeight = 180;

} // namespace

StaffPhoto::StaffPhoto(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("padStaffPhoto"));
    setMinimumSize(PhotoWidth * 2 / 3, PhotoHeight * 2 / 3);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void StaffPhoto::display(const QString &name, const QPixmap &photo)
{
    m_name = name;
    m_photo = photo;
    setAccessibleName(name);
    update();
}

QString StaffPhoto::surname(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (trimmed.at(0).unicode() < 0x2e80) { // a name in Latin letters: its initials
        QString initials;
        for (const QString &part : trimmed.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            if (initials.size() < 2)
                initials += part.at(0).toUpper();
        return initials;
    }
    static const QStringList compound = {
        QStringLiteral("欧阳"), QStringLiteral("司马"), QStringLiteral("诸葛"),
        QStringLiteral("上官"), QStringLiteral("东方"), QStringLiteral("皇甫"),
        QStringLiteral("尉迟"), QStringLiteral("公孙"), QStringLiteral("慕容"),
        QStringLiteral("长孙"), QStringLiteral("夏侯"), QStringLiteral("令狐"),
        QStringLiteral("司徒"), QStringLiteral("端木"), QStringLiteral("宇文")};
    for (const QString &c : compound)
        if (trimmed.size() > 2 && trimmed.startsWith(c))
            return c;
    return trimmed.left(1);
}

QSize StaffPhoto::sizeHint() const
{
    return {PhotoWidth, PhotoHeight};
}

void StaffPhoto::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    // The largest 3:4 box that fits, centred.
    QSize box(PhotoWidth, PhotoHeight);
    box.scale(size(), Qt::KeepAspectRatio);
    const QRectF frame(QPointF((width() - box.width()) / 2.0, (height() - box.height()) / 2.0),
                       box);
    QPainterPath clip;
    clip.addRoundedRect(frame, 12, 12);
    painter.setClipPath(clip);
    if (!m_photo.isNull()) {
        const QPixmap scaled = m_photo.scaled(frame.size().toSize(), Qt::KeepAspectRatioByExpanding,
                                              Qt::SmoothTransformation);
        painter.drawPixmap(frame.topLeft(), scaled,
                           QRectF((scaled.width() - frame.width()) / 2,
                                  (scaled.height() - frame.height()) / 2, frame.width(),
                                  frame.height()));
        return;
    }
    painter.fillRect(frame, QColor(0xe3, 0xf2, 0xfd));
    const QString text = surname(m_name);
    if (text.isEmpty())
        return;
    const qreal circle = frame.width() * 0.8;
    const QRectF disc(frame.center().x() - circle / 2, frame.center().y() - circle / 2, circle,
                      circle);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x1f, 0x4e, 0x79));
    painter.drawEllipse(disc);
    QFont f = PadLook::font(int(circle * (text.size() > 1 ? 0.36 : 0.55)), true);
    painter.setFont(f);
    painter.setPen(Qt::white);
    painter.drawText(disc, Qt::AlignCenter, text);
}

} // namespace halldesk
