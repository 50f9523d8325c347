#include "app/imaging/enhance/resolutiontag.h"

#include <QtEndian>

namespace ridgeline::imaging {

namespace {

constexpr double kMetresPerInch = 0.0254;

double plausible(double ppi)
{
    return ppi >= 50.0 && ppi <= 20000.0 ? ppi : 0.0;
}

double pngResolution(const QByteArray &b)
{
    qsizetype at = 8;
    while (at + 12 <= b.size()) {
        const quint32 length = qFromBigEndian<quint32>(b.constData() + at);
        const QByteArray type = b.mid(at + 4, 4);
        if (type == "pHYs" && length >= 9 && at + 8 + 9 <= b.size()) {
            const quint32 x = qFromBigEndian<quint32>(b.constData() + at + 8);
            const bool metres = b[at + 16] == 1;
            return metres ? plausible(x * kMetresPerInch) : 0.0;
        }
        if (type == "IDAT" || type == "IEND" || length > quint32(b.size()))
            return 0.0;
        at += 12 + qsizetype(length);
    }
    return 0.0;
}

double jpegResolution(const QByteArray &b)
{
    // JFIF APP0 directly after SOI: units byte, then X density.
    if (b.size() < 18 || uchar(b[2]) != 0xff || uchar(b[3]) != 0xe0 || b.mid(6, 5) != QByteArray("JFIF\0", 5))
        return 0.0;
    const int units = uchar(b[13]);
    const double x = qFromBigEndian<quint16>(b.constData() + 14);
    if (units == 1)
        return plausible(x);
    if (units == 2)
        return plausible(x * 2.54);
    return 0.0;
}

template<class Read16, class Read32> double tiffIfdResolution(const QByteArray &b, Read16 r16, Read32 r32)
{
    const quint32 ifd = r32(4);
    if (ifd + 2 > quint32(b.size()))
        return 0.0;
    const int count = r16(ifd);
    double resolution = 0.0;
    int unit = 2; // inches by default
    for (int i = 0; i < count; ++i) {
        const quint32 entry = ifd + 2 + 12 * quint32(i);
        if (entry + 12 > quint32(b.size()))
            break;
        const int tag = r16(entry);
        if (tag == 282) { // XResolution: RATIONAL at an offset
            const quint32 at = r32(entry + 8);
            if (at + 8 <= quint32(b.size()) && r32(at + 4) != 0)
                resolution = double(r32(at)) / double(r32(at + 4));
        } else if (tag == 296) {
            unit = r16(entry + 8);
        }
    }
    if (unit == 3)
        resolution *= 2.54;
    else if (unit != 2)
        return 0.0;
    return plausible(resolution);
}

double tiffResolution(const QByteArray &b)
{
    const char *d = b.constData();
    if (b.startsWith("II*"))
        return tiffIfdResolution(
            b, [d](quint32 at) { return qFromLittleEndian<quint16>(d + at); },
            [d](quint32 at) { return qFromLittleEndian<quint32>(d + at); });
    return tiffIfdResolution(
        b, [d](quint32 at) { return qFromBigEndian<quint16>(d + at); },
        [d](quint32 at) { return qFromBigEndian<quint32>(d + at); });
}

} // namespace

double readResolutionTag(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return pngResolution(bytes);
    if (bytes.size() > 4 && uchar(bytes[0]) == 0xff && uchar(bytes[1]) == 0xd8)
        return jpegResolution(bytes);
    if ((bytes.startsWith("II*") || bytes.startsWith("MM")) && bytes.size() > 8)
        return tiffResolution(bytes);
    if (bytes.startsWith("BM") && bytes.size() >= 46)
        return plausible(qFromLittleEndian<qint32>(bytes.constData() + 38) * kMetresPerInch);
    return 0.0;
}

} // namespace ridgeline::imaging
