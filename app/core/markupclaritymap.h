#pragma once

// The clarity map of a markup (GYRO): a level per square cell of a fixed size in pixels of the
// original image. Cell (c, r) covers x in [c * size, (c + 1) * size) and y in [r * size,
// (r + 1) * size), clipped to the image; the last column and row may be partial. A plain value,
// no thread affinity.

#include "app/core/error.h"

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QRect>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace ridgeline {

enum class ClarityLevel : quint8
{
    None,   // not assessed
    Green,  // clear: features can be relied on
    Yellow, // features visible with some doubt
    Red,    // unclear: features cannot be relied on
    Orange, // assessed only after an exemplar was seen
};
QString clarityLevelKey(ClarityLevel level);
std::optional<ClarityLevel> clarityLevelFromKey(QStringView key);
QString clarityLevelDisplayName(ClarityLevel level); // translated
// The letter of the level in the JSON row strings: '.', 'g', 'y', 'r', 'o'.
char clarityLevelLetter(ClarityLevel level);

// The cells one paint operation changes, with their levels before and after, so undo can put the
// old ones back. Cells in ascending index (row * columns + column).
struct ClarityChange
{
    struct Cell
    {
        qint32 index = 0;
        ClarityLevel before = ClarityLevel::None;
        ClarityLevel after = ClarityLevel::None;
        friend bool operator==(const Cell &, const Cell &) = default;
    };
    QList<Cell> cells;

    bool isEmpty() const { return cells.isEmpty(); }
    // Folds a later change into this one (a brush stroke made of several dabs): each cell keeps
    // its first `before` and takes the later `after`.
    void merge(const ClarityChange &later);
};

class ClarityMap
{
public:
    static constexpr int kDefaultCellSize = 8; // about one ridge interval at 500 ppi
    static constexpr int kMaxCellSize = 4096;
    static constexpr qsizetype kMaxCells = qsizetype(1) << 24;

    ClarityMap() = default;
    // An all-None grid; null when the size or cell size is unusable (see isNull).
    ClarityMap(QSize imageSize, int cellSize);
    // kDefaultCellSize, doubled until the grid has at most 4 million cells.
    static int defaultCellSize(QSize imageSize);

    bool isNull() const { return m_columns == 0; }
    QSize imageSize() const { return m_imageSize; }
    int cellSize() const { return m_cellSize; }
    int columns() const { return m_columns; }
    int rows() const { return m_rows; }

    // The level of the cell holding an image point; None outside the image.
    ClarityLevel levelAt(QPointF imagePoint) const;
    ClarityLevel cellLevel(int column, int row) const;
    QRect cellRect(int column, int row) const; // image pixels, clipped to the image
    qsizetype count(ClarityLevel level) const;

    // What painting `level` would change (nothing is applied): the cells whose centre lies in the
    // disc, always including the cell under the centre so a click paints at least one cell.
    ClarityChange discChange(QPointF centre, double radius, ClarityLevel level) const;
    // The cells whose centre lies inside the polygon (even-odd rule).
    ClarityChange polygonChange(const QList<QPointF> &polygon, ClarityLevel level) const;
    void apply(const ClarityChange &change);  // sets each cell's `after`
    void revert(const ClarityChange &change); // sets each cell's `before`
    // The image pixels a change covers (for repainting an overlay).
    QRect imageRect(const ClarityChange &change) const;

    // One run-length string per row: runs of "<count><letter>", the count left out when 1, e.g.
    // "12.3g5y" is 12 None, 3 Green, 5 Yellow cells. See docs/formats/markup.md.
    QStringList toRowStrings() const;
    // Refuses (BadInput, naming the row and the reason) a grid that does not fit the image or a
    // row that does not decode to exactly columns() cells.
    static Result<ClarityMap> fromRowStrings(QSize imageSize, int cellSize, const QStringList &rows);

    friend bool operator==(const ClarityMap &, const ClarityMap &) = default;

private:
    void set(const ClarityChange &change, bool after);

    QSize m_imageSize;
    int m_cellSize = 0;
    int m_columns = 0;
    int m_rows = 0;
    QByteArray m_levels; // one ClarityLevel per cell, row by row
};

} // namespace ridgeline
