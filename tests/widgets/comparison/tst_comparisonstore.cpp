// The comparison window through a real encrypted workspace (issue 6): refused while the mark's
// analysis is not committed (ACE-V), autosaved as the examiner's drafts, found exactly as left
// after closing (as after a restart), committed as revisions.
#include "app/core/comparisonbundle.h"
#include "app/core/markupcomparisondocument.h"
#include "app/core/markupdocument.h"
#include "app/core/markupjson.h"
#include "app/gui/comparisonwindow.h"
#include "app/presentation/sessioncontroller.h"
#include "tests/app/services/searchworkspace.h"

#include <QApplication>
#include <QLabel>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ridgeline;
using namespace ridgeline::testing;

namespace {

const QByteArray kExaminerPass = SearchWorkspace::examinerPass;
const QByteArray kOfficerPass = SearchWorkspace::officerPass;

} // namespace

class TestComparisonStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    Mark m_mark;
    ExemplarImpressionRecord m_exemplar;
    std::unique_ptr<SessionController> m_controller;

    std::unique_ptr<LocalWorkspaceSession> as(const QString &user, const QByteArray &pass)
    {
        auto session = LocalWorkspaceSession::open(m_db, user, pass, fastOptions());
        return session ? std::move(*session) : nullptr;
    }

    void setMarkState(MarkState state)
    {
        auto officer = as(QStringLiteral("officer"), kOfficerPass);
        QVERIFY(officer);
        Mark mark = m_mark;
        mark.state = state;
        auto saved = officer->caseStore().saveMark(mark);
        QVERIFY(saved);
        m_mark = *saved;
        QVERIFY(officer->logout());
    }

    QPointer<ComparisonWindow> open()
    {
        return ComparisonWindow::openComparison(m_controller.get(), m_mark, m_exemplar, 64, nullptr);
    }

    template<class T> T onSession(std::function<T(WorkspaceSession &)> fn) { return m_controller->run(fn).result(); }

