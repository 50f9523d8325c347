#include "app/storage/sqlciphercaserepository.h"
#include "app/storage/workspacedatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ridgeline;
using namespace ridgeline::storage;

class TestSqlCipherCaseRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceDatabase> m_db;
    std::unique_ptr<SqlCipherCaseRepository> m_repo;
    int m_n = 0;

    static CaseRecord sample(int number)
    {
        CaseRecord c;
        c.reference = CaseReference(QStringLiteral("NWP"), 2026, number);
        c.force = QStringLiteral("North Wales Police");
        c.offence = QStringLiteral("Burglary dwelling");
        c.officerInCase = QStringLiteral("DC 1701 Gwenllian Roberts");
        c.summary = QStringLiteral("Bwthyn ger Betws-y-Coed");
        return c;
    }

private Q_SLOTS:
    void init()
    {
        auto db =
            WorkspaceDatabase::create(m_dir.filePath(QStringLiteral("c%1.db").arg(++m_n)), SecretBytes::random(32));
        QVERIFY(db);
        m_db = std::move(*db);
        m_repo = std::make_unique<SqlCipherCaseRepository>(m_db->sql());
    }
    void cleanup()
    {
        m_repo.reset();
        m_db.reset();
    }

    void savedCaseReadsBackByIdAndReference()
    {
        auto saved = m_repo->saveCase(sample(318));
        QVERIFY(saved);
        QCOMPARE(saved->revision, 1);
        auto byRef = m_repo->caseByReference(CaseReference(QStringLiteral("NWP"), 2026, 318));
        QVERIFY(byRef);
        QCOMPARE(byRef->id, saved->id);
        QCOMPARE(byRef->summary, QStringLiteral("Bwthyn ger Betws-y-Coed"));
        QCOMPARE(m_repo->cases()->size(), 1);
    }

    void staleRevisionIsAConflict()
    {
        auto first = m_repo->saveCase(sample(1));
        QVERIFY(first);
        CaseRecord mine = *first;
        CaseRecord theirs = *first;
        theirs.status = CaseStatus::UnderExamination;
        auto updated = m_repo->saveCase(theirs);
        QVERIFY(updated);
        QCOMPARE(updated->revision, 2);
        mine.summary = QStringLiteral("late edit");
        auto stale = m_repo->saveCase(mine);
        QVERIFY(!stale);
        QCOMPARE(stale.error().code(), ErrorCode::Conflict);
        QCOMPARE(m_repo->caseById(first->id)->status, CaseStatus::UnderExamination);
    }

    void duplicateReferenceIsRefused()
    {
        QVERIFY(m_repo->saveCase(sample(7)));
        auto again = m_repo->saveCase(sample(7));
        QVERIFY(!again);
        QCOMPARE(again.error().code(), ErrorCode::Conflict);
    }

    void marksPersonsDocumentsAndNotes()
    {
        auto c = m_repo->saveCase(sample(9));
        QVERIFY(c);
        Mark m;
        m.caseId = c->id;
        m.exhibitReference = QStringLiteral("GR/1");
        m.state = MarkState::Analysis;
        m.provenance.place = QStringLiteral("Llanfairpwllgwyngyll");
        auto mark = m_repo->saveMark(m);
        QVERIFY(mark);
        Mark stale = *mark;
        QVERIFY(m_repo->saveMark(*mark));
        QCOMPARE(m_repo->saveMark(stale).error().code(), ErrorCode::Conflict);
        Person p;
        p.familyName = QStringLiteral("Williams");
        p.givenNames = QStringLiteral("Siân");
        p.dateOfBirth = QDate(1980, 3, 1);
        p.identifiers = {{QStringLiteral("PNC"), QStringLiteral("90/123456A")}};
        auto person = m_repo->savePerson(p);
        QVERIFY(person);
        QVERIFY(m_repo->linkPerson(c->id, person->id, PersonRole::Victim));
        auto persons = m_repo->personsOfCase(c->id);
        QCOMPARE(persons->size(), 1);
        QCOMPARE(persons->first().first.identifiers, p.identifiers);
        QCOMPARE(persons->first().second, PersonRole::Victim);
        Document d;
        d.caseId = c->id;
        d.title = QStringLiteral("MG11");
        QVERIFY(m_repo->saveDocument(d));
        QCOMPARE(m_repo->documentsOfCase(c->id)->size(), 1);
        QVERIFY(m_repo->addNote(c->id, QStringLiteral("gprys"), QStringLiteral("sealed")));
        QCOMPARE(m_repo->notesOfCase(c->id)->first().text, QStringLiteral("sealed"));
        QCOMPARE(m_repo->marksOfCase(c->id)->first().provenance.place, QStringLiteral("Llanfairpwllgwyngyll"));
    }

    void markOfUnknownCaseViolatesTheForeignKey()
    {
        Mark m;
        m.caseId = CaseId::create();
        m.exhibitReference = QStringLiteral("X/1");
        QVERIFY(!m_repo->saveMark(m));
    }
};

QTEST_GUILESS_MAIN(TestSqlCipherCaseRepository)
#include "tst_sqlciphercaserepository.moc"
