#include "app/reports/pdfimagestore.h"

#include <QCoreApplication>
#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace ridgeline::reports::layout {

namespace {

// A placeholder is 3 × 1 RGB pixels: "RLI", then 'M' and the entry's index in two bytes, then
// "G!" and the index's high byte. Qt writes it as 9 bytes of Flate-compressed DeviceRGB.
constexpr int kPlaceholderWidth = 3;
constexpr int kPlaceholderHeight = 1;

QByteArray placeholderSamples(int index)
{
    const char bytes[9] = {
        'R', 'L', 'I', 'M', char((index >> 8) & 0xff), char(index & 0xff), 'G', '!', char((index >> 16) & 0xff)};
    return QByteArray(bytes, 9);
}

QImage placeholderImage(int index)
{
    QImage image(kPlaceholderWidth, kPlaceholderHeight, QImage::Format_RGB32);
    const QByteArray s = placeholderSamples(index);
    for (int x = 0; x < kPlaceholderWidth; ++x)
        image.setPixel(x, 0, qRgb(uchar(s[3 * x]), uchar(s[3 * x + 1]), uchar(s[3 * x + 2])));
    return image;
}

Error malformed(const QString &what)
{
    return Error(ErrorCode::Internal,
                 QCoreApplication::translate("ridgeline::ReportPdf",
                                             "The PDF could not be finished: %1. Nothing was written; please report "
                                             "this with the software version.")
                     .arg(what));
}

struct Replacement
{
    qsizetype from = 0;
    qsizetype to = 0;
    QByteArray with;
};

// Parses a decimal number at `pos`; -1 when there is none.
qint64 numberAt(const QByteArray &bytes, qsizetype pos, qsizetype *end = nullptr)
{
    qint64 value = 0;
    qsizetype i = pos;
    while (i < bytes.size() && i - pos < 15 && bytes[i] >= '0' && bytes[i] <= '9')
        value = value * 10 + (bytes[i++] - '0');
    if (end)
        *end = i;
    return i == pos ? -1 : value;
}

} // namespace

PdfImageStore::~PdfImageStore()
{
    for (Entry &e : m_entries)
        e.encoded.waitForFinished();
}

