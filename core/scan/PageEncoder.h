#pragma once

#include "scan/PageProcessor.h"

#include <QByteArray>
#include <QSize>

namespace halldesk {

// A page compressed the way the material PDF embeds it, so the PDF writer copies the bytes
// unchanged (no second lossy pass).
struct EncodedPage
{
    enum class Kind
    {
        Jpeg,    // a JPEG file (DCTDecode), grey or colour
        Bilevel, // a zlib stream of 1-bit rows, each padded to a byte, 0 black (FlateDecode)
    };

    QByteArray data;
    QSize pixelSize;
    int dpi = 0; // 0 when unknown
    Kind kind = Kind::Jpeg;
    bool grey = true; // one colour component (DeviceGray) rather than three (DeviceRGB)

    bool isValid() const { return !data.isEmpty() && !pixelSize.isEmpty(); }
};

class PageEncoder
{
public:
    // Small print stays legible on a 200 dpi grey A4 page, and a full page of 11 pt text takes
    // under 300 KB; each 10 more costs some 10 % more bytes for edges nobody reads better.
    static constexpr int DefaultJpegQuality = 35;

    // An invalid EncodedPage when the image cannot be encoded (null image, no JPEG plugin).
    static EncodedPage encode(const ProcessedPage &page, int jpegQuality = DefaultJpegQuality);

private:
    static EncodedPage encodeJpeg(const ProcessedPage &page, int quality);
    static EncodedPage encodeBilevel(const ProcessedPage &page);
};

} // namespace halldesk
