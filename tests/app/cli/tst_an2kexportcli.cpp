// `ridgeline-cli an2k export` (issue 9) on a real workspace: the examiner's committed markup of
// mark JH/1 and its original leave as an ANSI/NIST-ITL transaction whose Type-9 gives back the
// workspace's minutiae, core, region of interest and "no deltas" record at the mark's ppi, whose
// Type-13 holds the original's pixels, and whose SHA-256 the audit trail keeps; a person's
// tenprint impressions leave as Type-14 records with their finger positions. Refusals (no
// committed markup, bad options, an unknown mark or person, a missing folder, an unwritable file,
// the administrator) write nothing and record nothing.
#include "app/core/markupjson.h"
#include "app/interop/an2kreader.h"
#include "app/interop/an2ktype9.h"
#include "app/interop/an2kwriter.h"
#include "tests/app/cli/clirun.h"
#include "tests/app/services/searchworkspace.h"

#include <QCryptographicHash>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace ridgeline;
using namespace ridgeline::interop;
using namespace ridgeline::testing;

namespace {

const QString kCase = QStringLiteral("WYP/2026/000777");
const QString kMark = QStringLiteral("JH/1");

} // namespace

class TestAn2kExportCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    SearchWorkspace m_ws;
    Mark m_mark;
    QImage m_original; // the mark's original as decoded
    Markup m_markup;   // as committed

    using Run = testing::CliRun;

    Run cli(const QString &user, const QStringList &args)
    {
        const QByteArray pass = user == QLatin1String("examiner") ? SearchWorkspace::examinerPass
                                : user == QLatin1String("admin")  ? SearchWorkspace::adminPass
                                                                  : SearchWorkspace::officerPass;
        return testing::runCli(m_ws.path, user, pass, args);
    }
    Run exportMark(const QString &user, const QString &out, const QStringList &more = {})
    {
        return cli(user, QStringList{QStringLiteral("an2k"), QStringLiteral("export"), QStringLiteral("--case"), kCase,
                                     QStringLiteral("--mark"), kMark, QStringLiteral("--out"), out} +
                             more);
    }
    int exportsRecorded()
    {
        const Run audit = cli(QStringLiteral("admin"),
                              {QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--case"), kCase});
        return int(audit.out.count(QStringLiteral("export-an2k")));
    }
    std::unique_ptr<LocalWorkspaceSession> session(const QString &user, const QByteArray &pass)
    {
        auto s = LocalWorkspaceSession::open(m_ws.path, user, pass, fastOptions());
        if (!s)
            qWarning("%s", qPrintable(s.error().message()));
        return s ? std::move(*s) : nullptr;
    }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static MarkupFeature feature(FeatureType type, QPointF at, std::optional<double> direction)
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

private Q_SLOTS:
    void initTestCase()
    {
        m_ws = makeSearchWorkspace(m_dir.filePath(QStringLiteral("an2k.ridgeline")),
                                   m_dir.filePath(QStringLiteral("pkg")));
        QVERIFY2(m_ws.error.isEmpty(), qPrintable(m_ws.error));
        auto officer = session(QStringLiteral("officer"), SearchWorkspace::officerPass);
        QVERIFY(officer);
        auto marks = officer->cases().marksOfCase(m_ws.caseId);
        QVERIFY(marks && marks->size() == 1);
        m_mark = marks->first();
        auto original = officer->readOriginal(m_mark.originalSha256, QStringLiteral("mark"), m_mark.id.toString());
        QVERIFY(original);
        m_original = QImage::fromData(*original);
        QCOMPARE(m_original.format(), QImage::Format_Grayscale8);
        QVERIFY(officer->logout());
    }

    void aMarkWithoutCommittedMarkupIsRefused()
    {
        const QString file = m_dir.filePath(QStringLiteral("early.an2"));
        const Run run = exportMark(QStringLiteral("examiner"), file);
        QCOMPARE(run.code, 7);
        QVERIFY2(run.err.contains(QStringLiteral("no committed markup")), qPrintable(run.err));
        QVERIFY(!QFile::exists(file));
    }

    void theExaminerAnalysesTheMark()
    {
        auto examiner = session(QStringLiteral("examiner"), SearchWorkspace::examinerPass);
        QVERIFY(examiner);
        auto work = examiner->markCasework(m_mark.id);
        QVERIFY(work);
        work = examiner->startAnalysis(m_mark.id, work->version);
        QVERIFY2(work, work ? "" : qPrintable(work.error().message()));
        const QSize size = m_original.size();
        m_markup = Markup::forImage(QString::fromLatin1(m_mark.originalSha256.toHex()), size);
        m_markup.features = {
            feature(FeatureType::MinutiaEnding, QPointF(size.width() * 0.41, size.height() * 0.52), 123.4),
            feature(FeatureType::MinutiaBifurcation, QPointF(57.25, 80.5), 301.0),
            feature(FeatureType::MinutiaUnknown, QPointF(100.0, size.height() - 20.5), std::nullopt),
            feature(FeatureType::Core, QPointF(size.width() * 0.5, 60.0), 90.0)};
        m_markup.regionOfInterest = {{10, 10},
                                     {size.width() - 10.5, 12.0},
                                     {size.width() - 12.0, size.height() - 9.0},
                                     {11.0, size.height() - 10.0}};
        m_markup.nonePresent = {FeatureType::Delta};
        QVERIFY(validateMarkup(m_markup));
        QVERIFY(examiner->saveMarkupDraft(m_mark.id, 0, markupToJson(m_markup)));
        QVERIFY(examiner->commitMarkup(m_mark.id));
        AnalysisInput analysis;
        analysis.value = ValueDecision::OfValueForIdentification;
        analysis.developmentMethod = QStringLiteral("aluminium powder, lifted");
        work = examiner->markCasework(m_mark.id);
        QVERIFY(work);
        work = examiner->commitAnalysis(m_mark.id, analysis, work->version);
        QVERIFY2(work, work ? "" : qPrintable(work.error().message()));
        QVERIFY(examiner->logout());
    }

    void theMarkIsExportedAndReadsBack()
    {
        const int before = exportsRecorded();
        const QString file = m_dir.filePath(QStringLiteral("jh1.an2"));
        const Run run = exportMark(QStringLiteral("examiner"), file, {QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonObject json = run.json();
        const QByteArray bytes = read(file);
        QVERIFY(!bytes.isEmpty());
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QCOMPARE(json.value(QStringLiteral("sha256")).toString(), sha);
        QCOMPARE(json.value(QStringLiteral("bytes")).toInteger(), qint64(bytes.size()));
        QCOMPARE(json.value(QStringLiteral("mark")).toString(), kMark);
        QCOMPARE(json.value(QStringLiteral("features")).toInt(), 4);
        QCOMPARE(json.value(QStringLiteral("records")).toInt(), 4);
        QCOMPARE(json.value(QStringLiteral("ppi")).toDouble(), 500.0);
        QCOMPARE(json.value(QStringLiteral("markupRevision")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("markupSource")).toString(), QStringLiteral("markup revision 1"));

        auto t = An2kReader().read(bytes);
        QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().message()));
        QVERIFY(validateAn2k(*t).ok());
        QCOMPARE(t->records.size(), 4);
        QCOMPARE(t->records[1].type, 2);
        QCOMPARE(t->records[2].type, 9);
        QCOMPARE(t->records[3].type, 13);
        const An2kType2Fields type2 = readType2Fields(t->records[1]);
        QCOMPARE(type2.caseReference, kCase);
        QCOMPARE(type2.exhibit, kMark);

        // Type-13: the original's pixels, at the mark's ppi
        const An2kRecord &image = t->records[3];
        QCOMPARE(image.field(6)->item().toInt(), m_original.width());
        QCOMPARE(image.field(7)->item().toInt(), m_original.height());
        QCOMPARE(image.field(8)->item(), QByteArray("1"));
        QCOMPARE(image.field(9)->item(), QByteArray("500"));
        QCOMPARE(image.field(10)->item(), QByteArray("500"));
        QCOMPARE(image.field(11)->item(), QByteArray("NONE"));
        QByteArray pixels;
        for (int y = 0; y < m_original.height(); ++y)
            pixels.append(reinterpret_cast<const char *>(m_original.constScanLine(y)), m_original.width());
        QVERIFY(image.imageData() == pixels);

        // Type-9: the committed features, region of interest and none-present record
        auto back = readType9(t->records[2], m_original.size(), 500);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message()));
        QCOMPARE(back->imdIdc, 1);
        QCOMPARE(back->examiner, QStringLiteral("Okafor, Adaeze"));
        QCOMPARE(back->methodOfDetection, QStringLiteral("aluminium powder, lifted"));
        QCOMPARE(back->analysisValue, QStringLiteral("VALUE"));
        QCOMPARE(back->markup.nonePresent, QList<FeatureType>{FeatureType::Delta});
        const double tolerance = 0.5 * 500 / 2540.0 + 1e-9;
        QCOMPARE(back->markup.features.size(), m_markup.features.size());
        for (const MarkupFeature &f : m_markup.features) {
            const auto match =
                std::find_if(back->markup.features.cbegin(), back->markup.features.cend(), [&](const MarkupFeature &g) {
                    return g.type == f.type && std::abs(g.position.x() - f.position.x()) <= tolerance &&
                           std::abs(g.position.y() - f.position.y()) <= tolerance;
                });
            QVERIFY2(match != back->markup.features.cend(), qPrintable(featureTypeKey(f.type)));
            QCOMPARE(bool(match->direction), bool(f.direction));
            if (f.direction)
                QVERIFY(std::abs(*match->direction - *f.direction) <= 0.5);
        }
        QCOMPARE(back->markup.regionOfInterest.size(), m_markup.regionOfInterest.size());
        for (qsizetype i = 0; i < m_markup.regionOfInterest.size(); ++i)
            QVERIFY(QLineF(back->markup.regionOfInterest[i], m_markup.regionOfInterest[i]).length() <= 2 * tolerance);

        // recorded with the file's hash, once
        QCOMPARE(exportsRecorded(), before + 1);
        const Run audit = cli(QStringLiteral("admin"),
                              {QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--case"), kCase});
        QVERIFY2(audit.out.contains(sha), qPrintable(audit.out.right(1500)));

        // and `an2k dump` reads it
        const Run dump = cli(QStringLiteral("examiner"), {QStringLiteral("an2k"), QStringLiteral("dump"), file});
        QCOMPARE(dump.code, 0);
        QVERIFY(dump.out.contains(QStringLiteral("[13.999]=<binary sha256=")));
    }

    void aPersonsExemplarsAreExported()
    {
        const QString file = m_dir.filePath(QStringLiteral("brook.an2"));
        const Run run =
            cli(QStringLiteral("officer"),
                {QStringLiteral("an2k"), QStringLiteral("export"), QStringLiteral("--case"), kCase,
                 QStringLiteral("--person"), QStringLiteral("brook, samuel"), QStringLiteral("--out"), file});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith(QStringLiteral("Wrote ")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("3 exemplar impressions")));
        auto t = An2kReader().read(read(file));
        QVERIFY(t.ok());
        QVERIFY(validateAn2k(*t).ok());
        QCOMPARE(t->records.size(), 5);
        const An2kType2Fields person = readType2Fields(t->records[1]);
        QCOMPARE(person.familyName, QStringLiteral("Brook"));
        QCOMPARE(person.givenName, QStringLiteral("Samuel"));
        QCOMPARE(person.dateOfBirth, QDate(1988, 2, 14));

        auto officer = session(QStringLiteral("officer"), SearchWorkspace::officerPass);
        QVERIFY(officer);
        auto impressions = officer->exemplarImpressionsOfCase(m_ws.caseId);
        QVERIFY(impressions);
        QList<int> fingers;
        for (int i = 2; i < 5; ++i) {
            const An2kRecord &r = t->records[i];
            QCOMPARE(r.type, 14);
            QCOMPARE(r.field(9)->item(), QByteArray("500"));
            const int finger = r.field(13)->item().toInt();
            fingers.append(finger);
            // the pixels are the impression's original, byte for byte
            const auto it =
                std::find_if(impressions->cbegin(), impressions->cend(), [&](const ExemplarImpressionRecord &e) {
                    return e.personName.startsWith(QStringLiteral("BROOK")) && e.fingerPosition == finger;
                });
            QVERIFY(it != impressions->cend());
            auto original = officer->readOriginal(it->originalSha256, QStringLiteral("exemplar"), it->id.toString());
            QVERIFY(original);
            const QImage decoded = QImage::fromData(*original);
            QByteArray pixels;
            for (int y = 0; y < decoded.height(); ++y)
                pixels.append(reinterpret_cast<const char *>(decoded.constScanLine(y)), decoded.width());
            QVERIFY(r.imageData() == pixels);
        }
        std::sort(fingers.begin(), fingers.end());
        QCOMPARE(fingers, (QList<int>{1, 2, 3}));
        QVERIFY(officer->logout());
    }

    void refusalsWriteAndRecordNothing()
    {
        const int before = exportsRecorded();
        const QString file = m_dir.filePath(QStringLiteral("refused.an2"));
        // usage: no --out; both --mark and --person; neither
        Run run = cli(QStringLiteral("examiner"), {QStringLiteral("an2k"), QStringLiteral("export"),
                                                   QStringLiteral("--case"), kCase, QStringLiteral("--mark"), kMark});
        QCOMPARE(run.code, 2);
        run =
            exportMark(QStringLiteral("examiner"), file, {QStringLiteral("--person"), QStringLiteral("BROOK, Samuel")});
        QCOMPARE(run.code, 2);
        run = exportMark(QStringLiteral("examiner"), file, {QStringLiteral("--ori"), QStringLiteral("A B")});
        QCOMPARE(run.code, 2);
        // unknown mark and person
        run = cli(QStringLiteral("examiner"),
                  {QStringLiteral("an2k"), QStringLiteral("export"), QStringLiteral("--case"), kCase,
                   QStringLiteral("--mark"), QStringLiteral("ZZ/9"), QStringLiteral("--out"), file});
        QCOMPARE(run.code, 7);
        QVERIFY2(run.err.contains(QStringLiteral("ZZ/9")), qPrintable(run.err));
        run = cli(QStringLiteral("officer"),
                  {QStringLiteral("an2k"), QStringLiteral("export"), QStringLiteral("--case"), kCase,
                   QStringLiteral("--person"), QStringLiteral("NOBODY, Jo"), QStringLiteral("--out"), file});
        QCOMPARE(run.code, 7);
        QVERIFY2(run.err.contains(QStringLiteral("NOBODY, Jo")), qPrintable(run.err));
        // a folder that does not exist
        run = exportMark(QStringLiteral("examiner"), m_dir.filePath(QStringLiteral("no/such/folder/x.an2")));
        QCOMPARE(run.code, 7);
        // a file name taken by a folder: nothing written, nothing recorded
        const QString taken = m_dir.filePath(QStringLiteral("taken.an2"));
        QVERIFY(QDir().mkpath(taken));
        run = exportMark(QStringLiteral("examiner"), taken);
        QCOMPARE(run.code, 8);
        QVERIFY(QFileInfo(taken).isDir());
        // the administrator keeps the workspace, not its evidence
        run = exportMark(QStringLiteral("admin"), file);
        QCOMPARE(run.code, 5);
        QVERIFY(!QFile::exists(file));
        QCOMPARE(exportsRecorded(), before);
        // no temporary file left behind in the folder
        const QStringList left = QDir(m_dir.path()).entryList({QStringLiteral("*.an2*")}, QDir::Files);
        QCOMPARE(left, (QStringList{QStringLiteral("brook.an2"), QStringLiteral("jh1.an2")}));
    }
};

QTEST_GUILESS_MAIN(TestAn2kExportCli)
#include "tst_an2kexportcli.moc"
