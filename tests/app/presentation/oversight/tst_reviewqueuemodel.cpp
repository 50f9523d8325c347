// The supervisor's review queue (issue 7): one row per listed mark with case, exhibit, stage,
// examiner, verifier, how long it has waited and why; a conflict comes first (it blocks a sign-off),
// then the longest waiting; ages move with the clock; the marks of one case at technical review are
// what a sign-off may include.
#include "app/presentation/oversight/reviewqueuemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace ridgeline;

namespace {

const QDateTime kNow(QDate(2026, 3, 14), QTime(12, 0), Qt::UTC);

CaseworkQueueEntry entry(const CaseId &caseId, const QString &reference, const QString &exhibit, MarkState state,
                         qint64 minutesWaiting, const QString &why)
{
    CaseworkQueueEntry e;
    e.markId = MarkId::create();
    e.caseId = caseId;
    e.caseReference = reference;
    e.exhibitReference = exhibit;
    e.state = state;
    e.examiner = QStringLiteral("aokafor");
    e.verifier = state == MarkState::Evaluation ? QString() : QStringLiteral("gprys");
    e.stateSinceUtc = kNow.addSecs(-60 * minutesWaiting);
    e.version = 7;
    e.why = why;
    return e;
}

} // namespace

class TestReviewQueueModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsInReviewOrder()
    {
        ReviewQueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
        model.setClock([] { return kNow; });
        const CaseId burglary = CaseId::create();
        const CaseId robbery = CaseId::create();
        model.setEntries(
            {entry(burglary, QStringLiteral("WYP/2026/004117"), QStringLiteral("JH/1"), MarkState::TechnicalReview, 90,
                   QStringLiteral("verified: ready for technical review")),
             entry(robbery, QStringLiteral("WYP/2026/005012"), QStringLiteral("KR/2"), MarkState::Evaluation,
                   3 * 24 * 60, QStringLiteral("concluded: exemption decision")),
             entry(burglary, QStringLiteral("WYP/2026/004117"), QStringLiteral("JH/2"), MarkState::Conflict, 5,
                   QStringLiteral("conclusions differ")),
             entry(burglary, QStringLiteral("WYP/2026/004117"), QStringLiteral("JH/3"), MarkState::TechnicalReview,
                   26 * 60, QStringLiteral("verified: ready for technical review"))});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(ReviewQueueModel::Column::Count));
        const auto text = [&](int row, ReviewQueueModel::Column column) {
            return model.index(row, int(column)).data().toString();
        };
        // The conflict first, then the longest waiting.
        QCOMPARE(text(0, ReviewQueueModel::Column::Exhibit), QStringLiteral("JH/2"));
        QCOMPARE(text(0, ReviewQueueModel::Column::Stage), QStringLiteral("Conflict"));
        QVERIFY(model.index(0, int(ReviewQueueModel::Column::Stage)).data(Qt::ForegroundRole).isValid());
        QCOMPARE(text(1, ReviewQueueModel::Column::Exhibit), QStringLiteral("KR/2"));
        QCOMPARE(text(1, ReviewQueueModel::Column::Waiting), QStringLiteral("3 d 0 h"));
        QCOMPARE(text(1, ReviewQueueModel::Column::Verifier), QStringLiteral("—"));
        QCOMPARE(text(1, ReviewQueueModel::Column::Why), QStringLiteral("concluded: exemption decision"));
        QCOMPARE(text(2, ReviewQueueModel::Column::Exhibit), QStringLiteral("JH/3"));
        QCOMPARE(text(2, ReviewQueueModel::Column::Waiting), QStringLiteral("1 d 2 h"));
        QCOMPARE(text(3, ReviewQueueModel::Column::Exhibit), QStringLiteral("JH/1"));
        QCOMPARE(text(3, ReviewQueueModel::Column::Waiting), QStringLiteral("1 h 30 min"));
        QCOMPARE(text(3, ReviewQueueModel::Column::Case), QStringLiteral("WYP/2026/004117"));
        QCOMPARE(text(3, ReviewQueueModel::Column::Examiner), QStringLiteral("aokafor"));
        QCOMPARE(model.index(3, 0).data(ReviewQueueModel::SecondsWaitingRole).toLongLong(), 90 * 60);
        QCOMPARE(model.rowOfMark(model.entryAt(2)->markId), 2);
        QCOMPARE(model.rowOfMark(MarkId::create()), -1);

        // What a sign-off of the burglary may include: its marks at technical review, by exhibit.
        const QList<CaseworkQueueEntry> ready = model.atTechnicalReview(burglary);
        QCOMPARE(ready.size(), 2);
        QCOMPARE(ready.at(0).exhibitReference, QStringLiteral("JH/1"));
        QCOMPARE(ready.at(1).exhibitReference, QStringLiteral("JH/3"));
        QVERIFY(model.atTechnicalReview(robbery).isEmpty());
    }

    void agesFollowTheClock()
    {
        ReviewQueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QDateTime now = kNow;
        model.setClock([&now] { return now; });
        CaseworkQueueEntry unknown = entry(CaseId::create(), QStringLiteral("NWP/2026/000318"), QStringLiteral("A/1"),
                                           MarkState::TechnicalReview, 0, {});
        unknown.stateSinceUtc = QDateTime();
        model.setEntries({unknown, entry(CaseId::create(), QStringLiteral("NWP/2026/000318"), QStringLiteral("A/2"),
                                         MarkState::TechnicalReview, 10, {})});
        // A mark whose stage time is unknown goes last and says so.
        QCOMPARE(model.index(1, int(ReviewQueueModel::Column::Waiting)).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.index(0, int(ReviewQueueModel::Column::Waiting)).data().toString(), QStringLiteral("10 min"));
        now = now.addSecs(50 * 60);
        model.tick();
        QCOMPARE(model.index(0, int(ReviewQueueModel::Column::Waiting)).data().toString(), QStringLiteral("1 h 0 min"));
    }
};

QTEST_GUILESS_MAIN(TestReviewQueueModel)
#include "tst_reviewqueuemodel.moc"
