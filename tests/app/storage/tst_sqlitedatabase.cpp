#include "app/storage/sqlitedatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ridgeline;
using namespace ridgeline::storage;

class TestSqliteDatabase : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteDatabase> m_db;

    qint64 count() { return *m_db->queryInt("SELECT count(*) FROM t"); }

private Q_SLOTS:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("t.db")));
        auto db = SqliteDatabase::open(m_dir.filePath(QStringLiteral("t.db")), true);
        QVERIFY(db);
        m_db = std::move(*db);
        QVERIFY(m_db->exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT UNIQUE, data BLOB)"));
    }
    void cleanup() { m_db.reset(); }

    void bindAndReadBack()
    {
        SqliteStatement insert(*m_db, "INSERT INTO t (name, data) VALUES (?, ?)");
        insert.bind(1, QStringLiteral("Llŷn")).bindBlob(2, QByteArray("\0\1\2", 3));
        QVERIFY(insert.run());
        SqliteStatement select(*m_db, "SELECT name, data FROM t");
        QVERIFY(*select.step());
        QCOMPARE(select.text(0), QStringLiteral("Llŷn"));
        QCOMPARE(select.blob(1), QByteArray("\0\1\2", 3));
        QVERIFY(!*select.step());
    }

    void transactionRollsBackWhenLeftUncommitted()
    {
        {
            SqliteTransaction t(*m_db);
            QVERIFY(t.status());
            QVERIFY(m_db->exec("INSERT INTO t (name) VALUES ('a')"));
        }
        QCOMPARE(count(), 0);
        QCOMPARE(m_db->transactionDepth(), 0);
    }

    void nestedTransactionsCommitTogether()
    {
        SqliteTransaction outer(*m_db);
        QVERIFY(m_db->exec("INSERT INTO t (name) VALUES ('a')"));
        {
            SqliteTransaction inner(*m_db);
            QVERIFY(m_db->exec("INSERT INTO t (name) VALUES ('b')"));
            QVERIFY(inner.commit());
        }
        QCOMPARE(count(), 2);
        QVERIFY(outer.commit());
        QCOMPARE(count(), 2);
    }

    void failedInnerTransactionAbortsTheWholeChange()
    {
        {
            SqliteTransaction outer(*m_db);
            QVERIFY(m_db->exec("INSERT INTO t (name) VALUES ('a')"));
            {
                SqliteTransaction inner(*m_db);
                QVERIFY(m_db->exec("INSERT INTO t (name) VALUES ('b')"));
            } // left uncommitted: a failed step
            Status committed = outer.commit();
            QVERIFY(!committed);
        }
        QCOMPARE(count(), 0);
        // The next transaction starts clean.
        SqliteTransaction next(*m_db);
        QVERIFY(m_db->exec("INSERT INTO t (name) VALUES ('c')"));
        QVERIFY(next.commit());
        QCOMPARE(count(), 1);
    }

    void constraintViolationIsAConflict()
    {
        QVERIFY(m_db->exec("INSERT INTO t (name) VALUES ('a')"));
        Status s = m_db->exec("INSERT INTO t (name) VALUES ('a')");
        QVERIFY(!s);
        QCOMPARE(s.error().code(), ErrorCode::Conflict);
    }

    void badSqlIsReportedNotCrashed()
    {
        SqliteStatement broken(*m_db, "SELEKT nonsense");
        broken.bind(1, 5);
        auto row = broken.step();
        QVERIFY(!row);
        QVERIFY(!row.error().message().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSqliteDatabase)
#include "tst_sqlitedatabase.moc"
