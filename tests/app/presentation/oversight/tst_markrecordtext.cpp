// A mark's record as the supervisor reviews it and the result a case officer sees (issue 7): the
// conclusion that stands only once verified, exempted or resolved; "no value" marks; feature counts
// of the analysis snapshot; the flagged changes since it in orange; both examiners' conclusions,
// blind or not; the conflict and its resolution; the stage history with reasons; typed text escaped.
#include "app/core/markupjson.h"
#include "app/presentation/oversight/markrecordtext.h"
#include "app/presentation/oversight/signoffmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTextDocument>

using namespace ridgeline;

namespace {

const QLocale kLocale = QLocale::c();

ConclusionRecord conclusion(ConclusionStage stage, const QString &who, ConclusionKind kind, const QString &exemplar,
                            bool blind = false)
{
    ConclusionRecord c;
    c.stage = stage;
    c.examiner = who;
    c.input.conclusion = kind;
    c.input.exemplarRef = exemplar;
    c.input.basis = QStringLiteral("Basis by %1 <ridge detail>").arg(who);
    c.blind = blind;
    c.committedUtc = QDateTime(QDate(2026, 3, 10), QTime(10, 0), Qt::UTC);
    return c;
}

MarkCasework work(MarkState state)
{
    MarkCasework w;
    w.mark.id = MarkId::create();
    w.mark.exhibitReference = QStringLiteral("JH/1");
    w.mark.state = state;
    w.caseReference = QStringLiteral("WYP/2026/004117");
    w.examiner = QStringLiteral("aokafor");
    return w;
}

QByteArray snapshot()
{
    Markup markup = Markup::forImage(QString(64, QLatin1Char('a')), QSize(800, 800));
    const auto add = [&](FeatureType type, double x) {
        MarkupFeature f;
        f.id = FeatureId::create();
        f.type = type;
        f.position = QPointF(x, 100);
        if (featureTypeInfo(type).hasDirection)
            f.direction = 90.0;
        f.author = QStringLiteral("aokafor");
        f.createdUtc = QDateTime(QDate(2026, 3, 9), QTime(9, 0), Qt::UTC);
        f.modifiedUtc = f.createdUtc;
        markup.features.append(f);
    };
    for (int i = 0; i < 7; ++i)
        add(FeatureType::MinutiaEnding, 10 + 20 * i);
    for (int i = 0; i < 4; ++i)
        add(FeatureType::MinutiaBifurcation, 15 + 20 * i);
    add(FeatureType::Core, 400);
    markup.nonePresent = {FeatureType::Delta};
    return markupToJson(markup);
}

QString plain(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

} // namespace

class TestMarkRecordText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void standingResultOnlyOnceItStands()
    {
        MarkCasework w = work(MarkState::Verification);
        w.conclusions << conclusion(ConclusionStage::Evaluation, QStringLiteral("aokafor"),
                                    ConclusionKind::Identification, QStringLiteral("imp-1"));
        // Waiting for its verifier: not a result yet.
        QCOMPARE(standingResult(w), QStringLiteral("In examination"));
        QVERIFY(!standingConclusion(w));
        w.mark.state = MarkState::TechnicalReview;
        w.conclusions << conclusion(ConclusionStage::Verification, QStringLiteral("gprys"),
                                    ConclusionKind::Identification, QStringLiteral("imp-1"), true);
        QCOMPARE(standingResult(w), QStringLiteral("Identification"));
        w.mark.state = MarkState::Conflict;
        QCOMPARE(standingResult(w), QStringLiteral("In examination"));
        // Resolved: the resolution's conclusion stands, whatever the examiner said.
        ResolutionRecord r;
        r.resolver = QStringLiteral("mcollins");
        r.final.conclusion = ConclusionKind::Inconclusive;
        w.resolution = r;
        w.mark.state = MarkState::SignedOff;
        QCOMPARE(standingResult(w), QStringLiteral("Inconclusive"));

        QCOMPARE(standingResult(work(MarkState::Received)), QStringLiteral("Awaiting examination"));
        // Past its examination with no record of it: not an "in examination" that contradicts the stage.
        QCOMPARE(standingResult(work(MarkState::SignedOff)), QStringLiteral("Not recorded"));
        MarkCasework noValue = work(MarkState::AnalysisCommitted);
        AnalysisRecord a;
        a.input.value = ValueDecision::NoValue;
        noValue.analysis = a;
        QCOMPARE(standingResult(noValue), QStringLiteral("No value (analysis)"));
    }

