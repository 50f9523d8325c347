#pragma once

// The undo commands of markups and comparisons (issue 6). Each keeps value snapshots and refers
// to features, pairs and annotations by id, never by pointer, and holds its document through a
// QPointer: a command whose document is gone does nothing. The documents' intents create them;
// the UI does not (markupdocument.h, markupcomparisondocument.h). UI thread.

#include "app/core/markupcomparisondocument.h"
#include "app/core/markupdocument.h"

#include <QPointer>
#include <QUndoCommand>

namespace ridgeline {

// Command ids for QUndoCommand::id(): commands with the same id and the same non-zero merge key
// in a row merge into one undo step (a drag, a brush stroke).
inline constexpr int kMoveFeatureMergeId = 0x4d4b01;
inline constexpr int kFeatureDirectionMergeId = 0x4d4b02;
inline constexpr int kPaintClarityMergeId = 0x4d4b03;

class MarkupCommand : public QUndoCommand
{
protected:
    MarkupCommand(MarkupDocument *document, const QString &text);
    MarkupDocument *document() const { return m_document.data(); }

    // The document's raw mutations (MarkupDocument grants access to this class only).
    static void insertFeature(MarkupDocument *d, const TakenFeature &taken) { d->insertFeature(taken); }
    static TakenFeature takeFeature(MarkupDocument *d, const FeatureId &id) { return d->takeFeature(id); }
    static void replaceFeature(MarkupDocument *d, const MarkupFeature &f) { d->replaceFeature(f); }
    static void insertSuggestion(MarkupDocument *d, qsizetype index, const MarkupFeature &f)
    {
        d->insertSuggestion(index, f);
    }
    static MarkupFeature takeSuggestion(MarkupDocument *d, qsizetype index) { return d->takeSuggestion(index); }
    static void replaceSuggestions(MarkupDocument *d, const QList<MarkupFeature> &s) { d->replaceSuggestions(s); }
    static void applyClarity(MarkupDocument *d, const ClarityChange &c, bool forward) { d->applyClarity(c, forward); }
    static void replaceRegionOfInterest(MarkupDocument *d, const QList<QPointF> &p) { d->replaceRegionOfInterest(p); }
    static void replaceNonePresent(MarkupDocument *d, FeatureType t, bool v) { d->replaceNonePresent(t, v); }

private:
    QPointer<MarkupDocument> m_document;
};

class AddFeatureCommand final : public MarkupCommand
{
public:
    AddFeatureCommand(MarkupDocument *document, const MarkupFeature &feature);
    void redo() override;
    void undo() override;

private:
    TakenFeature m_taken;
};

// Removes a feature and the pairs that use it in open comparisons; undo puts all of them back.
class RemoveFeatureCommand final : public MarkupCommand
{
public:
    RemoveFeatureCommand(MarkupDocument *document, const MarkupFeature &feature);
    void redo() override;
    void undo() override;

private:
    FeatureId m_id;
    TakenFeature m_taken;
};

// A feature before and after a change; base of the move, direction and edit commands.
class ChangeFeatureCommand : public MarkupCommand
{
public:
    void redo() override;
    void undo() override;
    bool mergeWith(const QUndoCommand *other) override;
    const MarkupFeature &before() const { return m_before; }
    const MarkupFeature &after() const { return m_after; }

protected:
    ChangeFeatureCommand(MarkupDocument *document, const MarkupFeature &before, const MarkupFeature &after,
                         const QString &text, int mergeKey);
    int mergeKey() const { return m_mergeKey; }

private:
    MarkupFeature m_before;
    MarkupFeature m_after;
    int m_mergeKey;
};

class MoveFeatureCommand final : public ChangeFeatureCommand
{
public:
    MoveFeatureCommand(MarkupDocument *document, const MarkupFeature &before, const MarkupFeature &after, int mergeKey);
    int id() const override { return mergeKey() ? kMoveFeatureMergeId : -1; }
};

class SetFeatureDirectionCommand final : public ChangeFeatureCommand
{
public:
    SetFeatureDirectionCommand(MarkupDocument *document, const MarkupFeature &before, const MarkupFeature &after,
                               int mergeKey);
    int id() const override { return mergeKey() ? kFeatureDirectionMergeId : -1; }
};

class EditFeatureCommand final : public ChangeFeatureCommand
{
public:
    EditFeatureCommand(MarkupDocument *document, const MarkupFeature &before, const MarkupFeature &after);
};

class PaintClarityCommand final : public MarkupCommand
{
public:
    PaintClarityCommand(MarkupDocument *document, const ClarityChange &change, ClarityLevel level, int mergeKey);
    void redo() override;
    void undo() override;
    int id() const override { return m_mergeKey ? kPaintClarityMergeId : -1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ClarityChange m_change;
    int m_mergeKey;
};

class SetRegionOfInterestCommand final : public MarkupCommand
{
public:
    SetRegionOfInterestCommand(MarkupDocument *document, const QList<QPointF> &before, const QList<QPointF> &after);
    void redo() override;
    void undo() override;

private:
    QList<QPointF> m_before;
    QList<QPointF> m_after;
};

class SetNonePresentCommand final : public MarkupCommand
{
public:
    SetNonePresentCommand(MarkupDocument *document, FeatureType type, bool nonePresent);
    void redo() override;
    void undo() override;

private:
    FeatureType m_type;
    bool m_nonePresent;
};

class SetSuggestionsCommand final : public MarkupCommand
{
public:
    SetSuggestionsCommand(MarkupDocument *document, const QList<MarkupFeature> &before,
                          const QList<MarkupFeature> &after);
    void redo() override;
    void undo() override;

private:
    QList<MarkupFeature> m_before;
    QList<MarkupFeature> m_after;
};

// Moves suggestions into the markup as the given reviewed versions (same ids).
class AcceptSuggestionsCommand final : public MarkupCommand
{
public:
    AcceptSuggestionsCommand(MarkupDocument *document, const QList<MarkupFeature> &suggestions,
                             const QList<MarkupFeature> &accepted);
    void redo() override;
    void undo() override;

private:
    QList<MarkupFeature> m_suggestions;
    QList<MarkupFeature> m_accepted;
    QList<qsizetype> m_indices;  // where each suggestion was when taken
    QList<TakenFeature> m_taken; // what undo took out, so a redo puts back pairs made since
};

class RejectSuggestionsCommand final : public MarkupCommand
{
public:
    RejectSuggestionsCommand(MarkupDocument *document, const QList<MarkupFeature> &suggestions);
    void redo() override;
    void undo() override;

private:
    QList<MarkupFeature> m_suggestions;
    QList<qsizetype> m_indices;
};

// --- Comparisons ---

class ComparisonCommand : public QUndoCommand
{
protected:
    ComparisonCommand(MarkupComparisonDocument *document, const QString &text);
    MarkupComparisonDocument *document() const { return m_document.data(); }

