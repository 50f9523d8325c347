#include "workspacetestsupport.h"

#include "app/services/democaseload.h"

#include <QSet>
#include <QTemporaryDir>

using namespace ridgeline;
using namespace ridgeline::testing;

class TestDemoCaseLoad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passphrasesAreFourOrFiveWords()
    {
        QSet<QByteArray> seen;
        for (int words : {4, 5}) {
            const QByteArray p = randomDemoPassphrase(words);
            QCOMPARE(p.count('-'), words - 1);
            seen.insert(p);
        }
        QCOMPARE(seen.size(), 2);
    }

    void demoWorkspaceHasUsersCasesAndAVerifiedTrail()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.ridgeline"));
        auto demo = createDemoWorkspace(path, fastOptions());
        QVERIFY2(demo, demo ? "" : qPrintable(demo.error().message()));
        QCOMPARE(demo->users.size(), 5);
        QSet<Role> roles;
        for (const DemoUser &u : demo->users) {
            roles.insert(u.role);
            auto session = LocalWorkspaceSession::open(path, u.name, u.passphrase, fastOptions());
            QVERIFY2(session, qPrintable(u.name));
        }
        QCOMPARE(roles.size(), 4);
        // Six cases arrive as signed transmission packages through intake, twelve more are filed
        // directly with marks at every ACE-V stage.
        QCOMPARE(demo->transmissions, 6);
        QCOMPARE(demo->cases, 18);

        const DemoUser &supervisor = demo->users.at(4);
        auto session = LocalWorkspaceSession::open(path, supervisor.name, supervisor.passphrase, fastOptions());
        QVERIFY(session);
        auto cases = (*session)->cases().cases();
        QVERIFY(cases);
        QCOMPARE(cases->size(), 18);
        QSet<QString> forces;
        QSet<MarkState> states;
        int signedOff = 0;
        for (const CaseRecord &c : *cases) {
            forces.insert(c.reference.forceCode());
            const auto marks = (*session)->cases().marksOfCase(c.id);
            QVERIFY(marks);
            for (const Mark &m : *marks) {
                states.insert(m.state);
                // Every mark past received got there through the ACE-V steps, with their records.
                if (m.state == MarkState::Comparison) {
                    auto work = (*session)->markCasework(m.id);
                    QVERIFY(work);
                    QVERIFY(work->analysis);
                    QCOMPARE(work->history.size(), 3); // started, committed, comparison begun
                }
                // The one finished examination: compared, identified, verified blind, signed off.
                if (m.state == MarkState::SignedOff) {
                    ++signedOff;
                    auto work = (*session)->markCasework(m.id);
                    QVERIFY(work);
                    QVERIFY(work->analysis);
                    QCOMPARE(work->conclusions.size(), 2);
                    QCOMPARE(work->conclusions.at(0).input.conclusion, ConclusionKind::Identification);
                    QVERIFY(work->conclusions.at(1).blind);
                    auto comparisons = (*session)->comparisonRevisions(m.id);
                    QVERIFY(comparisons && comparisons->size() == 1);
                    auto signOffs = (*session)->signOffs(c.id);
                    QVERIFY(signOffs && signOffs->size() == 1 && signOffs->first().inForce());
                }
            }
            QVERIFY(!(*session)->cases().personsOfCase(c.id)->isEmpty());
        }
        QCOMPARE(forces, (QSet<QString>{QStringLiteral("WYP"), QStringLiteral("SYP"), QStringLiteral("NWP")}));
        QCOMPARE(states, (QSet<MarkState>{MarkState::Received, MarkState::Comparison, MarkState::SignedOff}));
        QCOMPARE(signedOff, 1);
        auto report = (*session)->verify();
        QVERIFY(report);
        QVERIFY2(report->ok(), qPrintable(report->problems.join(QLatin1Char('\n'))));
        QVERIFY(report->eventsChecked > 100);
        QVERIFY(report->originalsChecked >= 40); // the imported marks, tenprints and statements
        // The same person sent by two forces is linked, and a near match waits for a case officer.
        auto links = (*session)->personLinks();
        QVERIFY(links);
        int linked = 0, proposed = 0;
        for (const PersonLinkRecord &l : *links) {
            linked += l.status == QLatin1String("linked");
            proposed += l.status == QLatin1String("proposed");
        }
        QVERIFY(linked >= 1);
        QVERIFY(proposed >= 1);
    }
};

QTEST_MAIN(TestDemoCaseLoad)
#include "tst_democaseload.moc"
