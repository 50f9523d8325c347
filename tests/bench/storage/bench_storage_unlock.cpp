// Unlocking with the shipped limits (Argon2id MODERATE + SQLCipher open + sign-in audit): target
// under 1 s. Reference: Argon2id alone with the same limits.
#include "app/services/localworkspacesession.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace ridgeline;

class BenchStorageUnlock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unlock()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("u.ridgeline"));
        const QByteArray pass = "granite-jasper-walnut-torch";
        {
            auto admin = WorkspaceSession::create(path, QStringLiteral("admin"), pass); // shipped limits
            QVERIFY(admin);
        }
        QList<qint64> unlock, kdf;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            auto session = WorkspaceSession::open(path, QStringLiteral("admin"), pass);
            unlock.append(t.elapsed());
            QVERIFY(session);
            auto header = storage::KeySlotHeader::load(path + QStringLiteral(".keys"));
            t.restart();
            QVERIFY(header->unwrap(QStringLiteral("admin"), pass));
            kdf.append(t.elapsed());
        }
        std::sort(unlock.begin(), unlock.end());
        std::sort(kdf.begin(), kdf.end());
        const auto limits = storage::KdfLimits::moderate();
        qInfo("unlock (Argon2id ops=%llu mem=%zu MiB + open + sign-in audit): median %lld ms (target < 1000 ms); "
              "reference: Argon2id + unseal alone median %lld ms",
              static_cast<unsigned long long>(limits.opsLimit), limits.memLimit / (1024 * 1024), unlock.at(2),
              kdf.at(2));
        QVERIFY(unlock.at(2) < 1000);
    }
};

QTEST_GUILESS_MAIN(BenchStorageUnlock)
#include "bench_storage_unlock.moc"
