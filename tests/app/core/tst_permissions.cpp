#include "app/core/permissions.h"

#include <QSet>
#include <QTest>

using namespace ridgeline;

// Every role x every action, written out independently of the table in permissions.cpp, so a
// change to who may do what has to be made twice on purpose.
class TestPermissions : public QObject
{
    Q_OBJECT

private:
    static QSet<Action> expected(Role role)
    {
        const QSet<Action> everyone{Action::ChangeOwnPassphrase, Action::ViewCaseList};
        switch (role) {
        case Role::Examiner:
            return everyone +
                   QSet<Action>{Action::ViewCase,         Action::AddCaseNote,     Action::ImportTransmission,
                                Action::ViewEvidence,     Action::EnhanceMark,     Action::AnnotateMark,
                                Action::CommitAnalysis,   Action::CompareExemplar, Action::RecordConclusion,
                                Action::VerifyConclusion, Action::ResolveConflict, Action::RunSearch,
                                Action::ExportReport};
        case Role::CaseOfficer:
            return everyone + QSet<Action>{Action::ViewCase,     Action::CreateCase,        Action::EditCase,
                                           Action::AddCaseNote,  Action::AttachDocument,    Action::ImportTransmission,
                                           Action::ViewEvidence, Action::ConfirmPersonLink, Action::ExportReport};
        case Role::Supervisor:
            return everyone + QSet<Action>{Action::ViewCase,        Action::AddCaseNote,     Action::ViewEvidence,
                                           Action::ResolveConflict, Action::TechnicalReview, Action::SignOff,
                                           Action::AssignWork,      Action::ViewDashboard,   Action::ExportReport,
                                           Action::ViewAudit,       Action::ExportAudit,     Action::VerifyWorkspace};
        case Role::Admin:
            return everyone + QSet<Action>{Action::ImportTransmission, Action::ViewAudit,   Action::ExportAudit,
                                           Action::VerifyWorkspace,    Action::ManageUsers, Action::ManageDevices,
                                           Action::ManagePolicy,       Action::Backup};
        }
        return {};
    }

private Q_SLOTS:
    void everyRoleTimesEveryAction_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("action");
        QTest::addColumn<bool>("allowed");
        for (Role role : allRoles()) {
            const QSet<Action> allowed = expected(role);
            for (Action action : allActions()) {
                const QByteArray name = (roleKey(role) + QLatin1Char(' ') + actionKey(action)).toUtf8();
                QTest::newRow(name.constData()) << int(role) << int(action) << allowed.contains(action);
            }
        }
    }

    void everyRoleTimesEveryAction()
    {
        QFETCH(int, role);
        QFETCH(int, action);
        QFETCH(bool, allowed);
        QCOMPARE(isAllowed(Role(role), Action(action)), allowed);
    }

    void everyActionHasAUniqueKey()
    {
        QSet<QString> keys;
        for (Action action : allActions()) {
            const QString key = actionKey(action);
            QVERIFY(!key.isEmpty());
            QVERIFY2(!keys.contains(key), qPrintable(key));
            keys.insert(key);
        }
        QCOMPARE(keys.size(), allActions().size());
    }

    void separationOfDuties()
    {
        // Nobody can both record examinations and sign them off.
        for (Role role : allRoles())
            QVERIFY(!(isAllowed(role, Action::RecordConclusion) && isAllowed(role, Action::SignOff)));
        // Administrators never read evidence.
        QVERIFY(!isAllowed(Role::Admin, Action::ViewEvidence));
        QVERIFY(!isAllowed(Role::Admin, Action::ViewCase));
    }

    void roleKeysRoundTrip()
    {
        for (Role role : allRoles())
            QCOMPARE(roleFromKey(roleKey(role)), std::optional<Role>(role));
        QVERIFY(!roleFromKey(u"superuser").has_value());
        QCOMPARE(roleKey(Role::CaseOfficer), QStringLiteral("case-officer"));
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
