#include "app/presentation/logincontroller.h"
#include "tests/app/presentation/fakesession.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ridgeline;

class TestLoginController : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_workspace;

    struct Recorder
    {
        QString path;
        QString user;
        QByteArray passphrase;
        bool onMainThread = true;
    };

    // An opener that accepts "sam" with FakeSession::kPassphrase and otherwise fails with `failure`.
    static SessionOpener opener(std::shared_ptr<Recorder> recorder, Error failure)
    {
        return [recorder, failure](const QString &path, const QString &user,
                                   const QByteArray &passphrase) -> Result<std::unique_ptr<WorkspaceSession>> {
            recorder->path = path;
            recorder->user = user;
            recorder->passphrase = passphrase;
            recorder->onMainThread = QThread::currentThread() == QCoreApplication::instance()->thread();
            if (user == QLatin1String("sam") && passphrase == test::FakeSession::kPassphrase)
                return std::unique_ptr<WorkspaceSession>(std::make_unique<test::FakeSession>());
            return failure;
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = m_dir.filePath(QStringLiteral("cases.ridgeline"));
        QFile file(m_workspace);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }

    void incompleteFormsFailAtOnceWithoutOpening_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QByteArray>("passphrase");
        QTest::addColumn<LoginFailure>("failure");
        QTest::newRow("no workspace") << QString() << "sam" << QByteArray("x") << LoginFailure::MissingWorkspace;
        QTest::newRow("no user") << m_workspace << "  " << QByteArray("x") << LoginFailure::MissingUserName;
        QTest::newRow("no passphrase") << m_workspace << "sam" << QByteArray() << LoginFailure::MissingPassphrase;
    }

    void incompleteFormsFailAtOnceWithoutOpening()
    {
        QFETCH(QString, path);
        QFETCH(QString, user);
        QFETCH(QByteArray, passphrase);
        QFETCH(LoginFailure, failure);
        auto recorder = std::make_shared<Recorder>();
        LoginController controller(opener(recorder, Error(ErrorCode::Internal, {})));
        QSignalSpy failed(&controller, &LoginController::failed);
        controller.signIn(path, user, passphrase);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).value<LoginFailure>(), failure);
        QVERIFY(!failed.at(0).at(1).toString().isEmpty());
        QVERIFY(!controller.isBusy());
        QVERIFY(recorder->user.isEmpty());
    }

    void aMissingWorkspaceFileIsNamed()
    {
        auto recorder = std::make_shared<Recorder>();
        LoginController controller(opener(recorder, Error(ErrorCode::Internal, {})));
        QSignalSpy failed(&controller, &LoginController::failed);
        const QString missing = m_dir.filePath(QStringLiteral("nothing-here.ridgeline"));
        controller.signIn(missing, QStringLiteral("sam"), test::FakeSession::kPassphrase);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.at(0).at(0).value<LoginFailure>(), LoginFailure::MissingWorkspace);
        QVERIFY(failed.at(0).at(1).toString().contains(QStringLiteral("nothing-here.ridgeline")));
    }

    void opensOnAWorkerThreadAndHandsOverTheSession()
    {
        auto recorder = std::make_shared<Recorder>();
        LoginController controller(opener(recorder, Error(ErrorCode::Internal, {})));
        QSignalSpy busy(&controller, &LoginController::busyChanged);
        QSignalSpy signedIn(&controller, &LoginController::signedIn);
        controller.signIn(m_workspace, QStringLiteral(" sam "), test::FakeSession::kPassphrase);
        QVERIFY(controller.isBusy());
        QVERIFY(signedIn.wait(5000));
        QVERIFY(!recorder->onMainThread);
        QCOMPARE(recorder->user, QStringLiteral("sam"));
        QCOMPARE(recorder->path, m_workspace);
        QCOMPARE(busy.count(), 2);
        std::unique_ptr<SessionController> session = controller.takeSession();
        QVERIFY(session);
        QCOMPARE(session->info().user.name, QStringLiteral("sam"));
        QCOMPARE(session->info().user.role, Role::Supervisor);
        QVERIFY(!controller.takeSession());
    }

    void failuresAreClassifiedAndExplained_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<LoginFailure>("failure");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong passphrase")
            << int(ErrorCode::AuthenticationFailed) << "wrong passphrase" << LoginFailure::WrongCredentials
            << "The user name or passphrase is not right for this workspace";
        QTest::newRow("locked") << int(ErrorCode::AuthenticationFailed) << "account locked until 14:05"
                                << LoginFailure::AccountLocked << "locked until 14:05";
        QTest::newRow("no header") << int(ErrorCode::NotFound) << "key header missing" << LoginFailure::MissingKeyHeader
                                   << "key header";
        QTest::newRow("damaged") << int(ErrorCode::Corrupt) << "file is not a database"
                                 << LoginFailure::DamagedWorkspace << "file is not a database";
    }

    void failuresAreClassifiedAndExplained()
    {
        QFETCH(int, code);
        QFETCH(QString, detail);
        QFETCH(LoginFailure, failure);
        QFETCH(QString, expected);
        auto recorder = std::make_shared<Recorder>();
        LoginController controller(opener(recorder, Error(ErrorCode(code), detail)));
        QSignalSpy failed(&controller, &LoginController::failed);
        controller.signIn(m_workspace, QStringLiteral("sam"), QByteArrayLiteral("not the passphrase"));
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.at(0).at(0).value<LoginFailure>(), failure);
        QVERIFY2(failed.at(0).at(1).toString().contains(expected), qPrintable(failed.at(0).at(1).toString()));
        QVERIFY(!controller.takeSession());
        QVERIFY(!controller.isBusy());
    }

    void aSecondAttemptWhileBusyIsIgnored()
    {
        auto recorder = std::make_shared<Recorder>();
        LoginController controller(opener(recorder, Error(ErrorCode::Internal, {})));
        QSignalSpy signedIn(&controller, &LoginController::signedIn);
        QSignalSpy failed(&controller, &LoginController::failed);
        controller.signIn(m_workspace, QStringLiteral("sam"), test::FakeSession::kPassphrase);
        controller.signIn(m_workspace, QStringLiteral("other"), QByteArrayLiteral("x"));
        QVERIFY(signedIn.wait(5000));
        QCOMPARE(signedIn.count(), 1);
        QCOMPARE(failed.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLoginController)
#include "tst_logincontroller.moc"
