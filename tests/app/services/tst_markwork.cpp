// The examiner's work stored with a mark (issue 5): saved and read back whole, one revision per
// save with its audit event, a stale revision refused instead of overwriting, case officers
// refused, every revision kept.
#include "app/storage/sqlcipherauditlog.h"
#include "tests/app/services/markworktestsupport.h"

#include <QTemporaryDir>

using namespace ridgeline;
using namespace ridgeline::testing;

class TestMarkWork : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    MarkWorkspace workspace() { return makeMarkWorkspace(m_dir.filePath(QStringLiteral("ws%1.ridgeline").arg(++m_n))); }

    static QList<AuditEvent> events(LocalWorkspaceSession &s, const QString &action)
    {
        QList<AuditEvent> found;
        auto all = static_cast<storage::SqlCipherAuditLog &>(s.audit()).events();
        for (const AuditEvent &e : all.value())
            if (e.action == action)
                found.append(e);
        return found;
    }

private Q_SLOTS:
    void savedWorkComesBackWholeOnAnotherSession()
    {
        const MarkWorkspace ws = workspace();
        const MarkWork work = sampleWork(ws);
        {
            auto examiner = openAs(ws.path, QStringLiteral("examiner"), MarkWorkspace::examinerPass);
            QCOMPARE(examiner->markWork(ws.mark.id).error().code(), ErrorCode::NotFound);
            auto saved = examiner->saveMarkWork(work);
            QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message()));
            QCOMPARE(saved->revision, 1);
            QCOMPARE(saved->savedBy, QStringLiteral("examiner"));
            QVERIFY(examiner->logout());
        }
        auto again = openAs(ws.path, QStringLiteral("examiner"), MarkWorkspace::examinerPass);
        auto loaded = again->markWork(ws.mark.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->revision, 1);
        QCOMPARE(loaded->outputSha256, work.outputSha256);
        QCOMPARE(loaded->calibration, work.calibration);
        QCOMPARE(loaded->measurements, work.measurements);
        // The recipe comes back step for step, with the versions it was made with.
        auto recipe = imaging::Recipe::fromJsonBytes(loaded->recipeJson);
        QVERIFY(recipe);
        QCOMPARE(recipe->steps, sampleRecipe().steps);
        QCOMPARE(recipe->openCvVersion, imaging::openCvVersionString());
        QVERIFY(!recipe->algorithmVersion.isEmpty());
        // Replaying the stored recipe on the stored original gives the stored hash.
        auto original = again->readOriginal(ws.mark.originalSha256, QStringLiteral("mark"), ws.mark.id.toString());
        QVERIFY(original);
        QCOMPARE(replayHash(*original, *recipe, loaded->calibration.ppi), loaded->outputSha256);
    }

    void eachSaveIsAuditedWithItsHashesAndKeptInHistory()
    {
        const MarkWorkspace ws = workspace();
        auto examiner = openAs(ws.path, QStringLiteral("examiner"), MarkWorkspace::examinerPass);
        MarkWork work = sampleWork(ws);
        auto first = examiner->saveMarkWork(work);
        QVERIFY(first);
        MarkWork second = *first;
        imaging::Recipe recipe = sampleRecipe();
        recipe.steps.append(imaging::defaultStep(QStringLiteral("invert")));
        second.recipeJson = recipe.toJsonBytes();
        second.outputSha256 = replayHash(ws.png, recipe, 1016.0);
        auto saved = examiner->saveMarkWork(second);
        QVERIFY(saved);
        QCOMPARE(saved->revision, 2);

        const QList<AuditEvent> audited = events(*examiner, QStringLiteral("save-mark-work"));
        QCOMPARE(audited.size(), 2);
        QCOMPARE(audited.last().objectId, ws.mark.id.toString());
        QVERIFY(audited.last().details.contains(QStringLiteral("output_sha256=") + second.outputSha256));
        QVERIFY(audited.last().details.contains(QStringLiteral("ppi=1016.00")));
        QVERIFY(audited.last().details.contains(QStringLiteral("calibration=two-points")));
        QVERIFY(audited.last().details.contains(QStringLiteral("recipe_sha256=")));
        // The first recipe stays reproducible: its revision is kept with its own hash.
        auto history = examiner->markWorkHistory(ws.mark.id);
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).outputSha256, work.outputSha256);
        QCOMPARE(history->at(0).recipeJson, work.recipeJson);
        QCOMPARE(history->at(1).outputSha256, second.outputSha256);
        QVERIFY(history->at(0).outputSha256 != history->at(1).outputSha256);
        // And nobody rewrites it behind the session's back.
        auto raw = openRaw(ws.path, QStringLiteral("examiner"), MarkWorkspace::examinerPass);
        QVERIFY(raw);
        QVERIFY(!raw->sql().exec("DELETE FROM mark_work_history"));
        QVERIFY(!raw->sql().exec("UPDATE mark_work_history SET output_sha256 = NULL"));
    }

    void aStaleRevisionIsAConflictNotAnOverwrite()
    {
        const MarkWorkspace ws = workspace();
        // Two workstations opened the mark before either saved (both based on "nothing saved").
        auto first = openAs(ws.path, QStringLiteral("examiner"), MarkWorkspace::examinerPass);
        auto second = openAs(ws.path, QStringLiteral("examiner"), MarkWorkspace::examinerPass);
        const MarkWork mine = sampleWork(ws);
        MarkWork theirs = sampleWork(ws);
        theirs.calibration.ppi = 500.0;
        QVERIFY(first->saveMarkWork(mine));
        auto refused = second->saveMarkWork(theirs);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::Conflict);
        QVERIFY(refused.error().message().contains(QStringLiteral("JS/1")));
        auto stored = second->markWork(ws.mark.id);
        QVERIFY(stored);
        QCOMPARE(stored->calibration.ppi, 1016.0);
        QCOMPARE(second->markWorkHistory(ws.mark.id)->size(), 1);
        const QList<AuditEvent> audited = events(*second, QStringLiteral("save-mark-work"));
        QVERIFY(std::any_of(audited.cbegin(), audited.cend(),
                            [](const AuditEvent &e) { return e.outcome == AuditOutcome::Failure; }));
        // Based on the stored revision, the save goes through.
        theirs.revision = stored->revision;
        auto retried = second->saveMarkWork(theirs);
        QVERIFY(retried);
        QCOMPARE(retried->revision, 2);
    }

    void caseOfficersAndUnknownMarksAreRefused()
    {
        const MarkWorkspace ws = workspace();
        auto officer = openAs(ws.path, QStringLiteral("officer"), MarkWorkspace::officerPass);
        auto refused = officer->saveMarkWork(sampleWork(ws));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::PermissionDenied);
        QVERIFY(!events(*officer, QStringLiteral("enhance-mark")).isEmpty());
        QCOMPARE(officer->markWork(ws.mark.id).error().code(), ErrorCode::NotFound); // nothing was stored

        auto examiner = openAs(ws.path, QStringLiteral("examiner"), MarkWorkspace::examinerPass);
        MarkWork stray = sampleWork(ws);
        stray.markId = MarkId::create();
        QCOMPARE(examiner->saveMarkWork(stray).error().code(), ErrorCode::NotFound);
        MarkWork badHash = sampleWork(ws);
        badHash.outputSha256 = QStringLiteral("abc");
        QCOMPARE(examiner->saveMarkWork(badHash).error().code(), ErrorCode::BadInput);
    }
};

QTEST_GUILESS_MAIN(TestMarkWork)
#include "tst_markwork.moc"
