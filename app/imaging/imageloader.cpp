#include "app/imaging/imageloader.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImageReader>

#include <cmath>

namespace ridgeline::imaging {

namespace {

Error badInput(const QString &path, const QString &why)
{
    return Error(ErrorCode::BadInput, QStringLiteral("%1: %2").arg(path, why));
}

} // namespace

Result<QImage> validateGreyImage(const QImage &image, const QString &name, const LoadLimits &limits)
{
    if (image.isNull())
        return badInput(name, QStringLiteral("no image data"));
    if (image.width() < limits.minSide || image.height() < limits.minSide)
        return badInput(name, QStringLiteral("image is %1x%2 pixels, smaller than the minimum of %3 pixels a side")
                                  .arg(image.width())
                                  .arg(image.height())
                                  .arg(limits.minSide));
    if (qint64(image.width()) * image.height() > limits.maxPixels)
        return badInput(name, QStringLiteral("image of %1x%2 pixels is over the budget of %3 pixels")
                                  .arg(image.width())
                                  .arg(image.height())
                                  .arg(limits.maxPixels));
    if (image.format() == QImage::Format_Grayscale8)
        return image;
    // 16-bit grey and colour are reduced to 8-bit luminance; Qt scales 16-bit values correctly.
    return image.convertToFormat(QImage::Format_Grayscale8);
}

namespace {

// The checks and decoding shared by files and in-memory bytes; `name` is what messages call it.
Result<LoadedImage> readGrey(QImageReader &reader, const QString &name, const LoadLimits &limits)
{
    reader.setAutoTransform(false);
    if (!reader.canRead())
        return badInput(name, QStringLiteral("not a readable image (%1)").arg(reader.errorString()));
    // The header's size is checked before allocating: a forged header cannot make us reserve gigabytes.
    const QSize size = reader.size();
    if (size.isValid()) {
        if (size.width() < limits.minSide || size.height() < limits.minSide)
            return badInput(name, QStringLiteral("image is %1x%2 pixels, smaller than the minimum of %3 pixels a side")
                                      .arg(size.width())
                                      .arg(size.height())
                                      .arg(limits.minSide));
        if (qint64(size.width()) * size.height() > limits.maxPixels)
            return badInput(name, QStringLiteral("image of %1x%2 pixels is over the budget of %3 pixels")
                                      .arg(size.width())
                                      .arg(size.height())
                                      .arg(limits.maxPixels));
    }
    // Qt's own allocation limit (MB) backs up formats whose header gives no size.
    QImageReader::setAllocationLimit(int(std::max<qint64>(64, limits.maxPixels * 8 / (1024 * 1024))));
    QImage image;
    if (!reader.read(&image))
        return badInput(name,
                        QStringLiteral("cannot decode: %1 (truncated or corrupt file?)").arg(reader.errorString()));
    auto grey = validateGreyImage(image, name, limits);
    if (!grey)
        return grey.error();
    LoadedImage loaded;
    loaded.image = grey.value();
    // Dots per metre are whole numbers, so 500 ppi is stored as 19685 (499.999 ppi): round back.
    const double ppi = std::round(image.dotsPerMeterX() * 0.0254 * 10.0) / 10.0;
    if (ppi >= 100.0 && ppi <= 5000.0)
        loaded.ppi = ppi;
    return loaded;
}

} // namespace

Result<LoadedImage> loadGreyImage(const QString &path, const LoadLimits &limits)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error(ErrorCode::NotFound, QStringLiteral("%1: no such file").arg(path));
    if (!info.isFile())
        return badInput(path, QStringLiteral("not a regular file"));
    QImageReader reader(path);
    return readGrey(reader, path, limits);
}

Result<LoadedImage> decodeGreyImage(const QByteArray &bytes, const QString &name, const LoadLimits &limits)
{
    if (bytes.isEmpty())
        return badInput(name, QStringLiteral("empty file"));
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    return readGrey(reader, name, limits);
}

} // namespace ridgeline::imaging
