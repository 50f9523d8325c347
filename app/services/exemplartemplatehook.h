#pragma once

// Builds the search template of each exemplar impression an import files, in the background after
// the import (decision 0004), so that the first search does not have to.

#include "app/services/postimport.h"

namespace ridgeline {

class ExemplarTemplateHook final : public PostImportHook
{
public:
    QString name() const override;
    // Skips originals that are not exemplars and exemplars whose template is current. Users whose
    // role may neither search nor import build nothing (the first search builds it).
    Status process(WorkspaceSession &session, const ImportedOriginal &original) override;
};

} // namespace ridgeline