    void snapshotFeatureCountsByType()
    {
        const FeatureCounts counts = snapshotFeatureCounts(snapshot());
        QVERIFY2(counts.error.isEmpty(), qPrintable(counts.error));
        QCOMPARE(counts.total, 12);
        QCOMPARE(counts.nonePresent, 1);
        QCOMPARE(counts.counts.size(), 3);
        QCOMPARE(counts.counts.at(0), (std::pair{FeatureType::MinutiaEnding, 7}));
        QCOMPARE(counts.counts.at(1), (std::pair{FeatureType::MinutiaBifurcation, 4}));
        QCOMPARE(counts.counts.at(2), (std::pair{FeatureType::Core, 1}));
        QCOMPARE(snapshotFeatureCounts({}).total, 0);
        QVERIFY(!snapshotFeatureCounts("{\"format\": \"something else\"}").error.isEmpty());
    }

    void analysisWithFlaggedChanges()
    {
        MarkCasework w = work(MarkState::TechnicalReview);
        AnalysisRecord a;
        a.examiner = QStringLiteral("aokafor");
        a.input.value = ValueDecision::OfValueForIdentification;
        a.input.substrate = QStringLiteral("glass <smooth>");
        a.input.developmentMethod = QStringLiteral("aluminium powder, lifted");
        a.input.distortionNotes = QStringLiteral("slight slippage to the left");
        a.markupRevision = 2;
        a.markupJson = snapshot();
        a.snapshotSha256 = QByteArray::fromHex("3f2a09b1");
        w.analysis = a;
        MarkupChange moved;
        moved.kind = MarkupChange::Kind::Moved;
        moved.featureId = QStringLiteral("6f1c1f3e-aaaa");
        moved.featureType = featureTypeKey(FeatureType::MinutiaEnding);
        moved.distance = 4.25;
        moved.afterExemplar = true;
        MarkupChange retyped;
        retyped.kind = MarkupChange::Kind::Retyped;
        retyped.featureId = QStringLiteral("0a0b0c0d-bbbb");
        retyped.featureType = featureTypeKey(FeatureType::MinutiaBifurcation);
        retyped.previousType = featureTypeKey(FeatureType::MinutiaEnding);
        w.changesSinceAnalysis = {moved, retyped};

        const QString html = analysisHtml(w, kLocale);
        const QString text = plain(html);
        QVERIFY2(text.contains(QStringLiteral("Of value for identification")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("glass <smooth>")));
        QVERIFY(!html.contains(QStringLiteral("<smooth>"))); // escaped, not markup
        QVERIFY(text.contains(QStringLiteral("aluminium powder, lifted")));
        QVERIFY(text.contains(QStringLiteral("slight slippage to the left")));
        QVERIFY(text.contains(QStringLiteral("3f2a 09b1")));
        QVERIFY(text.contains(QStringLiteral("Features in the snapshot: 12")));
        QVERIFY(text.contains(featureTypeDisplayName(FeatureType::MinutiaEnding) + QStringLiteral("\t7")) ||
                text.contains(featureTypeDisplayName(FeatureType::MinutiaEnding) + QStringLiteral("\n7")) ||
                text.contains(featureTypeDisplayName(FeatureType::MinutiaEnding) + QStringLiteral(" 7")));
        QCOMPARE(describeMarkupChange(moved), featureTypeDisplayName(FeatureType::MinutiaEnding) +
                                                  QStringLiteral(" 6f1c1f3e moved 4.3 px, after exemplar exposure"));
        QCOMPARE(describeMarkupChange(retyped), featureTypeDisplayName(FeatureType::MinutiaBifurcation) +
                                                    QStringLiteral(" 0a0b0c0d retyped from ") +
                                                    featureTypeDisplayName(FeatureType::MinutiaEnding));
        QVERIFY(text.contains(describeMarkupChange(moved)));
        // The flagged changes are orange.
        QVERIFY(html.contains(QStringLiteral("<ul style=\"color:#b45309\">")));

        w.changesSinceAnalysis.clear();
        QVERIFY(plain(analysisHtml(w, kLocale)).contains(QStringLiteral("None: the markup is as analysed.")));
        QVERIFY(
            plain(analysisHtml(work(MarkState::Received), kLocale)).contains(QStringLiteral("No analysis committed.")));
    }

