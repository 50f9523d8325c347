#include "app/services/inboxwatcher.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using namespace ridgeline;
using namespace std::chrono_literals;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray sha(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestInboxWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void folderIsTakenOnlyWhenReady()
    {
        QTemporaryDir dir;
        InboxWatcher watcher(dir.path(), 100ms);
        QSignalSpy ready(&watcher, &InboxWatcher::packageReady);
        QVERIFY(watcher.start().ok());
        const QString package = dir.filePath(QStringLiteral("scene-1"));
        writeFile(package + QStringLiteral("/manifest.json"), "{}");
        QVERIFY(!ready.wait(400)); // still being written: no marker
        writeFile(package + QStringLiteral("/.ready"), "");
        QVERIFY(ready.wait(3000));
        QCOMPARE(ready.size(), 1);
        QCOMPARE(ready.at(0).at(0).toString(), package);
        // Announced once, however many scans follow.
        watcher.scanNow();
        watcher.scanNow();
        QCOMPARE(ready.size(), 1);
    }

    void zipIsTakenWhenCompleteAndSettled()
    {
        QTemporaryDir dir;
        InboxWatcher watcher(dir.path(), 50ms);
        QSignalSpy ready(&watcher, &InboxWatcher::packageReady);
        QVERIFY(watcher.start().ok());
        // A partial zip (no central directory) is never announced.
        writeFile(dir.filePath(QStringLiteral("partial.zip")), QByteArray("PK\x03\x04", 4) + QByteArray(500, 'x'));
        const QString zipPath = dir.filePath(QStringLiteral("scene-2.zip"));
        int err = 0;
        zip_t *z = zip_open(QFile::encodeName(zipPath + QStringLiteral(".part")).constData(), ZIP_CREATE, &err);
        const QByteArray manifest("{}");
        zip_file_add(z, "manifest.json", zip_source_buffer(z, manifest.constData(), 2, 0), 0);
        zip_close(z);
        QVERIFY(QFile::rename(zipPath + QStringLiteral(".part"), zipPath));
        QVERIFY(ready.wait(3000));
        QCOMPARE(ready.size(), 1);
        QCOMPARE(ready.at(0).at(0).toString(), zipPath);
        QTest::qWait(300);
        QCOMPARE(ready.size(), 1);
    }

    void quarantineKeepsBytesAndWritesReason()
    {
        QTemporaryDir dir;
        InboxWatcher watcher(dir.path(), 1h);
        QVERIFY(watcher.start().ok());
        const QString package = dir.filePath(QStringLiteral("bad.zip"));
        writeFile(package, "not really a zip");
        const QByteArray before = sha(package);
        auto moved = watcher.moveToQuarantine(package, QStringLiteral("manifest.json: is not valid JSON"));
        QVERIFY(moved.ok());
        QVERIFY(!QFile::exists(package));
        QVERIFY(moved->startsWith(watcher.quarantinePath()));
        QCOMPARE(sha(*moved), before);
        QFile reason(*moved + QStringLiteral(".reason.txt"));
        QVERIFY(reason.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(reason.readAll());
        QVERIFY(text.contains(QStringLiteral("bad.zip")));
        QVERIFY(text.contains(QStringLiteral("is not valid JSON")));
    }

    void sameNameTwiceGetsTwoPlaces()
    {
        QTemporaryDir dir;
        InboxWatcher watcher(dir.path(), 1h);
        QVERIFY(watcher.start().ok());
        const QString package = dir.filePath(QStringLiteral("p.zip"));
        writeFile(package, "one");
        auto first = watcher.moveToImported(package);
        writeFile(package, "two");
        auto second = watcher.moveToImported(package);
        QVERIFY(first.ok() && second.ok());
        QVERIFY(*first != *second);
        QVERIFY(QFile::exists(*first) && QFile::exists(*second));
    }

    void copyIntoQuarantineLeavesTheOriginal()
    {
        QTemporaryDir dir;
        const QString package = dir.filePath(QStringLiteral("from-usb"));
        writeFile(package + QStringLiteral("/manifest.json"), "{bad");
        writeFile(package + QStringLiteral("/marks/a.png"), "pixels");
        QVERIFY(QFile::link(QStringLiteral("/etc/hostname"), package + QStringLiteral("/marks/link.png")));
        auto copied =
            InboxWatcher::copyIntoQuarantine(dir.filePath(QStringLiteral("q")), package, QStringLiteral("bad json"));
        QVERIFY2(copied.ok(), qPrintable(copied.ok() ? QString() : copied.error().message()));
        QVERIFY(QFile::exists(package + QStringLiteral("/marks/a.png"))); // original untouched
        QCOMPARE(sha(*copied + QStringLiteral("/marks/a.png")), sha(package + QStringLiteral("/marks/a.png")));
        QVERIFY(!QFileInfo::exists(*copied + QStringLiteral("/marks/link.png"))); // links are never followed
        QVERIFY(QFile::exists(*copied + QStringLiteral(".reason.txt")));
        QCOMPARE(InboxWatcher::inboxPathFor(QStringLiteral("/data/ws.ridgeline")),
                 QStringLiteral("/data/ws.ridgeline.inbox"));
    }
};

QTEST_GUILESS_MAIN(TestInboxWatcher)
#include "tst_inboxwatcher.moc"
