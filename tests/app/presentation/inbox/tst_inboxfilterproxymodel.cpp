#include "app/presentation/inbox/inboxfilterproxymodel.h"
#include "tests/app/presentation/inbox/sampletransmissions.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ridgeline;

namespace {
const QDateTime kNow(QDate(2026, 11, 24), QTime(14, 30), Qt::UTC);
using Column = InboxModel::Column;
} // namespace

class TestInboxFilterProxyModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void filtersByState()
    {
        InboxModel model;
        model.setClock([] { return kNow; });
        model.setTransmissions(test::sampleTransmissions(kNow));
        model.packageStarted(QStringLiteral("/srv/inbox/a.zip"));
        InboxFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(proxy.rowCount(), 5);

        QSignalSpy changed(&proxy, &InboxFilterProxyModel::filterChanged);
        proxy.setStateFilter(InboxState::Quarantined);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, int(Column::CaseReference)).data().toString(), QStringLiteral("NYP/2026/000932"));
        proxy.setStateFilter(InboxState::Importing);
        QCOMPARE(proxy.rowCount(), 1);
        model.packageFinished(QStringLiteral("/srv/inbox/a.zip"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setStateFilter(std::nullopt);
        QCOMPARE(proxy.rowCount(), 4);
    }

    void sortsByValueNotByText()
    {
        InboxModel model;
        model.setClock([] { return kNow; });
        model.setTransmissions(test::sampleTransmissions(kNow));
        InboxFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // As text "1 d 2 h" < "2 h 15 min" < "3 d 4 h" < "4 d 0 h"; as time 2 h 15 min is least.
        proxy.sort(int(Column::SinceCapture), Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, int(Column::SinceCapture)).data().toString(), QStringLiteral("2 h 15 min"));
        QCOMPARE(proxy.index(1, int(Column::SinceCapture)).data().toString(), QStringLiteral("1 d 2 h"));
        QCOMPARE(proxy.index(3, int(Column::SinceCapture)).data().toString(), QStringLiteral("4 d 0 h"));
        proxy.sort(int(Column::Status), Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Received"));
        QCOMPARE(proxy.index(3, 0).data().toString(), QStringLiteral("Quarantined"));
        proxy.sort(int(Column::Captured), Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, int(Column::CaseReference)).data().toString(), QStringLiteral("WYP/2026/004117"));
    }
};

QTEST_MAIN(TestInboxFilterProxyModel)
#include "tst_inboxfilterproxymodel.moc"
