// The supervisor's Review Queue on a real encrypted workspace, offscreen (issue 7): a mark taken to
// technical review through the session calls is listed with its case, examiner and verifier; its
// full record shows the examiner's analysis (value, substrate, snapshot hash and feature counts) and
// both conclusions; Sign Off Case lists it checked with the SHA-256 of the revision to be signed,
// refuses a wrong passphrase and stays open, signs with the right one, and the sign-off is then
// shown in force while the mark leaves the queue. The passphrase never stays in the field.
#include "app/gui/reasondialog.h"
#include "app/gui/resolveconflictdialog.h"
#include "app/gui/reviewqueuewindow.h"
#include "app/gui/signoffdialog.h"
#include "app/presentation/oversight/reviewqueuecontroller.h"
#include "app/presentation/oversight/signoffcontroller.h"
#include "tests/widgets/oversight/oversightworkspace.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace ridgeline;
using namespace ridgeline::testing;

class TestReviewQueueWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    OversightWorkspace m_ws;

    static QString cell(const QAbstractItemModel *model, int row, ReviewQueueModel::Column column)
    {
        return model->index(row, int(column)).data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws =
            makeOversightWorkspace(m_dir.filePath(QStringLiteral("review.rlw")), m_dir.filePath(QStringLiteral("pkg")));
        QVERIFY2(m_ws.error.isEmpty(), qPrintable(m_ws.error));
    }

    void reviewAndSignOff()
    {
        auto session = controllerAs(m_ws.path, QStringLiteral("supervisor"), OversightWorkspace::supervisorPass);
        QVERIFY(session);
        ReviewQueueWindow window(session.get());
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        window.show();
        ReviewQueueController *controller = window.controller();
        QTableView *queue = window.queueView();

        // Listed, and selected as the only mark: its record follows.
        QTRY_COMPARE(queue->model()->rowCount(), 1);
        QCOMPARE(cell(queue->model(), 0, ReviewQueueModel::Column::Exhibit), m_ws.exhibit);
        QCOMPARE(cell(queue->model(), 0, ReviewQueueModel::Column::Stage), QStringLiteral("Technical review"));
        QCOMPARE(cell(queue->model(), 0, ReviewQueueModel::Column::Examiner), QStringLiteral("examiner"));
        QCOMPARE(cell(queue->model(), 0, ReviewQueueModel::Column::Verifier), QStringLiteral("verifier"));
        QTRY_VERIFY(controller->review().has_value());
        QVERIFY(window.recordTitle()->text().contains(m_ws.exhibit));
        QVERIFY(window.recordTitle()->text().contains(QStringLiteral("Technical review")));
        const QString analysis = window.analysisPanel()->toPlainText();
        QVERIFY2(analysis.contains(QStringLiteral("Of value for identification")), qPrintable(analysis));
        QVERIFY(analysis.contains(m_ws.analysis.substrate));
        QVERIFY(analysis.contains(m_ws.analysis.distortionNotes));
        QVERIFY(analysis.contains(QStringLiteral("Features in the snapshot: 8")));
        QVERIFY(analysis.contains(groupedHex(controller->review()->casework.analysis->snapshotSha256)));
        QVERIFY(analysis.contains(QStringLiteral("None: the markup is as analysed.")));
        const QString conclusions = window.conclusionsPanel()->toPlainText();
        QVERIFY2(conclusions.contains(QStringLiteral("Examiner's conclusion")), qPrintable(conclusions));
        QVERIFY(conclusions.contains(QStringLiteral("Verifier's conclusion (blind)")));
        QVERIFY(conclusions.contains(m_ws.identification.basis));
        QVERIFY(window.historyPanel()->toPlainText().contains(QStringLiteral("Verification → Technical review")));
        QVERIFY(window.returnForReworkAction->isEnabled());
        QVERIFY(!window.resolveAction->isEnabled());
        QVERIFY(!window.exemptAction->isEnabled());
        QVERIFY(window.signOffAction->isEnabled());
        QCOMPARE(window.signOffsView()->model()->rowCount(), 0);

        // Sign Off Case: the mark checked, the SHA-256 of the revision the session would sign.
        window.signOffAction->trigger();
        SignOffDialog *dialog = window.signOffDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->marksList()->count(), 1);
        QCOMPARE(dialog->marksList()->item(0)->checkState(), Qt::Checked);
        QVERIFY(dialog->marksList()->item(0)->text().startsWith(m_ws.exhibit));
        QCOMPARE(dialog->passphraseEdit()->echoMode(), QLineEdit::Password);
        QTRY_VERIFY(dialog->digestLabel()->text().count(QLatin1Char(' ')) >= 15);
        const QString digest = dialog->digestLabel()->text().section(QLatin1Char('\n'), 0, 0);
        QVERIFY(!dialog->signButton()->isEnabled()); // no passphrase yet

        // Unchecking every mark leaves nothing to sign.
        dialog->marksList()->item(0)->setCheckState(Qt::Unchecked);
        QTest::keyClicks(dialog->passphraseEdit(), QStringLiteral("x"));
        QVERIFY(!dialog->signButton()->isEnabled());
        dialog->passphraseEdit()->clear();
        dialog->marksList()->item(0)->setCheckState(Qt::Checked);
        QTRY_COMPARE(dialog->digestLabel()->text().section(QLatin1Char('\n'), 0, 0), digest);

        // A wrong passphrase: refused, said so, the dialog stays, the field is emptied.
        QTest::keyClicks(dialog->passphraseEdit(), QStringLiteral("not my passphrase at all"));
        QVERIFY(dialog->signButton()->isEnabled());
        QTest::mouseClick(dialog->signButton(), Qt::LeftButton);
        QCOMPARE(dialog->passphraseEdit()->text(), QString());
        QTRY_VERIFY(dialog->errorLabel()->isVisible());
        QVERIFY2(dialog->errorLabel()->text().contains(QStringLiteral("was not signed off")),
                 qPrintable(dialog->errorLabel()->text()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(window.signOffsView()->model()->rowCount(), 0);

        // The right passphrase signs it: the dialog closes, the sign-off is in force with the hash shown.
        QTest::keyClicks(dialog->passphraseEdit(), QString::fromUtf8(OversightWorkspace::supervisorPass));
        QSignalSpy signedOff(dialog, &SignOffDialog::signedOff);
        QTest::keyClick(dialog->passphraseEdit(), Qt::Key_Return);
        QVERIFY(signedOff.wait(30000));
        const auto record = signedOff.first().first().value<SignOffRecord>();
        // What was signed is the revision shown, with the signing block (revision, signer, time) added.
        QCOMPARE(groupedHex(QCryptographicHash::hash(record.document, QCryptographicHash::Sha256)),
                 groupedHex(record.sha256));
        QVERIFY(SignOffController::signsShownRevision(
            record.document, QByteArray::fromHex(QString(digest).remove(QLatin1Char(' ')).toLatin1())));
        QVERIFY(!SignOffController::signsShownRevision(record.document, QByteArray(32, '\0')));
        QCOMPARE(record.supervisor, QStringLiteral("supervisor"));
        const QString said = window.noticeLabel()->text();
        QVERIFY2(said.contains(QStringLiteral("signed off as revision 1 with key %1").arg(record.keyFingerprint())),
                 qPrintable(said));
        QVERIFY(!said.contains(QStringLiteral("changed while the dialog was open")));
        QTRY_COMPARE(window.signOffsView()->model()->rowCount(), 1);
        const QAbstractItemModel *signOffs = window.signOffsView()->model();
        QCOMPARE(signOffs->index(0, int(SignOffModel::Column::Status)).data().toString(), QStringLiteral("In force"));
        QCOMPARE(signOffs->index(0, int(SignOffModel::Column::Supervisor)).data().toString(),
                 QStringLiteral("supervisor"));
        QCOMPARE(signOffs->index(0, int(SignOffModel::Column::Marks)).data().toString(), m_ws.exhibit);
        QCOMPARE(signOffs->index(0, int(SignOffModel::Column::Key)).data().toString(), record.keyFingerprint());
        // Signed off: no longer waiting for a supervisor, and nothing left to sign in the case.
        QTRY_COMPARE(queue->model()->rowCount(), 0);
        QTRY_VERIFY(window.recordTitle()->text().contains(QStringLiteral("Signed off")));
        QVERIFY(!window.signOffAction->isEnabled());
        QVERIFY(!window.returnForReworkAction->isEnabled());
    }

    // A conflict resolved through the dialog, then the mark returned for rework with a reason.
    void resolveThenReturnForRework()
    {
        const OversightWorkspace ws = makeOversightWorkspace(m_dir.filePath(QStringLiteral("conflict.rlw")),
                                                             m_dir.filePath(QStringLiteral("pkg2")), true);
        QVERIFY2(ws.error.isEmpty(), qPrintable(ws.error));
        auto session = controllerAs(ws.path, QStringLiteral("supervisor"), OversightWorkspace::supervisorPass);
        QVERIFY(session);
        ReviewQueueWindow window(session.get());
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        window.show();
        QTRY_COMPARE(window.queueView()->model()->rowCount(), 1);
        QCOMPARE(cell(window.queueView()->model(), 0, ReviewQueueModel::Column::Stage), QStringLiteral("Conflict"));
        QTRY_VERIFY(window.controller()->review().has_value());
        QVERIFY2(window.historyPanel()->toPlainText().contains(
                     QStringLiteral("Identification (examiner) against Inconclusive (verifier)")),
                 qPrintable(window.historyPanel()->toPlainText()));
        QVERIFY(window.resolveAction->isEnabled());
        QVERIFY(!window.signOffAction->isEnabled()); // nothing of the case at technical review

        auto *dialog = qobject_cast<ResolveConflictDialog *>(window.askResolution());
        QVERIFY(dialog);
        // Starts from the examiner's identification and its exemplar; OK only once all is said.
        QCOMPARE(dialog->finalConclusion().conclusion, ConclusionKind::Identification);
        QCOMPARE(dialog->finalConclusion().exemplarRef, ws.exemplar);
        QVERIFY(!dialog->okButton()->isEnabled());
        QTest::keyClicks(dialog->reexaminedEdit(), QStringLiteral("the mark and the exemplar at 1:1, ridge by ridge"));
        QTest::keyClicks(dialog->outcomeEdit(), QStringLiteral("the verifier agrees after re-examination"));
        QVERIFY(!dialog->okButton()->isEnabled());
        QTest::keyClicks(dialog->basisEdit(), QStringLiteral("12 minutiae in agreement, confirmed"));
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY(window.noticeLabel()->text().contains(QStringLiteral("is resolved")));
        QTRY_COMPARE(cell(window.queueView()->model(), 0, ReviewQueueModel::Column::Stage),
                     QStringLiteral("Technical review"));
        QTRY_VERIFY(
            window.historyPanel()->toPlainText().contains(QStringLiteral("the verifier agrees after re-examination")));
        QVERIFY(window.conclusionsPanel()->toPlainText().contains(QStringLiteral("Conclusion after resolution")));
        QVERIFY(window.signOffAction->isEnabled());

        auto *rework = qobject_cast<ReasonDialog *>(window.askReturnForRework());
        QVERIFY(rework);
        QVERIFY(!rework->okButton()->isEnabled()); // a reason is required
        QTest::keyClicks(rework->reasonEdit(), QStringLiteral("Recheck the two endings below the core"));
        QTest::mouseClick(rework->okButton(), Qt::LeftButton);
        QTRY_VERIFY(window.noticeLabel()->text().contains(QStringLiteral("returned to the examiner for rework")));
        QTRY_COMPARE(window.queueView()->model()->rowCount(), 0); // back with its examiner
        QTRY_VERIFY(
            window.historyPanel()->toPlainText().contains(QStringLiteral("Recheck the two endings below the core")));
        QVERIFY(window.recordTitle()->text().contains(QStringLiteral("Comparison")));
    }
};

QTEST_MAIN(TestReviewQueueWindow)
#include "tst_reviewqueuewindow.moc"
