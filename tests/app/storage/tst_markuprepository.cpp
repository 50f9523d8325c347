// Markup and comparison documents in the workspace database (issue 6): drafts come back byte for
// byte and are overwritten in place, one per subject and user; committing makes an immutable,
// hashed revision and removes the draft; a commit over a newer revision is a conflict; the
// migration adds the tables to an existing workspace.
#include "app/storage/schema.h"
#include "app/storage/sha256.h"
#include "app/storage/sqlciphercaserepository.h"
#include "app/storage/sqlciphermarkuprepository.h"
#include "app/storage/workspacedatabase.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace ridgeline;
using namespace ridgeline::storage;

class TestMarkupRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SecretBytes m_key = SecretBytes::random(32);
    std::unique_ptr<WorkspaceDatabase> m_db;
    std::unique_ptr<SqlCipherMarkupRepository> m_repo;
    MarkId m_mark;
    int m_n = 0;
    qint64 m_clock = 1'760'000'000'000;

    static QByteArray markup(int features)
    {
        // Pretty-printed and with non-ASCII text on purpose: the stored bytes are the caller's.
        return QStringLiteral("{\n  \"format\": \"ridgeline-markup\",\n  \"version\": 1,\n  \"features\": %1,\n"
                              "  \"note\": \"delta ger y craith \u0175\u00e2\"\n}\n")
            .arg(features)
            .toUtf8();
    }
    static QByteArray comparison(const QString &exemplar, int pairs = 0)
    {
        return QStringLiteral("{\"format\":\"ridgeline-comparison\",\"version\":1,\"exemplar\":\"%1\",\"pairs\":%2}")
            .arg(exemplar)
            .arg(pairs)
            .toUtf8();
    }
    qint64 tick() { return m_clock += 1000; }
    qint64 count(const char *sql) { return m_db->sql().queryInt(sql).value(); }
    MarkupSubject markupOf() const { return MarkupSubject::markup(m_mark); }
    MarkupSubject comparisonOf(const QString &exemplar) const
    {
        return MarkupSubject::comparisonWith(m_mark, exemplar);
    }

