#include "app/presentation/inbox/inboxmodel.h"
#include "app/presentation/inbox/inboxstatusicon.h"
#include "tests/app/presentation/inbox/sampletransmissions.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ridgeline;

namespace {
const QDateTime kNow(QDate(2026, 11, 24), QTime(14, 30), Qt::UTC);
using Column = InboxModel::Column;
} // namespace

class TestInboxModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_now = kNow;
        m_model = std::make_unique<InboxModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_model->setClock([this] { return m_now; });
        m_model->setTransmissions(test::sampleTransmissions(kNow));
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void formatsElapsedTime_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("seconds") << qint64(59) << QStringLiteral("under 1 min");
        QTest::newRow("minutes") << qint64(12 * 60 + 59) << QStringLiteral("12 min");
        QTest::newRow("hours") << qint64(2 * 3600 + 15 * 60 + 30) << QStringLiteral("2 h 15 min");
        QTest::newRow("whole hour") << qint64(5 * 3600) << QStringLiteral("5 h 0 min");
        QTest::newRow("days") << qint64(3 * 86400 + 4 * 3600 + 20 * 60) << QStringLiteral("3 d 4 h");
        QTest::newRow("many days") << qint64(1234 * 86400) << QStringLiteral("1,234 d 0 h");
        QTest::newRow("clock skew") << qint64(-30) << QStringLiteral("in the future");
    }
    void formatsElapsedTime()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, expected);
        QCOMPARE(InboxModel::formatElapsed(seconds, QLocale(QLocale::English, QLocale::UnitedKingdom)), expected);
    }

    void showsEachTransmission()
    {
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_model->columnCount(), int(Column::Count));
        QCOMPARE(m_model->headerData(int(Column::SinceCapture), Qt::Horizontal).toString(),
                 QStringLiteral("Since capture"));
        // Newest received first: imported (1 h 50 min ago), quarantined, verified, received.
        QCOMPARE(text(0, Column::Status), QStringLiteral("Imported"));
        QCOMPARE(text(1, Column::Status), QStringLiteral("Quarantined"));
        QCOMPARE(text(2, Column::Status), QStringLiteral("Verified"));
        QCOMPARE(text(3, Column::Status), QStringLiteral("Received"));
        QCOMPARE(text(0, Column::Sender), QStringLiteral("West Yorkshire Police \u00b7 WYP-SCENE-07"));
        QCOMPARE(text(3, Column::Sender), QStringLiteral("West Yorkshire Police"));
        QCOMPARE(text(0, Column::Examiner), QStringLiteral("SE 2214 J. Whitaker"));
        QCOMPARE(text(3, Column::CaseReference), QStringLiteral("\u2014"));
        QCOMPARE(text(0, Column::CaseReference), QStringLiteral("WYP/2026/004117"));
        QCOMPARE(text(0, Column::SinceCapture), QStringLiteral("2 h 15 min"));
        QCOMPARE(text(1, Column::SinceCapture), QStringLiteral("1 d 2 h"));
        QCOMPARE(text(2, Column::SinceCapture), QStringLiteral("3 d 4 h"));
        const QDateTime captured = kNow.addSecs(-(2 * 3600 + 15 * 60));
        QCOMPARE(
            text(0, Column::Captured),
            QLocale(QLocale::English, QLocale::UnitedKingdom).toString(captured.toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(m_model->index(0, int(Column::Captured)).data(InboxModel::SortRole).toDateTime(), captured);
        QCOMPARE(m_model->index(0, 0).data(InboxModel::TransmissionIdRole).toString(),
                 m_model->transmissionAt(0)->id.toString());
        QCOMPARE(m_model->index(0, 0).data(InboxModel::ProgressRole).toInt(), -1);
        QCOMPARE(m_model->rowOfTransmission(m_model->transmissionAt(2)->id), 2);
    }

    void explainsQuarantine()
    {
        const QString reason = m_model->transmissionAt(1)->reason;
        QVERIFY(text(1, Column::Reason).startsWith(QStringLiteral("Item JW/3")));
        QCOMPARE(m_model->index(1, int(Column::Reason)).data(Qt::ToolTipRole).toString(), reason);
        QCOMPARE(m_model->index(1, int(Column::Status)).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Quarantined: ") + reason);
        QVERIFY(text(0, Column::Reason).isEmpty());
        QCOMPARE(m_model->index(1, 0).data(InboxModel::StateRole).toInt(), int(InboxState::Quarantined));
    }

    void statesHaveDistinctIcons()
    {
        QList<QImage> icons;
        for (int row = 0; row < 4; ++row) {
            const QImage icon = m_model->index(row, 0).data(Qt::DecorationRole).value<QImage>();
            QCOMPARE(icon.size(), QSize(16, 16));
            // Distinct in greyscale too: shape, not only colour.
            const QImage grey = icon.convertToFormat(QImage::Format_Grayscale8);
            for (const QImage &other : icons)
                QVERIFY(grey != other);
            icons.append(grey);
        }
    }

    void tickUpdatesTimeSinceCapture()
    {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_now = kNow.addSecs(45 * 60);
        m_model->tick();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().column(), int(Column::SinceCapture));
        QCOMPARE(text(0, Column::SinceCapture), QStringLiteral("3 h 0 min"));
    }

    void queuedPackagesSayQueuedUntilTheirTurn()
    {
        const QString first = QStringLiteral("/srv/inbox/first.zip");
        const QString second = QStringLiteral("/srv/inbox/second.zip");
        m_model->packageQueued(first);
        m_model->packageQueued(second);
        QCOMPARE(m_model->importingCount(), 2);
        for (int row : {0, 1}) {
            QCOMPARE(m_model->index(row, 0).data(InboxModel::StateRole).toInt(), int(InboxState::Queued));
            QCOMPARE(m_model->index(row, 0).data(InboxModel::ProgressRole).toInt(), -1); // no bar drawn
            QCOMPARE(text(row, Column::Status), QStringLiteral("Queued"));
        }
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->packageStarted(first);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_model->index(0, 0).data(InboxModel::StateRole).toInt(), int(InboxState::Importing));
        QCOMPARE(text(0, Column::Status), QStringLiteral("Importing 0%"));
        QCOMPARE(text(1, Column::Status), QStringLiteral("Queued"));
        // Progress of a package reported as queued means it runs.
        m_model->packageProgress(second, 1, 4);
        QCOMPARE(m_model->index(1, 0).data(InboxModel::StateRole).toInt(), int(InboxState::Importing));
        QCOMPARE(text(1, Column::Status), QStringLiteral("Importing 25%"));
    }

    void showsPackagesWhileTheyImport()
    {
        const QString path = QStringLiteral("/srv/inbox/wyp-scene-07-20261124-1402.zip");
        m_model->packageStarted(path);
        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(m_model->importingCount(), 1);
        QVERIFY(m_model->transmissionAt(0) == nullptr);
        QCOMPARE(m_model->transmissionAt(1)->status, TransmissionStatus::Imported);
        QCOMPARE(m_model->index(0, 0).data(InboxModel::StateRole).toInt(), int(InboxState::Importing));
        QCOMPARE(text(0, Column::Status), QStringLiteral("Importing 0%"));
        QCOMPARE(text(0, Column::Reason), QStringLiteral("Package wyp-scene-07-20261124-1402.zip"));
        QCOMPARE(m_model->index(0, 0).data(InboxModel::PackagePathRole).toString(), path);

        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->packageProgress(path, 45, 100);
        QCOMPARE(m_model->index(0, 0).data(InboxModel::ProgressRole).toInt(), 45);
        QCOMPARE(text(0, Column::Status), QStringLiteral("Importing 45%"));
        m_model->packageProgress(path, 3, 4);
        QCOMPARE(m_model->index(0, 0).data(InboxModel::ProgressRole).toInt(), 75);
        m_model->packageProgress(path, 3, 4); // unchanged: no signal
        QCOMPARE(changed.count(), 2);

        // A new list of transmissions keeps the import going.
        m_model->setTransmissions(test::sampleTransmissions(kNow));
        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(m_model->index(0, 0).data(InboxModel::ProgressRole).toInt(), 75);

        m_model->packageFinished(path);
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_model->importingCount(), 0);
        m_model->packageFinished(path); // twice is harmless
        // Progress for a package never started starts it.
        m_model->packageProgress(QStringLiteral("/srv/inbox/late.zip"), 1, 0);
        QCOMPARE(m_model->importingCount(), 1);
        QCOMPARE(m_model->index(0, 0).data(InboxModel::ProgressRole).toInt(), 0);
    }

private:
    QString text(int row, Column column) const { return m_model->index(row, int(column)).data().toString(); }

    QDateTime m_now;
    std::unique_ptr<InboxModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestInboxModel)
#include "tst_inboxmodel.moc"
