#include "app/reports/statementpdf.h"
#include "app/services/importpreparer.h"
#include "app/services/packagebuilder.h"
#include "tests/testsupport/pngbytes.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <zlib.h>

using namespace ridgeline;
using testing::ridgePng;

namespace {

QByteArray statementPdf()
{
    WitnessStatement s;
    s.caseReference = QStringLiteral("WYP/2026/000123");
    s.witnessName = QStringLiteral("Margaret Ackroyd");
    s.occupation = QStringLiteral("Retired");
    s.date = QDate(2026, 11, 24);
    s.paragraphs = {QStringLiteral("I found the kitchen window of 14 Mill Lane broken at 7am.")};
    return renderWitnessStatementPdf(s);
}

TransmissionManifest baseManifest()
{
    TransmissionManifest m;
    m.packageId = QStringLiteral("6f1c1f3e-2a43-4d0e-9a57-5d0f1b7c9e21");
    m.createdUtc = QDateTime(QDate(2026, 11, 24), QTime(9, 12), Qt::UTC);
    m.senderForce = QStringLiteral("WYP");
    m.senderForceName = QStringLiteral("West Yorkshire Police");
    m.deviceId = QStringLiteral("WYP-CSI-0042");
    m.sceneExaminer = QStringLiteral("CSI Jane Holt (4471)");
    m.caseReference = QStringLiteral("WYP/2026/000123");
    m.offence = QStringLiteral("Burglary dwelling");
    m.scenePlace = QStringLiteral("14 Mill Lane, Otley");
    m.sceneTimeUtc = QDateTime(QDate(2026, 11, 24), QTime(8, 30), Qt::UTC);
    TransmissionPerson p;
    p.ref = QStringLiteral("P1");
    p.familyName = QStringLiteral("Ackroyd");
    p.givenNames = QStringLiteral("Margaret");
    p.dateOfBirth = QDate(1951, 6, 3);
    p.role = PersonRole::Elimination;
    m.persons = {p};
    return m;
}

TransmissionItem item(const QString &exhibit, TransmissionItemKind kind, const QString &path)
{
    TransmissionItem i;
    i.exhibitReference = exhibit;
    i.kind = kind;
    i.path = path;
    return i;
}

// A good package: a mark at 1000 ppi, an elimination tenprint, a statement.
PackageBuilder goodPackage()
{
    PackageBuilder b(baseManifest());
    TransmissionItem mark =
        item(QStringLiteral("JH/1"), TransmissionItemKind::LatentFinger, QStringLiteral("marks/jh1.png"));
    mark.ppi = 1000;
    mark.developmentMethod = QStringLiteral("aluminium powder");
    b.addFile(mark, ridgePng(400, 300));
    TransmissionItem print =
        item(QStringLiteral("EP/1"), TransmissionItemKind::TenprintImpression, QStringLiteral("tenprints/p1-02.png"));
    print.personRef = QStringLiteral("P1");
    print.fingerPosition = 2;
    b.addFile(print, ridgePng(400, 400, 3, 500));
    TransmissionItem doc = item(QStringLiteral("DOC/1"), TransmissionItemKind::Document, QStringLiteral("docs/s1.pdf"));
    doc.documentKind = DocumentKind::Statement;
    doc.title = QStringLiteral("Statement of Margaret Ackroyd");
    b.addFile(doc, statementPdf());
    return b;
}

QByteArray pngClaiming(quint32 w, quint32 h)
{
    QByteArray png = ridgePng(64, 64);
    qToBigEndian<quint32>(w, png.data() + 16);
    qToBigEndian<quint32>(h, png.data() + 20);
    qToBigEndian<quint32>(quint32(crc32(0, reinterpret_cast<const Bytef *>(png.constData() + 12), 17)),
                          png.data() + 29);
    return png;
}

} // namespace

class TestImportPreparer : public QObject
{
    Q_OBJECT

private:
    static Result<ImportPlan> prepareFolder(const PackageBuilder &b)
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("package"));
        if (auto written = b.writeFolder(path); !written)
            return written.error();
        return ImportPreparer().prepare(path);
    }

    static void expectRefusal(const Result<ImportPlan> &plan, const QString &reason)
    {
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().code(), ErrorCode::BadInput);
        QVERIFY2(plan.error().message().contains(reason), qPrintable(plan.error().message()));
    }

