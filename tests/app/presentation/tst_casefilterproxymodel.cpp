#include "app/presentation/casefilterproxymodel.h"
#include "app/presentation/caselistmodel.h"
#include "tests/app/presentation/fakesession.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace ridgeline;

class TestCaseFilterProxyModel : public QObject
{
    Q_OBJECT
private:
    CaseListModel m_source;
    CaseFilterProxyModel m_proxy;

    QStringList shownReferences() const
    {
        QStringList refs;
        for (int row = 0; row < m_proxy.rowCount(); ++row)
            refs << m_proxy.index(row, 0).data().toString();
        return refs;
    }

private Q_SLOTS:
    void init()
    {
        m_proxy.setFilterText({});
        m_proxy.setStatusFilter(std::nullopt);
        m_proxy.setSourceModel(&m_source);
        m_source.setCases(test::sampleCases());
    }

    void passesTheModelTesterWhileFiltering()
    {
        QAbstractItemModelTester tester(&m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxy.setFilterText(QStringLiteral("police"));
        m_proxy.setStatusFilter(CaseStatus::Open);
        m_proxy.sort(0, Qt::DescendingOrder);
        m_source.setCases(test::sampleCases());
        m_proxy.setFilterText({});
        m_proxy.setStatusFilter(std::nullopt);
    }

    void everyWordMustMatchSomewhereInTheRow()
    {
        m_proxy.setFilterText(QStringLiteral("  yorkshire   THEFT "));
        QCOMPARE(shownReferences(), QStringList{QStringLiteral("WYP/2026/000009")});
        m_proxy.setFilterText(QStringLiteral("evans"));
        QCOMPARE(shownReferences(), QStringList{QStringLiteral("DPP/2025/001234")});
        m_proxy.setFilterText(QStringLiteral("no such case"));
        QVERIFY(shownReferences().isEmpty());
    }

    void filtersByStatusAndTextTogether()
    {
        m_proxy.setStatusFilter(CaseStatus::Open);
        QCOMPARE(shownReferences(), QStringList{QStringLiteral("WYP/2026/000010")});
        m_proxy.setFilterText(QStringLiteral("wales"));
        QVERIFY(shownReferences().isEmpty());
        m_proxy.setStatusFilter(std::nullopt);
        QCOMPARE(shownReferences(), QStringList{QStringLiteral("NWP/2026/000002")});
    }

    void sortsReferencesInNumberOrder()
    {
        m_proxy.sort(int(CaseListModel::Column::Reference), Qt::AscendingOrder);
        QCOMPARE(shownReferences(),
                 (QStringList{QStringLiteral("DPP/2025/001234"), QStringLiteral("NWP/2026/000002"),
                              QStringLiteral("WYP/2026/000009"), QStringLiteral("WYP/2026/000010")}));
        m_proxy.sort(int(CaseListModel::Column::Updated), Qt::DescendingOrder);
        QCOMPARE(shownReferences().constFirst(), QStringLiteral("NWP/2026/000002"));
    }

    void signalsFilterChanges()
    {
        int changes = 0;
        auto connection = connect(&m_proxy, &CaseFilterProxyModel::filterChanged, this, [&]() { ++changes; });
        m_proxy.setFilterText(QStringLiteral("x"));
        m_proxy.setFilterText(QStringLiteral("x "));
        m_proxy.setStatusFilter(CaseStatus::Closed);
        disconnect(connection);
        QCOMPARE(changes, 2);
    }
};

QTEST_GUILESS_MAIN(TestCaseFilterProxyModel)
#include "tst_casefilterproxymodel.moc"
