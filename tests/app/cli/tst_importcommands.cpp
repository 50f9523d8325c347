// ridgeline-cli import as design/CLI.md states it, driven through the real binary on a real
// workspace: signed packages filed once, refusals quarantined with a reason (exit 4), single files
// with --case, and the faults of issue 4: the process killed mid-import and a disk that fills up.
#include "app/services/demopackages.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace ridgeline;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

constexpr quint64 kSeed = 77;

} // namespace

class TestImportCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QStringList m_packages; // signed demo packages: 1 burglary (3 marks), 2 with a tenprint card

    Run cli(const QStringList &args, const QString &passphrase, const QString &shellPrefix = {})
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("RIDGELINE_PASSPHRASE"), passphrase);
        e.insert(QStringLiteral("RIDGELINE_NEW_PASSPHRASE"), QStringLiteral("officer-test-passphrase"));
        p.setProcessEnvironment(e);
        p.setStandardInputFile(QProcess::nullDevice());
        if (shellPrefix.isEmpty()) {
            p.start(QStringLiteral(RIDGELINE_CLI_PATH), args);
        } else {
            QStringList quoted;
            for (const QString &a : args)
                quoted << QLatin1Char('\'') + a + QLatin1Char('\'');
            p.start(QStringLiteral("bash"),
                    {QStringLiteral("-c"), shellPrefix + QStringLiteral(" exec '") +
                                               QStringLiteral(RIDGELINE_CLI_PATH) + QStringLiteral("' ") +
                                               quoted.join(QLatin1Char(' '))});
        }
        if (!p.waitForFinished(300000))
            qFatal("ridgeline-cli did not finish");
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

    Run officer(const QStringList &args, const QString &db = {})
    {
        return cli(QStringList{QStringLiteral("--db"), db.isEmpty() ? m_db : db, QStringLiteral("--user"),
                               QStringLiteral("ofc")} +
                       args,
                   QStringLiteral("officer-test-passphrase"));
    }

    Run admin(const QStringList &args, const QString &db = {})
    {
        return cli(QStringList{QStringLiteral("--db"), db.isEmpty() ? m_db : db, QStringLiteral("--user"),
                               QStringLiteral("admin")} +
                       args,
                   QStringLiteral("admin-test-passphrase"));
    }

    QString newWorkspace(const QString &name)
    {
        const QString db = m_dir.filePath(name + QStringLiteral("/ws.ridgeline"));
        QDir().mkpath(QFileInfo(db).absolutePath());
        if (admin({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")}, db).code != 0)
            return {};
        admin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ofc"), QStringLiteral("--role"),
               QStringLiteral("case-officer")},
              db);
        for (const RegisteredDevice &d : demoDevices(kSeed))
            admin({QStringLiteral("device"), QStringLiteral("register"), d.deviceId, QStringLiteral("--force"), d.force,
                   QStringLiteral("--public-key"), QString::fromLatin1(d.publicKey.toHex())},
                  db);
        return db;
    }

    int markCount(const QString &db, const QString &reference)
    {
        const Run r =
            officer({QStringLiteral("case"), QStringLiteral("show"), reference, QStringLiteral("--json")}, db);
        if (r.code != 0)
            return -1;
        return int(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("marks")).toArray().size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        DemoPackageOptions options;
        options.cases = 3;
        options.seed = kSeed;
        auto packages = writeDemoPackages(m_dir.filePath(QStringLiteral("packages")), options);
        QVERIFY2(packages, packages ? "" : qPrintable(packages.error().message()));
        m_packages = *packages;
        m_db = newWorkspace(QStringLiteral("main"));
        QVERIFY(!m_db.isEmpty());
    }

    void signedPackagesAreFiledOnce()
    {
        Run r = officer(QStringList{QStringLiteral("import"), QStringLiteral("--json")} + m_packages);
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray results = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 3);
        for (const QJsonValue &v : results)
            QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("imported"));
        QCOMPARE(results.at(1).toObject().value(QStringLiteral("exemplars")).toInt(), 10);
        // The suspect of the first package reappears in the second, sent by another force: linked.
        QCOMPARE(results.at(1).toObject().value(QStringLiteral("personsLinked")).toInt(), 1);
        QCOMPARE(markCount(m_db, QStringLiteral("WYP/2026/004161")), 3);

        r = officer({QStringLiteral("import"), m_packages.first()});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("already imported"), r.out.constData());
        QCOMPARE(markCount(m_db, QStringLiteral("WYP/2026/004161")), 3);
        QCOMPARE(officer({QStringLiteral("cases"), QStringLiteral("list")}).out.count('\n'), 3);
    }

    void refusedPackagesAreQuarantinedWithAReason()
    {
        // One byte of a mark changed after signing: the manifest hash no longer matches.
        QDir().mkpath(m_dir.filePath(QStringLiteral("bad")));
        const QString bad = m_dir.filePath(QStringLiteral("bad/tampered"));
        QDirIterator it(m_packages.first(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString src = it.next();
            const QString dst = bad + QLatin1Char('/') + QDir(m_packages.first()).relativeFilePath(src);
            QDir().mkpath(QFileInfo(dst).absolutePath());
            QVERIFY(QFile::copy(src, dst));
        }
        QFile mark(bad + QStringLiteral("/marks/jh-2.png"));
        QVERIFY(mark.open(QIODevice::ReadWrite));
        mark.seek(200);
        const char c = mark.peek(1).at(0);
        mark.write(QByteArray(1, char(c ^ 0x20)));
        mark.close();
        const Run r = officer({QStringLiteral("import"), bad});
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains("JH/2") && r.err.contains("SHA-256"), r.err.constData());
        QVERIFY(QFile::exists(bad + QStringLiteral("/marks/jh-2.png"))); // the sender's files stay
        const QDir quarantine(QFileInfo(m_db).absoluteFilePath() + QStringLiteral(".inbox/.quarantine"));
        const QStringList reasons = quarantine.entryList({QStringLiteral("*tampered.reason.txt")});
        QCOMPARE(reasons.size(), 1);
        QFile reason(quarantine.filePath(reasons.first()));
        QVERIFY(reason.open(QIODevice::ReadOnly));
        QVERIFY(reason.readAll().contains("SHA-256"));
        // Not a package at all: refused with a reason, exit 4.
        QFile junk(m_dir.filePath(QStringLiteral("junk.zip")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("this is not a zip");
        junk.close();
        const Run j = officer({QStringLiteral("import"), junk.fileName()});
        QCOMPARE(j.code, 4);
        QVERIFY(j.err.contains("not a readable zip"));
        // A case officer's audit: the workspace still verifies.
        QCOMPARE(admin({QStringLiteral("verify")}).code, 0);
    }

    void singleFilesNeedACase()
    {
        const QString pdf = m_packages.first() + QStringLiteral("/documents/statement.pdf");
        Run r = officer({QStringLiteral("import"), pdf});
        QCOMPARE(r.code, 4);
        QVERIFY(r.err.contains("--case"));
        r = officer({QStringLiteral("import"), pdf, QStringLiteral("--case"), QStringLiteral("WYP/2026/5"),
                     QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("results")).toArray().first().toObject();
        QCOMPARE(o.value(QStringLiteral("documents")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("case")).toString(), QStringLiteral("WYP/2026/000005"));
    }

    void ansiNistTransactionsAreImported()
    {
        const QString an2k = QStringLiteral(RIDGELINE_SHARED_DIR "/interop/an2k");
        if (!QDir(an2k).exists())
            QSKIP("../shared/interop/an2k is absent: the interchange files are not in this checkout");
        const QString latent = an2k + QStringLiteral("/type-13-14-latent-match.an2");
        // The NIST file names no case of ours (no 2.009, a free-text TCN): the user must name it.
        Run r = officer({QStringLiteral("import"), latent});
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains("--case"), r.err.constData());
        r = officer({QStringLiteral("import"), latent, QStringLiteral("--case"), QStringLiteral("NIST/2026/7")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("imported " + latent.toUtf8() +
                                " into NIST/2026/000007 (new case): 1 marks, 1 exemplars, 1 documents, 1 new persons"),
                 r.out.constData());
        QCOMPARE(markCount(m_db, QStringLiteral("NIST/2026/000007")), 1);
        r = officer({QStringLiteral("import"), an2k + QStringLiteral("/type-4-tpcard.an2"), QStringLiteral("--case"),
                     QStringLiteral("NIST/2026/8"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("results")).toArray().first().toObject();
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("imported"));
        QCOMPARE(o.value(QStringLiteral("exemplars")).toInt(), 14);
        QCOMPARE(o.value(QStringLiteral("documents")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("originalsStored")).toInt(), 15);
        // Cut short: refused (exit 4), quarantined with its reason, nothing of it filed.
        QFile whole(latent);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        QFile cut(m_dir.filePath(QStringLiteral("cut.nist")));
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(whole.read(whole.size() - 100));
        cut.close();
        r = officer(
            {QStringLiteral("import"), cut.fileName(), QStringLiteral("--case"), QStringLiteral("NIST/2026/9")});
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains("cut.nist") && r.err.contains("quarantine"), r.err.constData());
        QCOMPARE(markCount(m_db, QStringLiteral("NIST/2026/000009")), -1);
        const QDir quarantine(QFileInfo(m_db).absoluteFilePath() + QStringLiteral(".inbox/.quarantine"));
        QCOMPARE(quarantine.entryList({QStringLiteral("*cut.nist.reason.txt")}).size(), 1);
    }

    void rolesAreEnforced()
    {
        const Run r = cli({QStringLiteral("--db"), m_db, QStringLiteral("--user"), QStringLiteral("admin"),
                           QStringLiteral("device"), QStringLiteral("list")},
                          QStringLiteral("admin-test-passphrase"));
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("WYP-CSI-0042"));
        // A case officer may not register devices.
        QCOMPARE(officer({QStringLiteral("device"), QStringLiteral("register"), QStringLiteral("X-1"),
                          QStringLiteral("--force"), QStringLiteral("WYP"), QStringLiteral("--public-key"),
                          QString(64, QLatin1Char('a'))})
                     .code,
                 5);
    }

    void killedMidImportIsWholeOrNothing()
    {
        const QString db = newWorkspace(QStringLiteral("killed"));
        const QString package = m_packages.at(2); // 14 items: marks, a tenprint card, a statement
        QRandomGenerator rng(4242);
        for (int i = 0; i < 8; ++i) {
            QProcess p;
            QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
            e.insert(QStringLiteral("RIDGELINE_PASSPHRASE"), QStringLiteral("officer-test-passphrase"));
            p.setProcessEnvironment(e);
            p.start(QStringLiteral(RIDGELINE_CLI_PATH), {QStringLiteral("--db"), db, QStringLiteral("--user"),
                                                         QStringLiteral("ofc"), QStringLiteral("import"), package});
            QVERIFY(p.waitForStarted());
            QTest::qWait(200 + int(rng.bounded(1300)));
            // kill(0) would signal our own process group: only a live child is killed.
            if (p.state() == QProcess::Running && p.processId() > 0)
                ::kill(pid_t(p.processId()), SIGKILL);
            p.waitForFinished();
            const int marks = markCount(db, QStringLiteral("NWP/2026/002318"));
            QVERIFY2(marks == -1 || marks == 3, qPrintable(QString::number(marks))); // absent, or whole
        }
        QCOMPARE(officer({QStringLiteral("import"), package}, db).code, 0);
        QCOMPARE(markCount(db, QStringLiteral("NWP/2026/002318")), 3);
        QCOMPARE(admin({QStringLiteral("verify")}, db).code, 0);
    }

    void aFullDiskLeavesNothingHalfDone()
    {
        const QString db = newWorkspace(QStringLiteral("full"));
        const qint64 size = QFileInfo(db).size() / 1024;
        // Files may grow only a little past their present size: the import's writes fail with
        // EFBIG as on a full disk (the signal is ignored so the write returns an error instead).
        const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("ofc"),
                           QStringLiteral("import"), m_packages.at(1)},
                          QStringLiteral("officer-test-passphrase"),
                          QStringLiteral("trap '' XFSZ; ulimit -f %1;").arg(size + 300));
        QVERIFY2(r.code != 0 && r.code != 4, r.err.constData()); // our failure, not the package's
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(markCount(db, QStringLiteral("SYP/2026/011902")), -1);
        QVERIFY(QFile::exists(m_packages.at(1) + QStringLiteral("/manifest.json")));
        QCOMPARE(admin({QStringLiteral("verify")}, db).code, 0);
        QCOMPARE(officer({QStringLiteral("import"), m_packages.at(1)}, db).code, 0);
        QCOMPARE(markCount(db, QStringLiteral("SYP/2026/011902")), 2);
    }
};

QTEST_MAIN(TestImportCommands)
#include "tst_importcommands.moc"
