#include "app/core/markupclaritymap.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>

namespace ridgeline {
namespace {

struct LevelName
{
    ClarityLevel level;
    const char *key;
    char letter;
    const char *display; // context "ridgeline::Markup"
};

constexpr std::array kLevels{
    LevelName{ClarityLevel::None, "none", '.', QT_TRANSLATE_NOOP("ridgeline::Markup", "Not assessed")},
    LevelName{ClarityLevel::Green, "green", 'g', QT_TRANSLATE_NOOP("ridgeline::Markup", "Green (clear)")},
    LevelName{ClarityLevel::Yellow, "yellow", 'y', QT_TRANSLATE_NOOP("ridgeline::Markup", "Yellow (some doubt)")},
    LevelName{ClarityLevel::Red, "red", 'r', QT_TRANSLATE_NOOP("ridgeline::Markup", "Red (unclear)")},
    LevelName{ClarityLevel::Orange, "orange", 'o',
              QT_TRANSLATE_NOOP("ridgeline::Markup", "Orange (after an exemplar was seen)")},
};

const LevelName &levelName(ClarityLevel level)
{
    return kLevels[size_t(level) < kLevels.size() ? size_t(level) : 0];
}

Error badClarity(const QString &what)
{
    return Error(ErrorCode::BadInput, QCoreApplication::translate("ridgeline::Markup", "clarity map: %1").arg(what));
}

qsizetype cellCount(QSize size, int cellSize)
{
    const qsizetype columns = (qsizetype(size.width()) + cellSize - 1) / cellSize;
    const qsizetype rows = (qsizetype(size.height()) + cellSize - 1) / cellSize;
    return columns * rows;
}

// Centre of a cell along one axis, the cell clipped to the image.
double cellCentre(int cell, int cellSize, int extent)
{
    const double start = double(cell) * cellSize;
    const double end = std::min(double(cell + 1) * cellSize, double(extent));
    return (start + end) / 2.0;
}

// The cell index along one axis holding coordinate v, for range bounds (clamped, so far-off
// coordinates cannot overflow).
int cellFloor(double v, int cellSize)
{
    return int(std::floor(std::clamp(v, -double(cellSize), double(INT_MAX / 2)) / cellSize));
}

} // namespace

QString clarityLevelKey(ClarityLevel level)
{
    return QString::fromLatin1(levelName(level).key);
}

std::optional<ClarityLevel> clarityLevelFromKey(QStringView key)
{
    for (const LevelName &n : kLevels)
        if (key == QLatin1String(n.key))
            return n.level;
    return std::nullopt;
}

QString clarityLevelDisplayName(ClarityLevel level)
{
    return QCoreApplication::translate("ridgeline::Markup", levelName(level).display);
}

char clarityLevelLetter(ClarityLevel level)
{
    return levelName(level).letter;
}

void ClarityChange::merge(const ClarityChange &later)
{
    QList<Cell> merged;
    merged.reserve(cells.size() + later.cells.size());
    auto a = cells.cbegin();
    auto b = later.cells.cbegin();
    while (a != cells.cend() || b != later.cells.cend()) {
        Cell cell;
        if (b == later.cells.cend() || (a != cells.cend() && a->index < b->index)) {
            cell = *a++;
        } else if (a == cells.cend() || b->index < a->index) {
            cell = *b++;
        } else {
            cell = {a->index, a->before, b->after};
            ++a;
            ++b;
        }
        if (cell.before != cell.after)
            merged.append(cell);
    }
    cells = std::move(merged);
}

ClarityMap::ClarityMap(QSize imageSize, int cellSize)
{
    if (imageSize.isEmpty() || cellSize < 1 || cellSize > kMaxCellSize || cellCount(imageSize, cellSize) > kMaxCells)
        return;
    m_imageSize = imageSize;
    m_cellSize = cellSize;
    m_columns = (imageSize.width() + cellSize - 1) / cellSize;
    m_rows = (imageSize.height() + cellSize - 1) / cellSize;
    m_levels = QByteArray(qsizetype(m_columns) * m_rows, char(ClarityLevel::None));
}

int ClarityMap::defaultCellSize(QSize imageSize)
{
    int size = kDefaultCellSize;
    while (size < kMaxCellSize && !imageSize.isEmpty() && cellCount(imageSize, size) > (qsizetype(1) << 22))
        size *= 2;
    return size;
}

ClarityLevel ClarityMap::levelAt(QPointF p) const
{
    if (isNull() || !(p.x() >= 0 && p.y() >= 0 && p.x() <= m_imageSize.width() && p.y() <= m_imageSize.height()))
        return ClarityLevel::None;
    // The right and bottom edges belong to the last cell.
    const int column = std::min(int(p.x() / m_cellSize), m_columns - 1);
    const int row = std::min(int(p.y() / m_cellSize), m_rows - 1);
    return cellLevel(column, row);
}

ClarityLevel ClarityMap::cellLevel(int column, int row) const
{
    if (column < 0 || row < 0 || column >= m_columns || row >= m_rows)
        return ClarityLevel::None;
    return ClarityLevel(m_levels[qsizetype(row) * m_columns + column]);
}

QRect ClarityMap::cellRect(int column, int row) const
{
    return QRect(column * m_cellSize, row * m_cellSize, m_cellSize, m_cellSize)
        .intersected(QRect(QPoint(0, 0), m_imageSize));
}

qsizetype ClarityMap::count(ClarityLevel level) const
{
    return m_levels.count(char(level));
}

ClarityChange ClarityMap::discChange(QPointF centre, double radius, ClarityLevel level) const
{
    if (isNull() || !std::isfinite(centre.x()) || !std::isfinite(centre.y()) || !std::isfinite(radius))
        return {};
    radius = std::max(radius, 0.0);
    QList<qint32> indices;
    const int firstRow = std::max(0, cellFloor(centre.y() - radius, m_cellSize) - 1);
    const int lastRow = std::min(m_rows - 1, cellFloor(centre.y() + radius, m_cellSize) + 1);
    for (int row = firstRow; row <= lastRow; ++row) {
        const double dy = cellCentre(row, m_cellSize, m_imageSize.height()) - centre.y();
        if (dy * dy > radius * radius)
            continue;
        const double dx = std::sqrt(radius * radius - dy * dy);
        const int first = std::max(0, cellFloor(centre.x() - dx, m_cellSize) - 1);
        const int last = std::min(m_columns - 1, cellFloor(centre.x() + dx, m_cellSize) + 1);
        for (int column = first; column <= last; ++column)
            if (std::abs(cellCentre(column, m_cellSize, m_imageSize.width()) - centre.x()) <= dx)
                indices.append(row * m_columns + column);
    }
    if (centre.x() >= 0 && centre.y() >= 0 && centre.x() <= m_imageSize.width() && centre.y() <= m_imageSize.height()) {
        const int column = std::min(int(centre.x() / m_cellSize), m_columns - 1);
        const int row = std::min(int(centre.y() / m_cellSize), m_rows - 1);
        indices.append(row * m_columns + column);
    }
    std::sort(indices.begin(), indices.end());
    indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
    ClarityChange change;
    for (qint32 index : indices)
        if (ClarityLevel(m_levels[index]) != level)
            change.cells.append({index, ClarityLevel(m_levels[index]), level});
    return change;
}

ClarityChange ClarityMap::polygonChange(const QList<QPointF> &polygon, ClarityLevel level) const
{
    ClarityChange change;
    if (isNull() || polygon.size() < 3)
        return change;
    for (const QPointF &p : polygon)
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
            return change;
    double top = polygon.first().y();
    double bottom = top;
    for (const QPointF &p : polygon) {
        top = std::min(top, p.y());
        bottom = std::max(bottom, p.y());
    }
    QList<double> crossings;
    const int firstRow = std::max(0, cellFloor(top, m_cellSize) - 1);
    const int lastRow = std::min(m_rows - 1, cellFloor(bottom, m_cellSize) + 1);
    for (int row = firstRow; row <= lastRow; ++row) {
        // Scanline through the row's cell centres, even-odd rule.
        const double y = cellCentre(row, m_cellSize, m_imageSize.height());
        crossings.clear();
        for (qsizetype i = 0; i < polygon.size(); ++i) {
            const QPointF a = polygon[i];
            const QPointF b = polygon[(i + 1) % polygon.size()];
            if ((a.y() <= y && y < b.y()) || (b.y() <= y && y < a.y()))
                crossings.append(a.x() + (y - a.y()) * (b.x() - a.x()) / (b.y() - a.y()));
        }
        std::sort(crossings.begin(), crossings.end());
        for (qsizetype i = 0; i + 1 < crossings.size(); i += 2) {
            const double x0 = crossings[i];
            const double x1 = crossings[i + 1];
            const int first = std::max(0, cellFloor(x0, m_cellSize) - 1);
            const int last = std::min(m_columns - 1, cellFloor(x1, m_cellSize) + 1);
            for (int column = first; column <= last; ++column) {
                const double x = cellCentre(column, m_cellSize, m_imageSize.width());
                const qint32 index = row * m_columns + column;
                if (x >= x0 && x < x1 && ClarityLevel(m_levels[index]) != level)
                    change.cells.append({index, ClarityLevel(m_levels[index]), level});
            }
        }
    }
    return change;
}

void ClarityMap::set(const ClarityChange &change, bool after)
{
    for (const ClarityChange::Cell &cell : change.cells)
        if (cell.index >= 0 && cell.index < m_levels.size())
            m_levels[cell.index] = char(after ? cell.after : cell.before);
}

void ClarityMap::apply(const ClarityChange &change)
{
    set(change, true);
}

void ClarityMap::revert(const ClarityChange &change)
{
    set(change, false);
}

QRect ClarityMap::imageRect(const ClarityChange &change) const
{
    QRect rect;
    for (const ClarityChange::Cell &cell : change.cells)
        rect |= cellRect(cell.index % m_columns, cell.index / m_columns);
    return rect;
}

QStringList ClarityMap::toRowStrings() const
{
    QStringList rows;
    rows.reserve(m_rows);
    for (int row = 0; row < m_rows; ++row) {
        QString text;
        const char *cells = m_levels.constData() + qsizetype(row) * m_columns;
        for (int column = 0; column < m_columns;) {
            int run = 1;
            while (column + run < m_columns && cells[column + run] == cells[column])
                ++run;
            if (run > 1)
                text += QString::number(run);
            text += QLatin1Char(clarityLevelLetter(ClarityLevel(cells[column])));
            column += run;
        }
        rows.append(text);
    }
    return rows;
}

Result<ClarityMap> ClarityMap::fromRowStrings(QSize imageSize, int cellSize, const QStringList &rows)
{
    if (cellSize < 1 || cellSize > kMaxCellSize)
        return badClarity(QCoreApplication::translate("ridgeline::Markup", "cell size %1 is outside 1..%2 pixels")
                              .arg(cellSize)
                              .arg(kMaxCellSize));
    ClarityMap map(imageSize, cellSize);
    if (map.isNull())
        return badClarity(QCoreApplication::translate("ridgeline::Markup",
                                                      "a %1 × %2 image in cells of %3 pixels needs too many cells")
                              .arg(imageSize.width())
                              .arg(imageSize.height())
                              .arg(cellSize));
    if (rows.size() != map.m_rows)
        return badClarity(
            QCoreApplication::translate("ridgeline::Markup", "%1 rows given, the grid of the image has %2")
                .arg(rows.size())
                .arg(map.m_rows));
    for (int row = 0; row < map.m_rows; ++row) {
        const QString &text = rows[row];
        char *cells = map.m_levels.data() + qsizetype(row) * map.m_columns;
        qsizetype filled = 0;
        qsizetype count = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text[i];
            if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
                if (count == 0 && c == QLatin1Char('0'))
                    return badClarity(QCoreApplication::translate("ridgeline::Markup",
                                                                  "row %1: a run count starts with 0 at character %2")
                                          .arg(row + 1)
                                          .arg(i + 1));
                count = count * 10 + c.digitValue();
                if (filled + count > map.m_columns)
                    return badClarity(
                        QCoreApplication::translate("ridgeline::Markup", "row %1 holds more than the %2 cells of a row")
                            .arg(row + 1)
                            .arg(map.m_columns));
                continue;
            }
            const auto level = std::find_if(kLevels.cbegin(), kLevels.cend(),
                                            [c](const LevelName &n) { return c == QLatin1Char(n.letter); });
            if (level == kLevels.cend())
                return badClarity(
                    QCoreApplication::translate("ridgeline::Markup", "row %1: unknown level '%2' at character %3")
                        .arg(row + 1)
                        .arg(c)
                        .arg(i + 1));
            const qsizetype run = count == 0 ? 1 : count;
            if (filled + run > map.m_columns)
                return badClarity(
                    QCoreApplication::translate("ridgeline::Markup", "row %1 holds more than the %2 cells of a row")
                        .arg(row + 1)
                        .arg(map.m_columns));
            std::fill(cells + filled, cells + filled + run, char(level->level));
            filled += run;
            count = 0;
        }
        if (count != 0 || filled != map.m_columns)
            return badClarity(QCoreApplication::translate("ridgeline::Markup", "row %1 holds %2 cells, a row has %3")
                                  .arg(row + 1)
                                  .arg(filled)
                                  .arg(map.m_columns));
    }
    return map;
}

} // namespace ridgeline
