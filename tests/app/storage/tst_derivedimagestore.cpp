// Derived data (thumbnails, tile pyramids) beside the originals, and WAL checkpoints moved off the
// writer's thread: the storage halves of intake's background work (decision 0003).
#include "app/storage/derivedimagestore.h"
#include "app/storage/evidencestore.h"
#include "app/storage/sha256.h"
#include "app/storage/workspacedatabase.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace ridgeline;
using namespace ridgeline::storage;

namespace {

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, '\0');
    QRandomGenerator(seed).fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

} // namespace

class TestDerivedImageStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void derivedDataIsKeptBesideItsOriginal()
    {
        auto db = WorkspaceDatabase::create(m_dir.filePath(QStringLiteral("d.db")), SecretBytes::random(32));
        QVERIFY(db);
        EvidenceStore evidence((*db)->sql());
        DerivedImageStore derived((*db)->sql());
        auto sha = evidence.put(randomBytes(5000, 1), QStringLiteral("image/png"));
        QVERIFY(sha);

        QCOMPARE(derived.read(*sha, QStringLiteral("thumbnail")).error().code(), ErrorCode::NotFound);
        QVERIFY(derived.store(*sha, QStringLiteral("thumbnail"), "first"));
        QVERIFY(derived.store(*sha, QStringLiteral("thumbnail"), "second")); // replaced, not added
        QCOMPARE(*derived.read(*sha, QStringLiteral("thumbnail")), QByteArray("second"));
        QVERIFY(derived.store(*sha, QStringLiteral("tiles/0/0/0"), "a"));
        QVERIFY(derived.store(*sha, QStringLiteral("tiles%/1"), "b")); // '%' is no wildcard for removal
        QCOMPARE(*derived.remove(*sha, QStringLiteral("tiles/")), 1);
        QCOMPARE(*derived.read(*sha, QStringLiteral("tiles%/1")), QByteArray("b"));
        QCOMPARE(*derived.remove(*sha, QString()), 2); // all kinds of that original

        // Never for an original the workspace does not hold, and never counted as evidence.
        const QByteArray absent = QCryptographicHash::hash("absent", QCryptographicHash::Sha256);
        QCOMPARE(derived.store(absent, QStringLiteral("thumbnail"), "x").error().code(), ErrorCode::NotFound);
        QVERIFY(derived.store(*sha, QStringLiteral("thumbnail"), "again"));
        QStringList problems;
        QCOMPARE(*evidence.verifyAll(problems), 1);
        QVERIFY(problems.isEmpty());
    }

    void theStoreHashesWithTheSameDigestAsQt()
    {
        // OpenSSL's SHA-256 (SHA-NI) replaces QCryptographicHash for originals: same digest, in one
        // call and in pieces.
        for (qsizetype size : {0, 1, 63, 64, 65, 1 << 20, (1 << 20) + 17}) {
            const QByteArray bytes = randomBytes(size, quint32(size));
            const QByteArray expected = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
            QCOMPARE(Sha256::hash(bytes), expected);
            Sha256 pieces;
            pieces.addData(QByteArrayView(bytes).first(size / 3));
            pieces.addData(QByteArrayView(bytes).sliced(size / 3));
            QCOMPARE(pieces.result(), expected);
        }
    }

    void checkpointsRunOffTheWritersThread()
    {
        const QString path = m_dir.filePath(QStringLiteral("c.db"));
        const SecretBytes key = SecretBytes::random(32);
        auto db = WorkspaceDatabase::create(path, key);
        QVERIFY(db);
        WalCheckpointer *checkpointer = (*db)->checkpointer();
        QVERIFY(checkpointer);
        // A small commit stays in the WAL: under SQLite's threshold of 1000 pages.
        EvidenceStore evidence((*db)->sql());
        QVERIFY(evidence.put(randomBytes(100 * 1024, 2), QStringLiteral("image/png")));
        checkpointer->waitIdle();
        QCOMPARE(checkpointer->checkpointsDone(), 0);
        // A large one (about 2300 pages) wakes the checkpointer, which copies it into the main file.
        const QByteArray big = randomBytes(9 * 1024 * 1024, 3);
        auto sha = evidence.put(big, QStringLiteral("image/png"));
        QVERIFY(sha);
        checkpointer->waitIdle();
        QVERIFY(checkpointer->checkpointsDone() >= 1);
        QVERIFY2(QFileInfo(path).size() > big.size(), qPrintable(QString::number(QFileInfo(path).size())));
        // The writer keeps writing after a checkpoint (the WAL is reused), and everything reads back
        // after the workspace is closed and opened again.
        QVERIFY(evidence.put(randomBytes(300 * 1024, 4), QStringLiteral("image/png")));
        (*db)->close();
        auto reopened = WorkspaceDatabase::open(path, key);
        QVERIFY(reopened);
        QCOMPARE(*EvidenceStore((*reopened)->sql()).read(*sha), big);
        QCOMPARE(*(*reopened)->sql().queryInt("SELECT count(*) FROM evidence_blobs"), 3);
    }

    // A long import asks for the WAL to be written out while its transaction is still open; that
    // starts the disk early and changes nothing about what is committed: an abandoned transaction
    // still leaves nothing behind, a committed one reads back whole.
    void flushAheadWritesTheWalEarlyWithoutCommitting()
    {
        const QString path = m_dir.filePath(QStringLiteral("f.db"));
        const SecretBytes key = SecretBytes::random(32);
        auto db = WorkspaceDatabase::create(path, key);
        QVERIFY(db);
        WalCheckpointer *checkpointer = (*db)->checkpointer();
        QVERIFY(checkpointer);
        // A small page cache, so that the open transaction spills its pages into the WAL as an
        // import of hundreds of megabytes does past the workspace's 64 MiB cache.
        QVERIFY((*db)->sql().exec("PRAGMA cache_size = -1024"));
        EvidenceStore evidence((*db)->sql());
        const QByteArray big = randomBytes(12 * 1024 * 1024, 5);
        {
            SqliteTransaction abandoned((*db)->sql());
            QVERIFY(evidence.put(big, QStringLiteral("image/png")));
            QVERIFY2(QFileInfo(path + QStringLiteral("-wal")).size() > big.size() / 2,
                     qPrintable(QString::number(QFileInfo(path + QStringLiteral("-wal")).size())));
            checkpointer->flushAhead();
            checkpointer->waitIdle();
            QCOMPARE(checkpointer->writebacksStarted(), 1);
        }
        QCOMPARE(*(*db)->sql().queryInt("SELECT count(*) FROM evidence_blobs"), 0);
        QByteArray sha;
        {
            SqliteTransaction kept((*db)->sql());
            auto put = evidence.put(big, QStringLiteral("image/png"));
            QVERIFY(put);
            sha = *put;
            checkpointer->flushAhead();
            checkpointer->waitIdle();
            QCOMPARE(checkpointer->writebacksStarted(), 2);
            QVERIFY(kept.commit());
        }
        (*db)->close();
        auto reopened = WorkspaceDatabase::open(path, key);
        QVERIFY(reopened);
        QCOMPARE(*EvidenceStore((*reopened)->sql()).read(sha), big);
    }
};

QTEST_GUILESS_MAIN(TestDerivedImageStore)
#include "tst_derivedimagestore.moc"