private Q_SLOTS:
    void preparesEverythingFromAFolder()
    {
        auto plan = prepareFolder(goodPackage());
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message()));
        QCOMPARE(plan->transmission.id.toString(), QStringLiteral("6f1c1f3e-2a43-4d0e-9a57-5d0f1b7c9e21"));
        QCOMPARE(plan->caseRecord.reference.toString(), QStringLiteral("WYP/2026/000123"));
        QCOMPARE(plan->caseRecord.force, QStringLiteral("West Yorkshire Police"));
        QCOMPARE(plan->blobs.size(), 3);
        QCOMPARE(plan->marks.size(), 1);
        const ImportMark &mark = plan->marks.first();
        QCOMPARE(mark.mark.kind, MarkKind::LatentFinger);
        QCOMPARE(mark.mark.calibration.ppi, 1000.0);
        QCOMPARE(mark.mark.calibration.source, CalibrationSource::Manifest);
        QCOMPARE(mark.image.width, 400);
        QCOMPARE(mark.developmentMethod, QStringLiteral("aluminium powder"));
        QCOMPARE(mark.mark.provenance.deviceId, QStringLiteral("WYP-CSI-0042"));
        QCOMPARE(plan->impressions.size(), 1);
        QCOMPARE(plan->impressions.first().impression.fingerPosition, 2);
        QCOMPARE(plan->impressions.first().impression.calibration.source, CalibrationSource::FileMetadata);
        QCOMPARE(plan->impressions.first().impression.calibration.ppi, 500.0);
        QCOMPARE(plan->documents.size(), 1);
        const ImportDocument &doc = plan->documents.first();
        QCOMPARE(doc.document.mediaType, QStringLiteral("application/pdf"));
        QCOMPARE(doc.document.pageCount, 1);
        QVERIFY(doc.text.contains(QStringLiteral("Margaret Ackroyd")));
        QVERIFY(QImage::fromData(doc.thumbnailPng).width() > 100);
        QCOMPARE(plan->persons.size(), 1);
        QCOMPARE(plan->persons.first().role, PersonRole::Elimination);
    }

    void zipGivesTheSamePlan()
    {
        QTemporaryDir dir;
        auto zip = goodPackage().writeZip(dir.filePath(QStringLiteral("p.zip")));
        QVERIFY(zip.ok());
        auto plan = ImportPreparer().prepare(*zip);
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message()));
        QCOMPARE(plan->blobs.size(), 3);
        QCOMPARE(plan->marks.first().mark.calibration.ppi, 1000.0);
    }

    void identicalBytesAreOneBlob()
    {
        PackageBuilder b(baseManifest());
        const QByteArray png = ridgePng(200, 200);
        b.addFile(item(QStringLiteral("JH/1"), TransmissionItemKind::LatentFinger, QStringLiteral("a.png")), png);
        b.addFile(item(QStringLiteral("JH/2"), TransmissionItemKind::ScenePhoto, QStringLiteral("b.png")), png);
        auto plan = prepareFolder(b);
        QVERIFY(plan.ok());
        QCOMPARE(plan->marks.size(), 2);
        QCOMPARE(plan->blobs.size(), 1);
        QCOMPARE(plan->marks.at(0).mark.calibration.source, CalibrationSource::Uncalibrated);
    }

    void refusesMissingAndExtraFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p"));
        QVERIFY(goodPackage().writeFolder(path).ok());
        QVERIFY(QFile::remove(path + QStringLiteral("/marks/jh1.png")));
        expectRefusal(ImportPreparer().prepare(path), QStringLiteral("\"marks/jh1.png\" of item JH/1 is missing"));
        PackageBuilder extra = goodPackage();
        extra.addUnlistedFile(QStringLiteral("marks/extra.png"), ridgePng(100, 100));
        expectRefusal(prepareFolder(extra), QStringLiteral("\"marks/extra.png\" is not listed"));
    }

    void refusesWrongHash()
    {
        PackageBuilder b = goodPackage();
        b.manifest().items[0].sha256[0] = char(b.manifest().items[0].sha256[0] ^ 1);
        expectRefusal(prepareFolder(b), QStringLiteral("item JH/1 (marks/jh1.png): its SHA-256 is"));
    }

    void refusesBadManifests()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p"));
        QVERIFY(goodPackage().writeFolder(path).ok());
        QFile manifest(path + QStringLiteral("/manifest.json"));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        const QByteArray json = manifest.readAll();
        manifest.close();
        auto rewrite = [&](const QByteArray &bytes) {
            QFile f(path + QStringLiteral("/manifest.json"));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(bytes);
        };
        rewrite(json.left(json.size() / 2));
        expectRefusal(ImportPreparer().prepare(path), QStringLiteral("not valid JSON"));
        rewrite(QByteArray(json).replace("\"version\": 1", "\"version\": 7"));
        expectRefusal(ImportPreparer().prepare(path), QStringLiteral("schema version 7 is not supported"));
        rewrite(QByteArray(json).replace("marks/jh1.png", "../jh1.png"));
        expectRefusal(ImportPreparer().prepare(path), QStringLiteral("not a safe relative path"));
    }

    void refusesSymlinks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p"));
        QVERIFY(goodPackage().writeFolder(path).ok());
        QVERIFY(QFile::remove(path + QStringLiteral("/marks/jh1.png")));
        QVERIFY(QFile::link(QStringLiteral("/etc/hostname"), path + QStringLiteral("/marks/jh1.png")));
        expectRefusal(ImportPreparer().prepare(path), QStringLiteral("symbolic link"));
    }

    void refusesZipBombs()
    {
        PackageBuilder b = goodPackage();
        b.addFile(item(QStringLiteral("JH/9"), TransmissionItemKind::ScenePhoto, QStringLiteral("zeros.png")),
                  QByteArray(300 * 1024 * 1024, '\0'));
        QTemporaryDir dir;
        auto zip = b.writeZip(dir.filePath(QStringLiteral("bomb.zip")));
        QVERIFY(zip.ok());
        expectRefusal(ImportPreparer().prepare(*zip), QStringLiteral("zip bomb"));
    }

    void refusesBadImagesAndDocuments_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const QByteArray png = ridgePng(500, 500);
        const QByteArray pdf = statementPdf();
        const int mark = int(TransmissionItemKind::LatentFinger), doc = int(TransmissionItemKind::Document);
        QTest::newRow("30000 x 30000 header")
            << mark << "huge.png" << pngClaiming(30000, 30000) << "30000 x 30000 pixels, over the budget";
        QTest::newRow("truncated image") << mark << "cut.png" << png.left(png.size() / 3) << "truncated";
        QTest::newRow("not an image") << mark << "notes.png" << QByteArray("hello") << "not an image";
        QTest::newRow("pdf not a pdf") << doc << "s.pdf" << QByteArray("Dear Sir, this is a letter.") << "not a PDF";
        QTest::newRow("pdf corrupt") << doc << "s.pdf" << pdf.left(400) << "damaged";
        QByteArray encrypted = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                               "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
                               "3 0 obj << /Filter /Standard /V 1 /R 2 /P -44 /O <" +
                               QByteArray(64, 'a') + "> /U <" + QByteArray(64, 'b') + "> >> endobj\n";
        const qsizetype xref = encrypted.size();
        encrypted += "xref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \n0000000111 00000 n \n"
                     "trailer << /Size 4 /Root 1 0 R /Encrypt 3 0 R /ID [<00112233445566778899aabbccddeeff> "
                     "<00112233445566778899aabbccddeeff>] >>\nstartxref\n" +
                     QByteArray::number(xref) + "\n%%EOF\n";
        QTest::newRow("pdf encrypted") << doc << "s.pdf" << encrypted << "encrypted";
    }

    void refusesBadImagesAndDocuments()
    {
        QFETCH(int, kind);
        QFETCH(QString, path);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        PackageBuilder b = goodPackage();
        b.addFile(item(QStringLiteral("X/1"), TransmissionItemKind(kind), QStringLiteral("extra/") + path), bytes);
        const auto plan = prepareFolder(b);
        expectRefusal(plan, QStringLiteral("item X/1"));
        expectRefusal(plan, reason);
    }

    void singleFilesAreFiledIdempotently()
    {
        QTemporaryDir dir;
        QFile pdf(dir.filePath(QStringLiteral("statement.pdf")));
        QVERIFY(pdf.open(QIODevice::WriteOnly));
        pdf.write(statementPdf());
        pdf.close();
        SingleFileImport request{pdf.fileName(),
                                 QStringLiteral("wyp/2026/77"),
                                 TransmissionItemKind::Document,
                                 {},
                                 QStringLiteral("ajones"),
                                 0};
        auto plan = ImportPreparer().prepareFile(request);
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message()));
        QCOMPARE(plan->caseRecord.reference.toString(), QStringLiteral("WYP/2026/000077"));
        QCOMPARE(plan->documents.size(), 1);
        QCOMPARE(plan->documents.first().document.title, QStringLiteral("statement"));
        // The same file into the same case is the same transmission: a second import is a no-op.
        QCOMPARE(ImportPreparer().prepareFile(request)->transmission.id, plan->transmission.id);
        request.caseReference = QStringLiteral("WYP/2026/78");
        QVERIFY(ImportPreparer().prepareFile(request)->transmission.id != plan->transmission.id);
        request.caseReference = QStringLiteral("nonsense");
        QCOMPARE(ImportPreparer().prepareFile(request).error().code(), ErrorCode::BadInput);
    }

    void cancelStopsBeforeAnythingIsReturned()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p"));
        QVERIFY(goodPackage().writeFolder(path).ok());
        std::atomic_bool cancel{true};
        auto plan = ImportPreparer().prepare(path, {}, &cancel);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().code(), ErrorCode::Cancelled);
    }
};

QTEST_MAIN(TestImportPreparer)
#include "tst_importpreparer.moc"
