#pragma once

// What the reports of issue 8 print, as plain values: the court chart of one mark against one
// exemplar impression, the case report, and the status summary for a victim or a prosecutor. The
// services fill these from the workspace (services/reportbuilder.h); the renderers in this folder
// lay them out with QPdfWriter/QPainter and never reach back into the workspace. Every text field
// is already translated and formatted for the reader's language; times are UTC and the renderer
// prints them in the locale it is given.

#include "app/core/statusfacts.h"

#include <QDateTime>
#include <QImage>
#include <QList>
#include <QPoint>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

namespace ridgeline::reports {

// Printed at the foot of every page and in the document's metadata.
struct ReportFooter
{
    QString softwareVersion; // "Ridgeline 0.8.0"
    QString generatedBy;     // display name and user name of whoever made the report
    QDateTime generatedUtc;
    QString workspaceId; // so a printed page can be traced to the workspace it came from
};

// One image placed on a chart: the pixels embedded at their own resolution (never resampled), the
// part of the original they show (`origin` is the crop's top-left in the original's pixels, so a
// feature at original pixel p is drawn at p - origin), and what identifies them.
struct ChartImage
{
    QImage image;            // what is printed: the original or the recipe's output, cropped
    QPoint origin;           // top-left of `image` in the original's pixel coordinates
    double ppi = 0.0;        // pixels per inch of the original; 0: not calibrated
    QString calibration;     // how the ppi was obtained, in words ("two points on the scale")
    QString originalSha256;  // hex SHA-256 of the original file as received
    QString displayedSha256; // hex SHA-256 of the printed pixels' source (recipe output), may equal the original's
    QString caption;         // "Mark EP/2, latent finger mark" / "HUGHES Siân, left thumb, card TP/6"
};

// A numbered correspondence: the same number beside the feature on both sides.
struct ChartPair
{
    int number = 0;
    QPointF mark;     // original pixel coordinates of the mark's feature
    QPointF exemplar; // original pixel coordinates of the exemplar's feature
};

// A non-correspondence or unclear area noted on one side.
struct ChartNote
{
    bool onMark = true;    // false: on the exemplar
    QList<QPointF> points; // one point or a polygon, original pixel coordinates
    QString label;         // "Non-correspondence: ..." already translated
};

// Who did what, printed in the chart's and the report's signature blocks.
struct ChartAttestation
{
    QString role;      // "Examiner", "Verifier", "Supervisor (sign-off)"
    QString person;    // display name (user name)
    QString statement; // "Identification", "Verified blind: identification", "Signed off, revision 1"
    QDateTime whenUtc;
    QString fingerprint; // signature key fingerprint or record hash, may be empty
};

struct CourtChart
{
    QString caseReference;
    QString exhibitReference; // the mark's
    QString title;            // "Court chart: mark EP/2 and HUGHES Siân, left thumb"
    ChartImage mark;
    ChartImage exemplar;
    QList<ChartPair> pairs; // ascending number
    QList<ChartNote> notes;
    // Magnification both images are printed at, as a multiple of natural size (both images are
    // calibrated). 0: let the renderer choose the largest of 10, 8, 6, 5, 4, 3, 2, 1 that fits.
    // When either image is uncalibrated the images are printed to fit and the chart says that no
    // scale can be stated (no ruler is drawn then).
    double magnification = 0.0;
    QStringList enhancement;    // one line per recipe step; empty: "No enhancement: the original is shown"
    QString conclusion;         // the conclusion that stands, in words
    QString comparisonRevision; // "comparison revision 3, SHA-256 ab12…" identifying the chart's source
    QList<ChartAttestation> attestations;
    ReportFooter footer;
};

// One entry of a mark's history in the case report.
struct ReportEvent
{
    QDateTime whenUtc;
    QString who;
    QString what; // a sentence: "Submitted for verification", "Returned for rework: ..."
};

// A conclusion, verification or resolution record.
struct ReportConclusion
{
    QString stage;    // "Examination", "Verification (blind)", "Resolution"
    QString result;   // "Identification", "Exclusion", "Inconclusive"
    QString exemplar; // "HUGHES Siân, left thumb (TP/6)"; may be empty
    QString by;
    QDateTime whenUtc;
    QString basis;
    QString sha256; // the record's hash
};

struct ReportMark
{
    QString exhibitReference;
    QString kind;  // "Latent finger mark"
    QString state; // the ACE-V stage in words
    QString originalSha256;
    QString provenance; // "Captured 3 March 2026 by ... at ..., device ..." as one sentence
    QString examiner;
    QString verifier;
    // The analysis snapshot; `analysed` false: "Not analysed yet" is printed and the rest ignored.
    bool analysed = false;
    QString value;             // "Of value for identification"
    QStringList analysisLines; // substrate, development, distortion, notes, feature counts
    QString analysisSha256;
    QDateTime analysisUtc;
    // Features changed after the examiner first saw an exemplar. Empty with `analysed`:
    // "0 changes after exposure" is printed.
    QStringList changesAfterExposure;
    QDateTime firstExposureUtc; // null: no exemplar seen
    QList<ReportConclusion> conclusions;
    QList<ReportEvent> history; // stage changes, oldest first, conflicts among them
    QStringList withheld;       // what the reader may not see yet and why
};

struct ReportSignOff
{
    int revision = 0;
    QString supervisor;
    QDateTime signedUtc;
    QString documentSha256; // hex
    QString keyFingerprint; // SignOffRecord::keyFingerprint()
    bool inForce = true;
    QString voided;    // "Voided 4 March 2026 by ...: reason"; empty when in force
    QStringList marks; // exhibit references
};

struct ReportAuditLine
{
    QDateTime whenUtc;
    QString user;
    QString action;
    QString object;
    QString detail;
};

struct CaseReport
{
    QString caseReference;
    QString force;
    QString offence;
    QString officerInCase;
    QString status;
    QDateTime createdUtc;
    QString summary;
    QStringList persons;   // "HUGHES Siân (suspect), born 1 May 1990, PNC 12/345678A"
    QStringList documents; // "Witness statement (MG11), 2 pages, SHA-256 …"
    QList<ReportMark> marks;
    QList<ReportSignOff> signOffs; // newest first
    QString signOffStatus;         // one sentence: in force / voided / none
    QList<ReportAuditLine> audit;  // the excerpt: the case's events, oldest first
    int auditTotal = 0;            // events of the case in the trail (the excerpt may be shorter)
    QString auditVerification;     // "Audit trail verified: 205 events, chain intact" or the failure
    QList<CourtChart> charts;      // appended as court chart pages
    ReportFooter footer;
};

enum class SummaryAudience
{
    Victim,
    Prosecutor,
};

struct StatusSummary
{
    SummaryAudience audience = SummaryAudience::Victim;
    VictimSummaryFacts facts;
    QDate asOf;
    QString contact; // for the prosecutor: the officer in the case; for the victim: empty (generic)
    ReportFooter footer;
};

} // namespace ridgeline::reports
