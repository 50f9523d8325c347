#pragma once

// Work that follows a committed import in the background (decision 0003, issue 4: "afterwards, in
// the background: thumbnails and tile pyramids"). Everything done here is derived data that can be
// rebuilt from the originals at any time, so a failure never undoes, blocks or fails the import:
// it is reported and the viewer rebuilds what is missing on demand.
//
// Where it plugs in: IntakeController (app/presentation/inbox) holds a list of hooks, starting
// with ThumbnailHook (app/services/thumbnails.h); the mark viewer adds its tile-pyramid hook with
// IntakeController::addPostImportHook(). Each hook is called once per imported original, on the
// session's worker thread, one original per session job so that other work of the window
// interleaves with it.

#include "app/core/error.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace ridgeline {

class WorkspaceSession;

// One original a committed import filed: what it is evidence of and how to read it.
struct ImportedOriginal
{
    QByteArray sha256;  // raw 32 bytes
    QString objectType; // "mark", "exemplar", "document": the audit object of a read
    QString objectId;
    QString mediaType; // "image/png", "application/pdf", ...
};

class PostImportHook
{
public:
    virtual ~PostImportHook() = default;
    // For messages: "thumbnails", "tile pyramids".
    virtual QString name() const = 0;
    // Builds and stores (WorkspaceSession::storeDerivedData) what this hook derives from one
    // original. Skips originals it does not apply to and ones whose data is already stored.
    virtual Status process(WorkspaceSession &session, const ImportedOriginal &original) = 0;
};

using PostImportHooks = QList<std::shared_ptr<PostImportHook>>;

} // namespace ridgeline
