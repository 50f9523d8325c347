#include "app/storage/evidencestore.h"
#include "app/storage/sqlitedatabase.h"
#include "app/storage/workspacedatabase.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace ridgeline;
using namespace ridgeline::storage;

class TestEvidenceStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void chunkedOriginalReadsBackByteForByteAndTamperingIsRefused()
    {
        auto db = WorkspaceDatabase::create(m_dir.filePath(QStringLiteral("e.db")), SecretBytes::random(32));
        QVERIFY(db);
        EvidenceStore store((*db)->sql());
        QByteArray image(3 * EvidenceStore::kChunkSize + 123, '\0');
        QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(image.data()), image.size() / 4);
        auto sha = store.put(image, QStringLiteral("image/png"));
        QVERIFY(sha);
        QCOMPARE(*sha, QCryptographicHash::hash(image, QCryptographicHash::Sha256));
        QCOMPARE(*(*db)->sql().queryInt("SELECT count(*) FROM evidence_chunks"), 4);
        QVERIFY(store.put(image, QStringLiteral("image/png"))); // stored once
        QCOMPARE(*(*db)->sql().queryInt("SELECT count(*) FROM evidence_blobs"), 1);
        QCOMPARE(*store.read(*sha), image);

        QVERIFY((*db)->sql().exec("UPDATE evidence_chunks SET data = zeroblob(10) WHERE idx = 2"));
        auto read = store.read(*sha);
        QVERIFY(!read);
        QCOMPARE(read.error().code(), ErrorCode::Corrupt);
        QStringList problems;
        QCOMPARE(*store.verifyAll(problems), 1);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(QString::fromLatin1(sha->toHex())));
        QCOMPARE(store.read(QByteArray(32, 'x')).error().code(), ErrorCode::NotFound);
    }

    // Intake files under the manifest's hash while the store hashes on a second thread: a right
    // hash files the bytes once; a wrong one comes back as the real hash and nothing is committed,
    // whether the store's own transaction is the outermost or joins the import's.
    void bytesAreNeverFiledUnderAHashTheyDoNotHave()
    {
        auto db = WorkspaceDatabase::create(m_dir.filePath(QStringLiteral("x.db")), SecretBytes::random(32));
        QVERIFY(db);
        SqliteDatabase &sql = (*db)->sql();
        EvidenceStore store(sql);
        QByteArray image(2 * EvidenceStore::kChunkSize + 77, '\0');
        QRandomGenerator(9).fillRange(reinterpret_cast<quint32 *>(image.data()), image.size() / 4);
        const QByteArray truth = QCryptographicHash::hash(image, QCryptographicHash::Sha256);
        const QByteArray claimed = QCryptographicHash::hash("another file", QCryptographicHash::Sha256);

        bool stored = true;
        auto wrong = store.putExpecting(image, claimed, QStringLiteral("image/png"), &stored);
        QVERIFY(wrong);
        QCOMPARE(*wrong, truth);
        QVERIFY(!stored);
        QCOMPARE(*sql.queryInt("SELECT count(*) FROM evidence_blobs"), 0);
        QCOMPARE(*sql.queryInt("SELECT count(*) FROM evidence_chunks"), 0);
        {
            SqliteTransaction import(sql);
            QVERIFY(store.putExpecting(image, claimed, QStringLiteral("image/png")));
            QVERIFY2(!import.commit(), "an import holding a mismatched original must not commit");
        }
        QCOMPARE(*sql.queryInt("SELECT count(*) FROM evidence_blobs"), 0);

        auto right = store.putExpecting(image, truth, QStringLiteral("image/png"), &stored);
        QVERIFY(right);
        QCOMPARE(*right, truth);
        QVERIFY(stored);
        QVERIFY(store.putExpecting(image, truth, QStringLiteral("image/png"), &stored));
        QVERIFY(!stored); // the same bytes again: already held
        QCOMPARE(*sql.queryInt("SELECT count(*) FROM evidence_blobs"), 1);
        QCOMPARE(*store.read(truth), image);

        // Different bytes claiming a hash the workspace already holds are refused the same way.
        QByteArray altered = image;
        altered[100] = char(altered[100] ^ 1);
        auto tampered = store.putExpecting(altered, truth, QStringLiteral("image/png"), &stored);
        QVERIFY(tampered);
        QVERIFY(*tampered != truth);
        QCOMPARE(*store.read(truth), image);
    }
};

QTEST_GUILESS_MAIN(TestEvidenceStore)
#include "tst_evidencestore.moc"
