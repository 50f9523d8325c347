// `ridgeline-cli an2k dump` against the NIST reference reader's dump of every transaction in
// ../shared/interop/an2k: byte for byte, or a clean rejection where the reference rejects.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

class TestAn2kDump : public QObject
{
    Q_OBJECT

private:
    static QString folder() { return QStringLiteral(RIDGELINE_SHARED_DIR "/interop/an2k"); }

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run dump(const QString &path)
    {
        QProcess p;
        p.start(QStringLiteral(RIDGELINE_CLI_PATH), {QStringLiteral("an2k"), QStringLiteral("dump"), path});
        Run run;
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
            return run; // a crash or hang shows as exit code -1
        run.exitCode = p.exitCode();
        run.out = p.readAllStandardOutput();
        run.err = p.readAllStandardError();
        return run;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QDir(folder()).exists())
            QSKIP("../shared/interop/an2k is absent: the interchange files are not in this checkout");
    }

    void dumpMatchesReference_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList names =
            QDir(folder()).entryList({QStringLiteral("*.an2"), QStringLiteral("*.an2k")}, QDir::Files, QDir::Name);
        QVERIFY(!names.isEmpty());
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << name;
    }

    void dumpMatchesReference()
    {
        QFETCH(QString, name);
        QFile expectedFile(folder() + QStringLiteral("/expected/") + name + QStringLiteral(".txt"));
        QVERIFY2(expectedFile.open(QIODevice::ReadOnly), qPrintable(name + QStringLiteral(": no expected dump")));
        const QByteArray expected = expectedFile.readAll();
        const Run run = dump(folder() + QLatin1Char('/') + name);
        if (expected.startsWith("REJECTED")) {
            // The reference refuses these; we must either refuse cleanly (exit 4 with a reason) or
            // read them without crashing. Ridgeline reads the UTF-8 one (1.015 = 3): see the next test.
            QVERIFY2(run.exitCode == 0 || (run.exitCode == 4 && !run.err.isEmpty()),
                     qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(QString::fromUtf8(run.err))));
            return;
        }
        QCOMPARE(run.exitCode, 0);
        if (run.out != expected) {
            const QList<QByteArray> a = run.out.split('\n'), b = expected.split('\n');
            for (qsizetype i = 0; i < qMin(a.size(), b.size()); ++i)
                QCOMPARE(a[i], b[i]);
            QCOMPARE(a.size(), b.size());
        }
    }

    // Better than the reference: a transaction in UTF-8 (declared in 1.015) is read, not refused.
    void utf8TransactionIsRead()
    {
        const Run run = dump(folder() + QStringLiteral("/type-14-amp-nqm-utf8.an2"));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("1.13.1.2 [1.015]=UTF-8\n"));
        QVERIFY(run.out.contains(QStringLiteral("[2.003]=two chinese characters: \u83EF\u88D4\n").toUtf8()));
    }

    void missingFileIsNotFound()
    {
        const Run run = dump(folder() + QStringLiteral("/no-such-file.an2"));
        QCOMPARE(run.exitCode, 7);
        QVERIFY(run.err.contains("no-such-file.an2"));
    }
};

QTEST_GUILESS_MAIN(TestAn2kDump)
#include "tst_an2kdump.moc"