PdfImageStore::Encoded PdfImageStore::encode(const QImage &source)
{
    Encoded out;
    if (source.isNull())
        return out;
    QImage image = source;
    if (image.hasAlphaChannel()) {
        // PDF/A-1b has no transparency: what would show on white paper.
        QImage flat(image.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
        painter.end();
        image = flat;
    }
    out.width = image.width();
    out.height = image.height();
    out.gray = image.format() == QImage::Format_Grayscale8 || image.allGray();
    if (out.gray && image.format() != QImage::Format_Grayscale8)
        image = image.convertToFormat(QImage::Format_Grayscale8);
    else if (!out.gray && image.format() != QImage::Format_RGB888)
        image = image.convertToFormat(QImage::Format_RGB888);
    const qsizetype rowBytes = qsizetype(out.width) * (out.gray ? 1 : 3);
    QByteArray raw(rowBytes * out.height, Qt::Uninitialized);
    for (int y = 0; y < out.height; ++y)
        std::copy_n(image.constScanLine(y), rowBytes, raw.data() + y * rowBytes);
    // qCompress: a 4-byte length, then exactly the zlib stream that FlateDecode reads.
    out.flate = qCompress(raw, -1).mid(4);
    return out;
}

QImage PdfImageStore::placeholder(const QImage &image)
{
    const auto known = m_byKey.constFind(image.cacheKey());
    if (known != m_byKey.constEnd())
        return m_entries[*known].placeholder;
    const int index = int(m_entries.size());
    Entry entry;
    entry.placeholder = placeholderImage(index);
    entry.encoded = QtConcurrent::run([image] { return encode(image); });
    m_entries.append(entry);
    m_byKey.insert(image.cacheKey(), index);
    return entry.placeholder;
}

Result<QByteArray> PdfImageStore::substitute(const QByteArray &pdf)
{
    if (m_entries.isEmpty())
        return pdf;

    // 1. Each placeholder's image object, as Qt 6.4 writes it:
    //    N 0 obj\n<<\n/Type /XObject\n/Subtype /Image\n/Width 3\n/Height 1\n/BitsPerComponent 8\n
    //    /ColorSpace /DeviceRGB\n/Length L 0 R\n/Filter /FlateDecode\n>>\nstream\n…\nendstream\nendobj\n
    //    L 0 obj\n<length>\nendobj\n
    static const QByteArray sizeKeys = QByteArrayLiteral("/Width 3\n/Height 1\n");
    static const QByteArray marker = QByteArrayLiteral("/Subtype /Image\n") + sizeKeys;
    static const QByteArray rgb = QByteArrayLiteral("/ColorSpace /DeviceRGB\n");
    static const QByteArray streamStart = QByteArrayLiteral(">>\nstream\n");
    static const QByteArray streamEnd = QByteArrayLiteral("\nendstream\nendobj\n");
    static const QByteArray lengthKey = QByteArrayLiteral("/Length ");
    QList<Replacement> replacements;
    QList<bool> found(m_entries.size(), false);
    for (qsizetype pos = pdf.indexOf(marker); pos >= 0; pos = pdf.indexOf(marker, pos + 1)) {
        const qsizetype dictStart = pdf.lastIndexOf("<<", pos);
        const qsizetype dictEnd = pdf.indexOf(streamStart, pos);
        if (dictStart < 0 || dictEnd < 0)
            return malformed(QStringLiteral("an image object has no dictionary"));
        QByteArray dict = pdf.mid(dictStart, dictEnd + 2 - dictStart);
        const qsizetype lengthAt = dict.indexOf(lengthKey);
        qsizetype afterNumber = 0;
        const qint64 lengthObject = lengthAt < 0 ? -1 : numberAt(dict, lengthAt + lengthKey.size(), &afterNumber);
        if (!dict.contains(rgb) || !dict.contains("/BitsPerComponent 8\n") ||
            !dict.contains("/Filter /FlateDecode\n") || lengthObject < 0 || !dict.mid(afterNumber).startsWith(" 0 R\n"))
            return malformed(QStringLiteral("an image dictionary is not in the expected form"));
        const qsizetype dataStart = dictEnd + streamStart.size();
        const qsizetype dataEnd = pdf.indexOf(streamEnd, dataStart);
        if (dataEnd < 0 || dataEnd - dataStart > 64)
            continue; // not a placeholder (a real 3 × 1 image would not fit this either)
        // The 9 samples, to say which entry this is.
        QByteArray zlib(4, '\0');
        zlib[3] = char(kPlaceholderWidth * kPlaceholderHeight * 3);
        zlib += pdf.mid(dataStart, dataEnd - dataStart);
        const QByteArray samples = qUncompress(zlib);
        if (samples.size() != 9 || !samples.startsWith("RLIM") || samples.mid(6, 2) != "G!")
            continue; // somebody's own 3 × 1 image
        const int index = (uchar(samples[8]) << 16) | (uchar(samples[4]) << 8) | uchar(samples[5]);
        if (index >= m_entries.size() || samples != placeholderSamples(index))
            return malformed(QStringLiteral("an image placeholder has an unknown number"));
        // Its length object follows straight after.
        const qsizetype lengthStart = dataEnd + streamEnd.size();
        const QByteArray lengthHead = QByteArray::number(lengthObject) + " 0 obj\n";
        qsizetype lengthValueEnd = 0;
        if (pdf.mid(lengthStart, lengthHead.size()) != lengthHead ||
            numberAt(pdf, lengthStart + lengthHead.size(), &lengthValueEnd) != dataEnd - dataStart)
            return malformed(QStringLiteral("an image's length object is missing"));

        const Encoded &e = m_entries[index].encoded.result();
        dict.replace(sizeKeys,
                     "/Width " + QByteArray::number(e.width) + "\n/Height " + QByteArray::number(e.height) + "\n");
        if (e.gray)
            dict.replace(rgb, "/ColorSpace /DeviceGray\n");
        replacements.append({dictStart, dictEnd + 2, dict});
        replacements.append({dataStart, dataEnd, e.flate});
        replacements.append(
            {lengthStart + lengthHead.size(), lengthValueEnd, QByteArray::number(qsizetype(e.flate.size()))});
        found[index] = true;
        pos = lengthValueEnd;
    }
    if (replacements.isEmpty())
        return pdf; // nothing was drawn (every image outside the page)

    // 2. The cross-reference table: one section, "0 N", 20-byte entries; then the trailer.
    const qsizetype xref = pdf.lastIndexOf("\nxref\n") + 1;
    const qsizetype startxrefAt = pdf.lastIndexOf("\nstartxref\n");
    if (xref <= 0 || startxrefAt < xref || numberAt(pdf, startxrefAt + qsizetype(sizeof("\nstartxref\n")) - 1) != xref)
        return malformed(QStringLiteral("the cross-reference table was not found"));
    qsizetype pos = xref + 5;
    qsizetype afterFirst = 0;
    if (numberAt(pdf, pos, &afterFirst) != 0 || pdf.mid(afterFirst, 1) != " ")
        return malformed(QStringLiteral("the cross-reference table has more than one section"));
    qsizetype afterCount = 0;
    const qint64 count = numberAt(pdf, afterFirst + 1, &afterCount);
    if (count <= 0 || pdf.mid(afterCount, 1) != "\n" || afterCount + 1 + count * 20 > startxrefAt + 1)
        return malformed(QStringLiteral("the cross-reference table is not in the expected form"));
    const qsizetype entries = afterCount + 1;

    auto shifted = [&](qint64 offset) -> qint64 {
        qint64 delta = 0;
        for (const Replacement &r : replacements) {
            if (r.from >= offset)
                break;
            if (r.to > offset)
                return -1; // an object inside a replaced range
            delta += r.with.size() - (r.to - r.from);
        }
        return offset + delta;
    };

    QByteArray out;
    qsizetype total = pdf.size();
    for (const Replacement &r : replacements)
        total += r.with.size() - (r.to - r.from);
    out.reserve(total + 64);
    qsizetype copied = 0;
    for (const Replacement &r : replacements) {
        out.append(pdf.constData() + copied, r.from - copied);
        out.append(r.with);
        copied = r.to;
    }
    out.append(pdf.constData() + copied, entries - copied);
    QList<qint64> newOffsets;
    for (qint64 i = 0; i < count; ++i) {
        const qsizetype at = entries + i * 20;
        QByteArray entry = pdf.mid(at, 20);
        if (entry.size() != 20 || entry[10] != ' ' || entry[16] != ' ')
            return malformed(QStringLiteral("a cross-reference entry is not in the expected form"));
        if (entry[17] == 'n') {
            const qint64 moved = shifted(numberAt(entry, 0));
            if (moved < 0)
                return malformed(QStringLiteral("an object lies inside a replaced image"));
            entry.replace(0, 10, QByteArray::number(moved).rightJustified(10, '0'));
            newOffsets << moved;
        } else {
            newOffsets << -1;
        }
        out.append(entry);
    }
    const qsizetype trailer = entries + count * 20;
    out.append(pdf.constData() + trailer, startxrefAt - trailer);
    out.append("\nstartxref\n" + QByteArray::number(shifted(xref)) + "\n%%EOF\n");

    // 3. Every object is where the table now says.
    for (qint64 i = 0; i < count; ++i) {
        if (newOffsets[i] >= 0 &&
            out.mid(newOffsets[i], QByteArray::number(i).size() + 7) != QByteArray::number(i) + " 0 obj\n")
            return malformed(QStringLiteral("object %1 is not where the cross-reference table says").arg(i));
    }
    return out;
}

} // namespace ridgeline::reports::layout
