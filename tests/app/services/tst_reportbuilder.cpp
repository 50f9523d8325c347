// The reports of issue 8 filled from a real workspace: a mark taken through ACE-V by three users
// (examiner, blind verifier, supervisor), its committed comparison with numbered pairs, and the
// court chart, case report and status summary built from it as each reader may see them, rendered
// to PDF and read back with Poppler.
#include "app/core/comparisonbundle.h"
#include "app/documents/pdfdocument.h"
#include "app/imaging/enhance/evidenceimage.h"
#include "app/imaging/enhance/recipe.h"
#include "app/services/reportbuilder.h"
#include "tests/app/services/caseworkworkspace.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ridgeline;
using namespace ridgeline::testing;

namespace {

#define REQUIRE_OK(result)                                                                                             \
    do {                                                                                                               \
        if (!(result))                                                                                                 \
            QFAIL(qPrintable((result).error().message()));                                                             \
    } while (false)

MarkupFeature minutia(QPointF at, const QString &author)
{
    MarkupFeature f;
    f.id = FeatureId::create();
    f.type = FeatureType::MinutiaEnding;
    f.position = at;
    f.direction = 90.0;
    f.author = author;
    f.createdUtc = QDateTime::currentDateTimeUtc();
    f.modifiedUtc = f.createdUtc;
    return f;
}

QString allText(const PdfDocument &pdf)
{
    QString text;
    for (int p = 0; p < pdf.pageCount(); ++p)
        text += pdf.pageText(p) + QLatin1Char('\n');
    return text.simplified();
}

} // namespace

