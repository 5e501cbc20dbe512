#include "protocol/UploadFrame.h"

#include <QtEndian>

namespace halldesk {

namespace {

constexpr char Magic[] = {'H', 'D', 'U', '1'};

} // namespace

QByteArray UploadFrame::header(quint32 upload, qint64 offset)
{
    QByteArray header(HeaderBytes, Qt::Uninitialized);
    std::copy(std::begin(Magic), std::end(Magic), header.data());
    qToBigEndian(upload, header.data() + 4);
    qToBigEndian(quint64(offset), header.data() + 8);
    return header;
}

bool UploadFrame::isUploadFrame(QByteArrayView message)
{
    return message.size() >= qsizetype(sizeof Magic) &&
           std::equal(std::begin(Magic), std::end(Magic), message.data());
}

std::optional<UploadFrame> UploadFrame::parse(QByteArrayView message)
{
    if (message.size() < HeaderBytes || !isUploadFrame(message))
        return std::nullopt;
    UploadFrame frame;
    frame.upload = qFromBigEndian<quint32>(message.data() + 4);
    const quint64 offset = qFromBigEndian<quint64>(message.data() + 8);
    if (offset > quint64(std::numeric_limits<qint64>::max() / 2))
        return std::nullopt;
    frame.offset = qint64(offset);
    frame.data = message.sliced(HeaderBytes);
    return frame;
}

} // namespace halldesk
