#include "app/interop/wsqimage.h"

namespace ridgeline::interop {

namespace {

// Skips whitespace and '#' comments, then reads one decimal header number.
bool pgmNumber(QByteArrayView data, qsizetype &pos, qint64 &value)
{
    for (;;) {
        while (pos < data.size() && QChar::isSpace(uchar(data[pos])))
            ++pos;
        if (pos < data.size() && data[pos] == '#') {
            while (pos < data.size() && data[pos] != '\n')
                ++pos;
            continue;
        }
        break;
    }
    const qsizetype start = pos;
    value = 0;
    while (pos < data.size() && data[pos] >= '0' && data[pos] <= '9' && pos - start < 9)
        value = value * 10 + (data[pos++] - '0');
    return pos > start;
}

} // namespace

Result<WsqImage> readPgm(QByteArrayView data)
{
    const auto bad = [](const QString &why) { return Error(ErrorCode::BadInput, QStringLiteral("PGM image: ") + why); };
    if (!data.startsWith("P5"))
        return bad(QStringLiteral("not an 8-bit binary PGM (it must start with \"P5\")"));
    qsizetype pos = 2;
    qint64 width = 0, height = 0, maxValue = 0;
    if (!pgmNumber(data, pos, width) || !pgmNumber(data, pos, height) || !pgmNumber(data, pos, maxValue))
        return bad(QStringLiteral("the header lacks width, height or maximum value"));
    if (maxValue != 255)
        return bad(QStringLiteral("maximum value %1 is not supported (only 8-bit, 255)").arg(maxValue));
    if (width <= 0 || height <= 0 || width > 65535 || height > 65535 || width * height > kWsqMaxPixels)
        return bad(QStringLiteral("size %1 x %2 is outside 1..65535 per side").arg(width).arg(height));
    ++pos; // the single whitespace byte after the maximum value
    if (data.size() - pos < width * height)
        return bad(QStringLiteral("%1 x %2 pixels need %3 bytes, only %4 follow the header")
                       .arg(width)
                       .arg(height)
                       .arg(width * height)
                       .arg(qMax<qsizetype>(0, data.size() - pos)));
    WsqImage image;
    image.width = int(width);
    image.height = int(height);
    image.pixels = data.sliced(pos, width * height).toByteArray();
    return image;
}

QByteArray writePgm(const WsqImage &image)
{
    return "P5\n" + QByteArray::number(image.width) + ' ' + QByteArray::number(image.height) + "\n255\n" + image.pixels;
}

} // namespace ridgeline::interop
