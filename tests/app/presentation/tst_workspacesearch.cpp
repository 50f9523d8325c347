// The workspace search: runs on the session thread, shows each hit with its case reference and the
// matched words bold (and nothing else interpreted as HTML), and drops a reply overtaken by a
// newer search.
#include "app/presentation/sessioncontroller.h"
#include "app/presentation/workspacesearch.h"
#include "tests/app/presentation/fakesession.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ridgeline;

class TestWorkspaceSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchedWordsAreBoldAndTheRestEscaped()
    {
        QCOMPARE(searchSnippetHtml(QStringLiteral("a [jewellery] box <b>")),
                 QStringLiteral("a <b>jewellery</b> box &lt;b&gt;"));
        QCOMPARE(searchSnippetHtml(QStringLiteral("[Mill] [Lane], Otley")),
                 QStringLiteral("<b>Mill</b> <b>Lane</b>, Otley"));
        QCOMPARE(searchSnippetHtml(QStringLiteral("unclosed [bracket")), QStringLiteral("unclosed [bracket"));
    }

    void hitsCarryTheirCaseAndRunOffTheUiThread()
    {
        auto session = std::make_unique<test::FakeSession>();
        test::FakeSession *fake = session.get();
        const CaseRecord target = fake->repository.records.at(2);
        fake->searchHits = {{QStringLiteral("document"), QStringLiteral("doc-1"), target.id,
                             QStringLiteral("a [jewellery] box missing")},
                            {QStringLiteral("person"), QStringLiteral("p-1"), target.id, QStringLiteral("[Hirst]")}};
        SessionController controller(std::move(session), SessionInfo{fake->user(), fake->databasePath(), {}});
        WorkspaceSearchController search(&controller);
        QAbstractItemModelTester tester(search.model());
        QSignalSpy finished(&search, &WorkspaceSearchController::searchFinished);

        search.search(QStringLiteral("jewellery"));
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(1).toInt(), 1);
        const QModelIndex hit = search.model()->index(0, 0);
        QCOMPARE(hit.data(SearchHitModel::CaseReferenceRole).toString(), target.reference.toString());
        QCOMPARE(hit.data(SearchHitModel::CaseIdRole).toString(), target.id.toString());
        QCOMPARE(hit.data(Qt::DisplayRole).toString(), target.reference.toString() + QStringLiteral(" · Document"));
        QCOMPARE(fake->repository.callsOnMainThread.loadAcquire(), 0);

        // A newer search wins even if the older reply arrives later.
        finished.clear();
        search.search(QStringLiteral("jewellery"));
        search.search(QStringLiteral("hirst"));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toString(), QStringLiteral("hirst"));
        QCOMPARE(search.model()->rowCount(), 1);
        QCOMPARE(search.model()->index(0, 0).data(SearchHitModel::KindRole).toString(), QStringLiteral("person"));

        // Empty text clears without asking the session.
        search.search(QStringLiteral("  "));
        QCOMPARE(search.model()->rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceSearch)
#include "tst_workspacesearch.moc"
