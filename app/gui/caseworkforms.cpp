#include "app/gui/caseworkforms.h"

#include "app/presentation/casework/caseworksteps.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ridgeline {

namespace {

QPlainTextEdit *textBox(const char *objectName, const QString &placeholder, int lines)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(QLatin1String(objectName));
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    return edit;
}

QRadioButton *radio(QButtonGroup *group, int id, const char *objectName, const QString &text, const QString &tip)
{
    auto *button = new QRadioButton(text);
    button->setObjectName(QLatin1String(objectName));
    button->setToolTip(tip);
    button->setStatusTip(tip);
    group->addButton(button, id);
    return button;
}

QLabel *problemLabel()
{
    auto *label = new QLabel;
    label->setObjectName(QStringLiteral("formProblem"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #6c757d;"));
    return label;
}

QLabel *noteLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setObjectName(QStringLiteral("formNote"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("background: #fff8e1; border: 1px solid #f0d58c; border-radius: 4px; "
                                        "padding: 6px; color: #5c4400;"));
    label->setVisible(!text.isEmpty());
    return label;
}

} // namespace

AnalysisFormDialog::AnalysisFormDialog(const QString &markLabel, QWidget *parent)
    : QDialog(parent)
    , m_markLabel(markLabel)
    , m_value(new QButtonGroup(this))
    , m_substrate(new QLineEdit)
    , m_development(new QLineEdit)
    , m_distortion(textBox("distortionNotes", tr("Pressure, slippage, deposition, substrate movement…"), 3))
    , m_notes(textBox("analysisNotes", tr("Anything else that belongs on the record"), 3))
    , m_problem(problemLabel())
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("analysisForm"));
    setWindowTitle(tr("Commit Analysis — %1").arg(markLabel));
    auto *valueBox = new QGroupBox(tr("Value decision"));
    auto *valueLayout = new QVBoxLayout(valueBox);
    valueLayout->addWidget(radio(m_value, int(ValueDecision::OfValueForIdentification), "valueIdentification",
                                 tr("Of value for &identification"),
                                 tr("Enough reliable detail to identify or exclude a source")));
    valueLayout->addWidget(radio(m_value, int(ValueDecision::ExclusionOnly), "valueExclusionOnly",
                                 tr("Of value for &exclusion only"),
                                 tr("Enough detail to exclude a source, not to identify one")));
    valueLayout->addWidget(radio(m_value, int(ValueDecision::NoValue), "valueNone", tr("&No value"),
                                 tr("Not enough reliable detail: the mark is not compared")));
    m_substrate->setObjectName(QStringLiteral("substrate"));
    m_substrate->setPlaceholderText(tr("e.g. glass, smooth, non-porous"));
    m_development->setObjectName(QStringLiteral("developmentMethod"));
    m_development->setPlaceholderText(tr("e.g. aluminium powder, lifted"));

    auto *form = new QFormLayout;
    auto addRow = [form](const QString &label, QWidget *field) {
        auto *name = new QLabel(label);
        name->setBuddy(field);
        form->addRow(name, field);
    };
    addRow(tr("Su&bstrate:"), m_substrate);
    addRow(tr("&Development method:"), m_development);
    addRow(tr("Dis&tortion notes:"), m_distortion);
    addRow(tr("N&otes:"), m_notes);

    QPushButton *ok = commitButton();
    ok->setText(tr("Co&mmit Analysis…"));
    ok->setToolTip(tr("Commit the analysis: the snapshot of the markup and these notes become immutable"));
    m_buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close the form without committing (Esc)"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AnalysisFormDialog::confirm);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_value, &QButtonGroup::idToggled, this, &AnalysisFormDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(noteLabel(tr("Record what the mark shows before any exemplar is seen. Committing stores an "
                                   "immutable snapshot of the markup and these notes; exemplars of the case stay "
                                   "hidden until you begin the comparison.")));
    layout->addWidget(valueBox);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());
    updateState();
}

QPushButton *AnalysisFormDialog::commitButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

AnalysisInput AnalysisFormDialog::input() const
{
    AnalysisInput input;
    input.value = ValueDecision(std::max(0, m_value->checkedId()));
    input.substrate = m_substrate->text().trimmed();
    input.developmentMethod = m_development->text().trimmed();
    input.distortionNotes = m_distortion->toPlainText().trimmed();
    input.notes = m_notes->toPlainText().trimmed();
    return input;
}

void AnalysisFormDialog::setInput(const AnalysisInput &input)
{
    if (QAbstractButton *button = m_value->button(int(input.value)))
        button->setChecked(true);
    m_substrate->setText(input.substrate);
    m_development->setText(input.developmentMethod);
    m_distortion->setPlainText(input.distortionNotes);
    m_notes->setPlainText(input.notes);
    updateState();
}

