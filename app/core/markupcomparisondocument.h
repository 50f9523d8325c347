#pragma once

// A comparison of two open markups (the mark on the left, an exemplar on the right) with its own
// undo stack (issue 6). The UI states intent through the methods below, each one undo step,
// refused with a reason when it would break an integrity rule: a pair joins two features present
// in their markups (not suggestions), a feature is in at most one pair, numbers are given once.
// Removing a feature from either markup (by any command) removes its pairs here, and undoing the
// removal puts them back. The markups are not owned and must not be the same document; this
// document detaches from them when either is destroyed or it is. UI thread.

#include "app/core/markupcomparison.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUndoStack>

#include <functional>

namespace ridgeline {

class MarkupDocument;

class MarkupComparisonDocument : public QObject
{
    Q_OBJECT
public:
    // A new, empty comparison of the two markups' images.
    MarkupComparisonDocument(MarkupDocument *left, MarkupDocument *right, QObject *parent = nullptr);
    ~MarkupComparisonDocument() override;

    MarkupDocument *left() const { return m_left.data(); }
    MarkupDocument *right() const { return m_right.data(); }
    MarkupDocument *markup(ComparisonSide side) const { return side == ComparisonSide::Left ? left() : right(); }

    const MarkupComparison &comparison() const { return m_comparison; }
    // Replaces the whole comparison (opening saved work): validated against the two markups,
    // undo history cleared, comparisonReset() follows.
    Status setComparison(MarkupComparison comparison);
    const QList<Correspondence> &pairs() const { return m_comparison.pairs; }
    std::optional<Correspondence> pair(int number) const;
    std::optional<Correspondence> pairOf(ComparisonSide side, const FeatureId &feature) const;
    int nextPairNumber() const { return m_comparison.nextPairNumber(); }
    const QList<ComparisonAnnotation> &annotations() const { return m_comparison.annotations; }
    const std::optional<Alignment> &alignment() const { return m_comparison.alignment; }

    // Which impression the right side is, set when the comparison is made (not an edit: no undo).
    void setExemplar(const ExemplarReference &exemplar) { m_comparison.exemplar = exemplar; }
    QString userName() const { return m_userName; }
    void setUserName(const QString &userName);
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    QUndoStack *undoStack() { return &m_undo; }
    // Where the intents push their commands: undoStack() unless another stack was set. A window
    // that edits the comparison and both markups gives all three one stack (setCommandStack here
    // and MarkupDocument::setCommandStack), so one Undo takes back the last step whichever
    // document it was in. Not owned; must outlive the edits.
    QUndoStack *commandStack() { return m_commandStack ? m_commandStack.data() : &m_undo; }
    void setCommandStack(QUndoStack *stack) { m_commandStack = stack; }

    // --- Intents (each one undo step) ---
    // Pairs two features under the lowest free number, which it returns.
    Result<int> linkPair(const FeatureId &left, const FeatureId &right);
    Status unlinkPair(int number);
    // Closes the gaps: the pairs become 1..n in their current order.
    Status renumberPairs();
    // One point, or a polygon of at least 3 points, in the side's image.
    Result<AnnotationId> addAnnotation(ComparisonAnnotationKind kind, ComparisonSide side, const QList<QPointF> &points,
                                       const QString &text = {});
    Result<AnnotationId> markNonCorrespondence(ComparisonSide side, const QList<QPointF> &points,
                                               const QString &text = {})
    {
        return addAnnotation(ComparisonAnnotationKind::NonCorrespondence, side, points, text);
    }
    Result<AnnotationId> markUnclear(ComparisonSide side, const QList<QPointF> &points, const QString &text = {})
    {
        return addAnnotation(ComparisonAnnotationKind::Unclear, side, points, text);
    }
    Status removeAnnotation(const AnnotationId &id);
    // Records the transform computed from these pairs (matrix: see Alignment).
    Status setAlignment(AlignmentKind kind, const std::array<double, 6> &matrix, QList<int> pairs);
    Status clearAlignment();

Q_SIGNALS:
    void pairsChanged();
    void annotationsChanged();
    void alignmentChanged();
    void comparisonReset();

private:
    friend class ComparisonCommand;
    friend class MarkupDocument;

    Status refuse(ErrorCode code, const QString &reason) const;
    Status checkReady() const;
    QDateTime now() const;
    ComparisonSide sideOf(const MarkupDocument *markup) const;

    // Raw mutations for the commands and the markups: no undo, emit the signals.
    PairsDrop dropPairsOf(const MarkupDocument *markup, const FeatureId &feature);
    PairsDrop takePair(int number);
    void restorePairs(const PairsDrop &drop);
    // Gives pairs new numbers (old -> new; numbers not in the map stay). A number already taken
    // (only possible when another stack changed the pairs meanwhile) becomes the lowest free one.
    void renumber(const QHash<int, int> &numbers);
    void insertAnnotation(qsizetype index, const ComparisonAnnotation &annotation);
    qsizetype eraseAnnotation(const AnnotationId &id); // its former index, -1 when absent
    void replaceAlignment(const std::optional<Alignment> &alignment);

    QPointer<MarkupDocument> m_left;
    QPointer<MarkupDocument> m_right;
    MarkupComparison m_comparison;
    QString m_userName;
    std::function<QDateTime()> m_clock;
    QUndoStack m_undo;
    QPointer<QUndoStack> m_commandStack;
};

} // namespace ridgeline
