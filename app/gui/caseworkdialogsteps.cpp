// CaseworkDialog: the examiner's steps. A step with something to record opens its form; a step
// that changes what the examiner may see (Begin Comparison) or hands the mark on (Submit for
// Verification) asks first. The step itself runs through MarkCaseworkController on the session's
// thread; what was entered in a form whose step was refused is offered again the next time.
#include "app/gui/caseworkdialog.h"
#include "app/gui/caseworkforms.h"
#include "app/presentation/casework/markcaseworkcontroller.h"

#include <QMessageBox>
#include <QPushButton>

namespace ridgeline {

namespace {

// A window-modal question with an accepting button; calls onYes when that button is chosen.
template<class Fn>
void ask(QWidget *parent, const char *objectName, const QString &title, const QString &text, const QString &detail,
         const QString &yesText, Fn onYes)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(QLatin1String(objectName));
    box->setInformativeText(detail);
    QPushButton *yes = box->addButton(yesText, QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QObject::connect(box, &QMessageBox::buttonClicked, parent, [yes, onYes](QAbstractButton *clicked) {
        if (clicked == yes)
            onYes();
    });
    box->open();
}

} // namespace

void CaseworkDialog::takeStep(CaseworkStep step)
{
    if (!m_controller->offer(step).enabled)
        return;
    switch (step) {
    case CaseworkStep::StartAnalysis:
        m_controller->startAnalysis();
        break;
    case CaseworkStep::CommitAnalysis:
        commitAnalysis();
        break;
    case CaseworkStep::BeginComparison:
        beginComparison();
        break;
    case CaseworkStep::RecordConclusion:
        recordConclusion(false);
        break;
    case CaseworkStep::SubmitForVerification:
        submitForVerification();
        break;
    case CaseworkStep::RecordVerification:
        recordConclusion(true);
        break;
    case CaseworkStep::ResolveConflict:
        resolveConflict();
        break;
    }
}

void CaseworkDialog::commitAnalysis()
{
    auto *form = new AnalysisFormDialog(m_controller->markLabel(), this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    if (m_analysisDraft)
        form->setInput(*m_analysisDraft);
    connect(form, &QDialog::accepted, this, [this, form] {
        m_analysisDraft = form->input();
        m_controller->commitAnalysis(*m_analysisDraft);
    });
    form->open();
}

void CaseworkDialog::beginComparison()
{
    const QString mark = m_controller->markLabel();
    ask(this, "confirmBeginComparison", tr("Begin Comparison — %1").arg(mark),
        tr("Begin the comparison of %1?").arg(mark),
        tr("The exemplars of the case become visible to you, and every change to the markup from now on is "
           "flagged against the analysis snapshot."),
        tr("&Begin Comparison"), [this] { m_controller->beginComparison(); });
}

void CaseworkDialog::submitForVerification()
{
    const QString mark = m_controller->markLabel();
    ask(this, "confirmSubmitForVerification", tr("Submit for Verification — %1").arg(mark),
        tr("Submit %1 for verification?").arg(mark),
        m_controller->blindVerification()
            ? tr("A second examiner verifies it blind: they do not see your markup, notes or conclusion until they "
                 "have recorded their own.")
            : tr("A second examiner verifies your conclusion."),
        tr("S&ubmit"), [this] { m_controller->submitForVerification(); });
}

QString CaseworkDialog::verificationNote() const
{
    const std::optional<MarkCasework> &casework = m_controller->casework();
    const ConclusionRecord *first = casework ? caseworkConclusion(*casework, ConclusionStage::Evaluation) : nullptr;
    if (!first)
        return tr("Blind verification: the first examiner's conclusion, markup and notes are withheld until you have "
                  "recorded yours. Reach your own conclusion from the mark and the exemplars.");
    return tr("The examiner concluded: %1 (%2). Basis: %3")
        .arg(conclusionDisplayName(first->input.conclusion), m_controller->exemplarLabel(first->input.exemplarRef),
             first->input.basis);
}

void CaseworkDialog::recordConclusion(bool verification)
{
    const auto mode = verification ? ConclusionFormDialog::Mode::Verification : ConclusionFormDialog::Mode::Evaluation;
    auto *form =
        new ConclusionFormDialog(mode, m_controller->markLabel(), verification ? verificationNote() : QString(), this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    offerExemplars(form->fields());
    if (m_conclusionDraft)
        form->fields()->setInput(*m_conclusionDraft);
    connect(form, &QDialog::accepted, this, [this, form, verification] {
        m_conclusionDraft = form->input();
        if (verification)
            m_controller->recordVerification(*m_conclusionDraft);
        else
            m_controller->recordConclusion(*m_conclusionDraft);
    });
    form->open();
}

void CaseworkDialog::resolveConflict()
{
    const std::optional<MarkCasework> &casework = m_controller->casework();
    QStringList seen;
    if (casework)
        for (const ConclusionRecord &c : casework->conclusions)
            seen << tr("%1 by %2: %3")
                        .arg(markStateDisplayName(c.stage == ConclusionStage::Evaluation ? MarkState::Evaluation
                                                                                         : MarkState::Verification),
                             c.examiner, conclusionDisplayName(c.input.conclusion));
    auto *form = new ResolutionFormDialog(m_controller->markLabel(), seen.join(QLatin1Char('\n')), this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    offerExemplars(form->fields());
    connect(form, &QDialog::accepted, this, [this, form] {
        m_controller->resolveConflict(form->reexamined(), form->outcome(), form->finalConclusion());
    });
    form->open();
}

void CaseworkDialog::offerExemplars(ConclusionFields *fields)
{
    const auto fill = [this, fields] {
        QList<QPair<QString, QString>> items;
        for (const ExemplarImpressionRecord &e : m_controller->exemplars())
            items.append({m_controller->exemplarLabel(e.id.toString()), e.id.toString()});
        fields->setExemplars(items);
    };
    if (m_controller->exemplarsLoaded()) {
        fill();
        return;
    }
    fields->setExemplarMessage(tr("Loading exemplars…"));
    connect(m_controller, &MarkCaseworkController::exemplarsReady, fields, fill);
    connect(m_controller, &MarkCaseworkController::exemplarsFailed, fields, &ConclusionFields::setExemplarMessage);
    m_controller->loadExemplars();
}

} // namespace ridgeline
