#include "widgets/exemplarsearchpanel.h"

#include "app/presentation/exemplarcandidatemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ridgeline {

ExemplarSearchPanel::ExemplarSearchPanel(ExemplarCandidateModel *model, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_status(new QLabel)
    , m_progress(new QProgressBar)
    , m_cancel(new QPushButton(tr("&Cancel Search")))
    , m_table(new QTableView)
    , m_sorted(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("exemplarSearchPanel"));
    m_title->setObjectName(QStringLiteral("exemplarSearchTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_status->setObjectName(QStringLiteral("exemplarSearchStatus"));
    m_status->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("exemplarSearchProgress"));
    m_progress->setTextVisible(true);
    m_cancel->setObjectName(QStringLiteral("exemplarSearchCancel"));
    m_cancel->setToolTip(tr("Stop the search; the candidates found so far are kept (Esc)"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_cancel, &QPushButton::clicked, this, &ExemplarSearchPanel::cancelRequested);

    m_sorted->setSourceModel(model);
    m_sorted->setSortRole(ExemplarCandidateModel::SortRole);
    m_table->setObjectName(QStringLiteral("exemplarCandidates"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ExemplarCandidateModel::RankColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setToolTip(tr("Candidates ranked by the tool's comparison score; compare each one yourself"));

    auto *note = new QLabel(tr("Scores, false-match rates and likelihood ratios are derived by the tool from "
                               "synthetic data (see the user guide). They help decide what to compare first; "
                               "they are not an examiner's conclusion."));
    note->setObjectName(QStringLiteral("exemplarSearchNote"));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(progressRow);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(note);
    setRunning(false);
}

void ExemplarSearchPanel::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
}

void ExemplarSearchPanel::showStarted(const QString &probe)
{
    m_title->setText(tr("Exemplar search for mark %1").arg(probe));
    m_status->setText(tr("Searching the workspace's exemplars..."));
    m_progress->setRange(0, 0);
    setRunning(true);
}

void ExemplarSearchPanel::showProgress(const QString &stage, qint64 done, qint64 total)
{
    if (total <= 0) {
        m_progress->setRange(0, 0);
    } else {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(1000 * done / total));
    }
    // The stage names come from the service layer's translations.
    m_progress->setFormat(tr("%1: %L2 of %L3").arg(stage).arg(done).arg(total));
}

void ExemplarSearchPanel::showFinished(const QString &summary)
{
    setRunning(false);
    m_status->setText(summary);
    if (m_table->model()->rowCount() > 0)
        m_table->selectRow(0);
}

void ExemplarSearchPanel::showFailed(const QString &message)
{
    setRunning(false);
    m_status->setText(message);
}

QString ExemplarSearchPanel::statusText() const
{
    return m_status->text();
}

} // namespace ridgeline
