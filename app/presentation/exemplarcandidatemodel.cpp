#include "app/presentation/exemplarcandidatemodel.h"

#include <cmath>

namespace ridgeline {

ExemplarCandidateModel::ExemplarCandidateModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ExemplarCandidateModel::setCandidates(QList<ExemplarCandidate> candidates, QHash<CaseId, QString> caseReferences)
{
    beginResetModel();
    m_candidates = std::move(candidates);
    m_references = std::move(caseReferences);
    endResetModel();
}

int ExemplarCandidateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.size());
}

int ExemplarCandidateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ExemplarCandidateModel::rateText(double rate)
{
    if (rate >= 0.5)
        return tr("more than 1 in 2");
    if (rate <= 0.0)
        return tr("below the measured range");
    return tr("1 in %L1").arg(qint64(std::llround(1.0 / rate)));
}

QString ExemplarCandidateModel::ratioText(double ratio)
{
    if (ratio >= 10.0)
        return QLocale().toString(qint64(std::llround(ratio)));
    if (ratio >= 1.0)
        return QLocale().toString(ratio, 'f', 1);
    return QLocale().toString(ratio, 'g', 2);
}

QString ExemplarCandidateModel::casesText(const ExemplarCandidate &candidate) const
{
    QStringList references;
    for (const CaseId &id : candidate.exemplar.cases)
        references << m_references.value(id, tr("(unknown case)"));
    return references.join(QStringLiteral(", "));
}

QVariant ExemplarCandidateModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_candidates.size())
        return {};
    const ExemplarCandidate &c = m_candidates.at(index.row());
    if (role == Qt::ToolTipRole)
        return tr("%1 paired minutiae. %2").arg(c.pairs.size()).arg(c.interpretation.label);
    if (role == Qt::TextAlignmentRole) {
        const bool numeric = index.column() == RankColumn || index.column() == ScoreColumn ||
                             index.column() == PairsColumn || index.column() == LikelihoodRatioColumn;
        return numeric ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    switch (index.column()) {
    case RankColumn:
        return c.rank;
    case PersonColumn:
        return c.exemplar.personName;
    case FingerColumn:
        return sort ? QVariant(c.exemplar.fingerPosition) : fingerPositionDisplayName(c.exemplar.fingerPosition);
    case ExhibitColumn:
        return c.exemplar.exhibitReference;
    case ScoreColumn:
        return sort ? QVariant(c.score) : QVariant(QLocale().toString(c.score, 'f', 1));
    case PairsColumn:
        return int(c.pairs.size());
    case FalseMatchRateColumn:
        return sort ? QVariant(c.interpretation.falseMatchRate) : rateText(c.interpretation.falseMatchRate);
    case LikelihoodRatioColumn:
        return sort ? QVariant(c.interpretation.likelihoodRatio)
                    : QVariant(ratioText(c.interpretation.likelihoodRatio));
    case CasesColumn:
        return casesText(c);
    default:
        return {};
    }
}

QVariant ExemplarCandidateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ScoreColumn:
            return tr("Comparison score of the tool: 0 means nothing in common");
        case PairsColumn:
            return tr("Minutiae of the mark paired with minutiae of the exemplar");
        case FalseMatchRateColumn:
            return tr("Estimated share of different-finger comparisons scoring at least this high (tool-derived, "
                      "synthetic data)");
        case LikelihoodRatioColumn:
            return tr("Score-based likelihood ratio (tool-derived, synthetic data); not an examiner's conclusion");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RankColumn:
        return tr("Rank");
    case PersonColumn:
        return tr("Person");
    case FingerColumn:
        return tr("Finger");
    case ExhibitColumn:
        return tr("Exemplar");
    case ScoreColumn:
        return tr("Score");
    case PairsColumn:
        return tr("Paired");
    case FalseMatchRateColumn:
        return tr("Est. false-match rate");
    case LikelihoodRatioColumn:
        return tr("Likelihood ratio");
    case CasesColumn:
        return tr("Cases");
    default:
        return {};
    }
}

} // namespace ridgeline
