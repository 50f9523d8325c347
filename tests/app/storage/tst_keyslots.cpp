#include "app/storage/keyslots.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

using namespace ridgeline;
using namespace ridgeline::storage;

class TestKeySlots : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const KdfLimits m_fast = KdfLimits::minimumForTests();

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    static KeySlotHeader header() { return KeySlotHeader::createNew(QByteArray(16, 'i'), QByteArray(16, 's')); }

private Q_SLOTS:
    void shippedLimitsAreAtLeastModerate()
    {
        const KdfLimits limits = KdfLimits::moderate();
        QVERIFY(limits.opsLimit >= crypto_pwhash_OPSLIMIT_MODERATE);
        QVERIFY(limits.memLimit >= crypto_pwhash_MEMLIMIT_MODERATE);
    }

    void rightPassphraseUnwrapsTheKey()
    {
        const SecretBytes key = SecretBytes::random(32);
        KeySlotHeader h = header();
        QVERIFY(h.setSlot(QStringLiteral("ajones"), "river-slate-otter", key, m_fast));
        QVERIFY(h.save(path("a.keys"), key));
        auto loaded = KeySlotHeader::load(path("a.keys"));
        QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().message()));
        QVERIFY(loaded->verifyMac(key));
        QCOMPARE(loaded->limitsOf(QStringLiteral("ajones")).opsLimit, m_fast.opsLimit);
        auto unwrapped = loaded->unwrap(QStringLiteral("ajones"), "river-slate-otter");
        QVERIFY(unwrapped);
        QVERIFY(unwrapped->equals(key));
    }

    void wrongPassphraseAndUnknownUserAreRefusedAlike()
    {
        const SecretBytes key = SecretBytes::random(32);
        KeySlotHeader h = header();
        QVERIFY(h.setSlot(QStringLiteral("ajones"), "river-slate-otter", key, m_fast));
        auto wrong = h.unwrap(QStringLiteral("ajones"), "river-slate-otteR");
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code(), ErrorCode::AuthenticationFailed);
        auto unknown = h.unwrap(QStringLiteral("nobody"), "river-slate-otter");
        QCOMPARE(unknown.error().code(), ErrorCode::AuthenticationFailed);
    }

    void slotIsBoundToItsUserName()
    {
        // A slot copied under another name must not open: the name is the AEAD's associated data.
        const SecretBytes key = SecretBytes::random(32);
        KeySlotHeader h = header();
        QVERIFY(h.setSlot(QStringLiteral("ajones"), "river-slate-otter", key, m_fast));
        QVERIFY(h.save(path("b.keys"), key));
        QFile f(path("b.keys"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        f.close();
        text.replace("\"ajones\"", "\"bjones\"");
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
        f.close();
        auto loaded = KeySlotHeader::load(path("b.keys"));
        QVERIFY(!loaded); // checksum first
        QCOMPARE(loaded.error().code(), ErrorCode::Corrupt);
    }

    void everyFlippedBitOfTheHeaderIsDetected()
    {
        const SecretBytes key = SecretBytes::random(32);
        KeySlotHeader h = header();
        QVERIFY(h.setSlot(QStringLiteral("ajones"), "river-slate-otter", key, m_fast));
        QVERIFY(h.save(path("c.keys"), key));
        QFile f(path("c.keys"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray original = f.readAll();
        f.close();
        for (int i = 0; i < original.size(); i += 7) {
            QByteArray damaged = original;
            damaged[i] = char(damaged[i] ^ 0x04);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(damaged);
            f.close();
            auto loaded = KeySlotHeader::load(path("c.keys"));
            // Either refused as damaged, or (a flip in insignificant whitespace) still exactly right.
            if (loaded) {
                QVERIFY(loaded->verifyMac(key));
                QVERIFY(loaded->unwrap(QStringLiteral("ajones"), "river-slate-otter"));
            } else {
                QCOMPARE(loaded.error().code(), ErrorCode::Corrupt);
                QVERIFY(loaded.error().message().contains(path("c.keys")));
            }
        }
    }

    void editWithRecomputedChecksumFailsTheMac()
    {
        const SecretBytes key = SecretBytes::random(32);
        KeySlotHeader h = header();
        QVERIFY(h.setSlot(QStringLiteral("ajones"), "river-slate-otter", key, m_fast));
        QVERIFY(h.save(path("d.keys"), key));
        // Someone without the key raises the lockout count and fixes up the checksum.
        auto loaded = KeySlotHeader::load(path("d.keys"));
        QVERIFY(loaded);
        loaded->setLockoutPolicy({1000, 1});
        const SecretBytes otherKey = SecretBytes::random(32);
        QVERIFY(loaded->save(path("d.keys"), otherKey));
        auto reloaded = KeySlotHeader::load(path("d.keys"));
        QVERIFY(reloaded);
        QCOMPARE(reloaded->verifyMac(key).error().code(), ErrorCode::Corrupt);
    }

    void missingHeaderIsNotFoundWithAdvice()
    {
        auto loaded = KeySlotHeader::load(path("none.keys"));
        QCOMPARE(loaded.error().code(), ErrorCode::NotFound);
        QVERIFY(loaded.error().message().contains(QLatin1String("backup")));
    }

    void removeSlotDropsTheUser()
    {
        const SecretBytes key = SecretBytes::random(32);
        KeySlotHeader h = header();
        QVERIFY(h.setSlot(QStringLiteral("a"), "aaaaaaaaaaaa", key, m_fast));
        QVERIFY(h.setSlot(QStringLiteral("b"), "bbbbbbbbbbbb", key, m_fast));
        QVERIFY(h.removeSlot(QStringLiteral("a")));
        QCOMPARE(h.users(), QStringList{QStringLiteral("b")});
        QVERIFY(!h.unwrap(QStringLiteral("a"), "aaaaaaaaaaaa"));
    }

    void absurdLimitsInAHeaderAreRefused()
    {
        const SecretBytes key = SecretBytes::random(32);
        KeySlotHeader h = header();
        QVERIFY(!h.setSlot(QStringLiteral("a"), "aaaaaaaaaaaa", key, {1, 1024}));
        QVERIFY(!h.setSlot(QStringLiteral("a"), "aaaaaaaaaaaa", key, {1, std::size_t(1) << 40}));
    }
};

QTEST_GUILESS_MAIN(TestKeySlots)
#include "tst_keyslots.moc"
