// `ridgeline-cli enhance apply|validate` and `calibrate`: outputs, reports, exit codes (design/CLI.md).
#include "app/imaging/enhance/evidenceimage.h"
#include "app/imaging/enhance/recipe.h"
#include "app/imaging/enhance/syntheticimages.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ridgeline::imaging;

class TestEnhanceCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Run
    {
        int code = -1;
        QString out, err;
    };
    Run cli(const QStringList &args)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral(RIDGELINE_CLI_PATH), args);
        p.waitForFinished(240000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    QString file(const QString &name) const { return QDir(m_dir.path()).filePath(name); }
    void write(const QString &name, const QByteArray &bytes)
    {
        QFile f(file(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    static QJsonObject readJson(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(QStringLiteral(RIDGELINE_CLI_PATH)))
            QSKIP("ridgeline-cli is not built");
        SyntheticPrintOptions o;
        o.size = QSize(300, 260);
        o.patternPeriod = 6.0;
        QImage print = syntheticPrint(o);
        print.setDotsPerMeterX(19685); // 500 ppi
        print.setDotsPerMeterY(19685);
        QVERIFY(print.save(file(QStringLiteral("mark.png"))));
        Recipe recipe;
        for (const char *kind : {"fft", "background", "clahe", "unsharp"})
            recipe.steps.append(defaultStep(QString::fromLatin1(kind)));
        EnhancementStep turn = defaultStep(QStringLiteral("rotate"));
        turn.parameters.insert(QStringLiteral("angle"), 5.0);
        recipe.steps.append(turn);
        write(QStringLiteral("recipe.json"), recipe.toJsonBytes());
    }

    void applyWritesImageAndReportAndReplaysIdentically()
    {
        const QStringList args{QStringLiteral("enhance"),           QStringLiteral("apply"),
                               file(QStringLiteral("mark.png")),    QStringLiteral("--recipe"),
                               file(QStringLiteral("recipe.json")), QStringLiteral("--out")};
        const Run first = cli(args + QStringList{file(QStringLiteral("a.png")), QStringLiteral("--json")});
        QCOMPARE(first.code, 0);
        const QJsonObject report = QJsonDocument::fromJson(first.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("steps")).toArray().size(), 5);
        QCOMPARE(report.value(QStringLiteral("openCvVersion")).toString(), openCvVersionString());
        QCOMPARE(readJson(file(QStringLiteral("a.png.report.json"))).value(QStringLiteral("output")),
                 report.value(QStringLiteral("output")));
        auto written = loadEvidenceImage(file(QStringLiteral("a.png")));
        QVERIFY(written.ok());
        const QJsonObject output = report.value(QStringLiteral("output")).toObject();
        QCOMPARE(imagePixelSha256(written->image), output.value(QStringLiteral("pixelSha256")).toString());
        QVERIFY(std::abs(written->ppi - 500.0) < 0.1);
        QCOMPARE(
            report.value(QStringLiteral("source")).toObject().value(QStringLiteral("fileSha256")).toString().size(),
            64);
        // Replaying the recipe on the original gives the same pixels.
        const Run again = cli(args + QStringList{file(QStringLiteral("b.tif")), QStringLiteral("--report"),
                                                 file(QStringLiteral("b.json"))});
        QCOMPARE(again.code, 0);
        QVERIFY(again.out.contains(QStringLiteral("Step 5: rotate")));
        QCOMPARE(readJson(file(QStringLiteral("b.json")))
                     .value(QStringLiteral("output"))
                     .toObject()
                     .value(QStringLiteral("pixelSha256")),
                 output.value(QStringLiteral("pixelSha256")));
    }

    void exportAt1000PpiDoublesA500PpiMark()
    {
        const Run r = cli({QStringLiteral("enhance"), QStringLiteral("apply"), file(QStringLiteral("mark.png")),
                           QStringLiteral("--recipe"), file(QStringLiteral("recipe.json")), QStringLiteral("--out"),
                           file(QStringLiteral("export.tif")), QStringLiteral("--export-ppi"), QStringLiteral("1000")});
        QCOMPARE(r.code, 0);
        auto exported = loadEvidenceImage(file(QStringLiteral("export.tif")));
        QVERIFY(exported.ok());
        QVERIFY2(std::abs(exported->ppi - 1000.0) < 0.01, qPrintable(QString::number(exported->ppi)));
        auto a = loadEvidenceImage(file(QStringLiteral("a.png")));
        if (a.ok()) // written by the previous test
            QCOMPARE(exported->image.width(), 2 * a->image.width());
        const QJsonObject report = readJson(file(QStringLiteral("export.tif.report.json")));
        const QJsonArray steps = report.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.last().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("resample"));
        QCOMPARE(report.value(QStringLiteral("output")).toObject().value(QStringLiteral("ppi")).toDouble(), 1000.0);
        QCOMPARE(report.value(QStringLiteral("output")).toObject().value(QStringLiteral("pixelSha256")).toString(),
                 imagePixelSha256(exported->image));
    }

    void refusalsUseTheContractExitCodes()
    {
        write(QStringLiteral("bad.json"), R"({"steps":[{"kind":"invert"},{"kind":"sharpen-more"}]})");
        const Run bad = cli({QStringLiteral("enhance"), QStringLiteral("apply"), file(QStringLiteral("mark.png")),
                             QStringLiteral("--recipe"), file(QStringLiteral("bad.json")), QStringLiteral("--out"),
                             file(QStringLiteral("bad.png"))});
        QCOMPARE(bad.code, 4);
        QVERIFY(bad.err.contains(QStringLiteral("sharpen-more")));
        QVERIFY(!QFile::exists(file(QStringLiteral("bad.png")))); // nothing half written
        const Run missing = cli({QStringLiteral("enhance"), QStringLiteral("apply"), file(QStringLiteral("nope.png")),
                                 QStringLiteral("--recipe"), file(QStringLiteral("recipe.json")),
                                 QStringLiteral("--out"), file(QStringLiteral("x.png"))});
        QCOMPARE(missing.code, 7);
        QCOMPARE(cli({QStringLiteral("enhance"), QStringLiteral("apply"), file(QStringLiteral("mark.png"))}).code, 2);
        QCOMPARE(cli({QStringLiteral("enhance"), QStringLiteral("polish")}).code, 2);
        QCOMPARE(cli({QStringLiteral("calibrate"), file(QStringLiteral("mark.png")), QStringLiteral("--from"),
                      QStringLiteral("1,2")})
                     .code,
                 2);
        QCOMPARE(cli({QStringLiteral("enhance"), QStringLiteral("apply"), file(QStringLiteral("mark.png")),
                      QStringLiteral("--recipe"), file(QStringLiteral("recipe.json")), QStringLiteral("--out"),
                      file(QStringLiteral("x.jpg"))})
                     .code,
                 2);
    }

    void validateReplaysTheShippedSuite()
    {
        const Run r = cli({QStringLiteral("enhance"), QStringLiteral("validate"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(root.value(QStringLiteral("ok")).toBool());
        const int total = int(root.value(QStringLiteral("cases")).toArray().size());
        QVERIFY(total >= 11);
        // A library that changed one step's pixels: the case and the step are named, exit 1.
        QJsonObject expected = root;
        QJsonArray cases = expected.value(QStringLiteral("cases")).toArray();
        QJsonObject second = cases[1].toObject();
        QJsonArray steps = second.value(QStringLiteral("stepSha256")).toArray();
        steps[2] = QStringLiteral("0000000000000000000000000000000000000000000000000000000000000000");
        second.insert(QStringLiteral("stepSha256"), steps);
        cases[1] = second;
        expected.insert(QStringLiteral("cases"), cases);
        write(QStringLiteral("expected.json"), QJsonDocument(expected).toJson());
        const Run changed = cli({QStringLiteral("enhance"), QStringLiteral("validate"), QStringLiteral("--expected"),
                                 file(QStringLiteral("expected.json"))});
        QCOMPARE(changed.code, 1);
        const QString name = second.value(QStringLiteral("name")).toString();
        QVERIFY2(changed.out.contains(QStringLiteral("MISMATCH  %1").arg(name)) &&
                     changed.out.contains(QStringLiteral("step 3 (")),
                 qPrintable(changed.out));
        QVERIFY2(changed.out.contains(QStringLiteral("%1 of %2").arg(total - 1).arg(total)), qPrintable(changed.out));
    }

    void calibratePrintsThePpi()
    {
        SyntheticRulerOptions o;
        o.ppi = 1000.0;
        o.angle = 2.0;
        o.millimetres = 20;
        const SyntheticRuler ruler = syntheticRuler(o);
        QVERIFY(ruler.image.save(file(QStringLiteral("ruler.png"))));
        const QPointF from = ruler.zero + ruler.mmStep * 2 + QPointF(3, 2);
        const QPointF to = ruler.zero + ruler.mmStep * 18 + QPointF(-4, -2);
        const auto point = [](QPointF p) { return QStringLiteral("%1,%2").arg(p.x()).arg(p.y()); };
        const Run r = cli({QStringLiteral("calibrate"), file(QStringLiteral("ruler.png")), QStringLiteral("--from"),
                           point(from), QStringLiteral("--to"), point(to), QStringLiteral("--mm"), QStringLiteral("16"),
                           QStringLiteral("--refine"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o2 = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY2(std::abs(o2.value(QStringLiteral("ppi")).toDouble() - 1000.0) < 5.0, qPrintable(r.out));
        QCOMPARE(o2.value(QStringLiteral("graduations")).toInt(), 16);
        QCOMPARE(o2.value(QStringLiteral("method")).toString(), QStringLiteral("two-points"));
        const Run plain = cli({QStringLiteral("calibrate"), file(QStringLiteral("ruler.png")), QStringLiteral("--from"),
                               QStringLiteral("0,0"), QStringLiteral("--to"), QStringLiteral("1000,0"),
                               QStringLiteral("--mm"), QStringLiteral("25.4")});
        QCOMPARE(plain.code, 0);
        QVERIFY(plain.out.startsWith(QStringLiteral("1000.00 ppi")));
        QCOMPARE(cli({QStringLiteral("calibrate"), file(QStringLiteral("absent.png")), QStringLiteral("--from"),
                      QStringLiteral("0,0"), QStringLiteral("--to"), QStringLiteral("10,0"), QStringLiteral("--mm"),
                      QStringLiteral("1")})
                     .code,
                 7);
    }
};

QTEST_GUILESS_MAIN(TestEnhanceCommands)
#include "tst_enhancecommands.moc"
