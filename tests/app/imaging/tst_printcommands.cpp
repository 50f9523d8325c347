// The print commands of ridgeline-cli follow design/CLI.md: arguments, output formats, exit codes.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestPrintCommands : public QObject
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

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(QStringLiteral(RIDGELINE_CLI_PATH)))
            QSKIP("ridgeline-cli is not built");
        const Run r = cli({QStringLiteral("synth"), QStringLiteral("--out"), file(QStringLiteral("set")),
                           QStringLiteral("--fingers"), QStringLiteral("2"), QStringLiteral("--impressions"),
                           QStringLiteral("2"), QStringLiteral("--seed"), QStringLiteral("4")});
        QCOMPARE(r.code, 0);
        QVERIFY(QFile::exists(file(QStringLiteral("set/truth.json"))));
        QVERIFY(QFile::exists(file(QStringLiteral("set/f0002_2.png"))));
    }

    void extractJsonHasTheContractKeys()
    {
        const Run r =
            cli({QStringLiteral("extract"), file(QStringLiteral("set/f0001_1.png")), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(root.keys(), (QStringList{QStringLiteral("height"), QStringLiteral("minutiae"), QStringLiteral("ppi"),
                                           QStringLiteral("width")}));
        QCOMPARE(root.value(QStringLiteral("width")).toInt(), 400);
        QCOMPARE(root.value(QStringLiteral("ppi")).toDouble(), 500.0);
        const QJsonArray minutiae = root.value(QStringLiteral("minutiae")).toArray();
        QVERIFY(minutiae.size() > 10);
        QCOMPARE(minutiae.first().toObject().keys(),
                 (QStringList{QStringLiteral("angle"), QStringLiteral("quality"), QStringLiteral("type"),
                              QStringLiteral("x"), QStringLiteral("y")}));
        const Run plain = cli({QStringLiteral("extract"), file(QStringLiteral("set/f0001_1.png"))});
        QCOMPARE(plain.code, 0);
        QCOMPARE(plain.out.trimmed().split(QLatin1Char('\n')).size(), minutiae.size());
    }

    void matchPrintsOneLinePerCandidate()
    {
        const QString probe = file(QStringLiteral("set/f0001_1.png"));
        const QString mate = file(QStringLiteral("set/f0001_2.png")), other = file(QStringLiteral("set/f0002_1.png"));
        const Run r = cli({QStringLiteral("match"), probe, mate, other});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].section(QLatin1Char('\t'), 0, 0), mate);
        QCOMPARE(lines[1].section(QLatin1Char('\t'), 0, 0), other);
        QVERIFY(lines[0].section(QLatin1Char('\t'), 1).toDouble() > lines[1].section(QLatin1Char('\t'), 1).toDouble());
    }

    void scorePairsKeepsOrderAndReportsRates()
    {
        QFile list(file(QStringLiteral("pairs.txt")));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write(
            "set/f0001_1.png\tset/f0001_2.png\nset/f0002_1.png\tset/f0001_1.png\nset/f0001_2.png\tset/f0001_1.png\n");
        list.close();
        const Run r = cli({QStringLiteral("score-pairs"), file(QStringLiteral("pairs.txt"))});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].startsWith(QStringLiteral("set/f0001_1.png\tset/f0001_2.png\t")));
        QVERIFY(lines[1].startsWith(QStringLiteral("set/f0002_1.png\tset/f0001_1.png\t")));
        // Symmetric: the reversed pair scores exactly the same.
        QCOMPARE(lines[2].section(QLatin1Char('\t'), 2), lines[0].section(QLatin1Char('\t'), 2));
        QVERIFY(r.err.contains(QStringLiteral("extracted 3 images")));
        QVERIFY(r.err.contains(QStringLiteral("comparisons/s")));
    }

    void badInputsGiveTheContractExitCodes()
    {
        QFile text(file(QStringLiteral("statement.png")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not an image");
        text.close();
        QCOMPARE(cli({QStringLiteral("extract"), file(QStringLiteral("statement.png"))}).code, 4);
        QCOMPARE(cli({QStringLiteral("extract"), file(QStringLiteral("absent.png"))}).code, 7);
        QCOMPARE(cli({QStringLiteral("extract")}).code, 2);
        QCOMPARE(cli({QStringLiteral("synth"), QStringLiteral("--out"), file(QStringLiteral("x"))}).code, 2);
        QCOMPARE(cli({QStringLiteral("extract"), file(QStringLiteral("set/f0001_1.png")), QStringLiteral("--ppi"),
                      QStringLiteral("abc")})
                     .code,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestPrintCommands)
#include "tst_printcommands.moc"