private Q_SLOTS:
    void init()
    {
        auto db = WorkspaceDatabase::create(m_dir.filePath(QStringLiteral("m%1.db").arg(++m_n)), m_key);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message()));
        m_db = std::move(*db);
        SqlCipherCaseRepository cases(m_db->sql());
        CaseRecord c;
        c.reference = CaseReference(QStringLiteral("NWP"), 2026, 77);
        c.force = QStringLiteral("North Wales Police");
        auto savedCase = cases.saveCase(c);
        QVERIFY(savedCase);
        Mark mark;
        mark.caseId = savedCase->id;
        mark.exhibitReference = QStringLiteral("GR/3");
        auto savedMark = cases.saveMark(mark);
        QVERIFY2(savedMark, savedMark ? "" : qPrintable(savedMark.error().message()));
        m_mark = savedMark->id;
        m_repo = std::make_unique<SqlCipherMarkupRepository>(m_db->sql());
    }
    void cleanup()
    {
        m_repo.reset();
        m_db.reset();
    }

    void migrationAddsTheTablesToAnEarlierWorkspace()
    {
        QCOMPARE(latestSchemaVersion(), 7);
        // Back to what a version 4 workspace looks like (its case and mark stay), then reopen it.
        QVERIFY(m_db->sql().exec(
            "DROP TABLE examination_drafts; DROP TABLE examination_revisions; DROP TABLE mark_casework; "
            "DROP TABLE mark_stage_changes; DROP TABLE mark_analyses; DROP TABLE mark_conclusions; "
            "DROP TABLE mark_resolutions; DROP TABLE exemplar_exposures; DROP TABLE signing_keys; "
            "DROP TABLE case_signoffs; DROP TABLE case_signoff_marks; DROP INDEX exemplar_impressions_original; "
            "DELETE FROM schema_version WHERE version >= 5"));
        QVERIFY(!m_repo->saveDraft(markupOf(), QStringLiteral("ann"), 0, markup(1), tick()));
        const QString path = m_db->path();
        m_repo.reset();
        m_db.reset();
        auto reopened = WorkspaceDatabase::open(path, m_key);
        QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.error().message()));
        m_db = std::move(*reopened);
        m_repo = std::make_unique<SqlCipherMarkupRepository>(m_db->sql());
        QCOMPARE(count("SELECT MAX(version) FROM schema_version"), latestSchemaVersion());
        QCOMPARE(count("SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'examination_revisions_no_%'"), 2);
        auto created = m_repo->saveDraft(markupOf(), QStringLiteral("ann"), 0, markup(1), tick());
        QVERIFY2(created, created ? "" : qPrintable(created.error().message()));
        QVERIFY(*created);
    }

    void aDraftComesBackByteForByte()
    {
        const QByteArray bytes = markup(12);
        const qint64 at = tick();
        auto created = m_repo->saveDraft(markupOf(), QStringLiteral("ann"), 0, bytes, at);
        QVERIFY2(created, created ? "" : qPrintable(created.error().message()));
        QVERIFY(*created);
        auto draft = m_repo->draft(markupOf(), QStringLiteral("ann"));
        QVERIFY(draft);
        QCOMPARE(draft->json, bytes);
        QCOMPARE(draft->baseRevision, 0);
        QCOMPARE(draft->createdMs, at);
        QCOMPARE(draft->updatedMs, at);
        QCOMPARE(draft->subject.mark, m_mark);
        QVERIFY(!draft->subject.comparison);
        // Another user has none; nor does this user have a comparison draft.
        QCOMPARE(m_repo->draft(markupOf(), QStringLiteral("bryn")).error().code(), ErrorCode::NotFound);
        QCOMPARE(m_repo->draft(comparisonOf(QStringLiteral("P1/R2")), QStringLiteral("ann")).error().code(),
                 ErrorCode::NotFound);
    }

    void autosavesOverwriteOneRowPerSubjectAndUser()
    {
        const qint64 first = tick();
        QVERIFY(*m_repo->saveDraft(markupOf(), QStringLiteral("ann"), 0, markup(1), first));
        for (int i = 2; i <= 20; ++i) {
            auto created = m_repo->saveDraft(markupOf(), QStringLiteral("ann"), 0, markup(i), tick());
            QVERIFY(created);
            QVERIFY(!*created); // overwritten, not created again
        }
        QCOMPARE(count("SELECT COUNT(*) FROM examination_drafts"), 1);
        auto draft = m_repo->draft(markupOf(), QStringLiteral("ann"));
        QCOMPARE(draft->json, markup(20));
        QCOMPARE(draft->createdMs, first);
        QCOMPARE(draft->updatedMs, m_clock);
        // Separate drafts: another user, and each comparison of the mark.
        QVERIFY(*m_repo->saveDraft(markupOf(), QStringLiteral("bryn"), 0, markup(99), tick()));
        QVERIFY(*m_repo->saveDraft(comparisonOf(QStringLiteral("P1/R2")), QStringLiteral("ann"), 0,
                                   comparison(QStringLiteral("P1/R2")), tick()));
        QVERIFY(*m_repo->saveDraft(comparisonOf(QStringLiteral("P1/R3")), QStringLiteral("ann"), 0,
                                   comparison(QStringLiteral("P1/R3")), tick()));
        QCOMPARE(count("SELECT COUNT(*) FROM examination_drafts"), 4);
        QCOMPARE(m_repo->draft(markupOf(), QStringLiteral("ann"))->json, markup(20));
        QCOMPARE(m_repo->draft(comparisonOf(QStringLiteral("P1/R3")), QStringLiteral("ann"))->json,
                 comparison(QStringLiteral("P1/R3")));
        auto mine = m_repo->draftsOf(QStringLiteral("ann"));
        QVERIFY(mine);
        QCOMPARE(mine->size(), 3);
        QVERIFY(mine->at(0).json.isEmpty()); // listings leave the documents out
        QCOMPARE(mine->at(1).subject.exemplarRef, QStringLiteral("P1/R2"));
        // Discarding returns the draft and leaves the others alone.
        auto gone = m_repo->discardDraft(markupOf(), QStringLiteral("ann"));
        QVERIFY(gone);
        QCOMPARE(gone->json, markup(20));
        QCOMPARE(m_repo->draft(markupOf(), QStringLiteral("ann")).error().code(), ErrorCode::NotFound);
        QCOMPARE(m_repo->discardDraft(markupOf(), QStringLiteral("ann")).error().code(), ErrorCode::NotFound);
        QCOMPARE(count("SELECT COUNT(*) FROM examination_drafts"), 3);
    }

    void documentsThatAreNotFormatObjectsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("format: ridgeline-markup");
        QTest::newRow("cut short") << markup(3).left(30);
        QTest::newRow("array") << QByteArray("[{\"format\":\"ridgeline-markup\"}]");
        QTest::newRow("no format") << QByteArray("{\"version\":1}");
        QTest::newRow("format not a string") << QByteArray("{\"format\":7}");
        QTest::newRow("empty format") << QByteArray("{\"format\":\"\"}");
    }
    void documentsThatAreNotFormatObjectsAreRefused()
    {
        QFETCH(QByteArray, json);
        auto refused = m_repo->saveDraft(markupOf(), QStringLiteral("ann"), 0, json, tick());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::BadInput);
        QCOMPARE(count("SELECT COUNT(*) FROM examination_drafts"), 0);
        QVERIFY(SqlCipherMarkupRepository::validateDocument(markup(1)));
    }

    void subjectsMustBeWellFormedAndExist()
    {
        // A comparison needs its exemplar, markup has none.
        QCOMPARE(m_repo->saveDraft(comparisonOf(QStringLiteral(" ")), QStringLiteral("ann"), 0, comparison({}), tick())
                     .error()
                     .code(),
                 ErrorCode::BadInput);
        QCOMPARE(
            m_repo->saveDraft({m_mark, false, QStringLiteral("P1/R2")}, QStringLiteral("ann"), 0, markup(1), tick())
                .error()
                .code(),
            ErrorCode::BadInput);
        // An unknown mark is NotFound, and the foreign key refuses it even past the repository.
        auto stray =
            m_repo->saveDraft(MarkupSubject::markup(MarkId::create()), QStringLiteral("ann"), 0, markup(1), tick());
        QCOMPARE(stray.error().code(), ErrorCode::NotFound);
        QVERIFY(!m_db->sql().exec("INSERT INTO examination_drafts VALUES ('no-such-mark', 'markup', '', 'ann', 0, 1, "
                                  "1, x'7b7d')"));
        QVERIFY(!m_db->sql().exec(QStringLiteral("INSERT INTO examination_drafts VALUES ('%1', 'comparison', '', "
                                                 "'ann', 0, 1, 1, x'7b7d')")
                                      .arg(m_mark.toString())));
        // A base revision that was never committed.
        QCOMPARE(m_repo->saveDraft(markupOf(), QStringLiteral("ann"), 1, markup(1), tick()).error().code(),
                 ErrorCode::BadInput);
        QCOMPARE(m_repo->saveDraft(markupOf(), QStringLiteral("ann"), -1, markup(1), tick()).error().code(),
                 ErrorCode::BadInput);
        QCOMPARE(count("SELECT COUNT(*) FROM examination_drafts"), 0);
    }

    void committingMakesAnImmutableHashedRevision()
    {
        QCOMPARE(m_repo->commitDraft(markupOf(), QStringLiteral("ann"), tick()).error().code(), ErrorCode::NotFound);
        QVERIFY(m_repo->saveDraft(markupOf(), QStringLiteral("ann"), 0, markup(5), tick()));
        const qint64 at = tick();
        auto first = m_repo->commitDraft(markupOf(), QStringLiteral("ann"), at);
        QVERIFY2(first, first ? "" : qPrintable(first.error().message()));
        QCOMPARE(first->revision, 1);
        QCOMPARE(first->author, QStringLiteral("ann"));
        QCOMPARE(first->savedMs, at);
        QCOMPARE(first->sha256, QCryptographicHash::hash(markup(5), QCryptographicHash::Sha256));
        QCOMPARE(first->size, qint64(markup(5).size()));
        QCOMPARE(m_repo->draft(markupOf(), QStringLiteral("ann")).error().code(), ErrorCode::NotFound);
        QCOMPARE(*m_repo->latestRevision(markupOf()), 1);

        QVERIFY(m_repo->saveDraft(markupOf(), QStringLiteral("ann"), 1, markup(6), tick()));
        auto second = m_repo->commitDraft(markupOf(), QStringLiteral("ann"), tick());
        QVERIFY(second);
        QCOMPARE(second->revision, 2);
        QCOMPARE(second->baseRevision, 1);

        auto one = m_repo->revision(markupOf(), 1);
        QVERIFY(one);
        QCOMPARE(one->json, markup(5));
        QCOMPARE(one->sha256, Sha256::hash(markup(5)));
        QCOMPARE(m_repo->revision(markupOf(), 0)->json, markup(6)); // 0: the newest
        QCOMPARE(m_repo->revision(markupOf(), 3).error().code(), ErrorCode::NotFound);
        QCOMPARE(m_repo->revision(comparisonOf(QStringLiteral("P1/R2")), 0).error().code(), ErrorCode::NotFound);
        auto list = m_repo->revisions(markupOf());
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).revision, 1);
        QCOMPARE(list->at(1).sha256, Sha256::hash(markup(6)));
        QCOMPARE(list->at(1).size, qint64(markup(6).size()));
        QVERIFY(list->at(1).json.isEmpty());

        // Nobody rewrites or removes a revision, not even with the key.
        QVERIFY(!m_db->sql().exec("UPDATE examination_revisions SET document = x'7b7d'"));
        QVERIFY(!m_db->sql().exec("UPDATE examination_revisions SET author = 'mallory'"));
        QVERIFY(!m_db->sql().exec("DELETE FROM examination_revisions"));
        QCOMPARE(count("SELECT COUNT(*) FROM examination_revisions"), 2);
        QCOMPARE(m_repo->revision(markupOf(), 1)->json, markup(5));
    }

    void aCommitOverANewerRevisionIsAConflictAndKeepsTheDraft()
    {
        // Two examiners opened the mark with nothing committed.
        QVERIFY(m_repo->saveDraft(markupOf(), QStringLiteral("ann"), 0, markup(1), tick()));
        QVERIFY(m_repo->saveDraft(markupOf(), QStringLiteral("bryn"), 0, markup(2), tick()));
        QVERIFY(m_repo->commitDraft(markupOf(), QStringLiteral("bryn"), tick()));
        auto late = m_repo->commitDraft(markupOf(), QStringLiteral("ann"), tick());
        QVERIFY(!late);
        QCOMPARE(late.error().code(), ErrorCode::Conflict);
        QVERIFY(late.error().message().contains(QStringLiteral("GR/3")));
        QCOMPARE(m_repo->draft(markupOf(), QStringLiteral("ann"))->json, markup(1));
        QCOMPARE(*m_repo->latestRevision(markupOf()), 1);
        // Merged onto revision 1, it goes through.
        QVERIFY(m_repo->saveDraft(markupOf(), QStringLiteral("ann"), 1, markup(3), tick()));
        auto merged = m_repo->commitDraft(markupOf(), QStringLiteral("ann"), tick());
        QVERIFY(merged);
        QCOMPARE(merged->revision, 2);
        QCOMPARE(merged->author, QStringLiteral("ann"));
    }

    void comparisonsAreNumberedPerExemplar()
    {
        for (const QString &exemplar : {QStringLiteral("P1/R3"), QStringLiteral("P1/R2"), QStringLiteral("P1/R3")}) {
            const int base = *m_repo->latestRevision(comparisonOf(exemplar));
            QVERIFY(m_repo->saveDraft(comparisonOf(exemplar), QStringLiteral("ann"), base, comparison(exemplar, base),
                                      tick()));
            QVERIFY(m_repo->commitDraft(comparisonOf(exemplar), QStringLiteral("ann"), tick()));
        }
        QCOMPARE(m_repo->revisions(comparisonOf(QStringLiteral("P1/R3")))->size(), 2);
        QCOMPARE(m_repo->revision(comparisonOf(QStringLiteral("P1/R3")), 0)->json,
                 comparison(QStringLiteral("P1/R3"), 1));
        QCOMPARE(m_repo->revisions(markupOf())->size(), 0);
        // An empty exemplar lists every comparison of the mark.
        auto all = m_repo->revisions(comparisonOf(QString()));
        QVERIFY(all);
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).subject.exemplarRef, QStringLiteral("P1/R2"));
        QCOMPARE(all->at(2).subject.exemplarRef, QStringLiteral("P1/R3"));
        QCOMPARE(all->at(2).revision, 2);
    }

    void aRevisionAlteredPastTheTriggersIsCorrupt()
    {
        QVERIFY(m_repo->saveDraft(markupOf(), QStringLiteral("ann"), 0, markup(5), tick()));
        QVERIFY(m_repo->commitDraft(markupOf(), QStringLiteral("ann"), tick()));
        QVERIFY(m_db->sql().exec("DROP TRIGGER examination_revisions_no_update; UPDATE examination_revisions SET "
                                 "document = CAST('{\"format\":\"ridgeline-markup\",\"features\":0}' AS BLOB)"));
        auto altered = m_repo->revision(markupOf(), 1);
        QVERIFY(!altered);
        QCOMPARE(altered.error().code(), ErrorCode::Corrupt);
        QVERIFY(altered.error().message().contains(QStringLiteral("GR/3")));
        // verify names it too, and counts every revision it re-hashed.
        QStringList problems;
        auto checked = m_repo->verifyAll(problems);
        QVERIFY(checked);
        QCOMPARE(*checked, 1);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("GR/3")) &&
                     problems.first().contains(QStringLiteral("Revision 1")),
                 qPrintable(problems.first()));
    }

    void verifyFindsNothingWrongWithIntactRevisions()
    {
        QVERIFY(m_repo->saveDraft(markupOf(), QStringLiteral("ann"), 0, markup(5), tick()));
        QVERIFY(m_repo->commitDraft(markupOf(), QStringLiteral("ann"), tick()));
        QVERIFY(m_repo->saveDraft(markupOf(), QStringLiteral("ann"), 1, markup(6), tick()));
        QVERIFY(m_repo->commitDraft(markupOf(), QStringLiteral("ann"), tick()));
        QStringList problems;
        auto checked = m_repo->verifyAll(problems);
        QVERIFY(checked);
        QCOMPARE(*checked, 2);
        QVERIFY(problems.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMarkupRepository)
#include "tst_markuprepository.moc"
