#pragma once

// The forms of the examiner's ACE-V steps (issue 7): the analysis (value decision and notes,
// committed only after a confirmation that its snapshot will be immutable), a conclusion or a
// verification (identification / exclusion / inconclusive, the basis in words, the exemplar
// impression it refers to), and the resolution of a conflict. Each edits a plain struct from
// app/core/casework.h; what is still missing is said by conclusionInputProblem (presentation).

#include "app/core/casework.h"

#include <QDialog>
#include <QList>
#include <QPair>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace ridgeline {

// Commit Analysis: the value decision (none chosen until the examiner chooses), substrate,
// development method, distortion notes and notes. OK asks for confirmation (a window-modal
// message box, objectName "confirmCommitAnalysis") before the dialog is accepted.
class AnalysisFormDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AnalysisFormDialog(const QString &markLabel, QWidget *parent = nullptr);

    AnalysisInput input() const;
    // Fills the form (for tests and to retry after a refusal).
    void setInput(const AnalysisInput &input);
    QPushButton *commitButton() const;

private:
    void updateState();
    void confirm();

    QString m_markLabel;
    QButtonGroup *m_value;
    QLineEdit *m_substrate;
    QLineEdit *m_development;
    QPlainTextEdit *m_distortion;
    QPlainTextEdit *m_notes;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

// The conclusion part shared by the conclusion, verification and resolution forms.
class ConclusionFields : public QWidget
{
    Q_OBJECT
public:
    explicit ConclusionFields(QWidget *parent = nullptr);

    bool hasChoice() const; // a conclusion kind has been chosen
    ConclusionInput input() const;
    void setInput(const ConclusionInput &input);
    // The impressions to choose from: (label, exemplarRef) pairs.
    void setExemplars(const QList<QPair<QString, QString>> &exemplars);
    // Shown in the impression box while there is nothing to choose ("Loading exemplars…", an error).
    void setExemplarMessage(const QString &message);
    // Empty when complete, else what is missing (translated).
    QString problem() const;

Q_SIGNALS:
    void edited();

private:
    void updateExemplarBox();

    QButtonGroup *m_kind;
    QComboBox *m_exemplar;
    QPlainTextEdit *m_basis;
    QString m_wantedRef; // the impression setInput named, chosen once the list arrives
    bool m_haveExemplars = false;
};

// Record Conclusion (the examiner's evaluation) or Record Verification (a second examiner's own
// conclusion; in blind mode the first examiner's is not shown, the session withholds it).
class ConclusionFormDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Evaluation,
        Verification,
    };
    // note: shown above the fields (blind verification, the examiner's conclusion when visible).
    ConclusionFormDialog(Mode mode, const QString &markLabel, const QString &note, QWidget *parent = nullptr);

    ConclusionFields *fields() const { return m_fields; }
    ConclusionInput input() const;
    QPushButton *recordButton() const;

private:
    void updateState();

    ConclusionFields *m_fields;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

// Resolve Conflict: what was re-examined, the outcome in words, and the conclusion that stands.
class ResolutionFormDialog : public QDialog
{
    Q_OBJECT
public:
    ResolutionFormDialog(const QString &markLabel, const QString &note, QWidget *parent = nullptr);

    ConclusionFields *fields() const { return m_fields; }
    QString reexamined() const;
    QString outcome() const;
    ConclusionInput finalConclusion() const;
    QPushButton *resolveButton() const;

private:
    void updateState();

    QPlainTextEdit *m_reexamined;
    QPlainTextEdit *m_outcome;
    ConclusionFields *m_fields;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace ridgeline
