// The status summary a case officer passes to a victim (issue 7): hand-written expected text for a
// case in progress, one examined but not signed off, one signed off and one with no marks yet; the
// counts leave scene photographs out and take "no value" marks as examined; and nothing that names
// a person, gives a result or describes an exhibit gets into it, however much the records hold.
#include "app/presentation/oversight/victimsummary.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ridgeline;

namespace {

const QLocale kEnglish(QLocale::English, QLocale::UnitedKingdom);
const QDate kToday(2026, 3, 14);

CaseRecord burglary()
{
    CaseRecord c;
    c.id = CaseId::create();
    c.reference = CaseReference(QStringLiteral("WYP"), 2026, 4117);
    c.force = QStringLiteral("West Yorkshire Police");
    c.offence = QStringLiteral("Burglary dwelling");
    c.officerInCase = QStringLiteral("DC 4471 Sarah Whitaker");
    c.summary = QStringLiteral("Rear kitchen window forced at 14 Harehills Lane; jewellery and a laptop taken.");
    return c;
}

Mark mark(const CaseRecord &c, const QString &exhibit, MarkKind kind, MarkState state)
{
    Mark m;
    m.id = MarkId::create();
    m.caseId = c.id;
    m.exhibitReference = exhibit;
    m.kind = kind;
    m.state = state;
    m.provenance.sceneExaminer = QStringLiteral("CSI Tomasz Nowak");
    m.provenance.place = QStringLiteral("inside of kitchen window frame");
    return m;
}

MarkCasework casework(const Mark &m, const QString &examiner, std::optional<ConclusionKind> conclusion,
                      std::optional<ValueDecision> value = std::nullopt)
{
    MarkCasework w;
    w.mark = m;
    w.examiner = examiner;
    w.verifier = QStringLiteral("gprys");
    if (value) {
        AnalysisRecord a;
        a.markId = m.id;
        a.examiner = examiner;
        a.input.value = *value;
        a.input.substrate = QStringLiteral("glass, smooth");
        w.analysis = a;
    }
    if (conclusion) {
        ConclusionRecord c;
        c.markId = m.id;
        c.examiner = examiner;
        c.input.conclusion = *conclusion;
        c.input.basis = QStringLiteral("Sufficient agreement with the right thumb of Daniel Holroyd");
        c.input.exemplarRef = QStringLiteral("impression-holroyd-1");
        w.conclusions << c;
    }
    return w;
}

SignOffRecord signOff(const CaseRecord &c, QDateTime when, bool voided = false)
{
    SignOffRecord s;
    s.caseId = c.id;
    s.revision = 1;
    s.supervisor = QStringLiteral("mcollins");
    s.signedUtc = when;
    if (voided) {
        s.voidedUtc = when.addDays(1);
        s.voidedBy = QStringLiteral("aokafor");
        s.voidReason = QStringLiteral("JH/1 changed");
    }
    return s;
}

} // namespace

