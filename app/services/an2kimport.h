#pragma once

#include "app/core/error.h"
#include "app/core/importplan.h"
#include "app/imaging/imageinspector.h"

#include <QByteArray>
#include <QString>

namespace ridgeline {

// What the caller knows about an ANSI/NIST-ITL transaction that the transaction may not say.
struct An2kImportRequest
{
    QString path;
    QString caseReference; // empty: from the transaction (2.009 OCA, else 1.009 TCN) or refused
    QString operatorName;  // who filed it, recorded as the sender
};

struct An2kImportLimits
{
    qint64 maxFileBytes = qint64(1) << 30;
    imaging::InspectLimits image;
};

// True for the file names imported as ANSI/NIST-ITL transactions (.an2, .an2k, .eft, .nist).
bool isAn2kFileName(const QString &path);

// Maps one ANSI/NIST-ITL 1-2011 transaction to an ImportPlan (docs/formats/an2k.md, "Import"):
// the file itself kept whole as a document, Type-2 text to the person and the case, Type-13 (and
// Type-7) latents to marks, Type-3/4/5/6/14 to finger and Type-15 to palm exemplar impressions,
// every image decoded and checked against its declared size. All or nothing: the first record
// that cannot be mapped gives ErrorCode::BadInput naming the file, record and field. Side-effect
// free; any thread (decoding a large transaction takes seconds: call it from a worker).
Result<ImportPlan> prepareAn2kImport(const QByteArray &fileBytes, const QString &fileName,
                                     const An2kImportRequest &request, const An2kImportLimits &limits = {});

// Reads `request.path` (a regular file within limits.maxFileBytes) and prepares it as above.
Result<ImportPlan> prepareAn2kFile(const An2kImportRequest &request, const An2kImportLimits &limits = {});

} // namespace ridgeline
