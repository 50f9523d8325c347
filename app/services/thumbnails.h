#pragma once

// Thumbnails of originals: the one decoder the case view and intake share, and the post-import
// hook that stores one per image original as derived data (kind "thumbnail", PNG).

#include "app/services/postimport.h"

#include <QByteArray>
#include <QImage>

namespace ridgeline {

inline constexpr int kThumbnailPixels = 192; // longest side: 96 device-independent px at 2x
inline const QString kThumbnailKind = QStringLiteral("thumbnail");

// Decodes at most what a thumbnail of `size` needs: the reader scales while decoding where the
// format allows it, and Qt's allocation limit refuses absurd headers before any pixel is
// allocated. Null when Qt cannot decode the format (JPEG 2000 without the plug-in) or the bytes.
QImage decodeThumbnail(const QByteArray &bytes, int size = kThumbnailPixels);
QByteArray encodeThumbnail(const QImage &image); // PNG

// Stores a thumbnail of each image original (marks, exemplars, documents that are images) unless
// one is stored already; PDFs get theirs (first page) while they are checked. Reading the original
// is audited as a read of evidence like any other; users whose role may not view evidence (an
// administrator who imports) are skipped without a refusal: the viewer builds it on first view.
class ThumbnailHook final : public PostImportHook
{
public:
    QString name() const override;
    Status process(WorkspaceSession &session, const ImportedOriginal &original) override;
};

} // namespace ridgeline
