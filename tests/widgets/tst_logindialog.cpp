#include "app/gui/logindialog.h"
#include "tests/app/presentation/fakesession.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ridgeline;

class TestLoginDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_workspace;

    static SessionOpener fakeOpener()
    {
        return [](const QString &, const QString &user,
                  const QByteArray &passphrase) -> Result<std::unique_ptr<WorkspaceSession>> {
            if (user == QLatin1String("sam") && passphrase == test::FakeSession::kPassphrase)
                return std::unique_ptr<WorkspaceSession>(std::make_unique<test::FakeSession>());
            return Error(ErrorCode::AuthenticationFailed, QStringLiteral("Wrong passphrase"));
        };
    }

    template<class T> static T *child(QWidget *parent, const char *name)
    {
        auto *w = parent->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_workspace = m_dir.filePath(QStringLiteral("demo.ridgeline"));
        QFile file(m_workspace);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }

    void emptyFieldsAreExplainedAndFocused()
    {
        LoginController controller(fakeOpener());
        LoginDialog dialog(&controller);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(child<QPushButton>(&dialog, "signInButton"), Qt::LeftButton);
        QCOMPARE(dialog.errorText(), QStringLiteral("Choose the workspace file to open."));
        dialog.setWorkspace(m_workspace);
        QTest::mouseClick(child<QPushButton>(&dialog, "signInButton"), Qt::LeftButton);
        QCOMPARE(dialog.errorText(), QStringLiteral("Enter your user name."));
        QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(&dialog, "userName"));
    }

    void aWrongPassphraseIsReportedAndTheFieldCleared()
    {
        LoginController controller(fakeOpener());
        LoginDialog dialog(&controller);
        dialog.setWorkspace(m_workspace);
        dialog.setUserName(QStringLiteral("sam"));
        dialog.show();
        auto *passphrase = child<QLineEdit>(&dialog, "passphrase");
        QCOMPARE(passphrase->echoMode(), QLineEdit::Password);
        QTest::keyClicks(passphrase, QStringLiteral("guess"));
        QSignalSpy failed(&controller, &LoginController::failed);
        QTest::keyClick(passphrase, Qt::Key_Return);
        QVERIFY(passphrase->text().isEmpty());
        QVERIFY(failed.wait(5000));
        QVERIFY(dialog.errorText().startsWith(QStringLiteral("The user name or passphrase is not right")));
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QLineEdit>(&dialog, "userName")->isEnabled());
    }

    void theRightPassphraseAcceptsWhileShowingBusy()
    {
        LoginController controller(fakeOpener());
        LoginDialog dialog(&controller);
        dialog.setWorkspace(m_workspace);
        dialog.setUserName(QStringLiteral("sam"));
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(&dialog, "passphrase"), QString::fromUtf8(test::FakeSession::kPassphrase));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.submit();
        // While the worker runs, the form is frozen and the busy bar shows.
        QVERIFY(controller.isBusy());
        QVERIFY(child<QProgressBar>(&dialog, "loginBusy")->isVisible());
        QVERIFY(!child<QLineEdit>(&dialog, "userName")->isEnabled());
        QVERIFY(accepted.wait(5000));
        auto session = controller.takeSession();
        QVERIFY(session);
        QCOMPARE(session->info().user.name, QStringLiteral("sam"));
    }
};

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
