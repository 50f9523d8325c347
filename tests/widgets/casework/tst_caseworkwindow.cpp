// The examiner's side of ACE-V casework in the window (issue 7), on a real encrypted workspace
// filled through intake, offscreen. Adaeze Okafor finds the received mark JH/1 on her worklist,
// opens its casework with Enter, starts the analysis, commits it through the form (value decision,
// confirmation that the snapshot will be immutable), begins the comparison, records an
// identification against Samuel Brook's right middle finger and submits it. Gwen Prys then finds
// it waiting for her verification, records hers blind - inconclusive - and sees the mark go to
// conflict, with the resolution not hers to make. Asserted as the user sees it: the stage label,
// the buttons offered and enabled, the history rows, the worklist rows.
#include "app/gui/caseworkdialog.h"
#include "app/gui/caseworkforms.h"
#include "app/gui/mainwindow.h"
#include "app/gui/worklistview.h"
#include "app/presentation/casework/markcaseworkcontroller.h"
#include "app/presentation/casework/worklistcontroller.h"
#include "app/presentation/sessioncontroller.h"
#include "app/services/importservice.h"
#include "tests/app/services/searchtestpackage.h"
#include "tests/app/services/workspacetestsupport.h"
#include "tests/testsupport/pngbytes.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace ridgeline;

namespace {

constexpr int kWait = 20000;

QStringList visibleSteps(CaseworkDialog *dialog)
{
    QStringList steps;
    for (CaseworkStep step : allCaseworkSteps())
        if (QPushButton *button = dialog->stepButton(step); button->isVisibleTo(dialog))
            steps << QStringLiteral("%1%2").arg(caseworkStepDisplayName(step),
                                                button->isEnabled() ? QString() : QStringLiteral(" (disabled)"));
    return steps;
}

QStringList historyRow(CaseworkDialog *dialog, int row)
{
    QTreeWidgetItem *item = dialog->historyList()->topLevelItem(row);
    if (!item)
        return {};
    return {item->text(1), item->text(2), item->text(3)}; // who, from, to
}

int worklistRow(MainWindow *window, const QString &exhibit)
{
    QAbstractItemModel *model = window->worklistView()->table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, int(WorklistModel::Column::Exhibit)).data().toString() == exhibit)
            return row;
    return -1;
}

QString worklistText(MainWindow *window, int row, WorklistModel::Column column)
{
    return window->worklistView()->table()->model()->index(row, int(column)).data().toString();
}

// Clicks the button of the open question box `name` (a child of parent) whose text starts with `text`.
bool answer(QWidget *parent, const char *name, const QString &text, QString *question = nullptr)
{
    QMessageBox *box = nullptr;
    if (!QTest::qWaitFor(
            [&] { return (box = parent->findChild<QMessageBox *>(QLatin1String(name))) && box->isVisible(); }, kWait))
        return false;
    if (question)
        *question = box->text() + QLatin1Char('\n') + box->informativeText();
    for (QAbstractButton *button : box->buttons())
        if (button->text().remove(QLatin1Char('&')).startsWith(text)) {
            QTest::mouseClick(button, Qt::LeftButton);
            return true;
        }
    return false;
}

// Clicks a radio button on its indicator, as a user does (its centre may be empty space).
void choose(QRadioButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

} // namespace

class TestCaseworkWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    const QByteArray m_passphrase = QByteArrayLiteral("casework window passphrase");
    MarkId m_secondMark; // JH/9, filed beside JH/1 by the case officer

    std::unique_ptr<MainWindow> openWindow(const QString &user, QSettings &settings)
    {
        auto opened = LocalWorkspaceSession::open(m_path, user, m_passphrase, testing::fastOptions());
        if (!opened) {
            qWarning() << opened.error().message();
            return nullptr;
        }
        SessionInfo info{(*opened)->user(), m_path, (*opened)->policy()};
        auto window =
            std::make_unique<MainWindow>(std::make_unique<SessionController>(std::move(*opened), info), settings);
        window->show();
        return window;
    }

    static CaseworkDialog *waitForPanel(MainWindow *window, const QString &stage)
    {
        CaseworkDialog *dialog = nullptr;
        [&] { QTRY_VERIFY_WITH_TIMEOUT((dialog = window->findChild<CaseworkDialog *>()), kWait); }();
        if (dialog)
            [&] { QTRY_COMPARE_WITH_TIMEOUT(dialog->stageLabel()->text(), stage, kWait); }();
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("casework.ridgeline"));
        auto admin =
            LocalWorkspaceSession::create(m_path, QStringLiteral("admin"), m_passphrase, testing::fastOptions());
        QVERIFY(admin);
        QVERIFY((*admin)->addUser(QStringLiteral("aokafor"), QStringLiteral("Adaeze Okafor"), Role::Examiner,
                                  m_passphrase));
        QVERIFY((*admin)->addUser(QStringLiteral("gprys"), QStringLiteral("Gwen Prys"), Role::Examiner, m_passphrase));
        QVERIFY((*admin)->addUser(QStringLiteral("dhartley"), QStringLiteral("David Hartley"), Role::CaseOfficer,
                                  m_passphrase));
        WorkspacePolicy policy = (*admin)->policy();
        policy.acceptUnsignedPackages = true;
        QVERIFY(policy.blindVerification); // the default
        QVERIFY((*admin)->setPolicy(policy));
        QVERIFY((*admin)->logout());
        auto officer =
            LocalWorkspaceSession::open(m_path, QStringLiteral("dhartley"), m_passphrase, testing::fastOptions());
        QVERIFY(officer);
        auto folder = testing::searchTestPackage().writeFolder(m_dir.filePath(QStringLiteral("pkg")));
        QVERIFY(folder);
        const ImportService::Result imported = ImportService(**officer).importPackage(*folder);
        QVERIFY2(!imported.refused(), qPrintable(imported.error ? imported.error->message() : QString()));
        Mark second;
        second.id = MarkId::create();
        second.caseId = imported.outcome->caseId;
        second.exhibitReference = QStringLiteral("JH/9");
        auto sha = (*officer)->storeOriginal(testing::ridgePng(300, 300, 0, 500), QStringLiteral("image/png"),
                                             QStringLiteral("mark"), second.id.toString());
        QVERIFY(sha);
        second.originalSha256 = *sha;
        QVERIFY((*officer)->caseStore().saveMark(second));
        m_secondMark = second.id;
        QVERIFY((*officer)->logout());
    }

    void examinerAnalysesComparesConcludesAndSubmits()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("okafor.ini")), QSettings::IniFormat);
        auto window = openWindow(QStringLiteral("aokafor"), settings);
        QVERIFY(window);
        QVERIFY(window->worklistView());
        auto *showWorklist = window->findChild<QAction *>(QStringLiteral("actionShowWorklist"));
        QVERIFY(showWorklist);
        showWorklist->trigger();
        QCOMPARE(window->views()->currentWidget(), window->worklistView());

        // The received mark nobody has taken is on her worklist.
        QTRY_VERIFY_WITH_TIMEOUT(worklistRow(window.get(), QStringLiteral("JH/1")) >= 0, kWait);
        int row = worklistRow(window.get(), QStringLiteral("JH/1"));
        QCOMPARE(worklistText(window.get(), row, WorklistModel::Column::Stage), QStringLiteral("Received"));
        QVERIFY(!worklistText(window.get(), row, WorklistModel::Column::Why).isEmpty());
        QVERIFY(!worklistText(window.get(), row, WorklistModel::Column::Age).isEmpty());
        QVERIFY(window->views()->tabText(window->views()->currentIndex()).startsWith(QStringLiteral("Worklist (")));

        // Enter on the row opens the mark's casework panel.
        QTableView *table = window->worklistView()->table();
        table->setFocus();
        table->setCurrentIndex(table->model()->index(row, 0));
        QTest::keyClick(table, Qt::Key_Return);
        CaseworkDialog *panel = waitForPanel(window.get(), QStringLiteral("Received"));
        QVERIFY(panel);
        QCOMPARE(panel->windowTitle(), QStringLiteral("Mark Casework — JH/1"));
        QCOMPARE(visibleSteps(panel), QStringList{QStringLiteral("Start Analysis")});
        const int historyBefore = panel->historyList()->topLevelItemCount();

        // Start Analysis: the mark is hers, in analysis.
        QTest::mouseClick(panel->stepButton(CaseworkStep::StartAnalysis), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel->stageLabel()->text(), QStringLiteral("Analysis"), kWait);
        QCOMPARE(visibleSteps(panel), QStringList{QStringLiteral("Commit Analysis")});
        QCOMPARE(panel->historyList()->topLevelItemCount(), historyBefore + 1);
        QCOMPARE(historyRow(panel, historyBefore),
                 (QStringList{QStringLiteral("aokafor"), QStringLiteral("Received"), QStringLiteral("Analysis")}));
        QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("caseworkExaminer"))->text(),
                 QStringLiteral("Examiner: aokafor"));
        // Refreshed after the step: the worklist shows the new stage.
        QTRY_COMPARE_WITH_TIMEOUT(
            worklistText(window.get(), worklistRow(window.get(), QStringLiteral("JH/1")), WorklistModel::Column::Stage),
            QStringLiteral("Analysis"), kWait);

        // Commit Analysis through the form: nothing to commit until the value decision is chosen,
        // then a confirmation that the snapshot will be immutable.
        QTest::mouseClick(panel->stepButton(CaseworkStep::CommitAnalysis), Qt::LeftButton);
        AnalysisFormDialog *form = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((form = panel->findChild<AnalysisFormDialog *>()) && form->isVisible(), kWait);
        QVERIFY(!form->commitButton()->isEnabled());
        choose(form->findChild<QRadioButton *>(QStringLiteral("valueIdentification")));
        QVERIFY(form->commitButton()->isEnabled());
        QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("substrate")),
                         QStringLiteral("glass, smooth, non-porous"));
        QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("developmentMethod")),
                         QStringLiteral("aluminium powder, lifted"));
        QTest::keyClicks(form->findChild<QPlainTextEdit *>(QStringLiteral("distortionNotes")),
                         QStringLiteral("slight slippage at the tip"));
        QTest::mouseClick(form->commitButton(), Qt::LeftButton);
        QString question;
        QVERIFY(answer(form, "confirmCommitAnalysis", QStringLiteral("Commit"), &question));
        QVERIFY2(question.contains(QStringLiteral("immutable")), qPrintable(question));
        QTRY_COMPARE_WITH_TIMEOUT(panel->stageLabel()->text(), QStringLiteral("Analysis committed"), kWait);
        QCOMPARE(visibleSteps(panel), QStringList{QStringLiteral("Begin Comparison")});
        QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("analysis_value"))->text(),
                 valueDecisionDisplayName(ValueDecision::OfValueForIdentification));
        QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("analysis_substrate"))->text(),
                 QStringLiteral("glass, smooth, non-porous"));
        QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("analysis_examiner"))->text(), QStringLiteral("aokafor"));
        QVERIFY(panel->findChild<QLabel *>(QStringLiteral("analysis_hash"))->text().endsWith(QStringLiteral("…")));
        QCOMPARE(
            historyRow(panel, panel->historyList()->topLevelItemCount() - 1),
            (QStringList{QStringLiteral("aokafor"), QStringLiteral("Analysis"), QStringLiteral("Analysis committed")}));

        // Begin Comparison asks first, saying what it changes.
        QTest::mouseClick(panel->stepButton(CaseworkStep::BeginComparison), Qt::LeftButton);
        QVERIFY(answer(panel, "confirmBeginComparison", QStringLiteral("Begin"), &question));
        QVERIFY2(question.contains(QStringLiteral("exemplars of the case become visible")), qPrintable(question));
        QVERIFY(question.contains(QStringLiteral("flagged")));
        QTRY_COMPARE_WITH_TIMEOUT(panel->stageLabel()->text(), QStringLiteral("Comparison"), kWait);
        QCOMPARE(visibleSteps(panel), QStringList{QStringLiteral("Record Conclusion")});

        // Record Conclusion: an identification needs its basis and the impression it refers to,
        // chosen from the case's exemplars (now listed to her).
        QTest::mouseClick(panel->stepButton(CaseworkStep::RecordConclusion), Qt::LeftButton);
        ConclusionFormDialog *conclusion = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((conclusion = panel->findChild<ConclusionFormDialog *>()) && conclusion->isVisible(),
                                 kWait);
        QCOMPARE(conclusion->objectName(), QStringLiteral("conclusionForm"));
        auto *exemplar = conclusion->findChild<QComboBox *>(QStringLiteral("conclusionExemplar"));
        QTRY_COMPARE_WITH_TIMEOUT(exemplar->count(), 7, kWait); // "Choose…" and the six impressions
        choose(conclusion->findChild<QRadioButton *>(QStringLiteral("conclusionIdentification")));
        QVERIFY(!conclusion->recordButton()->isEnabled());
        QVERIFY(
            conclusion->findChild<QLabel *>(QStringLiteral("formProblem"))->text().contains(QStringLiteral("basis")));
        const int brookMiddle = exemplar->findText(QStringLiteral("exhibit TB/3"), Qt::MatchEndsWith);
        QVERIFY2(brookMiddle > 0, qPrintable(exemplar->itemText(6)));
        QVERIFY(exemplar->itemText(brookMiddle).startsWith(QStringLiteral("BROOK, Samuel")));
        exemplar->setCurrentIndex(brookMiddle);
        QTest::keyClicks(conclusion->findChild<QPlainTextEdit *>(QStringLiteral("conclusionBasis")),
                         QStringLiteral("Ridge flow, 12 minutiae in agreement in sequence, no unexplained difference"));
        QVERIFY(conclusion->recordButton()->isEnabled());
        QTest::mouseClick(conclusion->recordButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel->stageLabel()->text(), QStringLiteral("Evaluation"), kWait);
        QCOMPARE(visibleSteps(panel), QStringList{QStringLiteral("Submit for Verification")});
        QCOMPARE(panel->conclusionsList()->topLevelItemCount(), 1);
        QCOMPARE(panel->conclusionsList()->topLevelItem(0)->text(1),
                 conclusionDisplayName(ConclusionKind::Identification));
        QTRY_VERIFY_WITH_TIMEOUT(panel->conclusionsList()->topLevelItem(0)->text(3).contains(QStringLiteral("TB/3")),
                                 kWait);
        QVERIFY(panel->findChild<QLabel *>(QStringLiteral("caseworkBasis"))
                    ->text()
                    .endsWith(QStringLiteral("12 minutiae in agreement in sequence, no unexplained difference")));

        // Submit for Verification: the mark leaves her hands.
        QTest::mouseClick(panel->stepButton(CaseworkStep::SubmitForVerification), Qt::LeftButton);
        QVERIFY(answer(panel, "confirmSubmitForVerification", QStringLiteral("Submit"), &question));
        QVERIFY2(question.contains(QStringLiteral("blind")), qPrintable(question));
        QTRY_COMPARE_WITH_TIMEOUT(panel->stageLabel()->text(), QStringLiteral("Verification"), kWait);
        // Offered to an examiner at this stage, but not on her own examination.
        QCOMPARE(visibleSteps(panel), QStringList{QStringLiteral("Record Verification (disabled)")});
        QVERIFY(panel->stepButton(CaseworkStep::RecordVerification)
                    ->toolTip()
                    .contains(QStringLiteral("nobody verifies their own examination")));
        QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("caseworkWaiting"))->text(),
                 QStringLiteral("Waiting for verification by a second examiner."));
        const int rows = panel->historyList()->topLevelItemCount();
        QCOMPARE(rows, historyBefore + 5);
        QCOMPARE(historyRow(panel, rows - 1), (QStringList{QStringLiteral("aokafor"), QStringLiteral("Evaluation"),
                                                           QStringLiteral("Verification")}));
        QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("submitted for verification")));
        if (!qEnvironmentVariableIsEmpty("RIDGELINE_SCREENSHOT_DIR"))
            panel->grab().save(qEnvironmentVariable("RIDGELINE_SCREENSHOT_DIR") +
                               QStringLiteral("/casework-submitted.png"));
        panel->close();
    }

    void secondExaminerVerifiesBlindAndTheMarkGoesToConflict()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("prys.ini")), QSettings::IniFormat);
        auto window = openWindow(QStringLiteral("gprys"), settings);
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(worklistRow(window.get(), QStringLiteral("JH/1")) >= 0, kWait);
        const int row = worklistRow(window.get(), QStringLiteral("JH/1"));
        QCOMPARE(worklistText(window.get(), row, WorklistModel::Column::Stage), QStringLiteral("Verification"));
        QVERIFY(!worklistText(window.get(), row, WorklistModel::Column::Why).isEmpty());

        // Mark Casework (Ctrl+Shift+A) on the worklist's current mark.
        window->findChild<QAction *>(QStringLiteral("actionShowWorklist"))->trigger();
        QTableView *table = window->worklistView()->table();
        table->setCurrentIndex(table->model()->index(row, 0));
        auto *markCasework = window->findChild<QAction *>(QStringLiteral("actionMarkCasework"));
        QCOMPARE(markCasework->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
        markCasework->trigger();
        CaseworkDialog *panel = waitForPanel(window.get(), QStringLiteral("Verification"));
        QVERIFY(panel);
        QCOMPARE(visibleSteps(panel), QStringList{QStringLiteral("Record Verification")});
        // Blind: the first examiner's conclusion is not shown to her, and the panel says so.
        QCOMPARE(panel->conclusionsList()->topLevelItemCount(), 0);
        QVERIFY(panel->findChild<QLabel *>(QStringLiteral("caseworkWithheld"))->isVisibleTo(panel));
        // The session's redacted analysis carries a placeholder value decision: not shown as hers.
        auto *analysisNote = panel->findChild<QLabel *>(QStringLiteral("analysisEmpty"));
        QVERIFY(analysisNote->isVisibleTo(panel));
        QVERIFY2(analysisNote->text().contains(QStringLiteral("withheld from you")), qPrintable(analysisNote->text()));
        QVERIFY(!panel->findChild<QLabel *>(QStringLiteral("analysis_value"))->isVisibleTo(panel));

        QTest::mouseClick(panel->stepButton(CaseworkStep::RecordVerification), Qt::LeftButton);
        ConclusionFormDialog *form = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((form = panel->findChild<ConclusionFormDialog *>()) && form->isVisible(), kWait);
        QCOMPARE(form->objectName(), QStringLiteral("verificationForm"));
        QVERIFY(form->findChild<QLabel *>(QStringLiteral("formNote"))
                    ->text()
                    .startsWith(QStringLiteral("Blind verification")));
        choose(form->findChild<QRadioButton *>(QStringLiteral("conclusionInconclusive")));
        QVERIFY(!form->findChild<QComboBox *>(QStringLiteral("conclusionExemplar"))->isEnabled());
        QVERIFY(!form->recordButton()->isEnabled()); // the basis is still missing
        QTest::keyClicks(form->findChild<QPlainTextEdit *>(QStringLiteral("conclusionBasis")),
                         QStringLiteral("Too little clear detail in the delta area to decide"));
        QVERIFY(form->recordButton()->isEnabled());
        QTest::mouseClick(form->recordButton(), Qt::LeftButton);

        // A different conclusion: the mark is in conflict, and the verifier may not resolve it.
        QTRY_COMPARE_WITH_TIMEOUT(panel->stageLabel()->text(), QStringLiteral("Conflict"), kWait);
        QCOMPARE(visibleSteps(panel), QStringList{QStringLiteral("Resolve Conflict (disabled)")});
        QVERIFY(panel->stepButton(CaseworkStep::ResolveConflict)->toolTip().contains(QStringLiteral("Not available")));
        const int rows = panel->historyList()->topLevelItemCount();
        QCOMPARE(historyRow(panel, rows - 1),
                 (QStringList{QStringLiteral("gprys"), QStringLiteral("Verification"), QStringLiteral("Conflict")}));
        QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("caseworkVerifier"))->text(),
                 QStringLiteral("Verifier: gprys"));
        // Her own verification committed, the examiner's conclusion is no longer withheld from her.
        QCOMPARE(panel->conclusionsList()->topLevelItemCount(), 2);
        QVERIFY(panel->findChild<QLabel *>(QStringLiteral("analysis_value"))->isVisibleTo(panel));
        QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("analysis_substrate"))->text(),
                 QStringLiteral("glass, smooth, non-porous"));
        QVERIFY(panel->statusBar()->currentMessage().contains(QStringLiteral("conflict")));
        QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("conflict")));
        if (!qEnvironmentVariableIsEmpty("RIDGELINE_SCREENSHOT_DIR"))
            panel->grab().save(qEnvironmentVariable("RIDGELINE_SCREENSHOT_DIR") +
                               QStringLiteral("/casework-conflict.png"));
    }

    // Gwen Prys has JH/9 open while Adaeze Okafor, at another workstation, takes it first: Prys's
    // Start Analysis is refused as a conflict, the panel says so and shows the mark as it now is.
    void aStepSomeoneElseTookFirstIsRefusedAndTheRecordReloaded()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("prys2.ini")), QSettings::IniFormat);
        auto window = openWindow(QStringLiteral("gprys"), settings);
        QVERIFY(window);
        CaseworkDialog *panel = window->openCasework(m_secondMark);
        QTRY_COMPARE_WITH_TIMEOUT(panel->stageLabel()->text(), QStringLiteral("Received"), kWait);
        QCOMPARE(visibleSteps(panel), QStringList{QStringLiteral("Start Analysis")});

        auto okafor =
            LocalWorkspaceSession::open(m_path, QStringLiteral("aokafor"), m_passphrase, testing::fastOptions());
        QVERIFY(okafor);
        auto read = (*okafor)->markCasework(m_secondMark);
        QVERIFY(read);
        QVERIFY((*okafor)->startAnalysis(m_secondMark, read->version));
        QVERIFY((*okafor)->logout());

        QTest::mouseClick(panel->stepButton(CaseworkStep::StartAnalysis), Qt::LeftButton);
        auto *error = panel->findChild<QLabel *>(QStringLiteral("caseworkError"));
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisibleTo(panel), kWait);
        QVERIFY2(error->text().startsWith(QStringLiteral("Changed in another session: Start Analysis on JH/9 was "
                                                         "not stored:")),
                 qPrintable(error->text()));
        QVERIFY(error->text().contains(QStringLiteral("read again")));
        // Read again: hers now, nothing for Prys to start.
        QTRY_COMPARE_WITH_TIMEOUT(panel->stageLabel()->text(), QStringLiteral("Analysis"), kWait);
        QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("caseworkExaminer"))->text(),
                 QStringLiteral("Examiner: aokafor"));
        QCOMPARE(visibleSteps(panel), QStringList{QStringLiteral("Commit Analysis (disabled)")});
        QVERIFY(
            panel->stepButton(CaseworkStep::CommitAnalysis)->toolTip().contains(QStringLiteral("assigned to aokafor")));
        QCOMPARE(historyRow(panel, panel->historyList()->topLevelItemCount() - 1),
                 (QStringList{QStringLiteral("aokafor"), QStringLiteral("Received"), QStringLiteral("Analysis")}));
    }
};

QTEST_MAIN(TestCaseworkWindow)
#include "tst_caseworkwindow.moc"
