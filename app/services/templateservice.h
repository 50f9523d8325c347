#pragma once

// ISO/IEC 19794-2:2005 minutiae templates of a mark (issue 9), for the workspace side of
// `ridgeline-cli template` (docs/cli.md, docs/formats/iso19794-2.md). Everything goes through the
// session as the signed-in user may see and change the mark (blind verification, sequestration,
// AnnotateMark for writing the draft), and both directions are audited ("export-template",
// "import-template", with the template's SHA-256). Blocking: call from a worker thread or the CLI.

#include "app/interop/iso19794.h"
#include "app/services/workspacesession.h"

namespace ridgeline {

struct ExportedTemplate
{
    QByteArray bytes;           // the record, written whole by the caller
    QString sha256;             // hex, as recorded in the audit event
    int revision = 0;           // the committed markup revision it was made from
    double ppi = 0.0;           // resolution written (0: uncalibrated, the record states 0)
    int suggestionsLeftOut = 0; // minutiae, cores and deltas still suggestions: not in the record
    interop::Iso19794Record record;
};

struct ImportedTemplate
{
    QString sha256;       // of the template's bytes, as recorded
    int baseRevision = 0; // the committed markup revision the draft builds on (0: none)
    int suggestions = 0;  // points added to the draft as suggestions
    bool replacedDraft = false;
};

class TemplateService
{
public:
    explicit TemplateService(WorkspaceSession &session);

    // The newest committed markup revision of `mark` as a record: NotFound when the mark has no
    // committed markup; the session's refusals as they come (PermissionDenied, Corrupt).
    Result<ExportedTemplate> exportTemplate(const Mark &mark);

    // Saves the template's minutiae, cores and deltas as the user's markup DRAFT of `mark`: the
    // newest committed markup (or an empty one) with the points added as suggestions (origin
    // ISO/IEC 19794-2:2005) for the examiner to accept one by one. Refused, with nothing saved:
    // a record that does not read (BadInput naming the byte), more than one finger view, an image
    // size other than the mark's original (BadInput naming both), an existing draft unless
    // `replaceDraft` (Conflict).
    Result<ImportedTemplate> importTemplate(const Mark &mark, const QByteArray &bytes, bool replaceDraft);

private:
    WorkspaceSession &m_session;
};

} // namespace ridgeline
