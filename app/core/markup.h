#pragma once

// The markup of one image (issue 6): what an examiner, or an engine, marked on a latent mark or on
// an exemplar impression. Plain values, no thread affinity: MarkupDocument (markupdocument.h) owns
// one with its undo stack and signals, markupjson.h reads and writes the "ridgeline-markup" format
// (docs/formats/markup.md).
//
// Coordinates are pixels of the ORIGINAL image, x right, y down, (0, 0) the top-left corner of the
// first pixel, so the centre of pixel (i, j) is (i + 0.5, j + 0.5), as in ViewTransform and the
// measurements. A point is inside the image when 0 <= x <= width and 0 <= y <= height.
// Directions are degrees in [0, 360), counter-clockwise as seen on screen with 0 pointing right
// (imaging::Minutia's convention: an ending points into its ridge, a bifurcation into the fork).
// Times are UTC with millisecond precision.

#include "app/core/error.h"
#include "app/core/ids.h"
#include "app/core/markupclaritymap.h"

#include <QDateTime>
#include <QList>
#include <QPointF>
#include <QSize>
#include <QString>

#include <array>
#include <optional>

namespace ridgeline {

using FeatureId = Id<struct MarkupFeatureIdTag>;

enum class FeatureType
{
    MinutiaEnding,
    MinutiaBifurcation,
    MinutiaUnknown, // a minutia whose kind cannot be told
    Core,
    Delta,
    Dot,
    IncipientRidge,
    Crease,
    Scar,
    DistinctiveFeature,
    Note,            // a point or an area with text
    ClassFeature,    // footwear: an element of the sole pattern
    AcquiredFeature, // footwear: wear, damage; what kind in MarkupFeature::subtype
};

inline constexpr std::array kFeatureTypes{
    FeatureType::MinutiaEnding,
    FeatureType::MinutiaBifurcation,
    FeatureType::MinutiaUnknown,
    FeatureType::Core,
    FeatureType::Delta,
    FeatureType::Dot,
    FeatureType::IncipientRidge,
    FeatureType::Crease,
    FeatureType::Scar,
    FeatureType::DistinctiveFeature,
    FeatureType::Note,
    FeatureType::ClassFeature,
    FeatureType::AcquiredFeature,
};

// How an overlay draws a type besides its colour, so no one has to tell types apart by colour.
enum class MarkerShape
{
    Circle,
    Square,
    Diamond,
    Star,
    Triangle,
    Dot,
    DashedLine,
    Line,
    ZigZag,
    Hexagon,
    Flag,
    Outline,
    DashedOutline,
};

// Which geometry a feature carries besides its position.
enum class FeatureGeometry
{
    None,
    Polyline, // at least 2 points, open
    Polygon,  // at least 3 points, closed (the last point joins the first; not repeated)
};

struct FeatureTypeInfo
{
    FeatureType type;
    const char *key;             // stable JSON key, e.g. "minutia-ending"
    const char *displayName;     // source text, context "ridgeline::Markup"; see featureTypeDisplayName
    const char *nonePresentText; // source text: "No deltas present"
    char shortcut;               // suggested one-key shortcut while a markup tool is active
    char symbol;                 // letter drawn beside the marker
    MarkerShape shape;
    bool hasDirection; // minutiae, cores and deltas may carry a direction
    bool allowsPolyline;
    bool allowsPolygon;
    bool footwear; // a footwear type (class or acquired feature)
};

const FeatureTypeInfo &featureTypeInfo(FeatureType type);
QString featureTypeKey(FeatureType type);
std::optional<FeatureType> featureTypeFromKey(QStringView key);
QString featureTypeDisplayName(FeatureType type); // translated
// The plural used in "none present" records ("No deltas present"), translated.
QString featureTypeNonePresentText(FeatureType type);
bool featureTypeAllows(FeatureType type, FeatureGeometry geometry);

enum class Confidence
{
    Low,
    Medium,
    High,
};
QString confidenceKey(Confidence confidence);
std::optional<Confidence> confidenceFromKey(QStringView key);
QString confidenceDisplayName(Confidence confidence);

QString featureGeometryKey(FeatureGeometry geometry);
std::optional<FeatureGeometry> featureGeometryFromKey(QStringView key);

// Who put a feature there. An automatic feature is a suggestion until someone accepts it; then it
// keeps its engine and records who reviewed it and when.
struct FeatureOrigin
{
    enum class Kind
    {
        Manual,
        Automatic,
    };
    Kind kind = Kind::Manual;
    QString engine;        // automatic: e.g. "ridgeline-extractor"
    QString engineVersion; // automatic
    QString reviewedBy;    // automatic, accepted: the user name; empty while a suggestion
    QDateTime reviewedUtc; // automatic, accepted