void AnalysisFormDialog::updateState()
{
    const bool chosen = m_value->checkedId() >= 0;
    commitButton()->setEnabled(chosen);
    m_problem->setText(chosen ? QString() : tr("Choose the value decision."));
    m_problem->setVisible(!chosen);
}

void AnalysisFormDialog::confirm()
{
    if (m_value->checkedId() < 0)
        return;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Commit Analysis — %1").arg(m_markLabel),
        tr("Commit the analysis of %1 as %2?").arg(m_markLabel, valueDecisionDisplayName(input().value).toLower()),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmCommitAnalysis"));
    box->setInformativeText(tr("The snapshot of the mark's markup and these notes will be immutable: later "
                               "changes to the markup are recorded against it and flagged, never replace it."));
    QPushButton *commit = box->addButton(tr("&Commit"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(commit);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::buttonClicked, this, [this, commit](QAbstractButton *clicked) {
        if (clicked == commit)
            accept();
    });
    box->open();
}

ConclusionFields::ConclusionFields(QWidget *parent)
    : QWidget(parent)
    , m_kind(new QButtonGroup(this))
    , m_exemplar(new QComboBox)
    , m_basis(textBox("conclusionBasis", tr("What you compared and why it supports the conclusion"), 4))
{
    auto *kinds = new QHBoxLayout;
    kinds->addWidget(radio(m_kind, int(ConclusionKind::Identification), "conclusionIdentification",
                           tr("&Identification"),
                           tr("The mark and the exemplar impression come from the same source")));
    kinds->addWidget(radio(m_kind, int(ConclusionKind::Exclusion), "conclusionExclusion", tr("&Exclusion"),
                           tr("The mark and the exemplar impression come from different sources")));
    kinds->addWidget(radio(m_kind, int(ConclusionKind::Inconclusive), "conclusionInconclusive", tr("I&nconclusive"),
                           tr("Neither an identification nor an exclusion can be reached")));
    kinds->addStretch(1);
    m_exemplar->setObjectName(QStringLiteral("conclusionExemplar"));
    m_exemplar->setToolTip(tr("The exemplar impression an identification or exclusion refers to"));
    m_exemplar->setMinimumContentsLength(40);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Conclusion:"), kinds);
    auto *exemplarLabel = new QLabel(tr("E&xemplar impression:"));
    exemplarLabel->setBuddy(m_exemplar);
    form->addRow(exemplarLabel, m_exemplar);
    auto *basisLabel = new QLabel(tr("&Basis:"));
    basisLabel->setBuddy(m_basis);
    form->addRow(basisLabel, m_basis);

    connect(m_kind, &QButtonGroup::idToggled, this, [this] {
        updateExemplarBox();
        Q_EMIT edited();
    });
    connect(m_exemplar, &QComboBox::currentIndexChanged, this, &ConclusionFields::edited);
    connect(m_basis, &QPlainTextEdit::textChanged, this, &ConclusionFields::edited);
    setExemplarMessage(tr("Loading exemplars…"));
}

bool ConclusionFields::hasChoice() const
{
    return m_kind->checkedId() >= 0;
}

ConclusionInput ConclusionFields::input() const
{
    ConclusionInput input;
    input.conclusion = ConclusionKind(std::max(0, m_kind->checkedId()));
    input.basis = m_basis->toPlainText().trimmed();
    if (m_haveExemplars && input.conclusion != ConclusionKind::Inconclusive)
        input.exemplarRef = m_exemplar->currentData().toString();
    return input;
}

void ConclusionFields::setInput(const ConclusionInput &input)
{
    if (QAbstractButton *button = m_kind->button(int(input.conclusion)))
        button->setChecked(true);
    m_basis->setPlainText(input.basis);
    m_wantedRef = input.exemplarRef;
    if (const int row = m_exemplar->findData(input.exemplarRef); row >= 0)
        m_exemplar->setCurrentIndex(row);
    updateExemplarBox();
}

void ConclusionFields::setExemplars(const QList<QPair<QString, QString>> &exemplars)
{
    const QString current = m_haveExemplars ? m_exemplar->currentData().toString() : m_wantedRef;
    const QSignalBlocker block(m_exemplar);
    m_exemplar->clear();
    m_haveExemplars = !exemplars.isEmpty();
    if (!m_haveExemplars)
        m_exemplar->addItem(tr("The case has no exemplar impressions"));
    else
        m_exemplar->addItem(tr("Choose the impression…"), QString());
    for (const auto &[label, ref] : exemplars)
        m_exemplar->addItem(label, ref);
    m_exemplar->setCurrentIndex(std::max(0, m_exemplar->findData(current)));
    updateExemplarBox();
    Q_EMIT edited();
}

void ConclusionFields::setExemplarMessage(const QString &message)
{
    const QSignalBlocker block(m_exemplar);
    m_exemplar->clear();
    m_exemplar->addItem(message);
    m_haveExemplars = false;
    updateExemplarBox();
    Q_EMIT edited();
}

void ConclusionFields::updateExemplarBox()
{
    m_exemplar->setEnabled(m_haveExemplars && m_kind->checkedId() != int(ConclusionKind::Inconclusive));
}

QString ConclusionFields::problem() const
{
    if (!hasChoice())
        return tr("Choose identification, exclusion or inconclusive.");
    if (m_kind->checkedId() != int(ConclusionKind::Inconclusive) && !m_haveExemplars)
        return tr("An identification or exclusion refers to an exemplar impression, and there is none to choose: "
                  "%1.")
            .arg(m_exemplar->itemText(0).remove(QStringLiteral("…")));
    return conclusionInputProblem(input());
}

ConclusionFormDialog::ConclusionFormDialog(Mode mode, const QString &markLabel, const QString &note, QWidget *parent)
    : QDialog(parent)
    , m_fields(new ConclusionFields)
    , m_problem(problemLabel())
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    const bool verification = mode == Mode::Verification;
    setObjectName(verification ? QStringLiteral("verificationForm") : QStringLiteral("conclusionForm"));
    setWindowTitle(verification ? tr("Record Verification — %1").arg(markLabel)
                                : tr("Record Conclusion — %1").arg(markLabel));
    recordButton()->setText(verification ? tr("&Record Verification") : tr("&Record Conclusion"));
    recordButton()->setToolTip(verification ? tr("Store your verification; it cannot be changed afterwards")
                                            : tr("Store your conclusion; it cannot be changed afterwards"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_fields, &ConclusionFields::edited, this, &ConclusionFormDialog::updateState);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(noteLabel(note));
    layout->addWidget(m_fields);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(620, sizeHint().height());
    updateState();
}

QPushButton *ConclusionFormDialog::recordButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

ConclusionInput ConclusionFormDialog::input() const
{
    return m_fields->input();
}

void ConclusionFormDialog::updateState()
{
    const QString problem = m_fields->problem();
    recordButton()->setEnabled(problem.isEmpty());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

ResolutionFormDialog::ResolutionFormDialog(const QString &markLabel, const QString &note, QWidget *parent)
    : QDialog(parent)
    , m_reexamined(textBox("resolutionReexamined", tr("The mark, the markup, the impressions looked at again"), 3))
    , m_outcome(textBox("resolutionOutcome", tr("What the re-examination found"), 3))
    , m_fields(new ConclusionFields)
    , m_problem(problemLabel())
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("resolutionForm"));
    setWindowTitle(tr("Resolve Conflict — %1").arg(markLabel));
    resolveButton()->setText(tr("Re&solve Conflict"));
    resolveButton()->setToolTip(tr("Store the resolution; the mark then goes to technical review"));
    auto *form = new QFormLayout;
    auto *reexaminedLabel = new QLabel(tr("What was &re-examined:"));
    reexaminedLabel->setBuddy(m_reexamined);
    form->addRow(reexaminedLabel, m_reexamined);
    auto *outcomeLabel = new QLabel(tr("&Outcome:"));
    outcomeLabel->setBuddy(m_outcome);
    form->addRow(outcomeLabel, m_outcome);
    auto *standing = new QGroupBox(tr("The conclusion that stands"));
    auto *standingLayout = new QVBoxLayout(standing);
    standingLayout->addWidget(m_fields);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_fields, &ConclusionFields::edited, this, &ResolutionFormDialog::updateState);
    connect(m_reexamined, &QPlainTextEdit::textChanged, this, &ResolutionFormDialog::updateState);
    connect(m_outcome, &QPlainTextEdit::textChanged, this, &ResolutionFormDialog::updateState);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(noteLabel(note));
    layout->addLayout(form);
    layout->addWidget(standing);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(640, sizeHint().height());
    updateState();
}

QPushButton *ResolutionFormDialog::resolveButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString ResolutionFormDialog::reexamined() const
{
    return m_reexamined->toPlainText().trimmed();
}

QString ResolutionFormDialog::outcome() const
{
    return m_outcome->toPlainText().trimmed();
}

ConclusionInput ResolutionFormDialog::finalConclusion() const
{
    return m_fields->input();
}

void ResolutionFormDialog::updateState()
{
    QString problem;
    if (reexamined().isEmpty())
        problem = tr("Say what was re-examined.");
    else if (outcome().isEmpty())
        problem = tr("Say what the re-examination found.");
    else
        problem = m_fields->problem();
    resolveButton()->setEnabled(problem.isEmpty());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

} // namespace ridgeline
