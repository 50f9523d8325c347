// ACE-V casework through ridgeline-cli (issue 7) on a real workspace: an examiner takes a latent
// mark from received through analysis (value decision, markup snapshot), comparison and evaluation
// (identification against the suspect's tenprint impression), a second examiner verifies it blind,
// and a supervisor signs the case revision off with their own key. On the way: the examiner may not
// verify their own mark (exit 5), a step based on a stale version is refused (exit 9) and changes
// nothing, markup changed after the analysis is listed as flagged, and a non-supervisor cannot sign.
#include "app/core/markupjson.h"
#include "tests/app/cli/clirun.h"
#include "tests/app/services/searchworkspace.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ridgeline;
using namespace ridgeline::testing;

namespace {

const QString kCase = QStringLiteral("WYP/2026/000777");
const QString kMark = QStringLiteral("JH/1");
const QByteArray kVerifierPass = "verifier quartz meadow lantern";
const QByteArray kSupervisorPass = "supervisor cobalt harbour fern";

} // namespace

class TestCaseworkCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    SearchWorkspace m_ws;
    Mark m_mark;
    QString m_impression; // TB/3: Brook's right middle finger, the mark's donor
    QSize m_markSize;
    MarkupFeature m_ending;

    using Run = testing::CliRun;

    QByteArray passphraseOf(const QString &user) const
    {
        if (user == QLatin1String("examiner"))
            return SearchWorkspace::examinerPass;
        if (user == QLatin1String("verifier"))
            return kVerifierPass;
        return kSupervisorPass;
    }

    // The passphrase goes in the environment, never on the command line.
    Run cli(const QString &user, const QStringList &args)
    {
        return testing::runCli(m_ws.path, user, passphraseOf(user), args);
    }

    Run step(const QString &user, const QString &sub, const QStringList &options = {})
    {
        return cli(user, QStringList{QStringLiteral("mark"), sub, QStringLiteral("--case"), kCase,
                                     QStringLiteral("--mark"), kMark} +
                             options);
    }

    QJsonObject casework(const QString &user)
    {
        const Run run = step(user, QStringLiteral("casework"), {QStringLiteral("--json")});
        if (run.code != 0)
            qWarning("%s", qPrintable(run.err));
        return run.json();
    }

    QString state(const QString &user = QStringLiteral("examiner"))
    {
        return casework(user).value(QStringLiteral("state")).toString();
    }

    std::unique_ptr<LocalWorkspaceSession> examinerSession()
    {
        auto s = LocalWorkspaceSession::open(m_ws.path, QStringLiteral("examiner"), SearchWorkspace::examinerPass,
                                             fastOptions());
        if (!s)
            qWarning("%s", qPrintable(s.error().message()));
        return s ? std::move(*s) : nullptr;
    }

    MarkupFeature feature(FeatureType type, QPointF at, std::optional<double> direction = std::nullopt)
    {
        MarkupFeature f;
        f.id = FeatureId::create();
        f.type = type;
        f.position = at;
        f.direction = direction;
        f.author = QStringLiteral("examiner");
        f.createdUtc = f.modifiedUtc = QDateTime::currentDateTimeUtc();
        return f;
    }

    Markup markMarkup(const QList<MarkupFeature> &features)
    {
        Markup m = Markup::forImage(QString::fromLatin1(m_mark.originalSha256.toHex()), m_markSize);
        m.features = features;
        return m;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_ws = makeSearchWorkspace(m_dir.filePath(QStringLiteral("casework.ridgeline")),
                                   m_dir.filePath(QStringLiteral("package")));
        QVERIFY2(m_ws.error.isEmpty(), qPrintable(m_ws.error));
        auto admin =
            LocalWorkspaceSession::open(m_ws.path, QStringLiteral("admin"), SearchWorkspace::adminPass, fastOptions());
        QVERIFY(admin);
        QVERIFY(
            (*admin)->addUser(QStringLiteral("verifier"), QStringLiteral("Gwen Prys"), Role::Examiner, kVerifierPass));
        QVERIFY((*admin)->addUser(QStringLiteral("supervisor"), QStringLiteral("Sam Reyes"), Role::Supervisor,
                                  kSupervisorPass));
        QVERIFY((*admin)->logout());
        auto officer = LocalWorkspaceSession::open(m_ws.path, QStringLiteral("officer"), SearchWorkspace::officerPass,
                                                   fastOptions());
        QVERIFY(officer);
        auto marks = (*officer)->cases().marksOfCase(m_ws.caseId);
        QVERIFY(marks && marks->size() == 1);
        m_mark = marks->first();
        QCOMPARE(m_mark.exhibitReference, kMark);
        auto impressions = (*officer)->exemplarImpressionsOfCase(m_ws.caseId);
        QVERIFY(impressions);
        for (const ExemplarImpressionRecord &i : *impressions)
            if (i.exhibitReference == QLatin1String("TB/3"))
                m_impression = i.id.toString();
        QVERIFY(!m_impression.isEmpty());
        auto original = (*officer)->readOriginal(m_mark.originalSha256, QStringLiteral("mark"), m_mark.id.toString());
        QVERIFY(original);
        m_markSize = QImage::fromData(*original).size();
        QVERIFY(!m_markSize.isEmpty());
        QVERIFY((*officer)->logout());
    }

    void theExaminerTakesTheMarkFromTheirWorklist()
    {
        const Run list = cli(QStringLiteral("examiner"), {QStringLiteral("worklist"), QStringLiteral("--json")});
        QVERIFY2(list.code == 0, qPrintable(list.err));
        const QJsonArray marks = list.json().value(QStringLiteral("marks")).toArray();
        QCOMPARE(marks.size(), 1);
        QCOMPARE(marks[0][QStringLiteral("mark")].toString(), kMark);
        QCOMPARE(marks[0][QStringLiteral("state")].toString(), QStringLiteral("received"));

        QCOMPARE(state(), QStringLiteral("received"));
        const Run started = step(QStringLiteral("examiner"), QStringLiteral("start-analysis"));
        QVERIFY2(started.code == 0, qPrintable(started.err));
        QVERIFY2(started.out.contains(QStringLiteral("[analysis]")), qPrintable(started.out));
        const QJsonObject record = casework(QStringLiteral("examiner"));
        QCOMPARE(record.value(QStringLiteral("state")).toString(), QStringLiteral("analysis"));
        QCOMPARE(record.value(QStringLiteral("examiner")).toString(), QStringLiteral("examiner"));
    }

    void theAnalysisIsCommittedWithASnapshotOfTheMarkup()
    {
        {
            auto examiner = examinerSession();
            QVERIFY(examiner);
            m_ending = feature(FeatureType::MinutiaEnding, QPointF(m_markSize.width() * 0.4, m_markSize.height() * 0.5),
                               120.0);
            const MarkupFeature core = feature(FeatureType::Core, QPointF(m_markSize.width() * 0.5, 60));
            QVERIFY(examiner->saveMarkupDraft(m_mark.id, 0, markupToJson(markMarkup({m_ending, core}))));
            QVERIFY(examiner->logout());
        }
        const Run committed = step(QStringLiteral("examiner"), QStringLiteral("commit-analysis"),
                                   {QStringLiteral("--value"), QStringLiteral("identification"),
                                    QStringLiteral("--substrate"), QStringLiteral("glass, smooth, non-porous"),
                                    QStringLiteral("--method"), QStringLiteral("aluminium powder, lifted"),
                                    QStringLiteral("--distortion"), QStringLiteral("slight slippage to the left")});
        QVERIFY2(committed.code == 0, qPrintable(committed.err));
        QVERIFY2(committed.out.contains(QStringLiteral("[analysis-committed]")), qPrintable(committed.out));

        const QJsonObject analysis = casework(QStringLiteral("examiner")).value(QStringLiteral("analysis")).toObject();
        QCOMPARE(analysis.value(QStringLiteral("value")).toString(), QStringLiteral("identification"));
        QCOMPARE(analysis.value(QStringLiteral("substrate")).toString(), QStringLiteral("glass, smooth, non-porous"));
        QCOMPARE(analysis.value(QStringLiteral("method")).toString(), QStringLiteral("aluminium powder, lifted"));
        QCOMPARE(analysis.value(QStringLiteral("distortion")).toString(),
                 QStringLiteral("slight slippage to the left"));
        QCOMPARE(analysis.value(QStringLiteral("examiner")).toString(), QStringLiteral("examiner"));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$"))
                    .match(analysis.value(QStringLiteral("snapshotSha256")).toString())
                    .hasMatch());
        QVERIFY(analysis.value(QStringLiteral("markupRevision")).toInt() >= 1);
        // The text form says the same for a person reading it.
        const Run text = step(QStringLiteral("examiner"), QStringLiteral("casework"));
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains(analysis.value(QStringLiteral("snapshotSha256")).toString()));
        QVERIFY(text.out.contains(QStringLiteral("glass, smooth, non-porous")));
    }

    void theExaminerComparesAndConcludes()
    {
        const Run compared = step(QStringLiteral("examiner"), QStringLiteral("begin-comparison"));
        QVERIFY2(compared.code == 0, qPrintable(compared.err));
        QVERIFY(compared.out.contains(QStringLiteral("[comparison]")));
        {
            // With the exemplar in view the examiner moves the ending and adds a dot.
            auto examiner = examinerSession();
            QVERIFY(examiner);
            auto latest = examiner->markupRevision(m_mark.id, 0);
            QVERIFY2(latest, latest ? "" : qPrintable(latest.error().message()));
            auto markup = markupFromJson(latest->json);
            QVERIFY(markup);
            const qsizetype i = markup->indexOfFeature(m_ending.id);
            QVERIFY(i >= 0);
            markup->exemplarFirstSeenUtc = QDateTime::currentDateTimeUtc(); // as the comparison window records it
            markup->features[i].position += QPointF(6, 8);
            markup->features[i].afterExemplar = true;
            MarkupFeature dot = feature(FeatureType::Dot, QPointF(40, 40));
            dot.afterExemplar = true;
            markup->features.append(dot);
            QVERIFY(examiner->saveMarkupDraft(m_mark.id, latest->revision, markupToJson(*markup)));
            QVERIFY(examiner->commitMarkup(m_mark.id));
            QVERIFY(examiner->logout());
        }
        // The conclusion names the exemplar by its exhibit reference on the tenprint card.
        const Run concluded =
            step(QStringLiteral("examiner"), QStringLiteral("conclude"),
                 {QStringLiteral("--conclusion"), QStringLiteral("identification"), QStringLiteral("--basis"),
                  QStringLiteral("14 minutiae in agreement, no unexplained difference"), QStringLiteral("--exemplar"),
                  QStringLiteral("TB/3")});
        QVERIFY2(concluded.code == 0, qPrintable(concluded.err));
        QVERIFY(concluded.out.contains(QStringLiteral("[evaluation]")));

        const QJsonObject record = casework(QStringLiteral("examiner"));
        const QJsonArray conclusions = record.value(QStringLiteral("conclusions")).toArray();
        QCOMPARE(conclusions.size(), 1);
        QCOMPARE(conclusions[0][QStringLiteral("stage")].toString(), QStringLiteral("evaluation"));
        QCOMPARE(conclusions[0][QStringLiteral("conclusion")].toString(), QStringLiteral("identification"));
        QCOMPARE(conclusions[0][QStringLiteral("exemplar")].toString(), m_impression);
        QVERIFY(!record.value(QStringLiteral("firstExposureUtc")).toString().isEmpty());
    }

    void markupChangedAfterTheAnalysisIsFlagged()
    {
        const QJsonObject record = casework(QStringLiteral("examiner"));
        const QJsonArray changes = record.value(QStringLiteral("changesSinceAnalysis")).toArray();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes[0][QStringLiteral("kind")].toString(), QStringLiteral("moved"));
        QCOMPARE(changes[0][QStringLiteral("featureId")].toString(), m_ending.id.toString());
        QCOMPARE(changes[0][QStringLiteral("distance")].toDouble(), 10.0);
        QVERIFY(changes[0][QStringLiteral("afterExemplar")].toBool());
        QCOMPARE(changes[1][QStringLiteral("kind")].toString(), QStringLiteral("added"));
        QCOMPARE(changes[1][QStringLiteral("featureType")].toString(), QStringLiteral("dot"));
        const Run text = step(QStringLiteral("examiner"), QStringLiteral("casework"));
        QVERIFY2(text.out.contains(QStringLiteral("Flagged changes since the analysis (2)")), qPrintable(text.out));
    }

    void theExaminerSubmitsForVerification()
    {

        const Run submitted = step(QStringLiteral("examiner"), QStringLiteral("submit-verification"));
        QVERIFY2(submitted.code == 0, qPrintable(submitted.err));
        QVERIFY(submitted.out.contains(QStringLiteral("[verification]")));
    }

    void theExaminerCannotVerifyTheirOwnMark()
    {
        const Run own =
            step(QStringLiteral("examiner"), QStringLiteral("verify-conclusion"),
                 {QStringLiteral("--conclusion"), QStringLiteral("identification"), QStringLiteral("--basis"),
                  QStringLiteral("agrees"), QStringLiteral("--exemplar"), m_impression});
        QCOMPARE(own.code, 5);
        QVERIFY(!own.err.isEmpty());
        QCOMPARE(state(), QStringLiteral("verification"));
    }

    void theVerifierWorksBlind()
    {
        const QJsonObject seen = casework(QStringLiteral("verifier"));
        QCOMPARE(seen.value(QStringLiteral("state")).toString(), QStringLiteral("verification"));
        QVERIFY(seen.value(QStringLiteral("conclusions")).toArray().isEmpty());
        QVERIFY(!seen.value(QStringLiteral("withheld")).toArray().isEmpty());
        const Run text = step(QStringLiteral("verifier"), QStringLiteral("casework"));
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QStringLiteral("Withheld:")), qPrintable(text.out));
        QVERIFY(!text.out.contains(QStringLiteral("14 minutiae in agreement")));
        // The examiner still sees their own conclusion.
        QVERIFY(step(QStringLiteral("examiner"), QStringLiteral("casework"))
                    .out.contains(QStringLiteral("14 minutiae in agreement")));
    }

    void aStepOnAStaleVersionIsAConflictAndChangesNothing()
    {
        const int version = casework(QStringLiteral("verifier")).value(QStringLiteral("version")).toInt();
        const Run stale = step(QStringLiteral("verifier"), QStringLiteral("verify-conclusion"),
                               {QStringLiteral("--conclusion"), QStringLiteral("identification"),
                                QStringLiteral("--basis"), QStringLiteral("agrees"), QStringLiteral("--exemplar"),
                                m_impression, QStringLiteral("--expect-version"), QString::number(version - 1)});
        QCOMPARE(stale.code, int(ErrorCode::Conflict));
        // The message names both versions: the one the step was based on and the mark's.
        QVERIFY2(stale.err.contains(QStringLiteral("version %1").arg(version)), qPrintable(stale.err));
        QVERIFY2(stale.err.contains(QStringLiteral("version %1").arg(version - 1)), qPrintable(stale.err));
        const QJsonObject after = casework(QStringLiteral("examiner"));
        QCOMPARE(after.value(QStringLiteral("state")).toString(), QStringLiteral("verification"));
        QCOMPARE(after.value(QStringLiteral("version")).toInt(), version);
        QVERIFY(after.value(QStringLiteral("verifier")).isNull());
    }

    void theVerifierAgreesAndTheMarkGoesToReview()
    {
        const Run verified =
            step(QStringLiteral("verifier"), QStringLiteral("verify-conclusion"),
                 {QStringLiteral("--conclusion"), QStringLiteral("identification"), QStringLiteral("--basis"),
                  QStringLiteral("independent: 12 minutiae agree"), QStringLiteral("--exemplar"), m_impression});
        QVERIFY2(verified.code == 0, qPrintable(verified.err));
        QVERIFY(verified.out.contains(QStringLiteral("[technical-review]")));
        const QJsonObject record = casework(QStringLiteral("verifier"));
        QCOMPARE(record.value(QStringLiteral("verifier")).toString(), QStringLiteral("verifier"));
        const QJsonArray conclusions = record.value(QStringLiteral("conclusions")).toArray();
        QCOMPARE(conclusions.size(), 2); // once verified, the examiner's is no longer withheld
        QCOMPARE(conclusions[1][QStringLiteral("stage")].toString(), QStringLiteral("verification"));
        QVERIFY(conclusions[1][QStringLiteral("blind")].toBool());

        const Run queue = cli(QStringLiteral("supervisor"),
                              {QStringLiteral("worklist"), QStringLiteral("--review"), QStringLiteral("--json")});
        QVERIFY2(queue.code == 0, qPrintable(queue.err));
        const QJsonArray marks = queue.json().value(QStringLiteral("marks")).toArray();
        QCOMPARE(marks.size(), 1);
        QCOMPARE(marks[0][QStringLiteral("mark")].toString(), kMark);
        QCOMPARE(marks[0][QStringLiteral("state")].toString(), QStringLiteral("technical-review"));
    }

    void theSupervisorSignsTheCaseRevisionOff()
    {
        // Nobody signs off their own examination, and an examiner cannot sign off at all.
        const Run examiner = cli(QStringLiteral("examiner"),
                                 {QStringLiteral("case"), QStringLiteral("sign-off"), QStringLiteral("--case"), kCase});
        QCOMPARE(examiner.code, 5);
        QCOMPARE(state(), QStringLiteral("technical-review"));

        const Run signedOff = cli(QStringLiteral("supervisor"), {QStringLiteral("case"), QStringLiteral("sign-off"),
                                                                 QStringLiteral("--case"), kCase});
        QVERIFY2(signedOff.code == 0, qPrintable(signedOff.err));
        QVERIFY2(signedOff.out.contains(QStringLiteral("Revision 1")), qPrintable(signedOff.out));
        const QRegularExpressionMatch sha =
            QRegularExpression(QStringLiteral("SHA-256: ([0-9a-f]{64})")).match(signedOff.out);
        QVERIFY2(sha.hasMatch(), qPrintable(signedOff.out));
        const QRegularExpressionMatch fingerprint =
            QRegularExpression(QStringLiteral("key fingerprint: ([0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4})"))
                .match(signedOff.out);
        QVERIFY2(fingerprint.hasMatch(), qPrintable(signedOff.out));
        QCOMPARE(state(), QStringLiteral("signed-off"));

        const Run listed = cli(QStringLiteral("examiner"), {QStringLiteral("case"), QStringLiteral("sign-offs"),
                                                            QStringLiteral("--case"), kCase, QStringLiteral("--json")});
        QVERIFY2(listed.code == 0, qPrintable(listed.err));
        const QJsonArray records = listed.json().value(QStringLiteral("signOffs")).toArray();
        QCOMPARE(records.size(), 1);
        const QJsonObject record = records[0].toObject();
        QCOMPARE(record.value(QStringLiteral("revision")).toInt(), 1);
        QCOMPARE(record.value(QStringLiteral("supervisor")).toString(), QStringLiteral("supervisor"));
        QCOMPARE(record.value(QStringLiteral("sha256")).toString(), sha.captured(1));
        QCOMPARE(record.value(QStringLiteral("keyFingerprint")).toString(), fingerprint.captured(1));
        QVERIFY(record.value(QStringLiteral("inForce")).toBool());
        QCOMPARE(record.value(QStringLiteral("marks")).toArray()[0][QStringLiteral("mark")].toString(), kMark);

        // Nothing is left to sign: a second sign-off is refused and makes no second revision.
        const Run again = cli(QStringLiteral("supervisor"),
                              {QStringLiteral("case"), QStringLiteral("sign-off"), QStringLiteral("--case"), kCase});
        QCOMPARE(again.code, 5);
        const Run text = cli(QStringLiteral("supervisor"),
                             {QStringLiteral("case"), QStringLiteral("sign-offs"), QStringLiteral("--case"), kCase});
        QCOMPARE(text.code, 0);
        QCOMPARE(text.out.count(QStringLiteral("Revision ")), 1);
        QVERIFY(text.out.contains(QStringLiteral("in force")));
    }

    void badArgumentsAreUsageErrors()
    {
        const Run value = step(QStringLiteral("examiner"), QStringLiteral("commit-analysis"),
                               {QStringLiteral("--value"), QStringLiteral("maybe")});
        QCOMPARE(value.code, 2);
        const Run missing = step(QStringLiteral("examiner"), QStringLiteral("conclude"),
                                 {QStringLiteral("--conclusion"), QStringLiteral("exclusion")});
        QCOMPARE(missing.code, 2);
        QCOMPARE(state(), QStringLiteral("signed-off"));
        const Run unknown = cli(QStringLiteral("examiner"),
                                {QStringLiteral("mark"), QStringLiteral("casework"), QStringLiteral("--case"), kCase,
                                 QStringLiteral("--mark"), QStringLiteral("JH/9")});
        QCOMPARE(unknown.code, 7);
        // `mark show` still reaches the work saved with a mark (nothing saved here: not found).
        const Run show = step(QStringLiteral("examiner"), QStringLiteral("show"));
        QCOMPARE(show.code, 7);
    }
};

QTEST_GUILESS_MAIN(TestCaseworkCli)
#include "tst_caseworkcli.moc"