    void conclusionsConflictAndHistory()
    {
        MarkCasework w = work(MarkState::TechnicalReview);
        w.verifier = QStringLiteral("gprys");
        w.conclusions << conclusion(ConclusionStage::Evaluation, QStringLiteral("aokafor"),
                                    ConclusionKind::Identification, QStringLiteral("imp-1"))
                      << conclusion(ConclusionStage::Verification, QStringLiteral("gprys"),
                                    ConclusionKind::Inconclusive, QString(), true);
        ResolutionRecord r;
        r.resolver = QStringLiteral("mcollins");
        r.reexamined = QStringLiteral("the mark and the right thumb, 1:1");
        r.outcome = QStringLiteral("the lower delta is unreliable");
        r.final.conclusion = ConclusionKind::Inconclusive;
        w.resolution = r;
        w.history = {{MarkState::Verification, MarkState::Conflict, QStringLiteral("gprys"), {}, {}},
                     {MarkState::Conflict,
                      MarkState::Resolution,
                      QStringLiteral("mcollins"),
                      QStringLiteral("resolved after re-examination"),
                      {}},
                     {MarkState::Resolution, MarkState::TechnicalReview, QStringLiteral("mcollins"), {}, {}}};
        const ExemplarNames names{{QStringLiteral("imp-1"), QStringLiteral("Holroyd, Daniel: Right thumb (rolled)")}};

        const QString conclusions = plain(conclusionsHtml(w, names, kLocale));
        QVERIFY2(conclusions.contains(QStringLiteral("Examiner's conclusion")), qPrintable(conclusions));
        QVERIFY(conclusions.contains(QStringLiteral("Verifier's conclusion (blind)")));
        QVERIFY(conclusions.contains(QStringLiteral("Holroyd, Daniel: Right thumb (rolled)")));
        QVERIFY(conclusions.contains(QStringLiteral("Basis by gprys <ridge detail>")));
        QVERIFY(conclusions.indexOf(QStringLiteral("Identification")) <
                conclusions.indexOf(QStringLiteral("Inconclusive")));

        const QString conflict = plain(conflictHtml(w, names, kLocale));
        QVERIFY2(conflict.contains(QStringLiteral("Identification (aokafor) against Inconclusive (gprys)")),
                 qPrintable(conflict));
        QVERIFY(conflict.contains(QStringLiteral("the mark and the right thumb, 1:1")));
        QVERIFY(conflict.contains(QStringLiteral("the lower delta is unreliable")));
        QVERIFY(conflict.contains(QStringLiteral("Conclusion that stands")));

        const QString history = plain(historyHtml(w, kLocale));
        QVERIFY2(history.contains(QStringLiteral("Verification → Conflict by gprys")), qPrintable(history));
        QVERIFY(history.contains(QStringLiteral("resolved after re-examination")));

        MarkCasework agreed = work(MarkState::TechnicalReview);
        agreed.conclusions = {w.conclusions.at(0), conclusion(ConclusionStage::Verification, QStringLiteral("gprys"),
                                                              ConclusionKind::Identification, QStringLiteral("imp-1"))};
        QVERIFY(plain(conflictHtml(agreed, names, kLocale)).contains(QStringLiteral("No conflict recorded.")));
        QVERIFY(plain(conclusionsHtml(agreed, names, kLocale))
                    .contains(QStringLiteral("Verifier's conclusion (not blind)")));
        MarkCasework open = work(MarkState::Conflict);
        open.conclusions = w.conclusions;
        QVERIFY(plain(conflictHtml(open, names, kLocale)).contains(QStringLiteral("Not resolved yet")));
    }

    void signOffsInForceAndVoided()
    {
        SignOffModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocale(kLocale);
        const MarkId mark = MarkId::create();
        SignOffRecord first;
        first.revision = 1;
        first.supervisor = QStringLiteral("mcollins");
        first.sha256 = QByteArray(32, '\x11');
        first.publicKey = QByteArray(32, '\x22');
        first.signedUtc = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        first.marks = {mark};
        first.voidedUtc = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        first.voidedBy = QStringLiteral("aokafor");
        first.voidReason = QStringLiteral("JH/1 changed after sign-off");
        SignOffRecord second = first;
        second.revision = 2;
        second.voidedUtc = QDateTime();
        model.setSignOffs({first, second}, {{mark.toString(), QStringLiteral("JH/1")}});
        QCOMPARE(model.rowCount(), 2);
        const auto text = [&](int row, SignOffModel::Column column) {
            return model.index(row, int(column)).data().toString();
        };
        QCOMPARE(text(0, SignOffModel::Column::Revision), QStringLiteral("2"));
        QCOMPARE(text(0, SignOffModel::Column::Status), QStringLiteral("In force"));
        QCOMPARE(text(0, SignOffModel::Column::Marks), QStringLiteral("JH/1"));
        QCOMPARE(text(0, SignOffModel::Column::Key), second.keyFingerprint());
        QVERIFY(text(0, SignOffModel::Column::Sha256).startsWith(QStringLiteral("1111 1111")));
        QVERIFY(model.index(0, int(SignOffModel::Column::Sha256))
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(groupedHex(second.sha256)));
        QVERIFY(text(1, SignOffModel::Column::Status).startsWith(QStringLiteral("Voided ")));
        QVERIFY(
            text(1, SignOffModel::Column::Status).endsWith(QStringLiteral(" by aokafor: JH/1 changed after sign-off")));
        QVERIFY(!model.index(1, 0).data(SignOffModel::InForceRole).toBool());
    }
};

QTEST_MAIN(TestMarkRecordText)
#include "tst_markrecordtext.moc"
