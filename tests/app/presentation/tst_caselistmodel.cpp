#include "app/presentation/caselistmodel.h"
#include "tests/app/presentation/fakesession.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ridgeline;

class TestCaseListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passesTheModelTester()
    {
        CaseListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCases(test::sampleCases());
        model.setCases({});
        model.setCases(test::sampleCases());
    }

    void showsOneRowPerCaseWithItsColumns()
    {
        CaseListModel model;
        const auto cases = test::sampleCases();
        model.setCases(cases);
        QCOMPARE(model.rowCount(), cases.size());
        QCOMPARE(model.columnCount(), 6);
        const auto cell = [&](int row, CaseListModel::Column c) { return model.index(row, int(c)).data().toString(); };
        QCOMPARE(cell(0, CaseListModel::Column::Reference), QStringLiteral("WYP/2026/000010"));
        QCOMPARE(cell(0, CaseListModel::Column::Force), QStringLiteral("West Yorkshire Police"));
        QCOMPARE(cell(0, CaseListModel::Column::Offence), QStringLiteral("Burglary dwelling"));
        QCOMPARE(cell(0, CaseListModel::Column::Officer), QStringLiteral("DC 4411 Patel"));
        QCOMPARE(cell(1, CaseListModel::Column::Status), QStringLiteral("Under examination"));
        QVERIFY(!cell(0, CaseListModel::Column::Updated).isEmpty());
        QCOMPARE(model.index(2, 0).data(CaseListModel::CaseIdRole).toString(), cases[2].id.toString());
        QCOMPARE(model.rowOfCase(cases[3].id), 3);
        QCOMPARE(model.rowOfCase(CaseId::create()), -1);
    }

    void headersNameEveryColumn()
    {
        CaseListModel model;
        QStringList headers;
        for (int c = 0; c < model.columnCount(); ++c)
            headers << model.headerData(c, Qt::Horizontal).toString();
        QCOMPARE(headers,
                 (QStringList{QStringLiteral("Reference"), QStringLiteral("Force"), QStringLiteral("Offence"),
                              QStringLiteral("Officer in case"), QStringLiteral("Status"), QStringLiteral("Updated")}));
    }

    void referencesSortByNumberNotText()
    {
        CaseListModel model;
        model.setCases(test::sampleCases());
        // WYP/2026/000009 must come before WYP/2026/000010, and 2025 before 2026.
        const QString nine = model.index(1, 0).data(CaseListModel::SortRole).toString();
        const QString ten = model.index(0, 0).data(CaseListModel::SortRole).toString();
        QVERIFY(nine < ten);
        QCOMPARE(model.index(0, int(CaseListModel::Column::Updated)).data(CaseListModel::SortRole).typeId(),
                 QMetaType::QDateTime);
    }

    void resetIsSignalled()
    {
        CaseListModel model;
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setCases(test::sampleCases());
        QCOMPARE(reset.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCaseListModel)
#include "tst_caselistmodel.moc"
