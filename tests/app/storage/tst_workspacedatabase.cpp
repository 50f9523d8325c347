#include "app/storage/schema.h"
#include "app/storage/workspacedatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ridgeline;
using namespace ridgeline::storage;

class TestWorkspaceDatabase : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    QString fresh() { return m_dir.filePath(QStringLiteral("w%1.db").arg(++m_n)); }

private Q_SLOTS:
    void pragmasAreThoseOfTheDesign()
    {
        const SecretBytes key = SecretBytes::random(32);
        auto db = WorkspaceDatabase::create(fresh(), key);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message()));
        SqliteDatabase &sql = (*db)->sql();
        QCOMPARE(*sql.queryInt("PRAGMA cipher_page_size"), 4096);
        QCOMPARE(*sql.queryText("PRAGMA journal_mode"), QStringLiteral("wal"));
        QCOMPARE(*sql.queryInt("PRAGMA synchronous"), 2); // FULL
        QCOMPARE(*sql.queryInt("PRAGMA foreign_keys"), 1);
        QCOMPARE(*sql.queryInt("PRAGMA temp_store"), 2); // MEMORY
        QCOMPARE(*sql.queryInt("SELECT MAX(version) FROM schema_version"), latestSchemaVersion());
        QCOMPARE((*db)->databaseId().size(), 16);
    }

    void reopensWithTheKeyAndKeepsItsId()
    {
        const QString path = fresh();
        const SecretBytes key = SecretBytes::random(32);
        QByteArray id;
        {
            auto db = WorkspaceDatabase::create(path, key);
            QVERIFY(db);
            id = (*db)->databaseId();
        }
        auto db = WorkspaceDatabase::open(path, key);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message()));
        QCOMPARE((*db)->databaseId(), id);
    }

    void wrongKeyIsCorruptNotACrash()
    {
        const QString path = fresh();
        {
            auto db = WorkspaceDatabase::create(path, SecretBytes::random(32));
            QVERIFY(db);
        }
        auto db = WorkspaceDatabase::open(path, SecretBytes::random(32));
        QVERIFY(!db);
        QCOMPARE(db.error().code(), ErrorCode::Corrupt);
        QVERIFY(db.error().message().contains(path));
    }

    void newerSchemaIsRefusedAndLeftAlone()
    {
        const QString path = fresh();
        const SecretBytes key = SecretBytes::random(32);
        {
            auto db = WorkspaceDatabase::create(path, key);
            QVERIFY(db);
            QVERIFY((*db)->sql().exec("INSERT INTO schema_version VALUES (999, 0)"));
        }
        auto db = WorkspaceDatabase::open(path, key);
        QVERIFY(!db);
        QCOMPARE(db.error().code(), ErrorCode::BadInput);
        QVERIFY(db.error().message().contains(QLatin1String("newer")));
    }

    void truncatedFileIsCorrupt()
    {
        const QString path = fresh();
        const SecretBytes key = SecretBytes::random(32);
        {
            auto db = WorkspaceDatabase::create(path, key);
            QVERIFY(db);
        }
        const qint64 size = QFileInfo(path).size();
        QVERIFY(size > 3 * 4096);
        for (qint64 cut : {size - 4096, size - 100, qint64(4096 + 17)}) {
            QFile::remove(path + QStringLiteral(".bak"));
            QVERIFY(QFile::copy(path, path + QStringLiteral(".bak")));
            QVERIFY(QFile::resize(path, cut));
            auto db = WorkspaceDatabase::open(path, key);
            QVERIFY(!db);
            QCOMPARE(db.error().code(), ErrorCode::Corrupt);
            QCOMPARE(QFileInfo(path).size(), cut); // nothing written to it
            QVERIFY(QFile::remove(path));
            QVERIFY(QFile::copy(path + QStringLiteral(".bak"), path));
        }
    }

    void unencryptedReferenceHasNoKey()
    {
        auto db = WorkspaceDatabase::createUnencryptedForBenchmark(fresh());
        QVERIFY(db);
        QVERIFY((*db)->setSetting(QStringLiteral("x"), QStringLiteral("plain-canary")));
        (*db)->close();
        QFile f(m_dir.filePath(QStringLiteral("w%1.db").arg(m_n)));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("SQLite format 3"));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceDatabase)
#include "tst_workspacedatabase.moc"