private Q_SLOTS:
    void initTestCase()
    {
        const SearchWorkspace ws = makeSearchWorkspace(m_dir.filePath(QStringLiteral("compare.ridgeline")),
                                                       m_dir.filePath(QStringLiteral("inbox/pkg")));
        QVERIFY2(ws.error.isEmpty(), qPrintable(ws.error));
        m_db = ws.path;
        auto officer = as(QStringLiteral("officer"), kOfficerPass);
        QVERIFY(officer);
        auto marks = officer->cases().marksOfCase(ws.caseId);
        QVERIFY(marks && marks->size() == 1);
        m_mark = marks->first();
        QCOMPARE(m_mark.state, MarkState::Received);
        QVERIFY(officer->logout());

        auto examiner = as(QStringLiteral("examiner"), kExaminerPass);
        QVERIFY(examiner);
        auto impressions = examiner->exemplarImpressionsOfCase(m_mark.caseId);
        QVERIFY(impressions);
        for (const ExemplarImpressionRecord &r : *impressions)
            if (r.exhibitReference == QStringLiteral("TB/3"))
                m_exemplar = r; // the finger that left JH/1
        QVERIFY(!m_exemplar.id.isNull());
        SessionInfo info{examiner->user(), examiner->databasePath(), examiner->policy()};
        m_controller = std::make_unique<SessionController>(std::move(examiner), info);
    }

    void refusedWhileTheAnalysisIsNotCommitted()
    {
        QPointer<ComparisonWindow> window = open();
        QSignalSpy failed(window.data(), &ComparisonWindow::failed);
        QVERIFY(failed.wait(15000));
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("ACE-V")),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(!window->comparison()); // nothing opened, nothing to edit
        window->close();
        QTRY_VERIFY(window.isNull());
    }

    void storedAsDraftsAndFoundAsLeft()
    {
        setMarkState(MarkState::Comparison);
        QPointer<ComparisonWindow> window = open();
        QSignalSpy started(window.data(), &ComparisonWindow::started);
        QVERIFY(started.wait(20000));
        MarkupDocument *mark = window->markup(ComparisonSide::Left);
        MarkupDocument *exemplar = window->markup(ComparisonSide::Right);
        QVERIFY(mark->exemplarFirstSeen().isValid());
        QSignalSpy autosaved(window.data(), &ComparisonWindow::autosaved);
        for (int i = 0; i < 4; ++i) {
            MarkupFeature f;
            f.type = FeatureType::MinutiaBifurcation;
            f.position = QPointF(60.5 + 40 * i, 80.25 + 25 * (i % 2));
            f.direction = 30.0 * i;
            auto a = mark->addFeature(f);
            f.position += QPointF(3.5, -2.0);
            auto b = exemplar->addFeature(f);
            QVERIFY(a && b);
            QVERIFY(window->comparison()->linkPair(a.value(), b.value()));
        }
        QVERIFY(window->comparison()->markUnclear(ComparisonSide::Right, {QPointF(10, 10)}));
        QVERIFY(window->align(AlignmentKind::Similarity));
        QVERIFY(mark->features().first().afterExemplar);
        QVERIFY(autosaved.wait(15000)); // 3 s after the change, on the session's thread
        QTRY_VERIFY(window->undoStack()->isClean());
        const ComparisonBundle left = window->bundle();

        auto draft = onSession<Result<ExaminationDraft>>(
            [&](WorkspaceSession &s) { return s.comparisonDraft(m_mark.id, m_exemplar.id.toString()); });
        QVERIFY(draft);
        auto stored = comparisonBundleFromJson(draft->json);
        QVERIFY(stored);
        QVERIFY(stored.value() == left);
        auto markDraft =
            onSession<Result<ExaminationDraft>>([&](WorkspaceSession &s) { return s.markupDraft(m_mark.id); });
        QVERIFY(markDraft);
        QCOMPARE(markupFromJson(markDraft->json).value(), left.mark);

        // A change made just before closing is stored on closing.
        QVERIFY(window->comparison()->unlinkPair(4));
        const ComparisonBundle closing = window->bundle();
        window->close();
        QTRY_VERIFY(window.isNull());

        // Opened again, as after a restart: everything as left, nothing to undo.
        window = open();
        QSignalSpy again(window.data(), &ComparisonWindow::started);
        QVERIFY(again.wait(20000));
        QVERIFY(window->bundle() == closing);
        QCOMPARE(window->comparison()->pairs().size(), 3);
        QVERIFY(!window->comparison()->alignment()); // made from pair 4: unlinking it took it too
        QCOMPARE(window->comparison()->annotations().size(), 1);
        QVERIFY(!window->undoStack()->canUndo());

        // Committed: revision 1 of the comparison holds the bundle, and the mark's markup too.
        QSignalSpy committed(window.data(), &ComparisonWindow::committed);
        window->action(QStringLiteral("actionCommit"))->trigger();
        QVERIFY(committed.wait(15000));
        QCOMPARE(committed.first().first().toInt(), 1);
        auto revision = onSession<Result<ExaminationRevision>>(
            [&](WorkspaceSession &s) { return s.comparisonRevision(m_mark.id, m_exemplar.id.toString(), 0); });
        QVERIFY(revision);
        QCOMPARE(revision->revision, 1);
        QVERIFY(comparisonBundleFromJson(revision->json).value() == closing);
        auto markRevision =
            onSession<Result<ExaminationRevision>>([&](WorkspaceSession &s) { return s.markupRevision(m_mark.id, 0); });
        QVERIFY(markRevision);
        QCOMPARE(markupFromJson(markRevision->json).value(), closing.mark);
        window->close();
        QTRY_VERIFY(window.isNull());
    }

    // Another mark on the right (a footwear test impression filed as a mark, or a second scene
    // mark; here the package's only mark against itself): stored under "mark:<id>".
    void aMarkBesideAnotherMark()
    {
        QPointer<ComparisonWindow> window =
            ComparisonWindow::openComparisonWithMark(m_controller.get(), m_mark, m_mark, 64, nullptr);
        QSignalSpy started(window.data(), &ComparisonWindow::started);
        QVERIFY(started.wait(20000));
        QSignalSpy autosaved(window.data(), &ComparisonWindow::autosaved);
        MarkupFeature f;
        f.type = FeatureType::AcquiredFeature;
        f.subtype = QStringLiteral("cut");
        f.position = QPointF(120.5, 140.5);
        auto a = window->markup(ComparisonSide::Left)->addFeature(f);
        auto b = window->markup(ComparisonSide::Right)->addFeature(f);
        QVERIFY(a && b);
        QVERIFY(window->comparison()->linkPair(a.value(), b.value()));
        QVERIFY(autosaved.wait(15000));
        const QString ref = QStringLiteral("mark:") + m_mark.id.toString();
        auto draft =
            onSession<Result<ExaminationDraft>>([&](WorkspaceSession &s) { return s.comparisonDraft(m_mark.id, ref); });
        QVERIFY(draft);
        auto stored = comparisonBundleFromJson(draft->json);
        QVERIFY(stored);
        QCOMPARE(stored->comparison.exemplar.card, m_mark.exhibitReference);
        QVERIFY(stored->comparison.exemplar.impression.isNull());
        QCOMPARE(stored->comparison.pairs.size(), 1);
        QCOMPARE(stored->exemplar.features.first().subtype, QStringLiteral("cut"));
        window->close();
        QTRY_VERIFY(window.isNull());
    }

    void cleanupTestCase()
    {
        if (m_controller)
            QVERIFY(m_controller->logout());
    }
};

QTEST_MAIN(TestComparisonStore)
#include "tst_comparisonstore.moc"
