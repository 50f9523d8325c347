#include "app/interop/transmissionpackage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <zip.h>

using namespace ridgeline;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

TransmissionManifest manifestFor(const QMap<QString, QByteArray> &files)
{
    TransmissionManifest m;
    int n = 1;
    for (auto it = files.begin(); it != files.end(); ++it) {
        TransmissionItem item;
        item.exhibitReference = QStringLiteral("JH/%1").arg(n++);
        item.path = it.key();
        item.sha256 = QCryptographicHash::hash(it.value(), QCryptographicHash::Sha256);
        m.items.append(item);
    }
    return m;
}

struct ZipEntry
{
    QString name;
    QByteArray data;
    bool symlink = false;
};

} // namespace

Q_DECLARE_METATYPE(ZipEntry)

namespace {

// Writes a real zip with libzip; entries are stored deflated.
QString makeZip(const QString &dir, const QList<ZipEntry> &entries)
{
    const QString path = dir + QStringLiteral("/package.zip");
    int err = 0;
    zip_t *z = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    for (const ZipEntry &e : entries) {
        zip_source_t *src = zip_source_buffer(z, e.data.constData(), zip_uint64_t(e.data.size()), 0);
        const zip_int64_t index = zip_file_add(z, e.name.toUtf8().constData(), src, ZIP_FL_ENC_UTF_8);
        if (e.symlink)
            zip_file_set_external_attributes(z, zip_uint64_t(index), 0, ZIP_OPSYS_UNIX, (S_IFLNK | 0777) << 16);
    }
    zip_close(z); // copies the buffers, which stay alive in `entries` until here
    return path;
}

} // namespace

