#pragma once

// ANSI/NIST-ITL exports (issue 9): a mark with its features, or a person's exemplar impressions,
// as a 1-2011 transaction in the traditional encoding, built from the workspace as the signed-in
// user may see it (the session's rules apply: role, blind verification, sequestration; reading
// the originals is audited as a read of evidence).
//
//  - exportMarkAn2k: Type-1, Type-2 (IDC 0: 2.009 case reference, 2.011 exhibit), Type-9 (IDC 1,
//    extended feature set: the features of the mark's newest committed markup revision, or of the
//    committed analysis's markup snapshot when no revision was committed, with its region of
//    interest and none-present records; examiner and value from the committed analysis, method
//    of detection = the analysis's development method) and Type-13 (IDC 1: the ORIGINAL image's
//    pixels, 8-bit grey, uncompressed, at the calibrated ppi rounded to a whole number; the Type-9
//    uses that same ppi, so features and image agree). An uncalibrated mark is refused: a Type-13
//    needs a resolution. Suggestions (unreviewed engine output) are not exported.
//  - exportPersonExemplarsAn2k: Type-1, Type-2 (IDC 0: case reference, 2.018 name, 2.022 date of
//    birth) and one Type-14 per exemplar impression of the person linked to the case (IDC 1, 2, ...;
//    14.013 finger position, 14.003 impression type 3 rolled / 2 plain, non-live-scan).
//
// Before anything leaves: validateAn2k on the transaction as read back by An2kReader from the
// bytes, and the read-back compared field by field with what was built (Internal when they
// differ). Then `deliver` (e.g. writing the file) runs, then the audit event "export-an2k" on the
// case (details: what, mark or person, records, bytes, SHA-256); if recording fails, `undo` takes
// the delivery back. Without `deliver` the caller gets the bytes only after they were recorded.
// Needs Action::ExportReport. Blocking: call from a worker thread or the CLI.

#include "app/services/workspacesession.h"

#include <functional>

namespace ridgeline {

struct An2kExportOptions
{
    QByteArray originatingAgency = "RIDGELINE"; // 1.008 ORI and the images' source agency (x.004)
    QByteArray destinationAgency = "RIDGELINE"; // 1.007 DAI
    std::function<Status(const QByteArray &bytes)> deliver;
    std::function<void()> undo;
};

struct An2kExport
{
    QByteArray bytes;
    QString sha256; // hex, as recorded in the audit event
    QString what;   // "mark" or "person"
    QString caseReference;
    QString subject;        // the exhibit reference, or the person's display name
    int records = 0;        // including Type-1
    int features = 0;       // mark: features written to the Type-9 (minutiae, cores, deltas)
    int images = 0;         // Type-13 or Type-14 records
    double ppi = 0;         // mark: the calibrated ppi; the image records carry it rounded
    int markupRevision = 0; // 0: the analysis snapshot was exported (no committed markup revision)
    QString markupSource;   // translated: "markup revision 2" or "the analysis snapshot"
};

Result<An2kExport> exportMarkAn2k(WorkspaceSession &session, const MarkId &mark, const An2kExportOptions &options = {});

// `person`: the id, or the display name ("FAMILY, Given") case-insensitively, of a person linked
// to the case.
Result<An2kExport> exportPersonExemplarsAn2k(WorkspaceSession &session, const CaseId &caseId, const QString &person,
                                             const An2kExportOptions &options = {});

} // namespace ridgeline
