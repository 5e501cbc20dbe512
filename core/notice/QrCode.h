#pragma once

#include <QBitArray>
#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QRectF>
#include <QString>

class QPainter;

namespace halldesk {

// A QR code symbol (ISO/IEC 18004) made by libqrencode: the module matrix only, so the same
// symbol can be painted at print resolution on a notice and as an image for a scanner test.
// Error correction level M (15 %) survives a creased or stamped notice while keeping the
// symbol small enough to scan from arm's length.
class QrCode
{
    Q_DECLARE_TR_FUNCTIONS(QrCode)

public:
    enum class Error
    {
        None,
        Empty,
        TooLong,
        EncoderFailed
    };

    struct Encoding;

    // Byte mode capacity of the largest symbol (version 40) at level M.
    static constexpr qsizetype MaxPayloadBytes = 2331;
    // ISO/IEC 18004 asks for a light margin of four modules around the symbol; scanners fail
    // without it when the code is printed near a table rule.
    static constexpr int QuietZoneModules = 4;

    static Encoding encode(const QByteArray &payload);
    static QString errorMessage(Error e);

    QrCode() = default;

    bool isNull() const { return m_size == 0; }
    // Modules per side without the quiet zone.
    int size() const { return m_size; }
    bool isDark(int x, int y) const;

    // Paints the symbol with its quiet zone as the largest square centred in `target`.
    void paint(QPainter &painter, const QRectF &target) const;
    // Black on white, moduleSize pixels per module, quiet zone included.
    QImage toImage(int moduleSize) const;

private:
    QrCode(int size, QBitArray modules);

    int m_size = 0;
    QBitArray m_modules; // row by row, true = dark
};

struct QrCode::Encoding
{
    Error error = Error::None;
    QrCode code; // null unless ok()
    bool ok() const { return error == Error::None; }
};

} // namespace halldesk
