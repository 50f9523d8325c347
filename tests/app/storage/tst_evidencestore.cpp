#include "app/storage/evidencestore.h"
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
};

QTEST_GUILESS_MAIN(TestEvidenceStore)
#include "tst_evidencestore.moc"
