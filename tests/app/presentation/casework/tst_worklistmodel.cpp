// The examiner's worklist as a table (issue 7), without a window: what each column says (case,
// exhibit, kind, ACE-V stage, age in the stage such as "3 d 4 h", why the mark is listed), the
// order (the mark longest in its stage first), the roles a view and a proxy use, and ages that
// move on with the clock.
#include "app/presentation/casework/worklistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ridgeline;

namespace {

const QDateTime kNow(QDate(2026, 12, 7), QTime(9, 30), Qt::UTC);
using Column = WorklistModel::Column;

CaseworkQueueEntry entry(const QString &caseRef, const QString &exhibit, MarkState state, qint64 secondsAgo,
                         const QString &why, MarkKind kind = MarkKind::LatentFinger)
{
    CaseworkQueueEntry e;
    e.markId = MarkId::create();
    e.caseId = CaseId::create();
    e.caseReference = caseRef;
    e.exhibitReference = exhibit;
    e.kind = kind;
    e.state = state;
    e.receivedUtc = kNow.addDays(-30);
    if (secondsAgo >= 0)
        e.stateSinceUtc = kNow.addSecs(-secondsAgo);
    e.version = 3;
    e.why = why;
    return e;
}

} // namespace

class TestWorklistModel : public QObject
{
    Q_OBJECT
private:
    QDateTime m_now;
    std::unique_ptr<WorklistModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QList<CaseworkQueueEntry> m_entries;

    QString text(int row, Column column) const { return m_model->index(row, int(column)).data().toString(); }

private Q_SLOTS:
    void init()
    {
        m_now = kNow;
        m_model = std::make_unique<WorklistModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_model->setClock([this] { return m_now; });
        // As the session might answer: in no useful order.
        m_entries = {
            entry(QStringLiteral("WYP/2026/0410"), QStringLiteral("JS/2"), MarkState::Received, 20 * 60,
                  QStringLiteral("not taken yet")),
            entry(QStringLiteral("WYP/2026/0410"), QStringLiteral("JS/1"), MarkState::Analysis,
                  3 * 86400 + 4 * 3600 + 20 * 60, QStringLiteral("assigned to you")),
            entry(QStringLiteral("NWP/2026/0002"), QStringLiteral("GP/7"), MarkState::Verification, 2 * 3600 + 15 * 60,
                  QStringLiteral("awaiting your verification"), MarkKind::LatentPalm),
            entry(QStringLiteral("DPP/2025/1234"), QStringLiteral("AB/1"), MarkState::Comparison, -1,
                  QStringLiteral("assigned to you"), MarkKind::Footwear),
            entry(QStringLiteral("DPP/2025/1234"), QStringLiteral("AB/3"), MarkState::Received, 20 * 60,
                  QStringLiteral("not taken yet")),
        };
        m_model->setEntries(m_entries);
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void columnsSayWhatAndWhy()
    {
        QCOMPARE(m_model->columnCount(), 6);
        QCOMPARE(m_model->rowCount(), 5);
        const QStringList headers{QStringLiteral("Case"),     QStringLiteral("Exhibit"),
                                  QStringLiteral("Kind"),     QStringLiteral("ACE-V stage"),
                                  QStringLiteral("In stage"), QStringLiteral("Why listed")};
        for (int c = 0; c < headers.size(); ++c)
            QCOMPARE(m_model->headerData(c, Qt::Horizontal).toString(), headers.at(c));
        // The first row: JS/1, three days and four hours in analysis.
        QCOMPARE(text(0, Column::Case), QStringLiteral("WYP/2026/0410"));
        QCOMPARE(text(0, Column::Exhibit), QStringLiteral("JS/1"));
        QCOMPARE(text(0, Column::Kind), markKindDisplayName(MarkKind::LatentFinger));
        QCOMPARE(text(0, Column::Stage), QStringLiteral("Analysis"));
        QCOMPARE(text(0, Column::Age), QStringLiteral("3 d 4 h"));
        QCOMPARE(text(0, Column::Why), QStringLiteral("assigned to you"));
        QCOMPARE(text(1, Column::Stage), QStringLiteral("Verification"));
        QCOMPARE(text(1, Column::Kind), markKindDisplayName(MarkKind::LatentPalm));
        QCOMPARE(text(1, Column::Age), QStringLiteral("2 h 15 min"));
        QCOMPARE(text(2, Column::Age), QStringLiteral("20 min"));
        // A stage time the session did not record is shown as unknown, not as "0 min".
        QCOMPARE(text(4, Column::Exhibit), QStringLiteral("AB/1"));
        QCOMPARE(text(4, Column::Age), QStringLiteral("—"));
        QVERIFY(m_model->index(4, int(Column::Age))
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("not recorded")));
        QVERIFY(m_model->index(0, int(Column::Age))
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("Analysis since ")));
        QCOMPARE(m_model->index(0, int(Column::Age)).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
    }

