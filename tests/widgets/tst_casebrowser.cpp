#include "app/presentation/casefilterproxymodel.h"
#include "app/presentation/caselistmodel.h"
#include "app/presentation/translationloader.h"
#include "tests/app/presentation/fakesession.h"
#include "widgets/casebrowser.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace ridgeline;

class TestCaseBrowser : public QObject
{
    Q_OBJECT
    // English plural forms ("1 case", "4 cases") come from ridgeline_en.qm.
    TranslationLoader m_english;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_english.apply(Language::English)); }
    void typingFiltersTheTable()
    {
        CaseListModel model;
        CaseFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        model.setCases(test::sampleCases());
        CaseBrowser browser(&proxy);
        browser.show();
        auto *table = browser.findChild<QTableView *>(QStringLiteral("caseTable"));
        auto *search = browser.findChild<QLineEdit *>(QStringLiteral("caseSearch"));
        QVERIFY(table && search);
        QCOMPARE(table->model()->rowCount(), 4);
        QTest::keyClicks(search, QStringLiteral("wales"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("NWP/2026/000002"));
        search->clear();
        QCOMPARE(table->model()->rowCount(), 4);
    }

    void theStatusComboFilters()
    {
        CaseListModel model;
        CaseFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        model.setCases(test::sampleCases());
        CaseBrowser browser(&proxy);
        auto *combo = browser.findChild<QComboBox *>(QStringLiteral("caseStatusFilter"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 6);
        combo->setCurrentIndex(combo->findData(int(CaseStatus::SignedOff)));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(browser.findChild<QLabel *>(QStringLiteral("caseCountLabel"))->text(),
                 QStringLiteral("1 of 4 cases shown"));
        combo->setCurrentIndex(0);
        QCOMPARE(proxy.rowCount(), 4);
    }

    void selectingARowNamesTheCase()
    {
        CaseListModel model;
        CaseFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        const auto cases = test::sampleCases();
        model.setCases(cases);
        CaseBrowser browser(&proxy);
        browser.show();
        QSignalSpy changed(&browser, &CaseBrowser::currentCaseChanged);
        browser.table()->sortByColumn(int(CaseListModel::Column::Reference), Qt::AscendingOrder);
        browser.selectFirstIfNone();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<CaseId>(), cases[2].id); // DPP/2025/001234 sorts first
        QTest::keyClick(browser.table(), Qt::Key_Down);
        QCOMPARE(browser.currentCase(), cases[3].id);
    }
};

QTEST_MAIN(TestCaseBrowser)
#include "tst_casebrowser.moc"
