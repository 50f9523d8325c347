// Intake in the window with a real encrypted workspace: progress moves while a package is checked
// and filed, thumbnails are built in the background after the commit, and the case view then
// shows them from the stored derived data without reading the evidence again.
#include "app/presentation/casemediacontroller.h"
#include "app/presentation/inbox/intakecontroller.h"
#include "app/presentation/sessioncontroller.h"
#include "app/services/localworkspacesession.h"
#include "app/services/packagebuilder.h"
#include "app/services/thumbnails.h"
#include "tests/app/services/workspacetestsupport.h"
#include "tests/testsupport/pngbytes.h"

#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ridgeline;

namespace {

QByteArray ridgePng(int w, int h, int phase)
{
    return testing::ridgePng(w, h, phase, 0, 0.3, 0.5);
}

const QByteArray kPassphrase = QByteArrayLiteral("intake derived passphrase");

// Blocks until the session thread has run `fn`; for looking at the workspace from the test.
template<class Fn> auto onSession(SessionController &session, Fn fn)
{
    auto future = session.run(std::move(fn));
    future.waitForFinished();
    return future.result();
}

} // namespace

class TestIntakeDerived : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SessionController> m_session;

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("w.ridgeline"));
        auto admin = LocalWorkspaceSession::create(path, QStringLiteral("ada"), kPassphrase, testing::fastOptions());
        QVERIFY(admin);
        WorkspacePolicy policy = (*admin)->policy();
        policy.acceptUnsignedPackages = true;
        QVERIFY((*admin)->setPolicy(policy));
        QVERIFY((*admin)->addUser(QStringLiteral("cora"), QStringLiteral("Cora"), Role::CaseOfficer, kPassphrase));
        QVERIFY((*admin)->logout());
        auto officer = LocalWorkspaceSession::open(path, QStringLiteral("cora"), kPassphrase, testing::fastOptions());
        QVERIFY(officer);
        std::unique_ptr<WorkspaceSession> session = std::move(*officer);
        SessionInfo info{session->user(), session->databasePath(), session->policy()};
        m_session = std::make_unique<SessionController>(std::move(session), info);
    }

    void thumbnailsFollowTheImportAndTheCaseViewUsesThem()
    {
        TransmissionManifest m;
        m.packageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m.createdUtc = QDateTime::currentDateTimeUtc();
        m.senderForce = QStringLiteral("WYP");
        m.deviceId = QStringLiteral("WYP-CSI-0042");
        m.sceneExaminer = QStringLiteral("CSI Jane Holt");
        m.caseReference = QStringLiteral("WYP/2026/000555");
        m.offence = QStringLiteral("Burglary");
        m.scenePlace = QStringLiteral("Otley");
        PackageBuilder builder(m);
        for (int i = 0; i < 10; ++i) {
            TransmissionItem item;
            item.exhibitReference = QStringLiteral("CD/%1").arg(i + 1);
            item.kind = TransmissionItemKind::LatentFinger;
            item.path = QStringLiteral("marks/%1.png").arg(i + 1);
            builder.addFile(item, ridgePng(400, 320, i));
        }
        const QString package = m_dir.filePath(QStringLiteral("package"));
        QVERIFY(builder.writeFolder(package));

        IntakeController intake(m_session.get());
        QList<int> progress;
        connect(intake.model(), &InboxModel::dataChanged, this,
                [&](const QModelIndex &topLeft, const QModelIndex &, const QList<int> &roles) {
                    if (roles.contains(InboxModel::ProgressRole))
                        progress.append(topLeft.data(InboxModel::ProgressRole).toInt());
                });
        QSignalSpy imported(&intake, &IntakeController::packageImported);
        QSignalSpy idle(&intake, &IntakeController::derivedDataIdle);
        QSignalSpy built(&intake, &IntakeController::derivedDataBuilt);
        intake.importPackage(package);
        QVERIFY(imported.wait(30000));
        // The bar moved while the package was checked and filed (three batches of four items).
        QVERIFY2(progress.size() >= 2, qPrintable(QString::number(progress.size())));
        QVERIFY(std::is_sorted(progress.begin(), progress.end()));
        QVERIFY(progress.last() < 100); // the last stretch is the commit

        QTRY_VERIFY_WITH_TIMEOUT(!idle.isEmpty() && intake.derivedPending() == 0, 30000);
        QCOMPARE(built.size(), 10);
        const ImportOutcome outcome = imported.first().at(1).value<ImportOutcome>();
        const QList<Mark> marks =
            onSession(*m_session, [&](WorkspaceSession &s) { return s.cases().marksOfCase(outcome.caseId).value(); });
        QCOMPARE(marks.size(), 10);
        for (const Mark &mark : marks) {
            auto png = onSession(*m_session, [sha = mark.originalSha256](WorkspaceSession &s) {
                return s.derivedData(sha, kThumbnailKind);
            });
            QVERIFY(png);
            QCOMPARE(QImage::fromData(*png).width(), kThumbnailPixels);
        }

        // The case view takes the stored thumbnails: no original is read for them.
        // (Counted in the audit trail directly: a case officer may not read the audit trail.)
        auto reads = [&] {
            return onSession(*m_session, [](WorkspaceSession &s) {
                auto &local = dynamic_cast<LocalWorkspaceSession &>(s);
                return local.database()
                    .sql()
                    .queryInt("SELECT count(*) FROM audit_events WHERE action = 'read-evidence'")
                    .value();
            });
        };
        const qint64 readsBefore = reads();
        CaseMediaController media(m_session.get());
        QSignalSpy ready(&media, &CaseMediaController::thumbnailReady);
        media.requestThumbnails(marks);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 10, 30000);
        QCOMPARE(ready.first().at(1).value<QImage>().width(), kThumbnailPixels);
        QCOMPARE(reads(), readsBefore);

        // Without a stored one, the original is read, and the thumbnail made from it is stored.
        const QByteArray sha = marks.first().originalSha256;
        QVERIFY(onSession(*m_session, [sha](WorkspaceSession &s) { return s.removeDerivedData(sha, QString()); }));
        CaseMediaController fresh(m_session.get());
        QSignalSpy freshReady(&fresh, &CaseMediaController::thumbnailReady);
        fresh.requestThumbnails({marks.first()});
        QVERIFY(freshReady.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(
            onSession(*m_session, [sha](WorkspaceSession &s) { return bool(s.derivedData(sha, kThumbnailKind)); }),
            30000);
        QVERIFY(reads() > readsBefore);
    }
};

QTEST_MAIN(TestIntakeDerived)
#include "tst_intakederived.moc"