    // The mark that has waited longest in its stage first; equal waits by case, then exhibit;
    // unknown waits last.
    void longestWaitingComesFirst()
    {
        QStringList exhibits;
        for (int row = 0; row < m_model->rowCount(); ++row)
            exhibits << text(row, Column::Exhibit);
        QCOMPARE(exhibits, (QStringList{QStringLiteral("JS/1"), QStringLiteral("GP/7"), QStringLiteral("AB/3"),
                                        QStringLiteral("JS/2"), QStringLiteral("AB/1")}));
        QCOMPARE(m_model->entryAt(0)->markId, m_entries.at(1).markId);
        QCOMPARE(m_model->rowOfMark(m_entries.at(3).markId), 4);
        QCOMPARE(m_model->rowOfMark(MarkId::create()), -1);
        QVERIFY(!m_model->entryAt(5));
    }

    void rolesForViewsAndProxies()
    {
        const QModelIndex first = m_model->index(0, int(Column::Case));
        QCOMPARE(first.data(WorklistModel::MarkIdRole).toString(), m_entries.at(1).markId.toString());
        QCOMPARE(first.data(WorklistModel::CaseIdRole).toString(), m_entries.at(1).caseId.toString());
        QCOMPARE(first.data(WorklistModel::StateRole).toInt(), int(MarkState::Analysis));
        const qint64 age = 3 * 86400 + 4 * 3600 + 20 * 60;
        QCOMPARE(first.data(WorklistModel::SecondsInStageRole).toLongLong(), age);
        // Sorting by age sorts by seconds, not by the text ("20 min" would sort after "2 h").
        QCOMPARE(m_model->index(0, int(Column::Age)).data(WorklistModel::SortRole).toLongLong(), age);
        QCOMPARE(m_model->index(2, int(Column::Age)).data(WorklistModel::SortRole).toLongLong(), 20 * 60);
        QCOMPARE(m_model->index(4, int(Column::Age)).data(WorklistModel::SortRole).toLongLong(), -1);
        // Sorting by stage follows the workflow's order, not the alphabet.
        QVERIFY(m_model->index(1, int(Column::Stage)).data(WorklistModel::SortRole).toInt() >
                m_model->index(0, int(Column::Stage)).data(WorklistModel::SortRole).toInt());
        QVERIFY(m_model->index(0, int(Column::Exhibit))
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("open the casework of JS/1")));
    }

    void agesMoveOnWithTheClock()
    {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_now = m_now.addSecs(50 * 60);
        m_model->tick();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().column(), int(Column::Age));
        QCOMPARE(text(0, Column::Age), QStringLiteral("3 d 5 h"));
        QCOMPARE(text(2, Column::Age), QStringLiteral("1 h 10 min"));
    }

    void aNewListReplacesTheOld()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->setEntries({m_entries.at(2)});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(text(0, Column::Exhibit), QStringLiteral("GP/7"));
        m_model->setEntries({});
        QCOMPARE(m_model->rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWorklistModel)
#include "tst_worklistmodel.moc"
