#pragma once

#include "app/core/intakerecords.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QWidget>

class QVBoxLayout;

namespace ridgeline {

class ExemplarCardCell;

// One person's exemplar impressions laid out like a tenprint card (issue 6): a "Right hand" row
// (positions 1-5, thumb to little finger), a "Left hand" row (6-10), a "Plain impressions" row
// (11-14), then an "Other" row for everything else (unknown finger, palms, and a second impression
// of a position that already has one), in the order given. A position with no impression is an
// empty labelled box that cannot be chosen.
//
// The view is one tab stop: arrow keys move the current impression between filled cells (Left/Right
// within a row, Up/Down to the nearest filled cell of the next row that has one), a click chooses
// a cell, a double click or Return/Enter activates it. Each cell is a child widget with an
// objectName ("exemplarCell_<position>", a second one at the same position
// "exemplarCell_<position>_<n>"), a tooltip and an accessible name.
//
// Thumbnails are given, never loaded here: setThumbnail takes an image of any size (it is drawn
// scaled into the cell, keeping its aspect ratio); until then the cell shows a placeholder.
// UI thread only; each cell is kCellWidth x kCellHeight device-independent pixels.
class ExemplarCardView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kCellWidth = 120;
    static constexpr int kCellHeight = 140;

    explicit ExemplarCardView(QWidget *parent = nullptr);
    ~ExemplarCardView() override;

    // Replaces the card. Every record should be of one person (the view does not check). The current
    // impression is kept when it is still listed, otherwise cleared (currentImpressionChanged with a
    // null id). Thumbnails of impressions still listed are kept.
    void setImpressions(const QList<ExemplarImpressionRecord> &impressions);
    const QList<ExemplarImpressionRecord> &impressions() const { return m_impressions; }
    // Ignored for an impression that is not on the card.
    void setThumbnail(const ImpressionId &id, const QImage &image);

    // Null when none is chosen.
    ImpressionId currentImpression() const { return m_current; }
    // A null id or one that is not on the card clears the choice. Emits currentImpressionChanged
    // when the choice changes, whoever changed it.
    void setCurrentImpression(const ImpressionId &id);

Q_SIGNALS:
    void currentImpressionChanged(const ridgeline::ImpressionId &id);
    void impressionActivated(const ridgeline::ImpressionId &id);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    friend class ExemplarCardCell;
    struct Slot
    {
        int position = 0;
        int recordIndex = -1; // into m_impressions, -1: an empty position
    };

    void rebuild();
    ExemplarCardCell *makeCell(const Slot &slot);
    void addRow(const QString &title, const QList<Slot> &slots);
    void cellPressed(ExemplarCardCell *cell);
    void cellDoubleClicked(ExemplarCardCell *cell);
    void moveCurrent(int rowStep, int columnStep);
    ExemplarCardCell *cellOf(const ImpressionId &id) const;
    QString cellToolTip(const ExemplarImpressionRecord &record) const;
    QString cellAccessibleName(int position, const ExemplarImpressionRecord *record) const;

    QList<ExemplarImpressionRecord> m_impressions;
    QHash<ImpressionId, QImage> m_thumbnails;
    ImpressionId m_current;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_outer = nullptr;
    // Navigation rows, top to bottom: the cells of one visual row, left to right.
    QList<QList<ExemplarCardCell *>> m_rows;
    QHash<int, int> m_named; // cells named so far per position, while building
};

} // namespace ridgeline
