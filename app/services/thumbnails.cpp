#include "app/services/thumbnails.h"

#include "app/services/workspacesession.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>

namespace ridgeline {

QImage decodeThumbnail(const QByteArray &bytes, int size)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize full = reader.size();
    if (full.isValid())
        reader.setScaledSize(full.scaled(QSize(size, size), Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        return {};
    if (image.width() > size || image.height() > size)
        image = image.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image.convertToFormat(QImage::Format_RGB32);
}

QByteArray encodeThumbnail(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QString ThumbnailHook::name() const
{
    return QCoreApplication::translate("ridgeline::ThumbnailHook", "thumbnails");
}

Status ThumbnailHook::process(WorkspaceSession &session, const ImportedOriginal &original)
{
    if (!original.mediaType.startsWith(QLatin1String("image/")) ||
        !isAllowed(session.user().role, Action::ViewEvidence))
        return {};
    if (auto stored = session.derivedData(original.sha256, kThumbnailKind); stored)
        return {};
    else if (stored.error().code() != ErrorCode::NotFound)
        return stored.error();
    auto bytes = session.readOriginal(original.sha256, original.objectType, original.objectId);
    if (!bytes)
        return bytes.error();
    const QImage image = decodeThumbnail(*bytes);
    if (image.isNull())
        return {}; // a format Qt cannot show: the case view keeps its icon
    return session.storeDerivedData(original.sha256, kThumbnailKind, encodeThumbnail(image));
}

} // namespace ridgeline
