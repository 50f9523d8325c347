#pragma once

#include "app/core/error.h"
#include "app/core/markwork.h"
#include "app/imaging/enhance/calibration.h"
#include "app/imaging/enhance/recipe.h"
#include "app/imaging/tiles/tilepyramid.h"

#include <QFuture>
#include <QImage>
#include <QLineF>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QUndoStack>

#include <memory>
#include <optional>

namespace ridgeline {

// One measurement on the mark, in image pixels of the original.
struct Measurement
{
    enum class Kind
    {
        Distance,   // points: from, to
        Angle,      // points: a, vertex, b
        RidgeCount, // points: from, to; ridges: crossed between them
    };
    int id = 0;
    Kind kind = Kind::Distance;
    QList<QPointF> points;
    double pixels = 0.0;      // length (distance, ridge count)
    double millimetres = 0.0; // 0 when uncalibrated
    double degrees = 0.0;     // angle
    int ridges = 0;
    QString text() const; // "12.40 mm (488.2 px)", "63.5°", "7 ridges (3.10 mm)"
    friend bool operator==(const Measurement &, const Measurement &) = default;
};

// What an examiner changes on an open mark; one snapshot per undo step.
struct MarkDocumentState
{
    imaging::Calibration calibration;
    imaging::Recipe recipe;
    QList<Measurement> measurements;
    int nextMeasurementId = 1;
};

// The document state as stored work and back (markdocumentwork.cpp). The stored form keeps the
// recipe as JSON with its versions; a stored recipe this version cannot read is BadInput.
MarkWork markWorkFromState(const MarkDocumentState &state);
Result<MarkDocumentState> stateFromMarkWork(const MarkWork &work);

// The decoded image and its pyramid, produced on a worker by loadMark.
struct LoadedMark
{
    QImage image; // full fidelity (Grayscale8/16, RGB888, RGBX64)
    std::shared_ptr<const imaging::TilePyramid> pyramid;
    double filePpi = 0.0;
    imaging::DisplayWindow window; // first window: the sample range of a 16-bit image
};

// Decodes (pixel budget checked first) and builds the pyramid; call it on a worker thread.
Result<LoadedMark> loadMark(const QByteArray &bytes, const QString &name, const std::atomic<bool> *cancel = nullptr);

// The stored preview of a mark (derived data, kind MarkDocument::kPreviewKind): the pyramid level
// of at most MarkDocument::kPreviewSide px as PNG, with the full image size in a text chunk. Empty
// when the image fits that size anyway (it decodes fast) or the pyramid is itself a preview. Any
// thread.
QByteArray encodeMarkPreview(const imaging::TilePyramid &pyramid);

// One open mark: the decoded original (never changed), its tile pyramid, calibration, recipe and
// measurements, with one undo stack (Okular/Gwenview: the document owns undo; the UI states
// intent through the methods below and never pushes commands itself). UI thread.
class MarkDocument : public QObject
{
    Q_OBJECT
public:
    explicit MarkDocument(QObject *parent = nullptr);
    ~MarkDocument() override;

    // Decodes on the global pool; loaded() or loadFailed() follows. manifestPpi is the ppi the
    // case record holds (the transmission's manifest), used when the file carries none.
    void load(const QByteArray &bytes, const QString &name, double manifestPpi = 0.0);
    // Shows a stored preview (derived data, see encodePreview) until the original is decoded;
    // previewLoaded() follows unless the original is there first. Decoded on the global pool.
    void showStoredPreview(const QByteArray &png);
    // The pyramid level of at most kPreviewSide px as PNG (with the full image size in it), to
    // store as derived data so the next opening shows at once. Encoded on the global pool.
    QFuture<QByteArray> encodePreview() const;
    static constexpr int kPreviewSide = 2048;
    static inline const QString kPreviewKind = QStringLiteral("tiles/preview");
    // Takes an already decoded image (tests, benchmarks); builds the pyramid on this thread.
    void setLoaded(LoadedMark mark, const QString &name, double manifestPpi = 0.0);
    bool isLoaded() const { return !m_image.isNull(); }
    bool isLoading() const { return m_loading; }
    // Something to show: the original's pyramid or a stored preview's.
    bool isViewable() const { return m_pyramid != nullptr; }

