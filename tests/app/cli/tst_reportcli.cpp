// `ridgeline-cli report` (issue 8, design/CLI.md "Reports") on a real workspace: the case officer
// writes the case report and a victim's status summary (real PDFs, counted by Poppler, whose
// SHA-256 the command prints and the audit trail keeps); bad options, a mark without a committed
// comparison, a missing folder and a role without the right are refused with their exit codes and
// nothing is written.
#include "app/documents/pdfdocument.h"
#include "tests/app/cli/clirun.h"
#include "tests/app/services/searchworkspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ridgeline;
using namespace ridgeline::testing;

namespace {

const QString kCase = QStringLiteral("WYP/2026/000777");

} // namespace

class TestReportCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    SearchWorkspace m_ws;

    using Run = testing::CliRun;

    Run cli(const QString &user, const QByteArray &pass, const QStringList &args)
    {
        return testing::runCli(m_ws.path, user, pass, args);
    }
    Run officer(const QStringList &args)
    {
        return cli(QStringLiteral("officer"), SearchWorkspace::officerPass,
                   QStringList{QStringLiteral("report")} + args);
    }

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = makeSearchWorkspace(m_dir.filePath(QStringLiteral("ws.rlw")), m_dir.filePath(QStringLiteral("pkg")));
        QVERIFY2(m_ws.error.isEmpty(), qPrintable(m_ws.error));
    }

    void theCaseReportIsWrittenAndRecorded()
    {
        const QString file = m_dir.filePath(QStringLiteral("case.pdf"));
        const Run run =
            officer({QStringLiteral("--case"), kCase, QStringLiteral("--out"), file, QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("report")).toString(), QStringLiteral("case-report"));
        QCOMPARE(json.value(QStringLiteral("case")).toString(), kCase);
        const QByteArray bytes = read(file);
        QCOMPARE(json.value(QStringLiteral("bytes")).toInteger(), qint64(bytes.size()));
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QCOMPARE(json.value(QStringLiteral("sha256")).toString(), sha);
        auto pdf = PdfDocument::fromData(bytes, file);
        QVERIFY(pdf);
        QCOMPARE(json.value(QStringLiteral("pages")).toInt(), pdf->pageCount());
        QVERIFY(pdf->pageText(0).contains(kCase));

        // The audit trail names the export with the file's hash.
        const Run audit = cli(QStringLiteral("admin"), SearchWorkspace::adminPass,
                              {QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--case"), kCase});
        QVERIFY2(audit.code == 0, qPrintable(audit.err));
        QVERIFY2(audit.out.contains(QStringLiteral("export-report")) && audit.out.contains(sha),
                 qPrintable(audit.out.right(2000)));
    }

    void theVictimsSummaryIsOnePage()
    {
        const QString file = m_dir.filePath(QStringLiteral("victim.pdf"));
        const Run run = officer({QStringLiteral("--case"), kCase, QStringLiteral("--out"), file,
                                 QStringLiteral("--summary"), QStringLiteral("victim")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.startsWith(QStringLiteral("Wrote ")));
        QVERIFY(run.out.contains(QStringLiteral("1 page")));
        auto pdf = PdfDocument::fromData(read(file), file);
        QVERIFY(pdf);
        QCOMPARE(pdf->pageCount(), 1);
    }

    void refusalsWriteNothing()
    {
        const QString file = m_dir.filePath(QStringLiteral("refused.pdf"));
        // No committed comparison of JH/1: nothing to chart.
        Run run = officer({QStringLiteral("--case"), kCase, QStringLiteral("--out"), file, QStringLiteral("--chart"),
                           QStringLiteral("JH/1")});
        QCOMPARE(run.code, 7);
        QVERIFY2(run.err.contains(QStringLiteral("JH/1")), qPrintable(run.err));
        QVERIFY(!QFile::exists(file));
        // Options that do not go together, or a summary for nobody.
        run = officer({QStringLiteral("--case"), kCase, QStringLiteral("--out"), file, QStringLiteral("--summary"),
                       QStringLiteral("press")});
        QCOMPARE(run.code, 2);
        run = officer({QStringLiteral("--case"), kCase, QStringLiteral("--out"), file, QStringLiteral("--chart"),
                       QStringLiteral("JH/1"), QStringLiteral("--summary"), QStringLiteral("victim")});
        QCOMPARE(run.code, 2);
        // A folder that does not exist.
        run = officer({QStringLiteral("--case"), kCase, QStringLiteral("--out"),
                       m_dir.filePath(QStringLiteral("no/such/folder/r.pdf"))});
        QCOMPARE(run.code, 7);
        // A file that cannot be written (the name is taken by a folder): the export fails and the
        // audit trail does not claim it.
        auto exportsRecorded = [&] {
            const Run audit = cli(QStringLiteral("admin"), SearchWorkspace::adminPass,
                                  {QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--case"), kCase});
            return audit.out.count(QStringLiteral("export-report"));
        };
        const int before = exportsRecorded();
        const QString taken = m_dir.filePath(QStringLiteral("taken.pdf"));
        QVERIFY(QDir().mkpath(taken));
        run = officer({QStringLiteral("--case"), kCase, QStringLiteral("--out"), taken});
        QCOMPARE(run.code, 8);
        QVERIFY2(run.err.contains(QStringLiteral("taken.pdf")), qPrintable(run.err));
        QVERIFY(QFileInfo(taken).isDir());
        QCOMPARE(exportsRecorded(), before);
        // The administrator keeps the workspace, not its case records.
        run = cli(QStringLiteral("admin"), SearchWorkspace::adminPass,
                  {QStringLiteral("report"), QStringLiteral("--case"), kCase, QStringLiteral("--out"), file});
        QCOMPARE(run.code, 5);
        QVERIFY(!QFile::exists(file));
    }
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
