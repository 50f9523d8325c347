#include "app/presentation/inbox/inboxfilterproxymodel.h"
#include "app/presentation/inbox/inboxmodel.h"
#include "tests/app/presentation/inbox/sampletransmissions.h"
#include "widgets/inbox/inboxdetailpane.h"
#include "widgets/inbox/inboxprogressdelegate.h"
#include "widgets/inbox/inboxview.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace ridgeline;

namespace {
const QDateTime kNow(QDate(2026, 11, 24), QTime(14, 30), Qt::UTC);
} // namespace

class TestInboxView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<InboxModel>();
        m_model->setClock([] { return kNow; });
        m_model->setTransmissions(test::sampleTransmissions(kNow));
        m_view = std::make_unique<InboxView>(m_model.get());
        m_view->resize(1300, 500);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }
    void cleanup()
    {
        m_view.reset();
        m_model.reset();
    }

    void showsEveryTransmission()
    {
        QTableView *table = m_view->table();
        QCOMPARE(table->model()->rowCount(), 4);
        // Sorted newest received first; every row is laid out in the viewport.
        QCOMPARE(table->model()->index(0, int(InboxModel::Column::Status)).data().toString(),
                 QStringLiteral("Imported"));
        for (int row = 0; row < 4; ++row)
            QVERIFY(table->viewport()->rect().contains(table->visualRect(table->model()->index(row, 0))));
        QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("inboxCountLabel"))->text(),
                 QStringLiteral("Transmissions: 4"));
    }

    void filtersByStatus()
    {
        QComboBox *filter = m_view->statusFilter();
        filter->setCurrentIndex(filter->findText(QStringLiteral("Quarantined")));
        QCOMPARE(m_view->table()->model()->rowCount(), 1);
        QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("inboxCountLabel"))->text(),
                 QStringLiteral("Showing 1 of 4 transmissions"));
        filter->setCurrentIndex(filter->findText(QStringLiteral("Verified")));
        QCOMPARE(m_view->table()->model()->index(0, int(InboxModel::Column::CaseReference)).data().toString(),
                 QStringLiteral("WYP/2026/004120"));
        filter->setCurrentIndex(0);
        QCOMPARE(m_view->table()->model()->rowCount(), 4);
    }

    void detailsShowTheQuarantineReasonInFull()
    {
        InboxDetailPane *pane = m_view->detailPane();
        QVERIFY(!pane->reasonLabel()->isVisible());
        const Transmission quarantined = test::sampleTransmissions(kNow).last();
        // Select by clicking the row.
        QTableView *table = m_view->table();
        int row = -1;
        for (int i = 0; i < table->model()->rowCount(); ++i) {
            if (table->model()->index(i, 0).data(InboxModel::StateRole).toInt() == int(InboxState::Quarantined))
                row = i;
        }
        QVERIFY(row >= 0);
        QSignalSpy current(m_view.get(), &InboxView::currentTransmissionChanged);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(row, 2)).center());
        QCOMPARE(current.count(), 1);
        QVERIFY(pane->reasonLabel()->isVisible());
        QCOMPARE(pane->reasonLabel()->text(), quarantined.reason);
        QVERIFY(pane->reasonLabel()->text().contains(QStringLiteral("ask the sender to transmit it again")));
        const QString id =
            m_model->transmissionAt(m_model->rowOfTransmission(m_view->currentTransmission()))->id.toString();
        QCOMPARE(pane->findChild<QLabel *>(QStringLiteral("inboxDetailTransmissionId"))->text(), id);
        QCOMPARE(pane->findChild<QLabel *>(QStringLiteral("inboxDetailPackageHash"))->text().remove(QLatin1Char(' ')),
                 QString::fromLatin1(quarantined.packageSha256.toHex()));

        // Quarantined: the folder can be shown; there is no case to open.
        QVERIFY(m_view->showQuarantineAction()->isEnabled());
        QVERIFY(!m_view->openCaseAction()->isEnabled());
        QSignalSpy showFolder(m_view.get(), &InboxView::showQuarantineFolderRequested);
        QSignalSpy openCase(m_view.get(), &InboxView::openCaseRequested);
        QTest::mouseClick(pane->showQuarantineButton(), Qt::LeftButton);
        QCOMPARE(showFolder.count(), 1);
        QCOMPARE(showFolder.first().at(0).value<TransmissionId>(), m_view->currentTransmission());
        m_view->openCaseAction()->trigger();
        QCOMPARE(openCase.count(), 0);
    }

    void opensTheCaseOfAnImportedTransmission()
    {
        QTableView *table = m_view->table();
        table->setCurrentIndex(table->model()->index(0, 0)); // the imported one
        QVERIFY(m_view->openCaseAction()->isEnabled());
        QVERIFY(!m_view->showQuarantineAction()->isEnabled());
        QVERIFY(!m_view->detailPane()->reasonLabel()->isVisible());
        QSignalSpy openCase(m_view.get(), &InboxView::openCaseRequested);
        const QPoint cell = table->visualRect(table->model()->index(0, 1)).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell);
        QCOMPARE(openCase.count(), 1);
        QCOMPARE(openCase.first().at(1).toString(), QStringLiteral("WYP/2026/004117"));
    }

    void keepsTheSelectionWhenTheListIsReplaced()
    {
        QTableView *table = m_view->table();
        table->setCurrentIndex(table->model()->index(2, 0));
        const TransmissionId selected = m_view->currentTransmission();
        QVERIFY(!selected.isNull());
        m_model->setTransmissions(m_model->transmissions());
        QCOMPARE(m_view->currentTransmission(), selected);
    }

    void paintsProgressWhileImporting()
    {
        const QString path = QStringLiteral("/srv/inbox/wyp-scene-07-1402.zip");
        m_model->packageStarted(path);
        m_model->packageProgress(path, 1, 2);
        QTableView *table = m_view->table();
        QCOMPARE(table->model()->rowCount(), 5);
        // Importing rows sort by their start time: newest, so first.
        const QModelIndex status = table->model()->index(0, int(InboxModel::Column::Status));
        QCOMPARE(status.data(InboxModel::ProgressRole).toInt(), 50);
        table->clearSelection();
        table->setCurrentIndex(table->model()->index(1, 0));
        const QRect cell = table->visualRect(status);
        QTRY_VERIFY(isChunk(
            table->viewport()->grab().toImage().pixelColor(cell.left() + cell.width() / 5, cell.center().y() - 3)));
        QImage image = table->viewport()->grab().toImage();
        QVERIFY(!isChunk(image.pixelColor(cell.left() + cell.width() * 9 / 10, cell.center().y() - 3)));
        m_model->packageProgress(path, 19, 20);
        image = table->viewport()->grab().toImage();
        QVERIFY(isChunk(image.pixelColor(cell.left() + cell.width() * 9 / 10, cell.center().y() - 3)));
        m_model->packageFinished(path);
        QCOMPARE(table->model()->rowCount(), 4);
    }

private:
    static bool isChunk(const QColor &colour)
    {
        const QColor chunk = InboxProgressDelegate::chunkColour();
        return qAbs(colour.red() - chunk.red()) < 12 && qAbs(colour.green() - chunk.green()) < 12 &&
               qAbs(colour.blue() - chunk.blue()) < 12;
    }

    std::unique_ptr<InboxModel> m_model;
    std::unique_ptr<InboxView> m_view;
};

QTEST_MAIN(TestInboxView)
#include "tst_inboxview.moc"
