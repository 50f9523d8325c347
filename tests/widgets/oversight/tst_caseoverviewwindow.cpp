// The case officer's Case Overview on a real encrypted workspace, offscreen (issue 7): a mark taken
// to technical review and signed off through the session calls shows its stage and the
// identification that stands; the timeline tells the steps in sentences with who did them; a case
// note and a PDF attached from the window appear in the notes, the documents and the timeline; the
// status summary for the victim counts the marks and says the examination is signed off, and names
// nobody and no result; Copy and Save As give the same text.
#include "app/gui/caseoverviewwindow.h"
#include "app/gui/documentdialog.h"
#include "app/gui/reasondialog.h"
#include "app/gui/victimsummarydialog.h"
#include "app/presentation/oversight/caseoverviewcontroller.h"
#include "tests/app/presentation/documents/samplestatement.h"
#include "tests/widgets/oversight/oversightworkspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace ridgeline;
using namespace ridgeline::testing;

class TestCaseOverviewWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    OversightWorkspace m_ws;

    static QStringList column(const QAbstractItemModel *model, int column)
    {
        QStringList texts;
        for (int row = 0; row < model->rowCount(); ++row)
            texts << model->index(row, column).data().toString();
        return texts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = makeOversightWorkspace(m_dir.filePath(QStringLiteral("overview.rlw")),
                                      m_dir.filePath(QStringLiteral("pkg")));
        QVERIFY2(m_ws.error.isEmpty(), qPrintable(m_ws.error));
        auto supervisor = openAs(m_ws.path, QStringLiteral("supervisor"), OversightWorkspace::supervisorPass);
        QVERIFY(supervisor);
        auto work = supervisor->markCasework(m_ws.mark);
        QVERIFY(work);
        auto signedOff = supervisor->signOffCase(m_ws.caseId, {m_ws.mark}, {{m_ws.mark.toString(), work->version}},
                                                 OversightWorkspace::supervisorPass);
        QVERIFY2(signedOff, qPrintable(signedOff ? QString() : signedOff.error().message()));
        QVERIFY(supervisor->logout());
    }

    // The timeline is the case officer's (and the supervisor's); an examiner never reads the trail,
    // so a verifier cannot learn the first examiner's conclusion from it.
    void examinersDoNotReadTheTimeline()
    {
        auto verifier = openAs(m_ws.path, QStringLiteral("verifier"), OversightWorkspace::verifierPass);
        QVERIFY(verifier);
        auto events = verifier->auditEventsOfCase(m_ws.caseId);
        QVERIFY(!events);
        QCOMPARE(events.error().code(), ErrorCode::PermissionDenied);
        QVERIFY(verifier->logout());
        auto officer = openAs(m_ws.path, QStringLiteral("officer"), SearchWorkspace::officerPass);
        QVERIFY(officer);
        QVERIFY(officer->auditEventsOfCase(m_ws.caseId));
        QVERIFY(officer->logout());
    }

    void overviewOfTheCase()
    {
        auto session = controllerAs(m_ws.path, QStringLiteral("officer"), SearchWorkspace::officerPass);
        QVERIFY(session);
        CaseOverviewWindow window(session.get(), m_ws.caseId);
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        window.show();
        CaseOverviewController *controller = window.controller();
        QTRY_VERIFY(controller->overview().has_value());
        QVERIFY2(window.problemsLabel()->isHidden(), qPrintable(window.problemsLabel()->text()));
        QVERIFY(window.windowTitle().contains(QStringLiteral("WYP/2026/000777")));

        // Exhibits: the signed-off mark with the identification that stands; the others untouched.
        const QAbstractItemModel *exhibits = window.exhibitsView()->model();
        const int row = int(column(exhibits, int(CaseExhibitsModel::Column::Exhibit)).indexOf(m_ws.exhibit));
        QVERIFY(row >= 0);
        QCOMPARE(exhibits->index(row, int(CaseExhibitsModel::Column::Stage)).data().toString(),
                 QStringLiteral("Signed off"));
        QCOMPARE(exhibits->index(row, int(CaseExhibitsModel::Column::Result)).data().toString(),
                 QStringLiteral("Identification"));
        QCOMPARE(exhibits->index(row, int(CaseExhibitsModel::Column::Examiner)).data().toString(),
                 QStringLiteral("examiner"));
        QCOMPARE(window.signOffsView()->model()->index(0, int(SignOffModel::Column::Status)).data().toString(),
                 QStringLiteral("In force"));
        QVERIFY(window.personsList()->topLevelItemCount() >= 2);

        // The timeline, newest first, in words, with who.
        const QAbstractItemModel *timeline = window.timelineView()->model();
        const QStringList what = column(timeline, int(CaseTimelineModel::Column::What));
        const QStringList who = column(timeline, int(CaseTimelineModel::Column::Who));
        const auto at = [&](const QString &sentence) { return int(what.indexOf(sentence)); };
        const QString x = m_ws.exhibit;
        QVERIFY2(at(QStringLiteral("Analysis of %1 started").arg(x)) >= 0, qPrintable(what.join(QLatin1Char('\n'))));
        QVERIFY(at(QStringLiteral("Analysis of %1 committed").arg(x)) <
                at(QStringLiteral("Analysis of %1 started").arg(x)));
        QCOMPARE(who.at(at(QStringLiteral("Analysis of %1 committed").arg(x))), QStringLiteral("examiner"));
        QCOMPARE(who.at(at(QStringLiteral("Verification of %1 recorded: the conclusions agree").arg(x))),
                 QStringLiteral("verifier"));
        QVERIFY(at(QStringLiteral("Case WYP/2026/000777 opened from a transmission")) == what.size() - 1 ||
                at(QStringLiteral("Case WYP/2026/000777 opened from a transmission")) > 0);
        QVERIFY(what.contains(QStringLiteral("Image of mark %1 opened").arg(x)));
        window.showReadsBox()->setChecked(false);
        QVERIFY(!column(timeline, int(CaseTimelineModel::Column::What))
                     .contains(QStringLiteral("Image of mark %1 opened").arg(x)));
        window.showReadsBox()->setChecked(true);

        // A case note, from the window.
        window.addNoteAction->trigger();
        auto *noteDialog = window.findChild<ReasonDialog *>(QStringLiteral("caseNoteDialog"));
        QVERIFY(noteDialog);
        QVERIFY(!noteDialog->okButton()->isEnabled());
        QTest::keyClicks(noteDialog->reasonEdit(), QStringLiteral("Victim asked for an update by phone."));
        QSignalSpy reloaded(controller, &CaseOverviewController::loaded);
        QTest::mouseClick(noteDialog->okButton(), Qt::LeftButton);
        QVERIFY(reloaded.wait(20000));
        QCOMPARE(window.notesList()->topLevelItemCount(), 1);
        QCOMPARE(window.notesList()->topLevelItem(0)->text(1), QStringLiteral("officer"));
        QCOMPARE(window.notesList()->topLevelItem(0)->text(2), QStringLiteral("Victim asked for an update by phone."));
        QCOMPARE(timeline->index(0, int(CaseTimelineModel::Column::What)).data().toString(),
                 QStringLiteral("Case note added"));

        // A PDF attached through the same intake as `ridgeline-cli import PATH --case REF`.
        const QString pdf = m_dir.filePath(QStringLiteral("MG11 Holroyd.pdf"));
        {
            QFile file(pdf);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(test::sampleStatementPdf());
        }
        const int documents = window.documentsList()->topLevelItemCount();
        QSignalSpy attached(controller, &CaseOverviewController::documentAttached);
        controller->attachDocument(pdf);
        QVERIFY(attached.wait(30000));
        QTRY_COMPARE(window.documentsList()->topLevelItemCount(), documents + 1);
        QTreeWidgetItem *added =
            window.documentsList()->findItems(QStringLiteral("MG11 Holroyd"), Qt::MatchExactly).value(0);
        QVERIFY(added);
        QCOMPARE(added->text(1), QStringLiteral("3"));
        QVERIFY(column(timeline, int(CaseTimelineModel::Column::What))
                    .contains(QStringLiteral("Document \"MG11 Holroyd\" filed")));
        // Read in the PDF viewer.
        window.documentsList()->setCurrentItem(added);
        Q_EMIT window.documentsList()->itemActivated(added, 0);
        QTRY_VERIFY(window.documentDialog() && window.documentDialog()->isVisible());
        QVERIFY(window.documentDialog()->windowTitle().contains(QStringLiteral("MG11 Holroyd")));
        window.documentDialog()->close();

        // The status summary for the victim.
        VictimSummaryDialog *summary = window.showVictimSummary();
        QVERIFY(summary);
        const QString text = summary->text();
        const int marks = int(controller->overview()->marks.size());
        QVERIFY2(text.contains(QStringLiteral("Case reference: WYP/2026/000777\n")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Offence: Burglary dwelling\n")));
        QVERIFY(text.contains(QStringLiteral("Marks received for examination: %1\n").arg(marks)));
        QVERIFY(text.contains(QStringLiteral("Marks examined so far: 1\n")));
        QVERIFY(text.contains(QStringLiteral("Marks with results checked and signed off: 1\n")));
        QVERIFY(text.contains(marks == 1 ? QStringLiteral("The examination is complete.")
                                         : QStringLiteral("The examination is still in progress.")));
        for (const QString &secret :
             {QStringLiteral("Identification"), QStringLiteral("Brook"), QStringLiteral("Ackroyd"),
              QStringLiteral("Okafor"), QStringLiteral("Prys"), QStringLiteral("Collins"), QStringLiteral("Hartley"),
              QStringLiteral("verifier"), QStringLiteral("Holt"), m_ws.exhibit, QStringLiteral("Kirkgate")})
            QVERIFY2(!text.contains(secret, Qt::CaseInsensitive), qPrintable(secret));
        QTest::mouseClick(summary->copyButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), text);
        const QString saved = m_dir.filePath(QStringLiteral("summary.txt"));
        QVERIFY(summary->saveTo(saved));
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), text);
        QVERIFY(summary->messageLabel()->text().contains(QStringLiteral("summary.txt")));
    }
};

QTEST_MAIN(TestCaseOverviewWindow)
#include "tst_caseoverviewwindow.moc"