class TestVictimSummary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void inProgress()
    {
        const CaseRecord c = burglary();
        const QList<Mark> marks{mark(c, QStringLiteral("JH/1"), MarkKind::LatentFinger, MarkState::TechnicalReview),
                                mark(c, QStringLiteral("JH/2"), MarkKind::LatentPalm, MarkState::Analysis),
                                mark(c, QStringLiteral("JH/3"), MarkKind::Footwear, MarkState::Received),
                                mark(c, QStringLiteral("JH/4"), MarkKind::ScenePhoto, MarkState::Received)};
        const VictimSummaryFacts facts = victimSummaryFacts(c, marks, {}, {});
        QCOMPARE(facts.marksReceived, 3); // the scene photograph is not a mark
        QCOMPARE(facts.marksExamined, 1);
        QVERIFY(!facts.isComplete());
        QCOMPARE(victimStatusSummary(facts, kToday, kEnglish),
                 QStringLiteral("Fingerprint examination: status summary\n"
                                "\n"
                                "Case reference: WYP/2026/004117\n"
                                "Offence: Burglary dwelling\n"
                                "Date of this summary: 14 March 2026\n"
                                "\n"
                                "Marks received for examination: 3\n"
                                "Marks examined so far: 1\n"
                                "Marks with results checked and signed off: 0\n"
                                "\n"
                                "The examination is still in progress.\n"
                                "\n"
                                "For more information, please contact the officer in the case.\n"));
    }

    void examinedNotSignedOff()
    {
        const CaseRecord c = burglary();
        const Mark a = mark(c, QStringLiteral("JH/1"), MarkKind::LatentFinger, MarkState::TechnicalReview);
        const Mark b = mark(c, QStringLiteral("JH/2"), MarkKind::LatentFinger, MarkState::AnalysisCommitted);
        // JH/2 was found of no value at analysis: examined, though it never reaches a conclusion.
        const QList<MarkCasework> work{casework(a, QStringLiteral("aokafor"), ConclusionKind::Identification),
                                       casework(b, QStringLiteral("aokafor"), std::nullopt, ValueDecision::NoValue)};
        const VictimSummaryFacts facts = victimSummaryFacts(c, {a, b}, work, {});
        QCOMPARE(facts.marksExamined, 2);
        QVERIFY(facts.isComplete());
        QVERIFY(!facts.isSignedOff());
        const QString text = victimStatusSummary(facts, kToday, kEnglish);
        QVERIFY2(text.contains(QStringLiteral("Marks examined so far: 2\n")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("\nEvery mark has been examined. The results are waiting to be checked "
                                              "and signed off by a supervisor.\n")),
                 qPrintable(text));
    }

    void signedOff()
    {
        const CaseRecord c = burglary();
        const Mark a = mark(c, QStringLiteral("JH/1"), MarkKind::LatentFinger, MarkState::SignedOff);
        const Mark b = mark(c, QStringLiteral("JH/2"), MarkKind::Footwear, MarkState::Closed);
        const QList<SignOffRecord> signOffs{signOff(c, QDateTime(QDate(2026, 3, 2), QTime(11, 0), Qt::UTC), true),
                                            signOff(c, QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC))};
        const VictimSummaryFacts facts = victimSummaryFacts(c, {a, b}, {}, signOffs);
        QVERIFY(facts.isSignedOff());
        QCOMPARE(facts.signedOffOn, QDate(2026, 3, 10)); // the voided sign-off does not count
        QCOMPARE(victimStatusSummary(facts, kToday, kEnglish),
                 QStringLiteral("Fingerprint examination: status summary\n"
                                "\n"
                                "Case reference: WYP/2026/004117\n"
                                "Offence: Burglary dwelling\n"
                                "Date of this summary: 14 March 2026\n"
                                "\n"
                                "Marks received for examination: 2\n"
                                "Marks examined so far: 2\n"
                                "Marks with results checked and signed off: 2\n"
                                "\n"
                                "The examination is complete. Its results were checked and signed off by a "
                                "supervisor on 10 March 2026.\n"
                                "\n"
                                "For more information, please contact the officer in the case.\n"));
    }

    // Every mark signed off but no sign-off record to date it (marks filed in that stage): the text
    // does not contradict its own counts.
    void signedOffWithoutARecord()
    {
        const CaseRecord c = burglary();
        const Mark a = mark(c, QStringLiteral("JH/1"), MarkKind::LatentFinger, MarkState::SignedOff);
        const VictimSummaryFacts facts = victimSummaryFacts(c, {a}, {}, {});
        QVERIFY(facts.isSignedOff());
        const QString text = victimStatusSummary(facts, kToday, kEnglish);
        QVERIFY2(text.contains(QStringLiteral("\nThe examination is complete. Its results were checked and signed "
                                              "off by a supervisor.\n")),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("waiting")));
    }

    // A later change voided the sign-off and sent the mark back to technical review: not signed off.
    void voidedSignOffIsNotSignedOff()
    {
        const CaseRecord c = burglary();
        const Mark a = mark(c, QStringLiteral("JH/1"), MarkKind::LatentFinger, MarkState::TechnicalReview);
        const VictimSummaryFacts facts =
            victimSummaryFacts(c, {a}, {}, {signOff(c, QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC), true)});
        QVERIFY(!facts.isSignedOff());
        QVERIFY(!facts.signedOffOn.isValid());
        const QString text = victimStatusSummary(facts, kToday, kEnglish);
        QVERIFY2(!text.contains(QStringLiteral("signed off by a supervisor on")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("The results are waiting to be checked and signed off")));
    }

    void noMarksYet()
    {
        const VictimSummaryFacts facts = victimSummaryFacts(burglary(), {}, {}, {});
        const QString text = victimStatusSummary(facts, kToday, kEnglish);
        QVERIFY2(text.contains(QStringLiteral("Marks received for examination: 0\n")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("\nNo marks have been received for examination yet.\n")),
                 qPrintable(text));
    }

    // Everything sensitive the records hold - persons, conclusions and their basis, exhibits, places,
    // examiners, supervisor, officer - stays out of the text.
    void nothingSensitiveLeaks()
    {
        const CaseRecord c = burglary();
        const Mark a = mark(c, QStringLiteral("JH/1"), MarkKind::LatentFinger, MarkState::SignedOff);
        const Mark b = mark(c, QStringLiteral("JH/2"), MarkKind::LatentFinger, MarkState::Conflict);
        const Mark d = mark(c, QStringLiteral("JH/3"), MarkKind::LatentFinger, MarkState::Evaluation);
        MarkCasework conflict = casework(b, QStringLiteral("aokafor"), ConclusionKind::Exclusion);
        ResolutionRecord r;
        r.resolver = QStringLiteral("mcollins");
        r.outcome = QStringLiteral("Exclusion of Priya Patel confirmed");
        conflict.resolution = r;
        const QList<MarkCasework> work{casework(a, QStringLiteral("aokafor"), ConclusionKind::Identification), conflict,
                                       casework(d, QStringLiteral("gprys"), ConclusionKind::Inconclusive)};
        const QString text = victimStatusSummary(
            victimSummaryFacts(c, {a, b, d}, work, {signOff(c, QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC))}),
            kToday, kEnglish);
        const QStringList forbidden{QStringLiteral("Whitaker"),
                                    QStringLiteral("Sarah"),
                                    QStringLiteral("Holroyd"),
                                    QStringLiteral("Daniel"),
                                    QStringLiteral("Patel"),
                                    QStringLiteral("Priya"),
                                    QStringLiteral("Nowak"),
                                    QStringLiteral("aokafor"),
                                    QStringLiteral("gprys"),
                                    QStringLiteral("mcollins"),
                                    QStringLiteral("Identification"),
                                    QStringLiteral("identif"),
                                    QStringLiteral("Exclusion"),
                                    QStringLiteral("exclu"),
                                    QStringLiteral("Inconclusive"),
                                    QStringLiteral("conflict"),
                                    QStringLiteral("JH/"),
                                    QStringLiteral("thumb"),
                                    QStringLiteral("kitchen"),
                                    QStringLiteral("Harehills"),
                                    QStringLiteral("jewellery"),
                                    QStringLiteral("laptop"),
                                    QStringLiteral("impression"),
                                    QStringLiteral("suspect"),
                                    QStringLiteral("match")};
        for (const QString &word : forbidden)
            QVERIFY2(!text.contains(word, Qt::CaseInsensitive), qPrintable(word + QStringLiteral(" in:\n") + text));
        QVERIFY(text.contains(QStringLiteral("WYP/2026/004117")));
        QVERIFY(text.contains(QStringLiteral("Burglary dwelling")));
    }

    void savedAsUtf8Text()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("summary.txt"));
        const QString text = QStringLiteral("Trosedd: Bwrgleriaeth annedd — ŵ ŷ\n");
        QVERIFY(saveTextFile(path, text));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), text);
        const Status refused = saveTextFile(dir.filePath(QStringLiteral("missing/folder/summary.txt")), text);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::Io);
        QVERIFY(refused.error().message().contains(QStringLiteral("missing/folder")));
    }
};

QTEST_GUILESS_MAIN(TestVictimSummary)
#include "tst_victimsummary.moc"
