#pragma once

#include "app/services/exemplarsearch.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace ridgeline {

// The ranked candidates of one exemplar search, one row each, best first. Scores and the
// statistics beside them are tool-derived (the tooltip says so). UI thread.
class ExemplarCandidateModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        RankColumn,
        PersonColumn,
        FingerColumn,
        ExhibitColumn,
        ScoreColumn,
        PairsColumn,
        FalseMatchRateColumn,
        LikelihoodRatioColumn,
        CasesColumn,
        ColumnCount
    };
    enum ItemRole
    {
        SortRole = Qt::UserRole + 1, // numbers as numbers
    };

    explicit ExemplarCandidateModel(QObject *parent = nullptr);

    // caseReferences: case id -> its reference, for the Cases column.
    void setCandidates(QList<ExemplarCandidate> candidates, QHash<CaseId, QString> caseReferences);
    const QList<ExemplarCandidate> &candidates() const { return m_candidates; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "1 in 3,700" style text for an estimated false-match rate.
    static QString rateText(double rate);
    // A likelihood ratio as a plain number: "270", "3.4", "0.0012".
    static QString ratioText(double ratio);

private:
    QString casesText(const ExemplarCandidate &candidate) const;

    QList<ExemplarCandidate> m_candidates;
    QHash<CaseId, QString> m_references;
};

} // namespace ridgeline