    static FeatureOrigin manual() { return {}; }
    static FeatureOrigin automatic(const QString &engine, const QString &version)
    {
        return {Kind::Automatic, engine, version, {}, {}};
    }
    bool isAutomatic() const { return kind == Kind::Automatic; }
    bool isReviewed() const { return !reviewedBy.isEmpty(); }
    friend bool operator==(const FeatureOrigin &, const FeatureOrigin &) = default;
};

struct MarkupFeature
{
    FeatureId id;
    FeatureType type = FeatureType::MinutiaEnding;
    QPointF position;                // the marker (for a line or an area: where its label goes)
    std::optional<double> direction; // degrees, see the top of this file; types with hasDirection
    FeatureGeometry geometryKind = FeatureGeometry::None;
    QList<QPointF> geometry; // polyline or polygon points; empty for None
    Confidence confidence = Confidence::Medium;
    QString author; // user name of whoever added it (or ran the engine)
    QDateTime createdUtc;
    QDateTime modifiedUtc;
    FeatureOrigin origin;
    bool afterExemplar = false; // added or changed after the examiner first saw an exemplar (GYRO orange)
    QString subtype;            // footwear types: e.g. "wear", "cut", "stone hole"
    QString text;               // notes, description of a distinctive feature

    const FeatureTypeInfo &info() const { return featureTypeInfo(type); }
    friend bool operator==(const MarkupFeature &, const MarkupFeature &) = default;
};

// The markup of one image, identified by the SHA-256 of the original's bytes and its size.
struct Markup
{
    QString imageSha256; // 64 lowercase hex digits
    QSize imageSize;     // pixels of the original
    // When the examiner first saw an exemplar for this mark (null: not yet). From then on every
    // feature added or changed is flagged afterExemplar.
    QDateTime exemplarFirstSeenUtc;
    QList<MarkupFeature> features;    // in the order they were added
    QList<MarkupFeature> suggestions; // engine output not yet accepted (origin automatic, not reviewed)
    QList<QPointF> regionOfInterest;  // one polygon; empty: none drawn
    QList<FeatureType> nonePresent;   // types the examiner recorded as absent, in kFeatureTypes order
    ClarityMap clarity;

    // An empty markup of an image, with a clarity grid of the default cell size.
    static Markup forImage(const QString &sha256, QSize size);

    qsizetype indexOfFeature(const FeatureId &id) const;
    qsizetype indexOfSuggestion(const FeatureId &id) const;
    const MarkupFeature *feature(const FeatureId &id) const; // nullptr when absent; valid until the next change
    bool isNonePresent(FeatureType type) const { return nonePresent.contains(type); }
    bool contains(QPointF point) const; // inside the image (edges included)
    friend bool operator==(const Markup &, const Markup &) = default;
};

// What is wrong with a feature, or ok. Checks the fields against the type (direction, geometry,
// subtype), coordinates inside the image, times, author and origin. BadInput with the reason;
// callers add which feature.
Status validateFeature(const MarkupFeature &feature, QSize imageSize);
// Empty, or a polygon of at least 3 points inside the image.
Status validateRegionOfInterest(const QList<QPointF> &polygon, QSize imageSize);
// The whole markup: the image, every feature and suggestion (no duplicate ids), the region of
// interest, "none present" against the features, the clarity grid. BadInput naming the item.
Status validateMarkup(const Markup &markup);

// "feature 3 (6f1c1f3e-…)" or "suggestion 3 (…)": how messages name a feature (index 0-based,
// shown 1-based), translated.
QString describeFeature(qsizetype index, const FeatureId &id, bool suggestion = false);

} // namespace ridgeline

Q_DECLARE_METATYPE(ridgeline::FeatureId)
Q_DECLARE_METATYPE(ridgeline::FeatureType)
