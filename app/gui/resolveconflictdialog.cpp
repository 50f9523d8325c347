#include "app/gui/resolveconflictdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ridgeline {
namespace {

QPlainTextEdit *textEdit(const char *name, const QString &placeholder)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(QLatin1String(name));
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(placeholder);
    edit->setMaximumHeight(90);
    return edit;
}

} // namespace

ResolveConflictDialog::ResolveConflictDialog(const MarkCasework &work, const ExemplarNames &exemplars, QWidget *parent)
    : QDialog(parent)
    , m_reexamined(textEdit("reexaminedEdit", tr("e.g. the mark and both impressions, at 1:1 and enhanced")))
    , m_outcome(textEdit("outcomeEdit", tr("What the re-examination found, and why")))
    , m_conclusion(new QComboBox)
    , m_exemplar(new QComboBox)
    , m_basis(textEdit("basisEdit", tr("The basis of the conclusion that stands, in words")))
{
    setObjectName(QStringLiteral("resolveConflictDialog"));
    setWindowTitle(tr("Resolve Conflict on %1").arg(work.mark.exhibitReference));
    m_conclusion->setObjectName(QStringLiteral("conclusionBox"));
    for (ConclusionKind kind :
         {ConclusionKind::Identification, ConclusionKind::Exclusion, ConclusionKind::Inconclusive})
        m_conclusion->addItem(conclusionDisplayName(kind), int(kind));
    m_exemplar->setObjectName(QStringLiteral("exemplarBox"));
    m_exemplar->addItem(tr("(none)"), QString());
    for (auto it = exemplars.cbegin(); it != exemplars.cend(); ++it)
        m_exemplar->addItem(it.value(), it.key());
    m_exemplar->model()->sort(0);
    // Start from the examiner's conclusion: most resolutions confirm or replace it.
    for (const ConclusionRecord &c : work.conclusions)
        if (c.stage == ConclusionStage::Evaluation) {
            m_conclusion->setCurrentIndex(m_conclusion->findData(int(c.input.conclusion)));
            const int exemplar = m_exemplar->findData(c.input.exemplarRef);
            if (exemplar >= 0)
                m_exemplar->setCurrentIndex(exemplar);
        }

    auto *intro = new QLabel(tr("The examiner and the verifier of %1 reached different conclusions. Record what was "
                                "re-examined, the outcome, and the conclusion that stands. The resolution is kept "
                                "with the mark's record and in the audit trail.")
                                 .arg(work.mark.exhibitReference.toHtmlEscaped()));
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Re-examined:"), m_reexamined);
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("&Conclusion that stands:"), m_conclusion);
    form->addRow(tr("&Exemplar:"), m_exemplar);
    form->addRow(tr("&Basis:"), m_basis);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Resolve Conflict"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QPlainTextEdit *edit : {m_reexamined, m_outcome, m_basis})
        connect(edit, &QPlainTextEdit::textChanged, this, &ResolveConflictDialog::updateOk);
    connect(m_conclusion, &QComboBox::currentIndexChanged, this, &ResolveConflictDialog::updateOk);
    connect(m_exemplar, &QComboBox::currentIndexChanged, this, &ResolveConflictDialog::updateOk);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateOk();
    resize(600, 480);
}

QString ResolveConflictDialog::reexamined() const
{
    return m_reexamined->toPlainText().trimmed();
}

QString ResolveConflictDialog::outcome() const
{
    return m_outcome->toPlainText().trimmed();
}

ConclusionInput ResolveConflictDialog::finalConclusion() const
{
    ConclusionInput input;
    input.conclusion = ConclusionKind(m_conclusion->currentData().toInt());
    input.basis = m_basis->toPlainText().trimmed();
    input.exemplarRef = m_exemplar->currentData().toString();
    return input;
}

void ResolveConflictDialog::updateOk()
{
    const ConclusionInput final = finalConclusion();
    // Identification and exclusion name the exemplar impression they refer to.
    const bool exemplarOk = final.conclusion == ConclusionKind::Inconclusive || !final.exemplarRef.isEmpty();
    m_ok->setEnabled(!reexamined().isEmpty() && !outcome().isEmpty() && !final.basis.isEmpty() && exemplarOk);
}

} // namespace ridgeline
