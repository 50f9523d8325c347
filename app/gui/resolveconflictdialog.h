#pragma once

#include "app/core/casework.h"
#include "app/presentation/oversight/markrecordtext.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;
class QPushButton;

namespace ridgeline {

// What a supervisor records to resolve a conflict (issue 7): what was re-examined, the outcome in
// words, and the conclusion that stands (with its exemplar and basis). Starts from the examiner's
// conclusion; OK stays disabled until every required field is filled. Edits plain values only; the
// session checks and stores them. UI thread.
class ResolveConflictDialog : public QDialog
{
    Q_OBJECT
public:
    ResolveConflictDialog(const MarkCasework &work, const ExemplarNames &exemplars, QWidget *parent = nullptr);

    QString reexamined() const;
    QString outcome() const;
    ConclusionInput finalConclusion() const;

    QPlainTextEdit *reexaminedEdit() const { return m_reexamined; }
    QPlainTextEdit *outcomeEdit() const { return m_outcome; }
    QPlainTextEdit *basisEdit() const { return m_basis; }
    QComboBox *conclusionBox() const { return m_conclusion; }
    QComboBox *exemplarBox() const { return m_exemplar; }
    QPushButton *okButton() const { return m_ok; }

private:
    void updateOk();

    QPlainTextEdit *m_reexamined;
    QPlainTextEdit *m_outcome;
    QComboBox *m_conclusion;
    QComboBox *m_exemplar;
    QPlainTextEdit *m_basis;
    QPushButton *m_ok = nullptr;
};

} // namespace ridgeline
