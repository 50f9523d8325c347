#include "app/services/demopackages.h"

#include "app/imaging/synthesizer.h"
#include "app/reports/statementpdf.h"
#include "app/services/demoimages.h"
#include "app/services/packagebuilder.h"
#include "app/storage/devicekey.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QSet>
#include <QUuid>
#include <QtConcurrent>

namespace ridgeline {
namespace {

struct DemoPerson
{
    const char *ref;
    const char *family;
    const char *given;
    QDate dob;
    const char *pnc; // "" when none
    PersonRole role;
    int fingerSeedBase; // whose fingers (for marks left and tenprint cards); 0 = none
};

struct DemoMark
{
    const char *exhibit;
    TransmissionItemKind kind;
    int finger;            // latent: which finger of `person` left it (1-10)
    const char *personRef; // who left it ("" for footwear and photos)
    double manifestPpi;    // 0: let the file's own resolution speak
    const char *method;
    const char *surface;
};

struct DemoCase
{
    const char *force;
    const char *forceName;
    const char *reference;
    const char *offence;
    const char *officer;
    const char *place;
    double lat, lon;
    const char *csi;
    const char *device;
    QList<DemoPerson> persons;
    QList<DemoMark> marks;
    const char *tenprintOf;  // person ref whose ten rolled impressions travel in this package
    const char *statementBy; // person ref giving a statement
    const char *statementText;
};

constexpr int kCraig = 1000, kSian = 2000, kThomas = 3000, kLee = 4000;
using K = TransmissionItemKind;

const QList<DemoCase> &stories()
{
    static const QList<DemoCase> list{
        {"WYP",
         "West Yorkshire Police",
         "WYP/2026/004161",
         "Burglary dwelling",
         "DC Amir Shah 2231",
         "14 Mill Lane, Otley",
         53.905,
         -1.691,
         "CSI Jane Holt (4471)",
         "WYP-CSI-0042",
         {{"P1", "Ackroyd", "Margaret", QDate(1951, 6, 3), "", PersonRole::Victim, 0},
          {"P2", "Barraclough", "Craig", QDate(1990, 5, 14), "90/334455K", PersonRole::Suspect, kCraig}},
         {{"JH/1", K::LatentFinger, 2, "P2", 500, "aluminium powder", "glass, kitchen window (outside)"},
          {"JH/2", K::LatentFinger, 7, "P2", 0, "aluminium powder", "gloss paint, back door frame"},
          {"JH/3", K::Footwear, 0, "", 0, "photographed in oblique light", "kitchen lino, dust"}},
         "",
         "P1",
         "On returning home at about 6 pm I found the kitchen window forced and a jewellery box missing."},
        {"SYP",
         "South Yorkshire Police",
         "SYP/2026/011902",
         "Theft of motor vehicle",
         "DC Helen Marsh 1720",
         "Wath Road, Mexborough",
         53.492,
         -1.284,
         "CSI Paul Fenton (2290)",
         "SYP-CSI-0107",
         {{"P1", "Hirst", "Deborah", QDate(1979, 9, 22), "", PersonRole::Victim, 0},
          {"P2", "Barraclough", "Craig", QDate(1990, 5, 14), "90/334455K", PersonRole::Suspect, kCraig}},
         {{"PF/1", K::LatentFinger, 3, "P2", 500, "black powder", "interior rear-view mirror"},
          {"PF/2", K::ScenePhoto, 0, "", 0, "", "driver's door, general view"}},
         "P2",
         "P1",
         "My silver Ford Focus was taken from outside my house overnight; it was found burnt out."},
        {"NWP",
         "North Wales Police",
         "NWP/2026/002318",
         "Burglary non-dwelling",
         "DC Gethin Lloyd 0934",
         "Siop y Gornel, Stryd Fawr, Y Bala",
         52.911,
         -3.597,
         "CSI Elin Parry (1187)",
         "NWP-CSI-0009",
         {{"P1", "Hughes", "Siân", QDate(1984, 3, 2), "", PersonRole::Elimination, kSian},
          {"P2", "Staniforth", "Lee", QDate(1987, 1, 30), "87/102938L", PersonRole::Suspect, kLee}},
         {{"EP/1", K::LatentFinger, 1, "P2", 1000, "cyanoacrylate fuming", "cash box lid"},
          {"EP/2", K::LatentFinger, 6, "P1", 500, "aluminium powder", "shop counter glass"},
          {"EP/3", K::Footwear, 0, "", 0, "gel lift", "rear store floor"}},
         "P1",
         "P1",
         "I locked the shop at half past five. In the morning the back door was open and the till was empty."},
        {"WYP",
         "West Yorkshire Police",
         "WYP/2026/004188",
         "Robbery",
         "DS Karen Whitely 1180",
         "Briggate, Leeds",
         53.797,
         -1.542,
         "CSI Jane Holt (4471)",
         "WYP-CSI-0042",
         {{"P1", "Hughs", "Sian", QDate(1984, 2, 3), "", PersonRole::Witness, 0}},
         {{"JH/7", K::LatentFinger, 4, "", 500, "ninhydrin", "discarded drinks can"}},
         "",
         "P1",
         "I saw a man in a grey hooded top push a woman and take her handbag outside the shoe shop."},
        {"SYP",
         "South Yorkshire Police",
         "SYP/2026/012044",
         "Criminal damage",
         "PC Owen Tasker 3391",
         "Fargate, Sheffield",
         53.381,
         -1.469,
         "CSI Paul Fenton (2290)",
         "SYP-CSI-0107",
         {{"P1", "Wragg", "Thomas", QDate(1996, 11, 21), "96/551203M", PersonRole::Suspect, kThomas}},
         {{"PF/4", K::LatentFinger, 2, "P1", 500, "black powder", "shop window, inside"},
          {"PF/5", K::ScenePhoto, 0, "", 0, "", "broken shop window"}},
         "P1",
         "",
         ""},
        {"NWP",
         "North Wales Police",
         "NWP/2026/002406",
         "Theft from motor vehicle",
         "PC Mared Evans 1502",
         "Ffordd Caergybi, Bangor",
         53.227,
         -4.129,
         "CSI Elin Parry (1187)",
         "NWP-CSI-0009",
         {{"P1", "Roberts", "Dafydd", QDate(1969, 8, 8), "", PersonRole::Witness, 0}},
         {{"EP/8", K::LatentFinger, 9, "", 1000, "aluminium powder", "passenger window"}},
         "",
         "P1",
         "Clywais wydr yn torri tua hanner nos. I heard glass breaking at about midnight and saw a van drive off."},
    };
    return list;
}

QByteArray encoded(const QImage &image, const char *format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}

struct ImageJob
{
    QString path;
    TransmissionItem item;
    int fingerSeed = 0; // master identity; 0 for non-print pictures
    int finger = 0;
    int impression = 0;
    bool latent = false;
    K kind = K::LatentFinger;
};

QByteArray renderJob(const ImageJob &job, quint64 seed)
{
    if (job.kind == K::Footwear)
        return encoded(demoFootwearMark(seed + quint64(job.impression)), "PNG");
    if (job.kind == K::ScenePhoto)
        return encoded(demoScenePhoto(seed + quint64(job.impression)), "JPEG", 92);
    const quint64 masterSeed = imaging::fingerSeed(seed, job.fingerSeed + job.finger);
    const imaging::MasterPrint master = imaging::synthesizeMaster(masterSeed, job.finger);
    return encoded(imaging::synthesizeImpression(master, masterSeed + 17, job.impression, job.latent).image, "PNG");
}

TransmissionManifest manifestFor(const DemoCase &story, int index, int round, quint64 seed)
{
    TransmissionManifest m;
    const QUuid ns = QUuid::fromString(QStringLiteral("{4b9d1f0e-5d1c-4c55-a1f4-2a1b7f6d3e10}"));
    m.packageId = QUuid::createUuidV5(ns, QStringLiteral("%1/%2/%3").arg(seed).arg(round).arg(index))
                      .toString(QUuid::WithoutBraces);
    const QDateTime scene =
        QDateTime(QDate(2026, 11, 2 + index + round * 7), QTime(8 + index % 5, 10 * (index % 6)), Qt::UTC);
    m.createdUtc = scene.addSecs(3600 + 600 * index);
    m.senderForce = QString::fromLatin1(story.force);
    m.senderForceName = QString::fromUtf8(story.forceName);
    m.deviceId = QString::fromLatin1(story.device);
    m.sceneExaminer = QString::fromUtf8(story.csi);
    auto reference = CaseReference::parse(QString::fromLatin1(story.reference)).value();
    m.caseReference =
        CaseReference(reference.forceCode(), reference.year(), reference.number() + 100 * round).toString();
    m.offence = QString::fromUtf8(story.offence);
    m.officerInCase = QString::fromUtf8(story.officer);
    m.scenePlace = QString::fromUtf8(story.place);
    m.sceneLatitude = story.lat;
    m.sceneLongitude = story.lon;
    m.sceneTimeUtc = scene;
    for (const DemoPerson &p : story.persons) {
        TransmissionPerson tp;
        tp.ref = QString::fromLatin1(p.ref);
        tp.familyName = QString::fromUtf8(p.family);
        tp.givenNames = QString::fromUtf8(p.given);
        tp.dateOfBirth = p.dob;
        tp.role = p.role;
        if (*p.pnc)
            tp.identifiers.append({QStringLiteral("PNC"), QString::fromLatin1(p.pnc)});
        m.persons.append(tp);
    }
    return m;
}

QList<ImageJob> imageJobsFor(const DemoCase &story, int index, bool tenprints)
{
    auto seedOf = [&](const char *ref) {
        for (const DemoPerson &p : story.persons) {
            if (qstrcmp(p.ref, ref) == 0)
                return p.fingerSeedBase;
        }
        return 9000 + 100 * index; // a donor nobody has identified yet
    };
    QList<ImageJob> jobs;
    int n = 0;
    for (const DemoMark &dm : story.marks) {
        ImageJob job;
        job.kind = dm.kind;
        job.item.exhibitReference = QString::fromLatin1(dm.exhibit);
        job.item.kind = dm.kind;
        const QString stem = QString::fromLatin1(dm.exhibit).replace(QLatin1Char('/'), QLatin1Char('-')).toLower();
        job.item.path = QStringLiteral("marks/%1.%2")
                            .arg(stem, dm.kind == K::ScenePhoto ? QStringLiteral("jpg") : QStringLiteral("png"));
        job.item.ppi = dm.manifestPpi;
        job.item.developmentMethod = QString::fromUtf8(dm.method);
        job.item.surface = QString::fromUtf8(dm.surface);
        job.fingerSeed = seedOf(dm.personRef);
        job.finger = std::max(1, dm.finger);
        job.impression = 100 + n++;
        job.latent = true;
        jobs.append(job);
    }
    if (tenprints && *story.tenprintOf) {
        for (int finger = 1; finger <= 10; ++finger) {
            ImageJob job;
            job.item.exhibitReference = QStringLiteral("TP/%1").arg(finger);
            job.item.kind = K::TenprintImpression;
            job.item.path = QStringLiteral("tenprint/%1-%2.png")
                                .arg(QString::fromLatin1(story.tenprintOf))
                                .arg(finger, 2, 10, QLatin1Char('0'));
            job.item.personRef = QString::fromLatin1(story.tenprintOf);
            job.item.fingerPosition = finger;
            job.item.ppi = 500;
            job.item.developmentMethod = QStringLiteral("livescan, rolled");
            job.fingerSeed = seedOf(story.tenprintOf);
            job.finger = finger;
            job.impression = finger;
            jobs.append(job);
        }
    }
    return jobs;
}

QByteArray statementFor(const DemoCase &story, const TransmissionManifest &m)
{
    for (const DemoPerson &p : story.persons) {
        if (qstrcmp(p.ref, story.statementBy) != 0)
            continue;
        WitnessStatement s;
        s.caseReference = m.caseReference;
        s.witnessName = QString::fromUtf8(p.given) + QLatin1Char(' ') + QString::fromUtf8(p.family);
        s.occupation = QStringLiteral("Not stated");
        s.date = m.sceneTimeUtc.date();
        s.officerTakingStatement = m.officerInCase;
        s.paragraphs = {
            QString::fromUtf8(story.statementText),
            QStringLiteral("The scene examiner %1 attended and examined %2.").arg(m.sceneExaminer, m.scenePlace),
            QStringLiteral("I have not given anyone permission to enter or to take anything.")};
        return renderWitnessStatementPdf(s);
    }
    return {};
}

storage::DeviceKeyPair demoDeviceKey(quint64 seed, const QString &deviceId)
{
    return storage::DeviceKeyPair::fromSeed("ridgeline-demo-device:" + QByteArray::number(seed) + ':' +
                                            deviceId.toUtf8());
}

} // namespace

QList<std::pair<QString, QString>> demoMarksMatchingTheirTenprint()
{
    QList<std::pair<QString, QString>> marks;
    for (const DemoCase &story : stories())
        for (const DemoMark &mark : story.marks)
            if (mark.kind == K::LatentFinger && *story.tenprintOf && qstrcmp(mark.personRef, story.tenprintOf) == 0)
                marks.append({QString::fromLatin1(story.reference), QString::fromLatin1(mark.exhibit)});
    return marks;
}

QList<RegisteredDevice> demoDevices(quint64 seed)
{
    QList<RegisteredDevice> devices;
    QSet<QString> seen;
    for (const DemoCase &story : stories()) {
        const QString id = QString::fromLatin1(story.device);
        if (seen.contains(id))
            continue;
        seen.insert(id);
        devices.append(
            {id, QString::fromLatin1(story.force), demoDeviceKey(seed, id).publicKey(), QString(), {}, true});
    }
    return devices;
}

Result<QStringList> writeDemoPackages(const QString &outDir, const DemoPackageOptions &options,
                                      const std::function<void(int, int)> &progress)
{
    if (!QDir().mkpath(outDir))
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("ridgeline::DemoPackages", "Cannot create %1").arg(outDir));
    QStringList written;
    for (int i = 0; i < options.cases; ++i) {
        const DemoCase &story = stories().at(i % stories().size());
        const int round = i / int(stories().size());
        PackageBuilder builder(manifestFor(story, i, round, options.seed));
        if (options.sign) {
            auto key = std::make_shared<storage::DeviceKeyPair>(
                demoDeviceKey(options.seed, QString::fromLatin1(story.device)));
            builder.setSigner([key](const QByteArray &manifest) { return key->sign(manifest); });
        }
        const QList<ImageJob> jobs = imageJobsFor(story, i, options.tenprints);
        // Prints are grown in parallel; the package content does not depend on the scheduling.
        const QList<QByteArray> images = QtConcurrent::blockingMapped(
            jobs, [seed = options.seed](const ImageJob &job) { return renderJob(job, seed); });
        for (qsizetype j = 0; j < jobs.size(); ++j)
            builder.addFile(jobs.at(j).item, images.at(j));
        const QByteArray statement = statementFor(story, builder.manifest());
        if (!statement.isEmpty()) {
            TransmissionItem doc;
            doc.exhibitReference = QStringLiteral("DOC/1");
            doc.kind = K::Document;
            doc.documentKind = DocumentKind::Statement;
            doc.title = QStringLiteral("Witness statement (MG11)");
            doc.path = QStringLiteral("documents/statement.pdf");
            builder.addFile(doc, statement);
        }
        for (const DemoMark &dm : story.marks) {
            if (*dm.personRef && dm.kind == K::LatentFinger)
                builder.manifest().links.append({QString::fromLatin1(dm.exhibit), QString::fromLatin1(dm.personRef),
                                                 QStringLiteral("comparison requested")});
        }
        const QString name =
            QStringLiteral("%1-%2")
                .arg(i + 1, 2, 10, QLatin1Char('0'))
                .arg(QString(builder.manifest().caseReference).replace(QLatin1Char('/'), QLatin1Char('-')));
        auto path = options.zip ? builder.writeZip(QDir(outDir).filePath(name + QStringLiteral(".zip")))
                                : builder.writeFolder(QDir(outDir).filePath(name));
        if (!path)
            return path.error();
        written.append(*path);
        if (progress)
            progress(i + 1, options.cases);
    }
    return written;
}

} // namespace ridgeline
