// `ridgeline-cli mark show` and `mark replay` (issue 5) on a real workspace: the stored recipe
// replayed on the original reproduces the stored output hash (exit 0), and a stored hash changed
// behind the program's back is reported as a mismatch (exit 1) with both hashes.
#include "tests/app/services/markworktestsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace ridgeline;
using namespace ridgeline::testing;

class TestMarkCommands : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    MarkWorkspace m_ws;
    MarkWork m_saved;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run cli(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("RIDGELINE_PASSPHRASE"), QString::fromLatin1(MarkWorkspace::examinerPass));
        p.setProcessEnvironment(e);
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(QStringLiteral(RIDGELINE_CLI_PATH),
                QStringList{QStringLiteral("--db"), m_ws.path, QStringLiteral("--user"), QStringLiteral("examiner")} +
                    args);
        if (!p.waitForFinished(60000))
            qFatal("ridgeline-cli did not finish");
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    QStringList markArgs(const QString &sub) const
    {
        return {QStringLiteral("mark"),   sub,
                QStringLiteral("--case"), m_ws.caseRecord.reference.toString(),
                QStringLiteral("--mark"), QStringLiteral("JS/1")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_ws = makeMarkWorkspace(m_dir.filePath(QStringLiteral("marks.ridgeline")));
        auto examiner = openAs(m_ws.path, QStringLiteral("examiner"), MarkWorkspace::examinerPass);
        QVERIFY(examiner);
        auto saved = examiner->saveMarkWork(sampleWork(m_ws));
        QVERIFY(saved);
        m_saved = *saved;
        QVERIFY(examiner->logout());
    }

    void showPrintsTheSavedWork()
    {
        const Run text = cli(markArgs(QStringLiteral("show")));
        QVERIFY2(text.code == 0, qPrintable(text.err));
        QVERIFY(text.out.contains(m_saved.outputSha256));
        QVERIFY(text.out.contains(QStringLiteral("two-points, 1016.00 ppi")));
        QVERIFY(text.out.contains(QStringLiteral("clahe")));
        const Run json = cli(markArgs(QStringLiteral("show")) << QStringLiteral("--json"));
        QCOMPARE(json.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("revision")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("outputSha256")).toString(), m_saved.outputSha256);
        QCOMPARE(o.value(QStringLiteral("calibration")).toObject().value(QStringLiteral("ppi")).toDouble(), 1016.0);
        QCOMPARE(o.value(QStringLiteral("recipe")).toObject().value(QStringLiteral("openCvVersion")).toString(),
                 imaging::openCvVersionString());
    }

    void replayReproducesTheStoredOutput()
    {
        const QString out = m_dir.filePath(QStringLiteral("replayed.png"));
        const Run run = cli(markArgs(QStringLiteral("replay")) << QStringLiteral("--out") << out);
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        QCOMPARE(run.out.count(m_saved.outputSha256), 2); // stored and replayed, both printed
        QVERIFY(run.out.contains(QStringLiteral("identical")));
        // The written copy is the replayed output, pixel for pixel.
        QImage written(out);
        QVERIFY(!written.isNull());
        QVERIFY(QFile::exists(out + QStringLiteral(".report.json")));
    }

    void replayReportsATamperedHash()
    {
        // An attacker with the key rewrites the stored hash: the replay no longer agrees.
        const QByteArray forged(32, '\x5a');
        {
            auto raw = openRaw(m_ws.path, QStringLiteral("examiner"), MarkWorkspace::examinerPass);
            QVERIFY(raw);
            QVERIFY(raw->sql().exec(
                QStringLiteral("UPDATE mark_work SET output_sha256 = x'%1'").arg(QString::fromLatin1(forged.toHex()))));
        }
        const Run run = cli(markArgs(QStringLiteral("replay")));
        QCOMPARE(run.code, 1);
        QVERIFY(run.out.contains(QString::fromLatin1(forged.toHex())));
        QVERIFY(run.out.contains(m_saved.outputSha256));
        QVERIFY(run.out.contains(QStringLiteral("MISMATCH")));
        const Run json = cli(markArgs(QStringLiteral("replay")) << QStringLiteral("--json"));
        QCOMPARE(json.code, 1);
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("identical")).toBool(),
                 false);
    }

    void unknownMarkIsNotFound()
    {
        QStringList args = markArgs(QStringLiteral("replay"));
        args[5] = QStringLiteral("JS/99");
        const Run run = cli(args);
        QCOMPARE(run.code, int(ErrorCode::NotFound));
        QVERIFY(run.err.contains(QStringLiteral("JS/99")));
    }
};

QTEST_GUILESS_MAIN(TestMarkCommands)
#include "tst_markcommands.moc"
