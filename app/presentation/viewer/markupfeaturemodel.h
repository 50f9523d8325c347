#pragma once

#include "app/core/markup.h"

#include <QAbstractTableModel>

namespace ridgeline {

class MarkupDocument;

// The features of a MarkupDocument as a table (issue 6), one row per feature in the order they
// were added; the row + 1 is the feature's number, given as the vertical header and NumberRole
// (not a column: it changes with the row, so it is the row's name rather than its data). Kept in
// step with the document through its signals, so undo and redo show at once. Positions are image
// pixels of the original and, once pixelsPerInch() is set, millimetres from the image's top-left
// corner. Does not own the document; the selection is MarkupTool's (the views select through it).
// UI thread.
//
// With Layer::Suggestions the rows are the engine's suggestions instead (not yet accepted, so not
// numbered features: the vertical header is the suggestion's place in the list); the document
// reports only that the suggestion layer changed, so the model resets then.
class MarkupFeatureModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TypeColumn,
        PixelColumn,
        MillimetreColumn,
        DirectionColumn,
        ConfidenceColumn,
        AuthorColumn,
        AfterExemplarColumn,
        ColumnCount,
    };
    enum Role
    {
        FeatureIdRole = Qt::UserRole + 1, // FeatureId
        FeatureTypeRole,                  // FeatureType
        ImagePositionRole,                // QPointF, image pixels
        NumberRole,                       // int, the row + 1
    };

    enum class Layer
    {
        Features,    // the accepted and hand-marked features
        Suggestions, // the engine's suggestions not yet accepted
    };

    explicit MarkupFeatureModel(MarkupDocument *document, QObject *parent = nullptr);
    MarkupFeatureModel(MarkupDocument *document, Layer layer, QObject *parent = nullptr);

    MarkupDocument *document() const { return m_document; }
    Layer layer() const { return m_layer; }
    // The image's resolution for the mm column; 0 (uncalibrated) leaves it empty.
    double pixelsPerInch() const { return m_ppi; }
    void setPixelsPerInch(double ppi);

    FeatureId featureId(int row) const;
    int rowOf(const FeatureId &id) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const QList<MarkupFeature> &rows() const;
    void followFeatures();
    void reset();
    const MarkupFeature *featureAtRow(int row) const;
    QVariant display(const MarkupFeature &feature, int column) const;
    QString toolTip(const MarkupFeature &feature) const;

    MarkupDocument *m_document;
    Layer m_layer = Layer::Features;
    QList<FeatureId> m_ids; // the rows; follows the document one signal at a time
    double m_ppi = 0.0;
};

} // namespace ridgeline
