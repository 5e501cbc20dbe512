#include "notice/QrCode.h"

#include <QPainter>
#include <QPainterPath>
#include <cerrno>
#include <cmath>
#include <memory>
#include <qrencode.h>

namespace halldesk {

namespace {

struct QrCodeDeleter
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};

} // namespace

QrCode::QrCode(int size, QBitArray modules)
    : m_size(size)
    , m_modules(std::move(modules))
{}

QrCode::Encoding QrCode::encode(const QByteArray &payload)
{
    if (payload.isEmpty())
        return {Error::Empty, {}};
    if (payload.size() > MaxPayloadBytes)
        return {Error::TooLong, {}};

    // Byte mode keeps the payload exactly as given; version 0 lets libqrencode pick the
    // smallest symbol that holds it.
    errno = 0;
    const std::unique_ptr<QRcode, QrCodeDeleter> symbol(QRcode_encodeData(
        static_cast<int>(payload.size()),
        reinterpret_cast<const unsigned char *>(payload.constData()), 0, QR_ECLEVEL_M));
    if (!symbol)
        return {errno == ERANGE ? Error::TooLong : Error::EncoderFailed, {}};

    const int size = symbol->width;
    QBitArray modules(size * size);
    for (int i = 0; i < size * size; ++i)
        modules.setBit(i, (symbol->data[i] & 1) != 0);
    return {Error::None, QrCode(size, std::move(modules))};
}

QString QrCode::errorMessage(Error e)
{
    switch (e) {
    case Error::None:
        return {};
    case Error::Empty:
        return tr("There is no text to put in the QR code.");
    case Error::TooLong:
        return tr("The text is too long for a QR code (at most %1 bytes).").arg(MaxPayloadBytes);
    case Error::EncoderFailed:
        return tr("The QR code could not be made.");
    }
    return {};
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules.testBit(y * m_size + x);
}

void QrCode::paint(QPainter &painter, const QRectF &target) const
{
    if (isNull())
        return;
    const int modules = m_size + 2 * QuietZoneModules;
    const qreal side = std::min(target.width(), target.height());
    // Whole device units per module keep every module the same width on paper; fractional
    // widths make a rasterising printer round some modules up and others down.
    qreal module = side / modules;
    if (module >= 1)
        module = std::floor(module);
    const qreal extent = module * modules;
    const QPointF origin(target.x() + (target.width() - extent) / 2,
                         target.y() + (target.height() - extent) / 2);

    // One path for all dark modules: separate rectangles leave hairline seams between
    // neighbours when a PDF viewer anti-aliases each edge on its own.
    QPainterPath dark;
    for (int y = 0; y < m_size; ++y) {
        int x = 0;
        while (x < m_size) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            const int runStart = x;
            while (x < m_size && isDark(x, y))
                ++x;
            dark.addRect(QRectF(origin.x() + (QuietZoneModules + runStart) * module,
                                origin.y() + (QuietZoneModules + y) * module,
                                (x - runStart) * module, module));
        }
    }

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    painter.fillRect(QRectF(origin, QSizeF(extent, extent)), Qt::white);
    dark.setFillRule(Qt::WindingFill);
    painter.fillPath(dark, Qt::black);
    painter.restore();
}

QImage QrCode::toImage(int moduleSize) const
{
    if (isNull() || moduleSize < 1)
        return {};
    const int side = (m_size + 2 * QuietZoneModules) * moduleSize;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    for (int py = 0; py < side; ++py) {
        uchar *line = image.scanLine(py);
        const int y = py / moduleSize - QuietZoneModules;
        for (int px = 0; px < side; ++px) {
            if (isDark(px / moduleSize - QuietZoneModules, y))
                line[px] = 0;
        }
    }
    return image;
}

} // namespace halldesk
