#pragma once

// A comparison of a mark with one exemplar impression (issue 6): the two markups it joins, which
// exemplar that is, the numbered correspondences, the non-correspondences and unclear areas, and
// the alignment if one was computed. Plain values, no thread affinity;
// MarkupComparisonDocument (markupcomparisondocument.h) edits one with undo, markupjson.h reads and
// writes the "ridgeline-comparison" format (docs/formats/markup.md). The left side is the mark,
// the right side the exemplar; coordinates are pixels of each side's original image (markup.h).

#include "app/core/markup.h"

#include <QTransform>

#include <array>

namespace ridgeline {

using ComparisonId = Id<struct MarkupComparisonIdTag>;
using AnnotationId = Id<struct ComparisonAnnotationIdTag>;

enum class ComparisonSide
{
    Left,  // the mark
    Right, // the exemplar
};
QString comparisonSideKey(ComparisonSide side); // "left", "right"
std::optional<ComparisonSide> comparisonSideFromKey(QStringView key);

struct ExemplarReference
{
    PersonId person;
    ImpressionId impression;
    QString card;           // the tenprint card's reference as printed on it; may be empty
    int fingerPosition = 0; // ANSI/NIST-ITL position, see fingerPositionDisplayName (domain.h)
    friend bool operator==(const ExemplarReference &, const ExemplarReference &) = default;
};

// One pair of corresponding features. The number is what charts and reports show: given once
// (the lowest free number), never changed except by an explicit renumbering.
struct Correspondence
{
    int number = 0;
    FeatureId left;  // a feature of the mark's markup
    FeatureId right; // a feature of the exemplar's markup
    QString author;
    QDateTime createdUtc;
    friend bool operator==(const Correspondence &, const Correspondence &) = default;
};

enum class ComparisonAnnotationKind
{
    NonCorrespondence, // something in one image that is not in the other where it should be
    Unclear,           // an area of one image that cannot be compared
};
QString comparisonAnnotationKindKey(ComparisonAnnotationKind kind);
std::optional<ComparisonAnnotationKind> comparisonAnnotationKindFromKey(QStringView key);
QString comparisonAnnotationKindDisplayName(ComparisonAnnotationKind kind); // translated

struct ComparisonAnnotation
{
    AnnotationId id;
    ComparisonAnnotationKind kind = ComparisonAnnotationKind::NonCorrespondence;
    ComparisonSide side = ComparisonSide::Left;
    QList<QPointF> points; // one point, or a polygon of at least 3 points
    QString text;
    QString author;
    QDateTime createdUtc;
    friend bool operator==(const ComparisonAnnotation &, const ComparisonAnnotation &) = default;
};

enum class AlignmentKind
{
    Similarity, // rotation, uniform scale, translation
    Affine,
};
QString alignmentKindKey(AlignmentKind kind);
std::optional<AlignmentKind> alignmentKindFromKey(QStringView key);

// Maps left (mark) pixels to right (exemplar) pixels:
// right = (m[0] x + m[1] y + m[2], m[3] x + m[4] y + m[5]).
struct Alignment
{
    AlignmentKind kind = AlignmentKind::Similarity;
    std::array<double, 6> matrix{1, 0, 0, 0, 1, 0};
    QList<int> pairs; // numbers of the correspondences it was computed from, ascending
    QString author;
    QDateTime createdUtc;

    QPointF map(QPointF left) const;
    QTransform transform() const;
    friend bool operator==(const Alignment &, const Alignment &) = default;
};

// What removing features took out of a comparison, so undo can put it back.
struct PairsDrop
{
    QList<Correspondence> pairs;
    std::optional<Alignment> alignment; // dropped because it was computed from one of the pairs
    bool isEmpty() const { return pairs.isEmpty() && !alignment; }
};

struct MarkupComparison
{
    ComparisonId id;
    QString leftSha256;  // the mark's markup (its image's SHA-256)
    QString rightSha256; // the exemplar's markup
    ExemplarReference exemplar;
    QString author;
    QDateTime createdUtc;
    QList<Correspondence> pairs; // ascending number
    QList<ComparisonAnnotation> annotations;
    std::optional<Alignment> alignment;

    const Correspondence *pair(int number) const; // nullptr when absent
    const Correspondence *pairOf(ComparisonSide side, const FeatureId &feature) const;
    int nextPairNumber() const; // the lowest number >= 1 not in use
    qsizetype indexOfAnnotation(const AnnotationId &id) const;
    friend bool operator==(const MarkupComparison &, const MarkupComparison &) = default;
};

// The integrity rules: both markups are the ones named; every pair has a unique number >= 1 and
// refers to features present in its markup (not suggestions), each feature in at most one pair;
// annotations inside their image; the alignment finite, of its kind, from existing pairs.
// BadInput naming the pair or item and the reason.
Status validateComparison(const MarkupComparison &comparison, const Markup &left, const Markup &right);

} // namespace ridgeline

Q_DECLARE_METATYPE(ridgeline::AnnotationId)
