#pragma once

// Type-9 minutiae records of ANSI/NIST-ITL 1-2011 to and from Ridgeline's markup (issue 9).
//
// Three blocks of a Type-9 record carry features; readType9 takes the richest one present:
//  - ExtendedFeatureSet (EFS, fields 9.300-9.399 of ANSI/NIST-ITL 1-2011): positions in units of
//    10 micrometres (0.01 mm) from the top-left corner of the region of interest's bounding box
//    (9.300 items 3 and 4 give that corner's offset from the image's top-left corner), y down;
//    directions in integer degrees counter-clockwise from the right. Ridge endings point up the
//    ridge, bifurcations down the valley between the branches: Ridgeline's convention (markup.h).
//  - M1 (INCITS 378 fields 9.126-9.150): positions in pixels of the image, origin top-left, y
//    down (a pixel index, so its centre is index + 0.5); directions in units of 2 degrees.
//  - Standard (fields 9.005-9.012, the NIST/IAFIS-era block): positions in units of 0.01 mm from
//    the image's BOTTOM-left corner, y up; directions in integer degrees counter-clockwise. Since
//    both systems turn counter-clockwise as seen, a direction is carried over unchanged.
//
// EFS fields read and written (item layouts per ANSI/NIST-ITL 1-2011 section 8.9.7):
//   9.300 ROI  region of interest: width, height, horizontal offset, vertical offset, polygon
//              "x,y-x,y-..." relative to the offsets. Written as the whole image (offsets 0) with
//              the markup's polygon when there is one; read back as the polygon, as the rectangle
//              when there is no polygon and the rectangle is smaller than the image, else none.
//   9.302 FPP  finger position: written as 0 (unknown finger), the field is mandatory for EFS.
//   9.320 COR  cores: x, y, direction (optional).
//   9.321 DEL  deltas: x, y, direction up (optional; Ridgeline keeps one direction per delta).
//   9.325 NCOR / 9.326 NDEL / 9.334 NMIN: no cores / deltas / minutiae present (written "Y";
//              their presence is what counts when read). NMIN stands for all three minutia types:
//              written only when endings, bifurcations and unknown minutiae are all recorded absent.
//   9.331 MIN  minutiae: x, y, theta, type E (ending), B (bifurcation), X (either: unknown).
//   9.351 COM  comment: the method of detection (Ridgeline: the mark's development method, free
//              text). When a file has no 9.351, the 9.352 LPM codes are read into it ("NIN, IOD").
//   9.353 EAA  examiner analysis assessment: value (VALUE, LIMITED, NOVALUE, NONPRINT), examiner
//              family name, given name, affiliation, date (YYYYMMDD). The examiner lives here, not
//              in 9.902 ANN, whose items (GMT, algorithm name/version, owner, process) name no person.
//   9.902 ANN  annotation: written (when, "Ridgeline <version>", "Ridgeline", what was written);
//              read past.
// Fields not listed are read past and not written.
//
// Round trip through type9Record and readType9 at ppi P: positions within 0.005 mm, i.e.
// 0.5 * 2540 / P / 100 pixels (0.099 px at 500 ppi, 0.049 px at 1000 ppi); directions within
// 0.5 degree (whole degrees); types, region of interest (same precision), none-present flags,
// examiner, method of detection and value exactly.
//
// Features read from a file are automatic, from an engine named "ANSI/NIST-ITL Type-9 EFS" (or
// "... M1", "... standard"), version "1-2011" ("INCITS 378" for M1). When the record names an
// examiner (EFS 9.353) they are markup.features, authored and reviewed by that examiner at the
// assessment's date; otherwise (M1, standard, EFS without 9.353) they are markup.suggestions,
// author "ANSI/NIST-ITL", for the importing examiner to accept or reject.
// Types other than minutiae, cores and deltas are not carried by Type-9 and are not written.
//
// Plain functions, no state: any thread.

#include "app/core/error.h"
#include "app/core/markup.h"
#include "app/interop/an2ktransaction.h"

#include <QSize>
#include <QString>

namespace ridgeline::interop {

// Which Type-9 block the features came from.
enum class Type9Block
{
    Standard,
    M1,
    ExtendedFeatureSet
};

struct Type9Markup
{
    Markup markup; // features (minutiae ending/bifurcation/unknown, cores, deltas), region of interest, nonePresent
    Type9Block block = Type9Block::ExtendedFeatureSet;
    QString examiner;          // EFS examiner (9.353) when present, "family, given (agency)"
    QString methodOfDetection; // EFS comment 9.351 (or the 9.352 codes) when present
    int imdIdc = -1;           // 9.002 IDC: the image record it describes
    // 9.353 value assessment as written: "VALUE", "LIMITED", "NOVALUE" or "NONPRINT"; empty when
    // unknown (9.353 is then written with that item empty).
    QString analysisValue;
};

// Reads the best block present (EFS first, then M1, then standard). `imageSize` and `ppi` of the
// image record it describes convert units. Unreadable or inconsistent fields (a feature outside
// the image, a none-present flag beside features of that kind): BadInput naming record and field.
// The markup's imageSha256 is left empty for the caller to fill.
Result<Type9Markup> readType9(const An2kRecord &record, QSize imageSize, double ppi);

// The EFS Type-9 record for a mark's markup (fields 9.001 LEN is filled by the writer).
An2kRecord type9Record(const Type9Markup &markup, int idc, QSize imageSize, double ppi);

// The engine name readType9 gives features of that block ("ANSI/NIST-ITL Type-9 EFS").
QString type9EngineName(Type9Block block);

} // namespace ridgeline::interop