class TestTransmissionPackage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void folderNeedsReadyMarker()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("manifest.json")), "{}");
        QVERIFY(!TransmissionPackage::isComplete(dir.path()));
        writeFile(dir.filePath(QStringLiteral(".ready")), "");
        QVERIFY(TransmissionPackage::isComplete(dir.path()));
    }

    void folderListsAndReads()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("manifest.json")), "{}");
        writeFile(dir.filePath(QStringLiteral("marks/jh1.png")), "pixels");
        auto package = TransmissionPackage::open(dir.path());
        QVERIFY2(package.ok(), qPrintable(package.ok() ? QString() : package.error().message()));
        QCOMPARE(package->files(), (QStringList{QStringLiteral("manifest.json"), QStringLiteral("marks/jh1.png")}));
        QCOMPARE(package->readFile(QStringLiteral("marks/jh1.png")).value(), QByteArray("pixels"));
        QVERIFY(!package->isZip());
        QVERIFY(package->checkListing(manifestFor({{QStringLiteral("marks/jh1.png"), "pixels"}})).ok());
    }

    void listingFindsMissingAndExtraFiles()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("manifest.json")), "{}");
        writeFile(dir.filePath(QStringLiteral("marks/jh1.png")), "pixels");
        writeFile(dir.filePath(QStringLiteral("marks/stray.png")), "?");
        auto package = TransmissionPackage::open(dir.path());
        QVERIFY(package.ok());
        Status extra = package->checkListing(manifestFor({{QStringLiteral("marks/jh1.png"), "pixels"}}));
        QVERIFY(!extra.ok());
        QVERIFY2(extra.error().message().contains(QStringLiteral("\"marks/stray.png\" is not listed")),
                 qPrintable(extra.error().message()));
        Status missing = package->checkListing(manifestFor({{QStringLiteral("marks/jh1.png"), "pixels"},
                                                            {QStringLiteral("marks/stray.png"), "?"},
                                                            {QStringLiteral("marks/jh9.png"), "x"}}));
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().message().contains(QStringLiteral("\"marks/jh9.png\"")),
                 qPrintable(missing.error().message()));
        QVERIFY(missing.error().message().contains(QStringLiteral("missing")));
    }

    void relativePathsWork()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("pk/one/manifest.json")), "{}");
        writeFile(dir.filePath(QStringLiteral("pk/one/a.png")), "x");
        const QString before = QDir::currentPath();
        QDir::setCurrent(dir.path());
        auto package = TransmissionPackage::open(QStringLiteral("pk/one"));
        QDir::setCurrent(before);
        QVERIFY2(package.ok(), qPrintable(package.ok() ? QString() : package.error().message()));
        QCOMPARE(package->files(), (QStringList{QStringLiteral("a.png"), QStringLiteral("manifest.json")}));
    }

    void folderRefusesSymlinks()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("manifest.json")), "{}");
        QVERIFY(QFile::link(QStringLiteral("/etc/hostname"), dir.filePath(QStringLiteral("secret.png"))));
        auto package = TransmissionPackage::open(dir.path());
        QVERIFY(!package.ok());
        QCOMPARE(package.error().code(), ErrorCode::BadInput);
        QVERIFY2(package.error().message().contains(QStringLiteral("symbolic link")),
                 qPrintable(package.error().message()));
    }

    void folderNeedsManifest()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("a.png")), "x");
        auto package = TransmissionPackage::open(dir.path());
        QVERIFY(!package.ok());
        QVERIFY(package.error().message().contains(QStringLiteral("no manifest.json")));
    }

    void zipReadsBackExactly()
    {
        QTemporaryDir dir;
        QByteArray image(300000, '\0');
        for (qsizetype i = 0; i < image.size(); ++i)
            image[i] = char((i * 7919) % 251);
        const QString zip =
            makeZip(dir.path(), {{QStringLiteral("manifest.json"), "{}"}, {QStringLiteral("marks/jh1.png"), image}});
        QVERIFY(TransmissionPackage::isComplete(zip));
        auto package = TransmissionPackage::open(zip);
        QVERIFY2(package.ok(), qPrintable(package.ok() ? QString() : package.error().message()));
        QVERIFY(package->isZip());
        QCOMPARE(package->readFile(QStringLiteral("marks/jh1.png")).value(), image);
    }

    void zipRefusesHostileEntries_data()
    {
        QTest::addColumn<QList<ZipEntry>>("entries");
        QTest::addColumn<QString>("reason");
        QTest::newRow("zip slip") << QList<ZipEntry>{{QStringLiteral("manifest.json"), "{}"},
                                                     {QStringLiteral("../evil.sh"), "rm"}}
                                  << "unsafe name";
        QTest::newRow("absolute") << QList<ZipEntry>{{QStringLiteral("manifest.json"), "{}"},
                                                     {QStringLiteral("/tmp/evil"), "x"}}
                                  << "unsafe name";
        QTest::newRow("symlink") << QList<ZipEntry>{{QStringLiteral("manifest.json"), "{}"},
                                                    {QStringLiteral("a.png"), "/etc/shadow", true}}
                                 << "symbolic link";
        QTest::newRow("bomb") << QList<ZipEntry>{{QStringLiteral("manifest.json"), "{}"},
                                                 {QStringLiteral("zeros.png"), QByteArray(64 * 1024 * 1024, '\0')}}
                              << "zip bomb";
    }

    void zipRefusesHostileEntries()
    {
        QFETCH(QList<ZipEntry>, entries);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString zip = makeZip(dir.path(), entries);
        const QByteArray before = QCryptographicHash::hash(
            [&] {
                QFile f(zip);
                f.open(QIODevice::ReadOnly);
                return f.readAll();
            }(),
            QCryptographicHash::Sha256);
        auto package = TransmissionPackage::open(zip);
        QVERIFY(!package.ok());
        QCOMPARE(package.error().code(), ErrorCode::BadInput);
        QVERIFY2(package.error().message().contains(reason), qPrintable(package.error().message()));
        QFile f(zip);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256), before); // never altered
    }

    void truncatedZipIsIncompleteAndRefused()
    {
        QTemporaryDir dir;
        const QString zip = makeZip(
            dir.path(), {{QStringLiteral("manifest.json"), "{}"}, {QStringLiteral("a.png"), QByteArray(100000, 'x')}});
        QFile f(zip);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() / 2));
        f.close();
        QVERIFY(!TransmissionPackage::isComplete(zip));
        auto package = TransmissionPackage::open(zip);
        QVERIFY(!package.ok());
        QVERIFY(package.error().message().contains(QStringLiteral("not a readable zip")));
    }

    void signatureMustBe64Bytes()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("manifest.json")), "{}");
        writeFile(dir.filePath(QStringLiteral("manifest.json.sig")), QByteArray(64, 's').toBase64());
        auto package = TransmissionPackage::open(dir.path());
        QVERIFY(package.ok());
        auto sig = package->signature();
        QVERIFY(sig.ok() && sig->has_value());
        QCOMPARE(sig->value(), QByteArray(64, 's'));
        writeFile(dir.filePath(QStringLiteral("manifest.json.sig")), "not base64 !!");
        auto package2 = TransmissionPackage::open(dir.path());
        QVERIFY(package2.ok());
        QVERIFY(!package2->signature().ok());
    }
};

QTEST_GUILESS_MAIN(TestTransmissionPackage)
#include "tst_transmissionpackage.moc"
