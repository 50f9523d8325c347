// The window over a real encrypted workspace: created with WorkspaceSession::create, filled
// through its CaseRepository, then signed in to through the login controller as a user would.

#include "app/gui/mainwindow.h"
#include "app/presentation/casebrowsercontroller.h"
#include "app/presentation/logincontroller.h"
#include "app/services/workspacesession.h"
#include "widgets/casebrowser.h"
#include "widgets/casedetailspanel.h"

#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ridgeline;

class TestWorkspaceWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    const QByteArray m_passphrase = QByteArrayLiteral("window test passphrase 42");
    QStringList m_references;

    static CaseRecord newCase(qint64 number, const QString &offence, CaseStatus status)
    {
        CaseRecord record;
        record.reference = CaseReference(QStringLiteral("GWP"), 2026, number);
        record.force = QStringLiteral("Gwent Police");
        record.offence = offence;
        record.officerInCase = QStringLiteral("DC 512 Morgan");
        record.status = status;
        record.summary = QStringLiteral("Marks lifted from the rear door.");
        return record;
    }

    struct Attempt
    {
        LoginFailure failure = LoginFailure::Other;
        QString message;
        std::unique_ptr<SessionController> session;
    };

    Attempt signIn(const QString &path, const QString &user, const QByteArray &passphrase)
    {
        LoginController login(&WorkspaceSession::open);
        QSignalSpy done(&login, &LoginController::busyChanged);
        Attempt attempt;
        connect(&login, &LoginController::failed, this, [&](LoginFailure f, const QString &m) {
            attempt.failure = f;
            attempt.message = m;
        });
        login.signIn(path, user, QByteArray(passphrase));
        if (login.isBusy())
            done.wait(30000);
        attempt.session = login.takeSession();
        return attempt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("window.ridgeline"));
        {
            auto created = WorkspaceSession::create(m_path, QStringLiteral("ada"), m_passphrase);
            QVERIFY2(created, created ? "" : qPrintable(created.error().message()));
            auto officer = (*created)->addUser(QStringLiteral("cora"), QStringLiteral("Cora Officer"),
                                               Role::CaseOfficer, m_passphrase);
            QVERIFY2(officer, officer ? "" : qPrintable(officer.error().message()));
            QVERIFY((*created)->logout());
        }
        auto opened = WorkspaceSession::open(m_path, QStringLiteral("cora"), m_passphrase);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message()));
        WorkspaceSession &session = **opened;
        const QList<CaseRecord> cases{newCase(101, QStringLiteral("Burglary dwelling"), CaseStatus::Open),
                                      newCase(102, QStringLiteral("Arson"), CaseStatus::UnderExamination),
                                      newCase(103, QStringLiteral("Robbery"), CaseStatus::AwaitingReview)};
        for (const CaseRecord &record : cases) {
            auto saved = session.cases().saveCase(record);
            QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message()));
            m_references << record.reference.toString();
        }
        QVERIFY(session.logout());
    }

    void theCasesOfTheWorkspaceAreInTheWindow()
    {
        Attempt attempt = signIn(m_path, QStringLiteral("cora"), m_passphrase);
        QVERIFY2(attempt.session, qPrintable(attempt.message));
        QSettings settings(m_dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
        MainWindow window(std::move(attempt.session), settings);
        window.show();
        QTableView *table = window.caseBrowser()->table();
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, 10000);
        QStringList shown;
        for (int row = 0; row < 3; ++row)
            shown << table->model()->index(row, 0).data().toString();
        shown.sort();
        QCOMPARE(shown, m_references);
        QTRY_VERIFY_WITH_TIMEOUT(!window.detailsPanel()->shownReference().isEmpty(), 10000);
        QVERIFY(
            window.findChild<QLabel *>(QStringLiteral("statusUser"))->text().contains(QStringLiteral("Case officer")));
        QVERIFY(
            window.findChild<QLabel *>(QStringLiteral("statusUser"))->text().contains(QStringLiteral("Cora Officer")));
    }

    void aWrongPassphraseIsToldPlainly()
    {
        Attempt attempt = signIn(m_path, QStringLiteral("ada"), QByteArrayLiteral("not it"));
        QVERIFY(!attempt.session);
        QCOMPARE(attempt.failure, LoginFailure::WrongCredentials);
        QVERIFY(attempt.message.contains(QStringLiteral("not right for this workspace")));
        Attempt unknown = signIn(m_path, QStringLiteral("nobody"), m_passphrase);
        QCOMPARE(unknown.failure, LoginFailure::WrongCredentials);
    }

    void aMissingKeyHeaderIsNamed()
    {
        const QString copy = m_dir.filePath(QStringLiteral("copy.ridgeline"));
        QVERIFY(QFile::copy(m_path, copy));
        Attempt attempt = signIn(copy, QStringLiteral("ada"), m_passphrase);
        QVERIFY(!attempt.session);
        QCOMPARE(attempt.failure, LoginFailure::MissingKeyHeader);
    }

    void aDamagedWorkspaceIsNotOpened()
    {
        const QString junk = m_dir.filePath(QStringLiteral("junk.ridgeline"));
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        QVERIFY(QFile::copy(m_path + QStringLiteral(".keys"), junk + QStringLiteral(".keys")));
        Attempt attempt = signIn(junk, QStringLiteral("ada"), m_passphrase);
        QVERIFY(!attempt.session);
        QCOMPARE(attempt.failure, LoginFailure::DamagedWorkspace);
    }
};

QTEST_MAIN(TestWorkspaceWindow)
#include "tst_workspacewindow.moc"
