// The CLI contract of design/CLI.md for the workspace commands: exit codes, --json output, where
// passphrases come from. Runs the real ridgeline-cli (RIDGELINE_CLI_PATH) with the real KDF limits.
#include "app/storage/keyslots.h"
#include "app/storage/workspacedatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ridgeline;

class TestWorkspaceCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;
    QMap<QString, QByteArray> m_passphrases; // demo user -> passphrase, parsed from the demo's table

    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run cli(const QStringList &args, const QMap<QString, QString> &env = {})
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(QStringLiteral("RIDGELINE_PASSPHRASE"));
        e.remove(QStringLiteral("RIDGELINE_NEW_PASSPHRASE"));
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            e.insert(it.key(), it.value());
        p.setProcessEnvironment(e);
        p.setStandardInputFile(QProcess::nullDevice()); // never a terminal: no prompt can hang the test
        p.start(QStringLiteral(RIDGELINE_CLI_PATH), args);
        if (!p.waitForFinished(600000))
            qFatal("ridgeline-cli did not finish");
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

    Run as(const QString &user, const QStringList &args)
    {
        return cli(QStringList{QStringLiteral("--db"), m_demo, QStringLiteral("--user"), user} + args,
                   {{QStringLiteral("RIDGELINE_PASSPHRASE"), QString::fromUtf8(m_passphrases.value(user))}});
    }

    static QJsonObject json(const Run &r)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON: %s", r.out.constData());
        return doc.object();
    }

    static QByteArray hashOf(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                           : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_demo = m_dir.filePath(QStringLiteral("demo/workspace.ridgeline"));
        const Run r = cli({QStringLiteral("demo"), QStringLiteral("--db"), m_demo});
        QVERIFY2(r.code == 0, r.err.constData());
        // USER ROLE NAME PASSPHRASE rows: the passphrase is the last column, words joined by '-'.
        static const QRegularExpression row(
            QStringLiteral("^(\\w+)\\s+(admin|examiner|case-officer|supervisor)\\s+.*\\s([a-z]+(?:-[a-z]+){3,4})$"),
            QRegularExpression::MultilineOption);
        for (auto it = row.globalMatch(QString::fromUtf8(r.out)); it.hasNext();) {
            const auto m = it.next();
            m_passphrases.insert(m.captured(1), m.captured(3).toUtf8());
        }
        QCOMPARE(m_passphrases.size(), 5);
        QVERIFY(r.out.contains("18 cases"));
        QVERIFY(r.out.contains("6 signed transmissions imported"));
    }

    void usageErrorsExitTwo()
    {
        QCOMPARE(cli({QStringLiteral("frobnicate")}).code, 2);
        QCOMPARE(cli({QStringLiteral("--db"), m_demo, QStringLiteral("cases"), QStringLiteral("list")}).code,
                 2);                                                                     // no --user
        QCOMPARE(cli({QStringLiteral("--db"), m_demo, QStringLiteral("init")}).code, 2); // no --admin
        // There is no way to pass a passphrase as an argument.
        QCOMPARE(as(QStringLiteral("mcollins"),
                    {QStringLiteral("verify"), QStringLiteral("--passphrase"), QStringLiteral("x")})
                     .code,
                 2);
        QCOMPARE(as(QStringLiteral("dhartley"),
                    {QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("not-a-ref")})
                     .code,
                 2);
    }

    void missingWorkspaceExitsSevenNamingIt()
    {
        const QString absent = m_dir.filePath(QStringLiteral("absent.ridgeline"));
        const Run r = cli({QStringLiteral("--db"), absent, QStringLiteral("--user"), QStringLiteral("x"),
                           QStringLiteral("cases"), QStringLiteral("list")},
                          {{QStringLiteral("RIDGELINE_PASSPHRASE"), QStringLiteral("whatever")}});
        QCOMPARE(r.code, 7);
        QVERIFY(r.err.contains(absent.toUtf8()));
    }

    void wrongPassphraseExitsThreeAndChangesNothing()
    {
        const QByteArray db = hashOf(m_demo);
        const QByteArray keys = hashOf(m_demo + QStringLiteral(".keys"));
        const Run r = cli({QStringLiteral("--db"), m_demo, QStringLiteral("--user"), QStringLiteral("dhartley"),
                           QStringLiteral("cases"), QStringLiteral("list")},
                          {{QStringLiteral("RIDGELINE_PASSPHRASE"), QStringLiteral("not-the-passphrase")}});
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains("dhartley"));
        QCOMPARE(hashOf(m_demo), db);
        QCOMPARE(hashOf(m_demo + QStringLiteral(".keys")), keys);
        QCOMPARE(cli({QStringLiteral("--db"), m_demo, QStringLiteral("--user"), QStringLiteral("nobody"),
                      QStringLiteral("verify")},
                     {{QStringLiteral("RIDGELINE_PASSPHRASE"), QStringLiteral("x")}})
                     .code,
                 3);
    }

    void listingsPrintJson()
    {
        const Run cases =
            as(QStringLiteral("dhartley"), {QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(cases.code, 0);
        const QJsonArray list = json(cases).value(QStringLiteral("cases")).toArray();
        QCOMPARE(list.size(), 18);
        const Run show = as(QStringLiteral("aokafor"), {QStringLiteral("case"), QStringLiteral("show"),
                                                        QStringLiteral("NWP/2026/000318"), QStringLiteral("--json")});
        QCOMPARE(show.code, 0);
        const QJsonObject c = json(show);
        QCOMPARE(c.value(QStringLiteral("force")).toString(), QStringLiteral("North Wales Police"));
        QVERIFY(!c.value(QStringLiteral("persons")).toArray().isEmpty());
        QCOMPARE(as(QStringLiteral("aokafor"),
                    {QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("NWP/2026/999999")})
                     .code,
                 7);
        QCOMPARE(as(QStringLiteral("admin"),
                    {QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("NWP/2026/000318")})
                     .code,
                 5);
        const Run users =
            as(QStringLiteral("admin"), {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(users.code, 0);
        QCOMPARE(json(users).value(QStringLiteral("users")).toArray().size(), 5);
        const Run audit =
            as(QStringLiteral("mcollins"), {QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--case"),
                                            QStringLiteral("WYP/2026/004117"), QStringLiteral("--json")});
        QCOMPARE(audit.code, 0);
        const QJsonArray events = json(audit).value(QStringLiteral("events")).toArray();
        QVERIFY(events.size() >= 3);
        QCOMPARE(events.first().toObject().value(QStringLiteral("action")).toString(), QStringLiteral("create-case"));
        QCOMPARE(as(QStringLiteral("aokafor"), {QStringLiteral("audit"), QStringLiteral("export")}).code, 5);
    }

    void userManagementThroughTheCli()
    {
        const QByteArray dbBefore = hashOf(m_demo);
        const Run add = cli(
            {QStringLiteral("--db"), m_demo, QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("user"),
             QStringLiteral("add"), QStringLiteral("tjenkins"), QStringLiteral("--role"), QStringLiteral("examiner")},
            {{QStringLiteral("RIDGELINE_PASSPHRASE"), QString::fromUtf8(m_passphrases.value(QStringLiteral("admin")))},
             {QStringLiteral("RIDGELINE_NEW_PASSPHRASE"), QStringLiteral("kettle-plume-sorrel-wren")}});
        QVERIFY2(add.code == 0, add.err.constData());
        m_passphrases.insert(QStringLiteral("tjenkins"), "kettle-plume-sorrel-wren");
        QCOMPARE(as(QStringLiteral("tjenkins"), {QStringLiteral("cases"), QStringLiteral("list")}).code, 0);
        // A passphrase file works as well as the environment.
        const QString file = m_dir.filePath(QStringLiteral("pass.txt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("kettle-plume-sorrel-wren\n");
        f.close();
        QCOMPARE(cli({QStringLiteral("--db"), m_demo, QStringLiteral("--user"), QStringLiteral("tjenkins"),
                      QStringLiteral("--passphrase-file"), file, QStringLiteral("cases"), QStringLiteral("list")})
                     .code,
                 0);
        QCOMPARE(as(QStringLiteral("tjenkins"), {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("eve"),
                                                 QStringLiteral("--role"), QStringLiteral("admin")})
                     .code,
                 5);
        QCOMPARE(as(QStringLiteral("admin"), {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x"),
                                              QStringLiteral("--role"), QStringLiteral("wizard")})
                     .code,
                 2);
        QCOMPARE(
            as(QStringLiteral("admin"), {QStringLiteral("user"), QStringLiteral("remove"), QStringLiteral("tjenkins")})
                .code,
            0);
        QCOMPARE(as(QStringLiteral("tjenkins"), {QStringLiteral("cases"), QStringLiteral("list")}).code, 3);
        QVERIFY(hashOf(m_demo) != QByteArray()); // still there
        Q_UNUSED(dbBefore);
    }

    void verifyExitsZeroThenSixNamingTheTamperedEvent()
    {
        const Run ok = as(QStringLiteral("mcollins"), {QStringLiteral("verify"), QStringLiteral("--json")});
        QVERIFY2(ok.code == 0, ok.out.constData());
        const QJsonObject report = json(ok);
        QVERIFY(report.value(QStringLiteral("ok")).toBool());
        QCOMPARE(report.value(QStringLiteral("workstationPublicKey")).toString().size(), 64);
        QVERIFY(report.value(QStringLiteral("signaturesChecked")).toInt() >= 1);

        {
            // Test hook: the raw key from admin's slot, triggers dropped, one event edited.
            auto header = storage::KeySlotHeader::load(m_demo + QStringLiteral(".keys"));
            QVERIFY(header);
            auto key = header->unwrap(QStringLiteral("admin"), m_passphrases.value(QStringLiteral("admin")));
            QVERIFY(key);
            auto db = storage::WorkspaceDatabase::open(m_demo, *key);
            QVERIFY2(db, db ? "" : qPrintable(db.error().message()));
            QVERIFY((*db)->sql().exec("DROP TRIGGER audit_events_no_update"));
            QVERIFY((*db)->sql().exec("UPDATE audit_events SET details = 'quietly changed' WHERE seq = 9"));
        }
        const Run bad = as(QStringLiteral("mcollins"), {QStringLiteral("verify"), QStringLiteral("--json")});
        QCOMPARE(bad.code, 6);
        const QJsonObject damaged = json(bad);
        QVERIFY(!damaged.value(QStringLiteral("ok")).toBool());
        QCOMPARE(damaged.value(QStringLiteral("firstBadEvent")).toInt(), 9);
        QVERIFY(
            damaged.value(QStringLiteral("problems")).toArray().first().toString().contains(QLatin1String("event 9")));
        const Run text = as(QStringLiteral("mcollins"), {QStringLiteral("verify")});
        QCOMPARE(text.code, 6);
        QVERIFY(text.out.contains("event 9"));
    }

    void initCreatesAWorkspace()
    {
        const QString path = m_dir.filePath(QStringLiteral("new/ws.ridgeline"));
        const QMap<QString, QString> env{
            {QStringLiteral("RIDGELINE_PASSPHRASE"), QStringLiteral("first-admin-passphrase")}};
        const Run init = cli(
            {QStringLiteral("init"), QStringLiteral("--db"), path, QStringLiteral("--admin"), QStringLiteral("root")},
            env);
        QVERIFY2(init.code == 0, init.err.constData());
        QVERIFY(QFile::exists(path + QStringLiteral(".keys")));
        QVERIFY(!init.out.contains("first-admin-passphrase"));
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--db"), path, QStringLiteral("--admin"),
                      QStringLiteral("root")},
                     env)
                     .code,
                 4);
        const Run verify = cli(
            {QStringLiteral("--db"), path, QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("verify")},
            env);
        QCOMPARE(verify.code, 0);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceCommands)
#include "tst_workspacecommands.moc"
