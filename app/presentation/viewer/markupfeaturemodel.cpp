#include "app/presentation/viewer/markupfeaturemodel.h"

#include "app/core/markupdocument.h"

#include <QLocale>

namespace ridgeline {

namespace {

// The locale's short date and the time to the second, in UTC (the texts say so).
QString utcStamp(const QDateTime &utc)
{
    const QLocale locale;
    return locale.toString(utc.toUTC(), locale.dateFormat(QLocale::ShortFormat) + QStringLiteral(" HH:mm:ss"));
}

QList<FeatureId> idsOf(const QList<MarkupFeature> &features)
{
    QList<FeatureId> ids;
    ids.reserve(features.size());
    for (const MarkupFeature &f : features)
        ids.append(f.id);
    return ids;
}
} // namespace

MarkupFeatureModel::MarkupFeatureModel(MarkupDocument *document, QObject *parent)
    : MarkupFeatureModel(document, Layer::Features, parent)
{}

MarkupFeatureModel::MarkupFeatureModel(MarkupDocument *document, Layer layer, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_layer(layer)
    , m_ids(idsOf(rows()))
{
    connect(m_document, &MarkupDocument::markupReset, this, &MarkupFeatureModel::reset);
    if (m_layer == Layer::Suggestions)
        connect(m_document, &MarkupDocument::suggestionsChanged, this, &MarkupFeatureModel::reset);
    else
        followFeatures();
}

const QList<MarkupFeature> &MarkupFeatureModel::rows() const
{
    return m_layer == Layer::Suggestions ? m_document->suggestions() : m_document->features();
}

void MarkupFeatureModel::followFeatures()
{
    // The document emits featureAdded after inserting, featureAboutToBeRemoved before taking out:
    // the rows here follow, so views always see a consistent model.
    connect(m_document, &MarkupDocument::featureAdded, this, [this](const FeatureId &id, qsizetype index) {
        beginInsertRows({}, int(index), int(index));
        m_ids.insert(index, id);
        endInsertRows();
    });
    connect(m_document, &MarkupDocument::featureAboutToBeRemoved, this,
            [this](const FeatureId &, qsizetype index) { beginRemoveRows({}, int(index), int(index)); });
    connect(m_document, &MarkupDocument::featureRemoved, this, [this](const FeatureId &, qsizetype index) {
        m_ids.removeAt(index);
        endRemoveRows();
    });
    connect(m_document, &MarkupDocument::featureChanged, this, [this](const FeatureId &, qsizetype index) {
        Q_EMIT dataChanged(this->index(int(index), 0), this->index(int(index), ColumnCount - 1));
    });
}

void MarkupFeatureModel::reset()
{
    beginResetModel();
    m_ids = idsOf(rows());
    endResetModel();
}

void MarkupFeatureModel::setPixelsPerInch(double ppi)
{
    if (ppi == m_ppi)
        return;
    m_ppi = ppi;
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, MillimetreColumn), index(int(m_ids.size()) - 1, MillimetreColumn));
}

FeatureId MarkupFeatureModel::featureId(int row) const
{
    return m_ids.value(row);
}

int MarkupFeatureModel::rowOf(const FeatureId &id) const
{
    return id.isNull() ? -1 : int(m_ids.indexOf(id));
}

int MarkupFeatureModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int MarkupFeatureModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const MarkupFeature *MarkupFeatureModel::featureAtRow(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const QList<MarkupFeature> &features = rows();
    // Rows and the document's list agree except in the middle of an insertion or removal.
    if (row < features.size() && features[row].id == m_ids[row])
        return &features[row];
    if (m_layer == Layer::Suggestions)
        return nullptr; // the model resets with every change of the layer
    return m_document->markup().feature(m_ids[row]);
}

QVariant MarkupFeatureModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MarkupFeature *f = featureAtRow(index.row());
    if (!f)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*f, index.column());
    case Qt::ToolTipRole:
        return toolTip(*f);
    case NumberRole:
        return index.row() + 1;
    case FeatureIdRole:
        return QVariant::fromValue(f->id);
    case FeatureTypeRole:
        return QVariant::fromValue(f->type);
    case ImagePositionRole:
        return f->position;
    default:
        return {};
    }
}

QVariant MarkupFeatureModel::display(const MarkupFeature &f, int column) const
{
    const QLocale locale;
    switch (Column(column)) {
    case TypeColumn:
        return featureTypeDisplayName(f.type);
    case PixelColumn:
        return tr("%1, %2 px").arg(locale.toString(f.position.x(), 'f', 1), locale.toString(f.position.y(), 'f', 1));
    case MillimetreColumn:
        if (m_ppi <= 0.0)
            return QString();
        return tr("%1, %2 mm")
            .arg(locale.toString(f.position.x() * 25.4 / m_ppi, 'f', 2),
                 locale.toString(f.position.y() * 25.4 / m_ppi, 'f', 2));
    case DirectionColumn:
        return f.direction ? tr("%1°").arg(locale.toString(*f.direction, 'f', 0)) : QString();
    case ConfidenceColumn:
        return confidenceDisplayName(f.confidence);
    case AuthorColumn:
        return f.author;
    case AfterExemplarColumn:
        return f.afterExemplar ? tr("After exemplar") : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QString MarkupFeatureModel::toolTip(const MarkupFeature &f) const
{
    QString origin = tr("Marked by hand");
    if (f.origin.isAutomatic() && f.origin.isReviewed())
        origin = tr("%1 %2, accepted by %3").arg(f.origin.engine, f.origin.engineVersion, f.origin.reviewedBy);
    else if (f.origin.isAutomatic())
        origin = tr("Suggested by %1 %2, not reviewed yet").arg(f.origin.engine, f.origin.engineVersion);
    return tr("%1 by %2, %3 UTC\n%4").arg(featureTypeDisplayName(f.type), f.author, utcStamp(f.createdUtc), origin);
}

QVariant MarkupFeatureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section + 1; // the feature's number
    switch (Column(section)) {
    case TypeColumn:
        return tr("Type");
    case PixelColumn:
        return tr("Position (px)");
    case MillimetreColumn:
        return tr("Position (mm)");
    case DirectionColumn:
        return tr("Direction");
    case ConfidenceColumn:
        return tr("Confidence");
    case AuthorColumn:
        return tr("Author");
    case AfterExemplarColumn:
        return tr("Exemplar");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace ridgeline