    // The document's raw mutations (MarkupComparisonDocument grants access to this class only).
    static PairsDrop takePair(MarkupComparisonDocument *d, int number) { return d->takePair(number); }
    static void restorePairs(MarkupComparisonDocument *d, const PairsDrop &drop) { d->restorePairs(drop); }
    static void renumber(MarkupComparisonDocument *d, const QHash<int, int> &numbers) { d->renumber(numbers); }
    static void insertAnnotation(MarkupComparisonDocument *d, qsizetype index, const ComparisonAnnotation &a)
    {
        d->insertAnnotation(index, a);
    }
    static qsizetype eraseAnnotation(MarkupComparisonDocument *d, const AnnotationId &id)
    {
        return d->eraseAnnotation(id);
    }
    static void replaceAlignment(MarkupComparisonDocument *d, const std::optional<Alignment> &a)
    {
        d->replaceAlignment(a);
    }

private:
    QPointer<MarkupComparisonDocument> m_document;
};

class LinkPairCommand final : public ComparisonCommand
{
public:
    LinkPairCommand(MarkupComparisonDocument *document, const Correspondence &pair);
    void redo() override;
    void undo() override;

private:
    Correspondence m_pair;
    PairsDrop m_drop; // what undo took (the pair, and an alignment made from it meanwhile)
};

// Removes a pair, and the alignment when it was computed from it.
class UnlinkPairCommand final : public ComparisonCommand
{
public:
    UnlinkPairCommand(MarkupComparisonDocument *document, int number);
    void redo() override;
    void undo() override;

private:
    int m_number;
    PairsDrop m_drop;
};

// Gives the pairs the numbers 1..n in their current order (the alignment's pair list follows).
class RenumberPairsCommand final : public ComparisonCommand
{
public:
    RenumberPairsCommand(MarkupComparisonDocument *document, const QList<Correspondence> &pairs);
    void redo() override;
    void undo() override;

private:
    QHash<int, int> m_forward; // old number -> new number
    QHash<int, int> m_backward;
};

class AddAnnotationCommand final : public ComparisonCommand
{
public:
    AddAnnotationCommand(MarkupComparisonDocument *document, const ComparisonAnnotation &annotation);
    void redo() override;
    void undo() override;

private:
    ComparisonAnnotation m_annotation;
    qsizetype m_index = -1;
};

class RemoveAnnotationCommand final : public ComparisonCommand
{
public:
    RemoveAnnotationCommand(MarkupComparisonDocument *document, const ComparisonAnnotation &annotation);
    void redo() override;
    void undo() override;

private:
    ComparisonAnnotation m_annotation;
    qsizetype m_index = -1;
};

class SetAlignmentCommand final : public ComparisonCommand
{
public:
    SetAlignmentCommand(MarkupComparisonDocument *document, const std::optional<Alignment> &before,
                        const std::optional<Alignment> &after);
    void redo() override;
    void undo() override;

private:
    std::optional<Alignment> m_before;
    std::optional<Alignment> m_after;
};

} // namespace ridgeline