    QString name() const { return m_name; }
    const QImage &image() const { return m_image; }
    QSize imageSize() const { return m_imageSize; }
    const std::shared_ptr<const imaging::TilePyramid> &pyramid() const { return m_pyramid; }
    imaging::DisplayWindow initialWindow() const { return m_window; }

    const MarkDocumentState &state() const { return m_state; }
    const imaging::Calibration &calibration() const { return m_state.calibration; }
    double ppi() const { return m_state.calibration.ppi; }
    bool isCalibrated() const { return m_state.calibration.isValid(); }
    // How the calibration was obtained, for the side panel: "Two points 10.00 mm apart on the
    // scale (refined on 10 graduations)", "Resolution tag in the file", "Uncalibrated".
    QString calibrationDescription() const;
    const imaging::Recipe &recipe() const { return m_state.recipe; }
    const QList<Measurement> &measurements() const { return m_state.measurements; }
    QUndoStack *undoStack() { return &m_undo; }

    // --- Intents (each one undo step) ---
    // Two points on a scale in the image and the typed distance between them.
    Status calibrateFromPoints(QPointF from, QPointF to, double millimetres, bool refineOnRuler);
    Status setManualPpi(double ppi);
    // A recipe edit. Edits with the same non-zero mergeKey in a row (a slider drag) are one step.
    Status setRecipe(const imaging::Recipe &recipe, const QString &description, int mergeKey = 0);
    int addDistance(QPointF from, QPointF to);
    int addAngle(QPointF a, QPointF vertex, QPointF b);
    Result<int> addRidgeCount(QPointF from, QPointF to);
    void removeMeasurement(int id);

    // Applies the recipe to the original and writes a calibrated copy at exportPpi (1000 or 500)
    // with its processing report beside it. Runs on the global pool.
    QFuture<Result<imaging::ProcessingReport>> exportCalibratedCopy(const QString &path, int exportPpi) const;

    // --- Stored work (issue 5; markdocumentwork.cpp) ---
    // Takes the work stored with the mark as the document's state: undo cleared, unmodified,
    // savedWorkLoaded() follows. Before the original is decoded it waits and is applied then
    // (over the file's or manifest's calibration). BadInput when the stored recipe is unreadable.
    Status setSavedWork(const MarkWork &work);
    // The current state as work to save on top of the last saved revision (no output hash yet).
    MarkWork work(const MarkId &mark) const;
    int savedRevision() const { return m_savedRevision; }
    const MarkWork &savedWork() const { return m_savedWork; }
    bool isModified() const { return !m_undo.isClean(); }
    // Replays the recipe on the original (never changed) on the global pool: the hex SHA-256 of
    // the output pixels, what saveMarkWork records and `ridgeline-cli mark replay` checks.
    QFuture<Result<QString>> replayOutputSha256() const;
    // After a successful save of the state at undo index `undoIndex` (undoStack()->index() when
    // work() was taken): the new revision; unmodified unless edits followed meanwhile.
    void markSaved(const MarkWork &saved, int undoIndex);

    // Used by the undo commands.
    void restoreState(const MarkDocumentState &state);

Q_SIGNALS:
    void loaded();
    void previewLoaded();
    void loadFailed(const QString &message);
    void calibrationChanged();
    void recipeChanged();
    void measurementsChanged();
    void savedWorkLoaded();
    void modifiedChanged(bool modified);

private:
    void applyInitialCalibration(double filePpi, double manifestPpi);
    void push(const MarkDocumentState &after, const QString &text, int mergeKey = 0);
    Measurement measure(Measurement measurement) const;
    void applySavedWork(const MarkDocumentState &state);
    QString calibrationMethodDescription() const;

    QString m_name;
    QImage m_image;
    QSize m_imageSize;
    std::shared_ptr<const imaging::TilePyramid> m_pyramid;
    imaging::DisplayWindow m_window;
    MarkDocumentState m_state;
    QUndoStack m_undo;
    bool m_loading = false;
    std::shared_ptr<std::atomic<bool>> m_cancelLoad;
    std::optional<MarkDocumentState> m_pendingWork; // stored work that arrived before the original
    MarkWork m_savedWork;
    int m_savedRevision = 0;
};

} // namespace ridgeline
