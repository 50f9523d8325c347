#pragma once

// The markup of one open image with its undo stack (issue 6). The UI states intent through the
// methods below (each one undo step, refused with a reason when it would break a rule) and never
// pushes commands itself; the commands (markupcommands.h) keep value snapshots and refer to
// features by id. Coordinates, directions and times as in markup.h. UI thread.
//
// While a MarkupComparisonDocument joins this markup to another, removing a feature (by any
// command, on any stack) also removes the pairs that use it, and undoing the removal puts both
// back. To have one undo history in a comparison view, route both markups' commands to the
// comparison's stack with setCommandStack().

#include "app/core/markup.h"
#include "app/core/markupcomparison.h"

#include <QObject>
#include <QPointer>
#include <QUndoStack>

#include <functional>

namespace ridgeline {

class MarkupComparisonDocument;

// A feature taken out of the markup by a command, with what its removal took from open
// comparisons, so the inverse command can put both back.
struct TakenFeature
{
    MarkupFeature feature;
    qsizetype index = -1;
    QList<std::pair<QPointer<MarkupComparisonDocument>, PairsDrop>> pairs;
    bool isValid() const { return index >= 0; }
};

class MarkupDocument : public QObject
{
    Q_OBJECT
public:
    explicit MarkupDocument(QObject *parent = nullptr);
    ~MarkupDocument() override;

    const Markup &markup() const { return m_markup; }
    // Replaces the whole markup (opening saved work): validated first, undo history cleared,
    // markupReset() follows. Refused (Conflict) when an open comparison has pairs the new markup
    // could not hold.
    Status setMarkup(Markup markup);

    const QList<MarkupFeature> &features() const { return m_markup.features; }
    std::optional<MarkupFeature> feature(const FeatureId &id) const;
    const QList<MarkupFeature> &suggestions() const { return m_markup.suggestions; }
    const QList<QPointF> &regionOfInterest() const { return m_markup.regionOfInterest; }
    const ClarityMap &clarity() const { return m_markup.clarity; }
    ClarityLevel clarityAt(QPointF imagePoint) const { return m_markup.clarity.levelAt(imagePoint); }
    bool isNonePresent(FeatureType type) const { return m_markup.isNonePresent(type); }

    // --- Session ---
    // The signed-in examiner's user name, recorded as author and reviewer. Every intent is
    // refused (PermissionDenied) while it is empty.
    QString userName() const { return m_userName; }
    void setUserName(const QString &userName) { m_userName = userName; }
    // Where times come from (tests); the default is the system clock in UTC.
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const;
    // When the examiner first saw an exemplar for this mark, set by the session at that moment
    // (not undoable: it happened). Keeps the earliest time; from then on added and changed
    // features are flagged afterExemplar.
    void setExemplarFirstSeen(const QDateTime &utc);
    QDateTime exemplarFirstSeen() const { return m_markup.exemplarFirstSeenUtc; }

    // --- Undo ---
    QUndoStack *undoStack() { return &m_undo; }
    // Where intents push their commands: undoStack() unless routed elsewhere (nullptr: back).
    QUndoStack *commandStack() { return m_commandStack ? m_commandStack.data() : &m_undo; }
    void setCommandStack(QUndoStack *stack) { m_commandStack = stack; }
    // A fresh key for one drag: moves, direction changes or clarity dabs with the same non-zero
    // key in a row on the same feature are one undo step.
    static int newMergeKey();

    // --- Intents (each one undo step) ---
    // A manual feature from the examiner: type, position and, as the type allows, direction,
    // geometry, confidence, subtype and text are taken from `feature`; the document gives it an
    // id (unless one is set), author, times and the afterExemplar flag.
    Result<FeatureId> addFeature(MarkupFeature feature);
    Status removeFeature(const FeatureId &id);
    // Moves the marker and its geometry with it.
    Status moveFeature(const FeatureId &id, QPointF position, int mergeKey = 0);
    Status setFeatureDirection(const FeatureId &id, std::optional<double> degrees, int mergeKey = 0);
    // Any other change (type, confidence, geometry, subtype, text; position and direction too):
    // `edited` is the whole feature as it should be; id, author, created time and origin are kept.
    Status editFeature(const MarkupFeature &edited);

    Status paintClarityDisc(QPointF centre, double radius, ClarityLevel level, int mergeKey = 0);
    Status paintClarityPolygon(const QList<QPointF> &polygon, ClarityLevel level);
    Status setRegionOfInterest(const QList<QPointF> &polygon); // empty clears it
    // Records (or withdraws) that the image shows no feature of this type. Refused while such
    // features are marked.
    Status setNonePresent(FeatureType type, bool nonePresent);

    // An engine's output replaces the suggestion layer; each suggestion gets origin automatic
    // with this engine and version, author the current user.
    Status setSuggestions(const QList<MarkupFeature> &suggestions, const QString &engine, const QString &version);
    // Moves suggestions into the markup: origin stays automatic, reviewed by the current user now.
    Status acceptSuggestion(const FeatureId &id);
    Status acceptAllSuggestions();
    Status rejectSuggestion(const FeatureId &id);
    Status rejectAllSuggestions();

Q_SIGNALS:
    void featureAdded(const ridgeline::FeatureId &id, qsizetype index);
    void featureAboutToBeRemoved(const ridgeline::FeatureId &id, qsizetype index);
    void featureRemoved(const ridgeline::FeatureId &id, qsizetype index);
    void featureChanged(const ridgeline::FeatureId &id, qsizetype index);
    void suggestionsChanged();
    void regionOfInterestChanged();
    void clarityChanged(const QRect &imageRect);
    void nonePresentChanged(ridgeline::FeatureType type, bool nonePresent);
    void exemplarFirstSeenChanged();
    void markupReset();

private:
    friend class MarkupCommand;
    friend class MarkupComparisonDocument;

    Status checkUser() const;
    Status refuse(ErrorCode code, const QString &reason) const;
    Result<MarkupFeature> changed(const FeatureId &id) const; // a copy stamped modified now
    QList<MarkupFeature> acceptedVersions(const QList<MarkupFeature> &suggestions) const;

    // Raw mutations for the commands: no undo, emit the signals, keep comparisons consistent.
    void insertFeature(const TakenFeature &taken);
    TakenFeature takeFeature(const FeatureId &id);
    void replaceFeature(const MarkupFeature &feature);
    void insertSuggestion(qsizetype index, const MarkupFeature &suggestion);
    MarkupFeature takeSuggestion(qsizetype index);
    void replaceSuggestions(const QList<MarkupFeature> &suggestions);
    void applyClarity(const ClarityChange &change, bool forward);
    void replaceRegionOfInterest(const QList<QPointF> &polygon);
    void replaceNonePresent(FeatureType type, bool nonePresent);

    void attach(MarkupComparisonDocument *comparison);
    void detach(MarkupComparisonDocument *comparison);

    Markup m_markup;
    QString m_userName;
    std::function<QDateTime()> m_clock;
    QUndoStack m_undo;
    QPointer<QUndoStack> m_commandStack;
    QList<MarkupComparisonDocument *> m_comparisons; // they detach themselves when destroyed
};

} // namespace ridgeline
