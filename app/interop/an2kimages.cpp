#include "app/interop/an2kimages.h"

#include "app/interop/wsqcontainer.h"

#include <QCoreApplication>

namespace ridgeline::interop {

namespace {

An2kCompression fromBinaryCode(const QByteArray &code)
{
    // Binary records: 0 uncompressed, 1 WSQ; other values are agency-assigned.
    return code == "0" ? An2kCompression::None : code == "1" ? An2kCompression::Wsq : An2kCompression::Other;
}

An2kCompression fromName(const QByteArray &name)
{
    const QByteArray n = name.toUpper();
    if (n == "NONE")
        return An2kCompression::None;
    if (n.startsWith("WSQ"))
        return An2kCompression::Wsq;
    if (n.startsWith("JPEG"))
        return An2kCompression::Jpeg;
    if (n.startsWith("JP2"))
        return An2kCompression::Jpeg2000;
    if (n == "PNG")
        return An2kCompression::Png;
    return An2kCompression::Other;
}

int declaredBitsPerPixel(const An2kRecord &record, const QByteArray &bpx, const QByteArray &colourSpace)
{
    switch (record.type) {
    case 3:
    case 4:
        return 8;
    case 5:
    case 6:
        return 1;
    case 10: {
        const QByteArray csp = colourSpace.toUpper();
        if (csp == "GRAY")
            return 8;
        return csp == "RGB" || csp == "SRGB" || csp == "YCC" || csp == "SYCC" ? 24 : 0;
    }
    case 7:
        return 0;
    default: {
        bool ok = false;
        const int bits = bpx.toInt(&ok);
        return ok && bits > 0 && bits <= 48 ? bits : 0;
    }
    }
}

QString tr(const char *text)
{
    // lupdate files tr() of a free function under its namespace, so that is the context.
    return QCoreApplication::translate("ridgeline::interop", text);
}

// The frame size a WSQ stream states: SOI, then tables (each skipped by its length) up to the
// frame header. Only the header is parsed; the image is not decoded.
Result<std::pair<int, int>> wsqFrameSize(const QByteArray &data)
{
    wsq::ByteReader in(data);
    int marker = 0;
    if (!in.word(marker) || marker != int(wsq::Marker::Soi))
        return wsq::formatError(0, tr("the WSQ data does not start with a start-of-image marker"));
    while (true) {
        const qsizetype at = in.pos();
        if (!in.word(marker))
            return wsq::formatError(at, tr("the WSQ data ends before its frame header"));
        if (marker == int(wsq::Marker::Sof)) {
            wsq::FrameHeader frame;
            if (Status s = wsq::readFrameHeader(in, frame); !s)
                return s.error();
            return std::pair{frame.width, frame.height};
        }
        const bool table = marker == int(wsq::Marker::Dtt) || marker == int(wsq::Marker::Dqt) ||
                           marker == int(wsq::Marker::Dht) || marker == int(wsq::Marker::Drt) ||
                           marker == int(wsq::Marker::Com);
        int length = 0;
        if (!table)
            return wsq::formatError(at, tr("marker %1 comes before the frame header").arg(marker, 4, 16));
        if (!in.word(length) || length < 2 || length - 2 > in.remaining())
            return wsq::formatError(at, tr("a table before the frame header has a bad length"));
        in.skip(length - 2);
    }
}

} // namespace

QString describeAn2kImage(const An2kImage &image)
{
    return image.idc.isEmpty() ? tr("record %1 (Type-%2)").arg(image.recordIndex + 1).arg(image.recordType)
                               : tr("record %1 (Type-%2, IDC %3)")
                                     .arg(image.recordIndex + 1)
                                     .arg(image.recordType)
                                     .arg(QString::fromLatin1(image.idc));
}

Status checkAn2kImage(const An2kImage &image)
{
    const QString name = describeAn2kImage(image);
    if (image.width <= 0 || image.height <= 0)
        return Error(
            ErrorCode::BadInput,
            tr("%1 declares an image of %2 x %3 pixels (HLL x VLL)").arg(name).arg(image.width).arg(image.height));
    if (image.compression == An2kCompression::None && image.bitsPerPixel > 0) {
        const qint64 expected = (qint64(image.width) * image.bitsPerPixel + 7) / 8 * image.height;
        if (expected != image.data.size())
            return Error(ErrorCode::BadInput,
                         tr("%1 declares %2 x %3 pixels of %4 bits, %5 bytes uncompressed, but carries %6 bytes of "
                            "image data")
                             .arg(name)
                             .arg(image.width)
                             .arg(image.height)
                             .arg(image.bitsPerPixel)
                             .arg(expected)
                             .arg(image.data.size()));
    } else if (image.compression == An2kCompression::Wsq) {
        const auto frame = wsqFrameSize(image.data);
        if (!frame)
            return frame.error().withContext(name);
        if (frame->first != image.width || frame->second != image.height)
            return Error(ErrorCode::BadInput, tr("%1 declares %2 x %3 pixels (HLL x VLL) but its WSQ frame header "
                                                 "states %4 x %5")
                                                  .arg(name)
                                                  .arg(image.width)
                                                  .arg(image.height)
                                                  .arg(frame->first)
                                                  .arg(frame->second));
    }
    return {};
}

QList<An2kImage> an2kImages(const An2kTransaction &transaction)
{
    QList<An2kImage> images;
    for (qsizetype i = 0; i < transaction.records.size(); ++i) {
        const An2kRecord &record = transaction.records[i];
        const bool binaryImage = record.type >= 3 && record.type <= 7;
        const bool taggedImage = record.type == 10 || (record.type >= 13 && record.type <= 17);
        const QByteArray data = record.imageData();
        if ((!binaryImage && !taggedImage) || data.isEmpty())
            continue;
        const auto value = [&](int field) {
            const An2kField *f = record.field(field);
            return f ? f->item() : QByteArray();
        };
        An2kImage image;
        image.recordIndex = int(i);
        image.recordType = record.type;
        image.idc = value(2);
        image.width = value(6).toInt();
        image.height = value(7).toInt();
        image.compressionName = binaryImage ? value(8) : value(11);
        image.compression = binaryImage ? fromBinaryCode(image.compressionName) : fromName(image.compressionName);
        image.bitsPerPixel = declaredBitsPerPixel(record, value(12), value(record.type == 10 ? 12 : 13));
        image.data = data;
        images.append(std::move(image));
    }
    return images;
}

} // namespace ridgeline::interop
