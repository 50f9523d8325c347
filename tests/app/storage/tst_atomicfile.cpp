#include "app/storage/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ridgeline;
using namespace ridgeline::storage;

class TestAtomicFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replacesContentsAndLeavesNoTemporaryFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.keys"));
        QVERIFY(writeFileAtomically(path, "first"));
        QVERIFY(writeFileAtomically(path, "second"));
        QCOMPARE(*readWholeFile(path), QByteArray("second"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("x.keys")});
        QCOMPARE(QFile(path).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
    }

    void unwritableFolderIsAnIoErrorNamingThePath()
    {
        Status s = writeFileAtomically(QStringLiteral("/proc/ridgeline-no/x.keys"), "x");
        QVERIFY(!s);
        QCOMPARE(s.error().code(), ErrorCode::Io);
        QVERIFY(s.error().message().contains(QLatin1String("/proc/ridgeline-no")));
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