class TestReportBuilder : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CaseworkWorkspace m_ws;
    std::unique_ptr<CaseworkSessions> m_sessions;
    MarkId m_charted; // JH/01: compared, identified, verified blind, signed off
    MarkId m_pending; // JH/02: analysed only
    QList<QPointF> m_markPoints{{30, 40}, {70, 52}, {55, 90}};
    QList<QPointF> m_exemplarPoints{{50, 60}, {92, 71}, {80, 118}};
    QString m_fingerprint; // the supervisor's key as reports print it

    LocalWorkspaceSession *as(const QString &user) { return m_sessions->as(user); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws =
            makeCaseworkWorkspace(m_dir.filePath(QStringLiteral("ws.rlw")), m_dir.filePath(QStringLiteral("pkg")), 2);
        QVERIFY2(m_ws.error.isEmpty(), qPrintable(m_ws.error));
        m_sessions = std::make_unique<CaseworkSessions>(m_ws.path);
        m_charted = m_ws.marks.at(0);
        m_pending = m_ws.marks.at(1);
        LocalWorkspaceSession *examiner = as(QStringLiteral("examiner"));
        QVERIFY(examiner);

        // JH/02: analysed, nothing more.
        auto pending = examiner->markCasework(m_pending);
        REQUIRE_OK(pending);
        pending = examiner->startAnalysis(m_pending, pending->version);
        REQUIRE_OK(pending);
        pending = examiner->commitAnalysis(m_pending, AnalysisInput{}, pending->version);
        REQUIRE_OK(pending);

        // JH/01: analysis, comparison with TA/1 (three numbered pairs), identification.
        auto work = examiner->markCasework(m_charted);
        REQUIRE_OK(work);
        work = examiner->startAnalysis(m_charted, work->version);
        REQUIRE_OK(work);
        AnalysisInput analysis;
        analysis.substrate = QStringLiteral("glass, smooth, non-porous");
        analysis.developmentMethod = QStringLiteral("aluminium powder, lifted");
        work = examiner->commitAnalysis(m_charted, analysis, work->version);
        REQUIRE_OK(work);
        work = examiner->beginComparison(m_charted, work->version);
        REQUIRE_OK(work);

        const Mark mark = work->mark;
        const QString markSha = QString::fromLatin1(mark.originalSha256.toHex());
        const QString exemplarSha = QString::fromLatin1(m_ws.exemplarShas.at(0).toHex());
        auto exemplars = examiner->exemplarImpressionsOfCase(m_ws.caseId);
        REQUIRE_OK(exemplars);
        const auto ta1 = std::find_if(exemplars->cbegin(), exemplars->cend(), [&](const ExemplarImpressionRecord &r) {
            return r.id.toString() == m_ws.exemplars.at(0);
        });
        QVERIFY(ta1 != exemplars->cend());
        ComparisonBundle bundle;
        bundle.mark = Markup::forImage(markSha, QSize(120, 120));
        bundle.exemplar = Markup::forImage(exemplarSha, ta1->size);
        bundle.comparison.id = ComparisonId::create();
        bundle.comparison.leftSha256 = markSha;
        bundle.comparison.rightSha256 = exemplarSha;
        bundle.comparison.exemplar = {ta1->person, ta1->id, ta1->exhibitReference, ta1->fingerPosition};
        bundle.comparison.author = QStringLiteral("examiner");
        bundle.comparison.createdUtc = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < m_markPoints.size(); ++i) {
            bundle.mark.features << minutia(m_markPoints.at(i), QStringLiteral("examiner"));
            bundle.exemplar.features << minutia(m_exemplarPoints.at(i), QStringLiteral("examiner"));
            Correspondence pair;
            pair.number = i + 1;
            pair.left = bundle.mark.features.last().id;
            pair.right = bundle.exemplar.features.last().id;
            pair.author = QStringLiteral("examiner");
            pair.createdUtc = QDateTime::currentDateTimeUtc();
            bundle.comparison.pairs << pair;
        }
        REQUIRE_OK(comparisonBundleFromJson(comparisonBundleToJson(bundle))); // a document the window would accept
        QVERIFY(examiner->saveComparisonDraft(m_charted, m_ws.exemplars.at(0), 0, comparisonBundleToJson(bundle)));
        REQUIRE_OK(examiner->commitComparison(m_charted, m_ws.exemplars.at(0)));
    }

    // An enhancement without geometry steps is replayed and printed when it reproduces the recorded
    // output; when it does not, the original is printed and the chart says why.
    void theChartPrintsAReproducedEnhancementOnly()
    {
        LocalWorkspaceSession *examiner = as(QStringLiteral("examiner"));
        ReportBuilder builder(*examiner, QLocale(QLocale::English, QLocale::UnitedKingdom));
        auto none = builder.courtChart({m_pending, {}, 0.0, false});
        QVERIFY(!none);
        QCOMPARE(none.error().code(), ErrorCode::NotFound);
        QVERIFY2(none.error().message().contains(QStringLiteral("JH/02")), qPrintable(none.error().message()));

        auto markRecord = examiner->markCasework(m_charted);
        REQUIRE_OK(markRecord);
        auto bytes =
            examiner->readOriginal(markRecord->mark.originalSha256, QStringLiteral("mark"), m_charted.toString());
        REQUIRE_OK(bytes);
        auto original = imaging::decodeEvidenceImage(*bytes, QStringLiteral("JH/01"));
        REQUIRE_OK(original);
        const QString originalPixels = imaging::imagePixelSha256(original->image);
        imaging::Recipe recipe;
        recipe.steps << imaging::defaultStep(QStringLiteral("invert"));
        auto output = imaging::applyRecipe(original->image, recipe);
        REQUIRE_OK(output);
        const QString outputPixels = imaging::imagePixelSha256(*output);
        QVERIFY(outputPixels != originalPixels);

        auto stored = examiner->markWork(m_charted);
        QVERIFY(!stored); // nothing saved yet
        QCOMPARE(stored.error().code(), ErrorCode::NotFound);
        MarkWork work;
        work.markId = m_charted;
        work.recipeJson = recipe.toJsonBytes();
        work.outputSha256 = QString(outputPixels).replace(0, 4, QStringLiteral("0000")); // not what replays
        auto saved = examiner->saveMarkWork(work);
        REQUIRE_OK(saved);
        auto refused = builder.courtChart({m_charted, {}, 0.0, false});
        REQUIRE_OK(refused);
        QCOMPARE(refused->mark.displayedSha256, originalPixels);
        QVERIFY2(refused->enhancement.join(QLatin1Char(' ')).contains(QStringLiteral("the original is shown")),
                 qPrintable(refused->enhancement.join(QLatin1Char(' '))));

        work = saved.value();
        work.outputSha256 = outputPixels;
        REQUIRE_OK(examiner->saveMarkWork(work));
        auto chart = builder.courtChart({m_charted, {}, 0.0, false});
        REQUIRE_OK(chart);
        QCOMPARE(chart->mark.displayedSha256, outputPixels);
        QCOMPARE(chart->mark.originalSha256, QString::fromLatin1(markRecord->mark.originalSha256.toHex()));
        QVERIFY(chart->enhancement.size() >= 2);
        QVERIFY(chart->enhancement.first().contains(QStringLiteral("Invert")));
        QVERIFY(chart->enhancement.last().contains(QStringLiteral("as recorded")));
        // Asked for the original, the chart prints it and says so.
        auto asked = builder.courtChart({m_charted, {}, 0.0, true});
        REQUIRE_OK(asked);
        QCOMPARE(asked->mark.displayedSha256, originalPixels);
    }

    void concludeAndSubmit()
    {
        LocalWorkspaceSession *examiner = as(QStringLiteral("examiner"));
        auto work = examiner->markCasework(m_charted);
        REQUIRE_OK(work);
        work = examiner->recordConclusion(m_charted,
                                          {ConclusionKind::Identification,
                                           QStringLiteral("Three corresponding minutiae in sequence"),
                                           m_ws.exemplars.at(0)},
                                          work->version);
        REQUIRE_OK(work);
        work = examiner->submitForVerification(m_charted, work->version);
        REQUIRE_OK(work);
    }

    // The blind verifier may not chart the mark before their own verification is recorded: the
    // report shows nothing the window would not.
    void theBlindVerifierCannotChartTheMarkYet()
    {
        ReportBuilder builder(*as(QStringLiteral("verifier")));
        auto chart = builder.courtChart({m_charted, {}, 0.0, false});
        QVERIFY(!chart);
        QCOMPARE(chart.error().code(), ErrorCode::PermissionDenied);
    }

    void verifyAndSignOff()
    {
        LocalWorkspaceSession *verifier = as(QStringLiteral("verifier"));
        auto work = verifier->markCasework(m_charted);
        REQUIRE_OK(work);
        work = verifier->recordVerification(
            m_charted, {ConclusionKind::Identification, QStringLiteral("Agreed"), m_ws.exemplars.at(0)}, work->version);
        REQUIRE_OK(work);
        QCOMPARE(work->mark.state, MarkState::TechnicalReview);
        LocalWorkspaceSession *supervisor = as(QStringLiteral("supervisor"));
        work = supervisor->markCasework(m_charted);
        REQUIRE_OK(work);
        auto signOff = supervisor->signOffCase(m_ws.caseId, {m_charted}, {{m_charted.toString(), work->version}},
                                               CaseworkWorkspace::passOf(QStringLiteral("supervisor")));
        REQUIRE_OK(signOff);
        m_fingerprint = signOff->keyFingerprint();
        QVERIFY(!m_fingerprint.isEmpty());
    }

    void theCourtChartCarriesThePairsHashesAndAttestations()
    {
        ReportBuilder builder(*as(QStringLiteral("supervisor")), QLocale(QLocale::English, QLocale::UnitedKingdom));
        auto chart = builder.courtChart({m_charted, {}, 0.0, false});
        REQUIRE_OK(chart);
        QCOMPARE(chart->exhibitReference, QStringLiteral("JH/01"));
        QCOMPARE(chart->caseReference, QStringLiteral("WYP/2026/000912"));
        QCOMPARE(chart->pairs.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(chart->pairs.at(i).number, i + 1);
            QCOMPARE(chart->pairs.at(i).mark, m_markPoints.at(i));
            QCOMPARE(chart->pairs.at(i).exemplar, m_exemplarPoints.at(i));
            // Every charted feature lies on the printed crop.
            QVERIFY(QRectF(chart->mark.origin, chart->mark.image.size()).contains(chart->pairs.at(i).mark));
            QVERIFY(QRectF(chart->exemplar.origin, chart->exemplar.image.size()).contains(chart->pairs.at(i).exemplar));
        }
        QCOMPARE(chart->exemplar.originalSha256, QString::fromLatin1(m_ws.exemplarShas.at(0).toHex()));
        QCOMPARE(chart->mark.ppi, 500.0);
        QVERIFY2(chart->exemplar.caption.contains(QStringLiteral("Ackroyd"), Qt::CaseInsensitive),
                 qPrintable(chart->exemplar.caption));
        QCOMPARE(chart->conclusion, conclusionDisplayName(ConclusionKind::Identification));
        QVERIFY(!chart->enhancement.isEmpty());
        QVERIFY(chart->enhancement.last().contains(QStringLiteral("as recorded")));
        QStringList roles;
        for (const reports::ChartAttestation &a : chart->attestations)
            roles << a.role + QLatin1Char(':') + a.person + QLatin1Char(':') + a.fingerprint;
        QVERIFY2(roles.join(QLatin1Char('|')).contains(QStringLiteral("Examiner:Adaeze Okafor (examiner)")),
                 qPrintable(roles.join(QLatin1Char('|'))));
        QVERIFY2(roles.join(QLatin1Char('|')).contains(QStringLiteral("Verifier:Gwen Prys (verifier)")),
                 qPrintable(roles.join(QLatin1Char('|'))));
        QVERIFY2(roles.join(QLatin1Char('|')).contains(m_fingerprint), qPrintable(roles.join(QLatin1Char('|'))));
        QVERIFY(chart->footer.softwareVersion.startsWith(QStringLiteral("Ridgeline ")));
    }

    // The exported chart is a real PDF whose text layer carries what a court reads, and whose hash
    // is in the audit trail.
    void anExportedChartIsRecordedWithItsHash()
    {
        LocalWorkspaceSession *supervisor = as(QStringLiteral("supervisor"));
        ReportBuilder builder(*supervisor);
        auto exported = builder.exportCourtChart({m_charted, {}, 0.0, false});
        REQUIRE_OK(exported);
        QCOMPARE(exported->sha256,
                 QString::fromLatin1(QCryptographicHash::hash(exported->pdf, QCryptographicHash::Sha256).toHex()));
        auto pdf = PdfDocument::fromData(exported->pdf, QStringLiteral("chart.pdf"));
        REQUIRE_OK(pdf);
        QVERIFY(pdf->pageCount() >= 1);
        const QString text = allText(*pdf);
        for (const QString &expected : {QStringLiteral("WYP/2026/000912"), QStringLiteral("JH/01"), m_fingerprint,
                                        QString::fromLatin1(m_ws.exemplarShas.at(0).toHex())})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text.left(2000)));
        auto events = supervisor->auditEventsOfCase(m_ws.caseId);
        REQUIRE_OK(events);
        const auto found = std::find_if(events->cbegin(), events->cend(), [&](const AuditEvent &e) {
            return e.action == QLatin1String("export-report") && e.details.contains(exported->sha256);
        });
        QVERIFY2(found != events->cend(), "the export is not in the case's audit trail");
        QCOMPARE(found->user, QStringLiteral("supervisor"));
        QVERIFY(found->details.contains(QStringLiteral("court-chart")));
    }

    void theCaseReportStatesEveryRecord()
    {
        ReportBuilder builder(*as(QStringLiteral("supervisor")), QLocale(QLocale::English, QLocale::UnitedKingdom));
        auto report = builder.caseReport(m_ws.caseId);
        REQUIRE_OK(report);
        QCOMPARE(report->caseReference, QStringLiteral("WYP/2026/000912"));
        QCOMPARE(report->marks.size(), 2);
        const reports::ReportMark &charted =
            report->marks.at(0).exhibitReference == QLatin1String("JH/01") ? report->marks.at(0) : report->marks.at(1);
        QVERIFY(charted.analysed);
        QVERIFY(charted.changesAfterExposure.isEmpty()); // printed as "0 changes"
        QVERIFY(charted.analysisLines.join(QLatin1Char(' ')).contains(QStringLiteral("glass, smooth, non-porous")));
        QCOMPARE(charted.conclusions.size(), 2);
        QCOMPARE(charted.conclusions.at(1).stage, QStringLiteral("Verification (blind)"));
        QCOMPARE(charted.state, markStateDisplayName(MarkState::SignedOff));
        QCOMPARE(report->signOffs.size(), 1);
        QCOMPARE(report->signOffs.first().keyFingerprint, m_fingerprint);
        QVERIFY(report->signOffs.first().inForce);
        QCOMPARE(report->signOffs.first().marks, QStringList{QStringLiteral("JH/01")});
        QCOMPARE(report->charts.size(), 1);
        QVERIFY(report->auditTotal > 10);
        QVERIFY(!report->audit.isEmpty());
        QVERIFY2(report->auditVerification.contains(QStringLiteral("unbroken chain")),
                 qPrintable(report->auditVerification));
        QVERIFY(report->persons.join(QLatin1Char(' ')).contains(QStringLiteral("ACKROYD"), Qt::CaseInsensitive));

        auto limited = builder.caseReport(m_ws.caseId, {false, false, 5});
        REQUIRE_OK(limited);
        QCOMPARE(limited->audit.size(), 5);
        QVERIFY(limited->charts.isEmpty());
        QVERIFY(limited->auditVerification.contains(QStringLiteral("not checked")));
    }

    void theCaseReportPdfReadsBack()
    {
        ReportBuilder builder(*as(QStringLiteral("supervisor")), QLocale(QLocale::English, QLocale::UnitedKingdom));
        auto exported = builder.exportCaseReport(m_ws.caseId, {true, true, 50});
        REQUIRE_OK(exported);
        auto pdf = PdfDocument::fromData(exported->pdf, QStringLiteral("report.pdf"));
        REQUIRE_OK(pdf);
        QVERIFY(pdf->pageCount() >= 2);
        const QString text = allText(*pdf);
        for (const QString &expected :
             {QStringLiteral("WYP/2026/000912"), QStringLiteral("JH/01"), QStringLiteral("JH/02"), m_fingerprint,
              QStringLiteral("0 changes"), QStringLiteral("Three corresponding minutiae in sequence")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in the report")));
    }

    // The victim's summary names nobody and states no result; cancelling leaves no record.
    void theVictimSummaryHasNoSensitiveDetail()
    {
        LocalWorkspaceSession *officer = as(QStringLiteral("officer"));
        ReportBuilder builder(*officer, QLocale(QLocale::English, QLocale::UnitedKingdom));
        auto summary = builder.statusSummary(m_ws.caseId, reports::SummaryAudience::Victim, QDate(2026, 12, 6));
        REQUIRE_OK(summary);
        QCOMPARE(summary->facts.marksReceived, 2);
        QCOMPARE(summary->facts.marksSignedOff, 1);
        QVERIFY(summary->contact.isEmpty());
        auto exported = builder.exportStatusSummary(m_ws.caseId, reports::SummaryAudience::Victim, QDate(2026, 12, 6));
        REQUIRE_OK(exported);
        auto pdf = PdfDocument::fromData(exported->pdf, QStringLiteral("summary.pdf"));
        REQUIRE_OK(pdf);
        QCOMPARE(pdf->pageCount(), 1);
        const QString text = allText(*pdf);
        QVERIFY(text.contains(QStringLiteral("WYP/2026/000912")));
        for (const QString &secret : {QStringLiteral("Ackroyd"), QStringLiteral("Okafor"), QStringLiteral("JH/01"),
                                      QStringLiteral("Identification"), QStringLiteral("Boroughgate")})
            QVERIFY2(!text.contains(secret, Qt::CaseInsensitive), qPrintable(secret + QStringLiteral(" leaked")));

        auto prosecutor = builder.statusSummary(m_ws.caseId, reports::SummaryAudience::Prosecutor);
        REQUIRE_OK(prosecutor);
        QCOMPARE(prosecutor->contact, officer->cases().caseById(m_ws.caseId)->officerInCase);
        QCOMPARE(prosecutor->audience, reports::SummaryAudience::Prosecutor);

        const int before = int(officer->auditEventsOfCase(m_ws.caseId)->size());
        auto cancelled = builder.exportCaseReport(m_ws.caseId, {false, false, 10}, [](int, int) { return false; });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code(), ErrorCode::Cancelled);
        QCOMPARE(int(officer->auditEventsOfCase(m_ws.caseId)->size()), before);
    }

    void cleanupTestCase() { m_sessions.reset(); }
};

QTEST_MAIN(TestReportBuilder)
#include "tst_reportbuilder.moc"
