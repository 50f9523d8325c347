// The case timeline (issue 7): audit events of a case read as sentences a case officer understands,
// newest first, with who and when; casework steps name the exhibit; a verification that differs says
// so; refusals and failures are told apart; unknown keys still read as words; reads can be hidden.
#include "app/presentation/oversight/casetimelinemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace ridgeline;

namespace {

const QString kCase = QStringLiteral("4c6453bf-68f5-4f58-845d-741b42b70842");
const QString kMark = QStringLiteral("56e73ae9-3c88-452b-b39d-9dd380c5fd71");
const QString kDocument = QStringLiteral("e44fc6bf-2cbb-4a3d-9415-ca744a8aea0a");

AuditEvent auditEvent(qint64 sequence, const QString &user, const QString &action, const QString &type,
                      const QString &id, const QString &details = {}, AuditOutcome outcome = AuditOutcome::Success)
{
    AuditEvent e;
    e.sequence = sequence;
    e.timeUtc = QDateTime(QDate(2026, 3, 14), QTime(9, 0), Qt::UTC).addSecs(sequence * 60);
    e.user = user;
    e.action = action;
    e.objectType = type;
    e.objectId = id;
    e.details = details;
    e.outcome = outcome;
    return e;
}

AuditObjectNames names()
{
    AuditObjectNames n;
    n.caseReference = QStringLiteral("WYP/2026/004117");
    n.marks.insert(kMark, QStringLiteral("WH/1"));
    n.documents.insert(kDocument, QStringLiteral("MG11 witness statement"));
    return n;
}

QString sentence(const AuditEvent &e)
{
    return describeAuditEvent(e, names());
}

} // namespace

class TestCaseTimelineModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sentencesOfTheCase()
    {
        QCOMPARE(sentence(auditEvent(1, QStringLiteral("dhartley"), QStringLiteral("create-case"),
                                     QStringLiteral("case"), kCase, QStringLiteral("WYP/2026/004117 revision 1"))),
                 QStringLiteral("Case WYP/2026/004117 opened"));
        QCOMPARE(
            sentence(auditEvent(2, QStringLiteral("dhartley"), QStringLiteral("link-person"), QStringLiteral("case"),
                                kCase, QStringLiteral("0bedf452-b61c-42ac-98b7-b29d5ed5e99d as victim"))),
            QStringLiteral("Person linked to the case (Victim)"));
        QCOMPARE(
            sentence(auditEvent(3, QStringLiteral("dhartley"), QStringLiteral("state-change"), QStringLiteral("case"),
                                kCase, QStringLiteral("WYP/2026/004117: open -> under-examination"))),
            QStringLiteral("Case status changed from Open to Under examination"));
        QCOMPARE(sentence(auditEvent(4, QStringLiteral("dhartley"), QStringLiteral("add-note"), QStringLiteral("case"),
                                     kCase, QStringLiteral("note a559faba"))),
                 QStringLiteral("Case note added"));
        QCOMPARE(sentence(auditEvent(5, QStringLiteral("dhartley"), QStringLiteral("attach-document"),
                                     QStringLiteral("document"), kDocument)),
                 QStringLiteral("Document \"MG11 witness statement\" attached"));
        QCOMPARE(sentence(auditEvent(6, QStringLiteral("mcollins"), QStringLiteral("read-evidence"),
                                     QStringLiteral("document"), kDocument)),
                 QStringLiteral("Document \"MG11 witness statement\" opened"));
    }

    void sentencesOfCasework()
    {
        const auto step = [](const QString &action, const QString &details) {
            return sentence(auditEvent(10, QStringLiteral("aokafor"), action, QStringLiteral("mark"), kMark, details));
        };
        QCOMPARE(step(QStringLiteral("create"), QStringLiteral("latent-finger WH/1")),
                 QStringLiteral("Mark WH/1 received"));
        QCOMPARE(step(QStringLiteral("start-analysis"), QStringLiteral("WH/1: received -> analysis; version 2")),
                 QStringLiteral("Analysis of WH/1 started"));
        QCOMPARE(step(QStringLiteral("commit-analysis"), {}), QStringLiteral("Analysis of WH/1 committed"));
        QCOMPARE(step(QStringLiteral("begin-comparison"), {}),
                 QStringLiteral("Comparison of WH/1 with exemplars begun"));
        QCOMPARE(step(QStringLiteral("record-conclusion"), {}), QStringLiteral("Conclusion on WH/1 recorded"));
        QCOMPARE(step(QStringLiteral("submit-for-verification"), {}),
                 QStringLiteral("WH/1 submitted for verification"));
        QCOMPARE(step(QStringLiteral("record-verification"),
                      QStringLiteral("WH/1: verification -> technical-review; version 7; blind")),
                 QStringLiteral("Verification of WH/1 recorded: the conclusions agree"));
        QCOMPARE(
            step(QStringLiteral("record-verification"), QStringLiteral("WH/1: verification -> conflict; version 7")),
            QStringLiteral("Verification of WH/1 recorded: the conclusions differ (conflict)"));
        QCOMPARE(step(QStringLiteral("resolve-conflict"), {}), QStringLiteral("Conflict on WH/1 resolved"));
        QCOMPARE(step(QStringLiteral("return-for-rework"), QStringLiteral("reason: recheck the delta")),
                 QStringLiteral("WH/1 returned to the examiner for rework"));
        QCOMPARE(step(QStringLiteral("exempt-from-verification"), {}),
                 QStringLiteral("WH/1 exempted from verification by a supervisor"));
        QCOMPARE(step(QStringLiteral("commit-markup"), {}), QStringLiteral("Markup of WH/1 committed"));
        QCOMPARE(step(QStringLiteral("read-evidence"), {}), QStringLiteral("Image of mark WH/1 opened"));
    }

    void refusalsFailuresAndUnknownKeys()
    {
        QCOMPARE(sentence(auditEvent(20, QStringLiteral("aokafor"), QStringLiteral("sign-off"), QStringLiteral("mark"),
                                     kMark, QStringLiteral("role examiner"), AuditOutcome::Refused)),
                 QStringLiteral("Refused: sign off on mark WH/1"));
        QCOMPARE(
            sentence(auditEvent(21, QStringLiteral("aokafor"), QStringLiteral("read-evidence"), QStringLiteral("mark"),
                                kMark, QStringLiteral("sha256=00; hash differs"), AuditOutcome::Failure)),
            QStringLiteral("Failed: read evidence on mark WH/1"));
        QCOMPARE(
            sentence(auditEvent(22, QStringLiteral("aokafor"), QStringLiteral("sequestration"), QStringLiteral("case"),
                                kCase, QStringLiteral("exemplar images withheld"), AuditOutcome::Refused)),
            QStringLiteral("Exemplar material withheld from the examiner while their analysis was open (ACE-V "
                           "sequestration)"));
        QCOMPARE(sentence(auditEvent(23, QStringLiteral("mcollins"), QStringLiteral("export-case-package"),
                                     QStringLiteral("case"), kCase)),
                 QStringLiteral("Export case package: case WYP/2026/004117"));
        // A mark the case no longer lists is named by the start of its id.
        QCOMPARE(sentence(auditEvent(24, QStringLiteral("aokafor"), QStringLiteral("commit-analysis"),
                                     QStringLiteral("mark"), QStringLiteral("0badc0de-0000-4000-8000-000000000000"))),
                 QStringLiteral("Analysis of 0badc0de committed"));
    }

    void newestFirstWithWhoAndWhen()
    {
        CaseTimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocale(QLocale::c());
        model.setEvents(
            {auditEvent(3, QStringLiteral("aokafor"), QStringLiteral("start-analysis"), QStringLiteral("mark"), kMark),
             auditEvent(1, QStringLiteral("dhartley"), QStringLiteral("create-case"), QStringLiteral("case"), kCase),
             auditEvent(2, QString(), QStringLiteral("read-evidence"), QStringLiteral("mark"), kMark)},
            names());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 3);
        const auto text = [&](int row, CaseTimelineModel::Column column) {
            return model.index(row, int(column)).data().toString();
        };
        QCOMPARE(text(0, CaseTimelineModel::Column::What), QStringLiteral("Analysis of WH/1 started"));
        QCOMPARE(text(0, CaseTimelineModel::Column::Who), QStringLiteral("aokafor"));
        QCOMPARE(text(1, CaseTimelineModel::Column::Who), QStringLiteral("(system)"));
        QCOMPARE(text(2, CaseTimelineModel::Column::What), QStringLiteral("Case WYP/2026/004117 opened"));
        const QDateTime shown =
            QDateTime::fromString(text(2, CaseTimelineModel::Column::When), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        QCOMPARE(shown.toUTC(), QDateTime(QDate(2026, 3, 14), QTime(9, 1), Qt::UTC));
        QCOMPARE(model.index(0, 0).data(CaseTimelineModel::SequenceRole).toLongLong(), 3);
        QVERIFY(model.index(0, 2).data(Qt::ToolTipRole).toString().contains(QStringLiteral("start-analysis")));
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("What happened"));
    }

    void readsHiddenOnRequest()
    {
        CaseTimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEvents(
            {auditEvent(1, QStringLiteral("dhartley"), QStringLiteral("create-case"), QStringLiteral("case"), kCase),
             auditEvent(2, QStringLiteral("aokafor"), QStringLiteral("read-evidence"), QStringLiteral("mark"), kMark),
             auditEvent(3, QStringLiteral("aokafor"), QStringLiteral("read-markup"), QStringLiteral("mark"), kMark),
             auditEvent(4, QStringLiteral("aokafor"), QStringLiteral("read-evidence"), QStringLiteral("mark"), kMark,
                        {}, AuditOutcome::Refused)},
            names());
        QCOMPARE(model.rowCount(), 4);
        model.setShowReads(false);
        // A refused read stays: it is not routine.
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.hiddenCount(), 2);
        QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("Refused: read evidence on mark WH/1"));
        QVERIFY(model.index(0, 2).data(Qt::ForegroundRole).isValid());
        QVERIFY(!model.index(1, 2).data(Qt::ForegroundRole).isValid());
        model.setShowReads(true);
        QCOMPARE(model.rowCount(), 4);
    }
};

QTEST_GUILESS_MAIN(TestCaseTimelineModel)
#include "tst_casetimelinemodel.moc"
