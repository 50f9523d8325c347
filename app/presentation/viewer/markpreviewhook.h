#pragma once

#include "app/services/postimport.h"

namespace ridgeline {

// The mark viewer's post-import hook: stores each imported mark's preview (derived data, see
// encodeMarkPreview) so that even its first opening in the viewer shows at once while the original
// decodes. Skips non-image originals, small images (they decode fast), marks that already have
// one and users whose role may not view evidence (the viewer then stores it on first view). Runs
// on the session's worker thread; reading the original is audited like any read of evidence.
class MarkPreviewHook final : public PostImportHook
{
public:
    QString name() const override;
    Status process(WorkspaceSession &session, const ImportedOriginal &original) override;
};

} // namespace ridgeline
