// ANSI/NIST-ITL transactions to an ImportPlan (docs/formats/an2k.md, "Import").
#include "app/services/an2kimport.h"

#include "app/core/markupjson.h"
#include "app/interop/an2kimages.h"
#include "app/interop/an2kreader.h"
#include "app/interop/an2ktype9.h"
#include "app/interop/an2kwriter.h"
#include "app/services/an2kimportimages.h"
#include "app/storage/sha256.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>
#include <QtConcurrent>

namespace ridgeline {
namespace {

using interop::An2kImage;
using interop::An2kRecord;
using interop::An2kTransaction;

QString hex(const QByteArray &sha)
{
    return QString::fromLatin1(sha.toHex());
}

// "record 3 (Type-14, IDC 2)": counted from 1, as the reader's messages and the dump count them.
QString recordName(const An2kRecord &r, int index)
{
    const QByteArray idc = r.field(2) ? r.field(2)->item() : QByteArray();
    return QCoreApplication::translate("ridgeline::An2kImport", "record %1 (Type-%2, IDC %3)")
        .arg(index + 1)
        .arg(r.type)
        .arg(QString::fromLatin1(idc));
}

Error refuse(const QString &file, const QString &what)
{
    return Error(ErrorCode::BadInput,
                 QCoreApplication::translate("ridgeline::An2kImport", "ANSI/NIST-ITL file %1: %2").arg(file, what));
}

QString textOf(const An2kTransaction &t, const QByteArray &raw)
{
    return (t.characterSet == interop::An2kCharacterSet::Utf8 ? QString::fromUtf8(raw) : QString::fromLatin1(raw))
        .trimmed();
}

QByteArray item(const An2kRecord &r, int field, int subfield = 0, int itemIndex = 0)
{
    const interop::An2kField *f = r.field(field);
    return f ? f->item(subfield, itemIndex).trimmed() : QByteArray();
}

QDate dateOf(const QByteArray &ccyymmdd)
{
    return QDate::fromString(QString::fromLatin1(ccyymmdd), QStringLiteral("yyyyMMdd"));
}

// Calibration of a tagged image record: SLC .008 (0 none, 1 pixels per inch, 2 per centimetre),
// THPS .009. A binary record (Types 3-7): ISR .005 picks the Type-1 native (1.011) or nominal
// (1.012) rate, both in pixels per millimetre; "00.00" means none was given.
Calibration calibrationOf(const An2kTransaction &t, const An2kRecord &r)
{
    double ppi = 0.0;
    if (r.encoding == interop::An2kEncoding::Binary) {
        const An2kRecord &type1 = t.records.first();
        const double ppmm = item(type1, item(r, 5) == "1" ? 12 : 11).toDouble();
        ppi = ppmm * 25.4;
    } else {
        const QByteArray slc = item(r, 8);
        const double rate = item(r, 9).toDouble();
        if (slc == "1")
            ppi = rate;
        else if (slc == "2")
            ppi = rate * 2.54;
    }
    if (!(ppi > 0.0) || ppi > 100000.0)
        return {};
    return {ppi, CalibrationSource::FileMetadata};
}

// The finger or palm position: FGP (Types 3-7: first of six bytes, 255 unused; 13/14: .013) or
// PLP (15.013), by the friction ridge position codes of ANSI/NIST-ITL 1-2011: fingers 0-19 (0 and
// 18 unknown), fingertips and EJI 40-50, palms 20-38 (20 unknown palm). Absent: unknown.
bool isFingerPosition(int p)
{
    return (p >= 0 && p <= 19) || (p >= 40 && p <= 50);
}
bool isPalmPosition(int p)
{
    return p >= 20 && p <= 38;
}

Result<int> positionOf(const QString &file, const An2kRecord &r, int index)
{
    const int field = r.encoding == interop::An2kEncoding::Binary ? 4 : 13;
    const QByteArray raw = item(r, field);
    bool ok = false;
    const int p = raw.isEmpty() ? (r.type == 15 ? 20 : 0) : raw.toInt(&ok);
    const bool valid =
        raw.isEmpty() ||
        (ok && (r.type == 15 ? isPalmPosition(p) : (isFingerPosition(p) || (r.type == 13 && isPalmPosition(p)))));
    if (!valid)
        return refuse(file,
                      QCoreApplication::translate("ridgeline::An2kImport",
                                                  "%1, field %2.%3: %4 is not a %5 position of ANSI/NIST-ITL 1-2011")
                          .arg(recordName(r, index))
                          .arg(r.type)
                          .arg(field, 3, 10, QLatin1Char('0'))
                          .arg(QString::fromLatin1(raw.left(20)),
                               r.type == 15   ? QCoreApplication::translate("ridgeline::An2kImport", "palm")
                               : r.type == 13 ? QCoreApplication::translate("ridgeline::An2kImport", "finger or palm")
                                              : QCoreApplication::translate("ridgeline::An2kImport", "finger")));
    return p;
}

enum class ImageUse
{
    Mark,
    Exemplar,
    Skipped,
};

ImageUse useOf(int recordType)
{
    switch (recordType) {
    case 7:
    case 13:
        return ImageUse::Mark;
    case 3:
    case 4:
    case 5:
    case 6:
    case 14:
    case 15:
        return ImageUse::Exemplar;
    default:
        return ImageUse::Skipped;
    }
}

struct Mapping
{
    const An2kTransaction &t;
    const QString &file;
    const QByteArray &fileSha;
    ImportPlan &plan;
    QSet<QString> exhibits;
    QJsonArray images; // the record of each extraction
    QJsonArray type9;  // the record of each Type-9 read
    QString cix;       // 2.011 CIX: the exhibit reference of a transaction's single latent
    int latents = 0;   // image records that become marks
    // The image records by IDC, for the Type-9 records that describe them.
    struct Target
    {
        qsizetype mark = -1; // index in plan.marks, or -1 for an exemplar
        QSize size;
        double ppi = 0.0;
    };
    QHash<int, Target> byIdc;
};

QString exhibitOf(Mapping &m, const An2kRecord &r, int index, bool onlyLatent)
{
    if (onlyLatent && !m.cix.isEmpty() && !m.exhibits.contains(m.cix)) {
        m.exhibits.insert(m.cix);
        return m.cix;
    }
    const QString base = QFileInfo(m.file).completeBaseName();
    QString ref = QStringLiteral("%1/%2-%3").arg(base).arg(r.type).arg(QString::fromLatin1(item(r, 2)));
    if (m.exhibits.contains(ref))
        ref += QStringLiteral("-r%1").arg(index + 1);
    m.exhibits.insert(ref);
    return ref;
}

void addBlob(ImportPlan &plan, const QByteArray &sha, const QByteArray &bytes, const QString &mediaType)
{
    for (const ImportBlob &b : std::as_const(plan.blobs)) {
        if (b.sha256 == sha)
            return;
    }
    plan.blobs.append({sha, bytes, mediaType});
}

// The person a Type-2 record describes (EBTS-style fields); empty when it names nobody.
std::optional<ImportPerson> personOf(const An2kTransaction &t, const QString &force)
{
    const An2kRecord *type2 = nullptr;
    for (const An2kRecord &r : t.records) {
        if (r.type == 2) {
            type2 = &r;
            break;
        }
    }
    if (!type2)
        return std::nullopt;
    ImportPerson p;
    p.ref = QStringLiteral("subject");
    p.role = PersonRole::Suspect;
    p.person.id = PersonId::create();
    p.person.force = force;
    // The writer's mapping (an2kwriter.h), so that an exported transaction comes back as it left.
    const interop::An2kType2Fields fields = interop::readType2Fields(*type2);
    p.person.familyName = fields.familyName.trimmed();
    p.person.givenNames = fields.givenName.trimmed();
    p.person.dateOfBirth = fields.dateOfBirth;
    const std::pair<int, const char *> schemes[] = {{14, "FBI"}, {15, "SID"}, {16, "SOC"}};
    for (const auto &[field, scheme] : schemes) {
        const QString value = textOf(t, item(*type2, field));
        if (!value.isEmpty())
            p.person.identifiers.append({QString::fromLatin1(scheme), value});
    }
    if (p.person.familyName.isEmpty() && !p.person.dateOfBirth.isValid() && p.person.identifiers.isEmpty())
        return std::nullopt;
    return p;
}

Result<CaseReference> caseReferenceOf(const An2kTransaction &t, const QString &file, const QString &given)
{
    if (!given.isEmpty())
        return CaseReference::parse(given);
    for (const An2kRecord &r : t.records) {
        if (r.type != 2)
            continue;
        if (auto ref = CaseReference::parse(textOf(t, item(r, 9))))
            return *ref;
    }
    if (auto ref = CaseReference::parse(textOf(t, item(t.records.first(), 9))))
        return *ref;
    return refuse(file, QCoreApplication::translate(
                            "ridgeline::An2kImport",
                            "no case reference in field 2.009 (OCA) or 1.009 (TCN); import it into a case with "
                            "ridgeline-cli import FILE --case REF"));
}

Status mapImage(Mapping &m, const An2kImage &img, const An2kStoredImage &x)
{
    const An2kRecord &r = m.t.records.at(img.recordIndex);
    const QString where = recordName(r, img.recordIndex);
    auto position = positionOf(m.file, r, img.recordIndex);
    if (!position)
        return position.error();
    addBlob(m.plan, x.storedSha, x.bytes, x.mediaType);
    const Calibration calibration = calibrationOf(m.t, r);
    const bool isMark = useOf(r.type) == ImageUse::Mark;
    const QString exhibit = exhibitOf(m, r, img.recordIndex, isMark && m.latents == 1);
    const int idc = item(r, 2).toInt();
    if (!m.byIdc.contains(idc))
        m.byIdc.insert(idc, {isMark ? m.plan.marks.size() : -1, QSize(x.facts.width, x.facts.height), calibration.ppi});
    const QString origin =
        QCoreApplication::translate("ridgeline::An2kImport", "ANSI/NIST-ITL file %1, %2, transaction SHA-256 %3")
            .arg(m.file, where, hex(m.fileSha));
    m.images.append(QJsonObject{{QStringLiteral("record"), img.recordIndex + 1},
                                {QStringLiteral("type"), r.type},
                                {QStringLiteral("idc"), QString::fromLatin1(item(r, 2))},
                                {QStringLiteral("exhibit"), exhibit},
                                {QStringLiteral("compression"), QString::fromLatin1(img.compressionName)},
                                {QStringLiteral("recordDataSha256"), hex(x.recordSha)},
                                {QStringLiteral("storedSha256"), hex(x.storedSha)},
                                {QStringLiteral("decodedSamplesSha256"), hex(x.samplesSha)},
                                {QStringLiteral("step"), x.how}});
    if (isMark) {
        ImportMark mark;
        mark.mark.id = MarkId::create();
        mark.mark.caseId = m.plan.caseRecord.id;
        mark.mark.exhibitReference = exhibit;
        const int imp = item(r, 3).toInt();
        mark.mark.kind =
            isPalmPosition(*position) || (imp >= 12 && imp <= 15) ? MarkKind::LatentPalm : MarkKind::LatentFinger;
        mark.mark.state = MarkState::Received;
        mark.mark.originalSha256 = x.storedSha;
        const QDate captured = dateOf(item(r, 5));
        mark.mark.provenance = {m.plan.transmission.id, m.plan.transmission.deviceId, m.plan.transmission.sceneExaminer,
                                captured.isValid() ? captured.startOfDay(Qt::UTC) : m.plan.transmission.capturedUtc,
                                origin};
        mark.mark.calibration = calibration;
        mark.mark.receivedUtc = m.plan.transmission.receivedUtc;
        mark.image = x.facts;
        mark.notes = QCoreApplication::translate("ridgeline::An2kImport", "%1. Image: %2; record data SHA-256 %3")
                         .arg(origin, x.how, hex(x.recordSha));
        m.plan.marks.append(mark);
        return {};
    }
    ImportImpression imp;
    imp.exhibitReference = exhibit;
    imp.personRef = QStringLiteral("subject");
    imp.impression.id = ImpressionId::create();
    imp.impression.fingerPosition = *position;
    const int code = item(r, 3).toInt();
    imp.impression.rolled = code == 1 || code == 3;
    imp.impression.originalSha256 = x.storedSha;
    imp.impression.calibration = calibration;
    imp.image = x.facts;
    m.plan.impressions.append(imp);
    return {};
}

// A Type-9 record: its features become the markup of the mark whose image record has its IDC.
// Exemplars have no markup in the workspace: their Type-9 stays in the kept transaction.
Status mapType9(Mapping &m, const An2kRecord &r, int index)
{
    const QString where = recordName(r, index);
    bool ok = false;
    const int idc = item(r, 2).toInt(&ok);
    const auto target = m.byIdc.constFind(idc);
    if (!ok || target == m.byIdc.constEnd())
        return refuse(m.file, QCoreApplication::translate("ridgeline::An2kImport",
                                                          "%1, field 9.002: no image record of the transaction has "
                                                          "IDC %2, so the minutiae describe nothing here")
                                  .arg(where, QString::fromLatin1(item(r, 2))));
    // A record with only blocks Ridgeline does not read (the IAFIS fields 9.013-9.030, vendor
    // blocks) is left in the kept transaction, and the record of the import says so.
    bool readable = false;
    for (const interop::An2kField &f : r.fields)
        readable = readable || (f.number >= 5 && f.number <= 10) || f.number == 12 ||
                   (f.number >= 126 && f.number <= 150) || (f.number >= 300 && f.number <= 399);
    if (!readable) {
        m.type9.append(QJsonObject{{QStringLiteral("record"), index + 1},
                                   {QStringLiteral("idc"), QString::fromLatin1(item(r, 2))},
                                   {QStringLiteral("block"), QStringLiteral("none read")},
                                   {QStringLiteral("filedAsMarkup"), false}});
        return {};
    }
    auto read = interop::readType9(r, target->size, target->ppi);
    if (!read)
        return refuse(m.file, read.error().message());
    const qsizetype features = read->markup.features.size() + read->markup.suggestions.size();
    const QString origin = QCoreApplication::translate("ridgeline::An2kImport", "%1, %2, %3")
                               .arg(m.file, where, interop::type9EngineName(read->block));
    m.type9.append(QJsonObject{{QStringLiteral("record"), index + 1},
                               {QStringLiteral("idc"), QString::fromLatin1(item(r, 2))},
                               {QStringLiteral("block"), interop::type9EngineName(read->block)},
                               {QStringLiteral("features"), int(features)},
                               {QStringLiteral("examiner"), read->examiner},
                               {QStringLiteral("filedAsMarkup"), target->mark >= 0}});
    if (target->mark < 0)
        return {};
    const ImportMark &mark = m.plan.marks.at(target->mark);
    Markup markup = read->markup;
    markup.imageSha256 = hex(mark.mark.originalSha256);
    markup.imageSize = target->size;
    if (Status valid = validateMarkup(markup); !valid)
        return refuse(m.file, QStringLiteral("%1: %2").arg(where, valid.error().message()));
    m.plan.markups.append({mark.mark.id, markupToJson(markup), origin});
    return {};
}

ImportPlan header(const An2kTransaction &t, const QString &file, const QByteArray &bytes, const QByteArray &sha,
                  const CaseReference &reference, const An2kImportRequest &request)
{
    const An2kRecord &type1 = t.records.first();
    const QString ori = textOf(t, item(type1, 8));
    ImportPlan plan;
    plan.packageName = file;
    plan.filedByUser = true;
    Transmission &tx = plan.transmission;
    const QUuid ns = QUuid::fromString(QStringLiteral("{6b1f2c0e-3d4a-4e8b-9a57-2f0c8d1e5b64}"));
    tx.id = TransmissionId(QUuid::createUuidV5(ns, hex(sha) + reference.toString()));
    tx.senderForce = reference.forceCode();
    tx.deviceId = ori.isEmpty() ? QStringLiteral("ansi-nist-itl") : ori;
    tx.sceneExaminer = request.operatorName;
    tx.caseReference = reference.toString();
    const QDate dat = dateOf(item(type1, 5));
    tx.receivedUtc = QDateTime::currentDateTimeUtc();
    tx.capturedUtc = dat.isValid() ? dat.startOfDay(Qt::UTC) : tx.receivedUtc;
    tx.status = TransmissionStatus::Verified;
    tx.packageSha256 = sha;

    CaseRecord &c = plan.caseRecord;
    c.id = CaseId::create();
    c.reference = reference;
    c.force = ori.isEmpty() ? reference.forceCode() : ori;
    c.offence = QCoreApplication::translate("ridgeline::An2kImport", "Not recorded");
    c.createdUtc = c.updatedUtc = tx.receivedUtc;
    c.summary = QCoreApplication::translate("ridgeline::An2kImport",
                                            "ANSI/NIST-ITL transaction %1 (TCN %2, originating agency %3)")
                    .arg(file, textOf(t, item(type1, 9)), ori);

    ImportDocument d;
    d.document.id = DocumentId::create();
    d.document.caseId = c.id;
    d.document.title = file;
    d.document.kind = DocumentKind::Other;
    d.document.mediaType = QStringLiteral("application/x-ansi-nist-itl");
    d.document.sha256 = sha;
    d.document.pageCount = 0;
    d.document.addedUtc = tx.receivedUtc;
    d.text = QCoreApplication::translate("ridgeline::An2kImport",
                                         "ANSI/NIST-ITL transaction %1, TCN %2, originating agency %3")
                 .arg(file, textOf(t, item(type1, 9)), ori);
    plan.documents.append(d);
    plan.blobs.append({sha, bytes, d.document.mediaType});
    return plan;
}

} // namespace

bool isAn2kFileName(const QString &path)
{
    static const QStringList suffixes{QStringLiteral("an2"), QStringLiteral("an2k"), QStringLiteral("eft"),
                                      QStringLiteral("nist")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

Result<ImportPlan> prepareAn2kImport(const QByteArray &fileBytes, const QString &fileName,
                                     const An2kImportRequest &request, const An2kImportLimits &limits)
{
    interop::An2kReader::Limits readerLimits;
    readerLimits.maxFileBytes = limits.maxFileBytes;
    auto transaction = interop::An2kReader(readerLimits).read(fileBytes);
    if (!transaction)
        return refuse(fileName, transaction.error().message());
    const An2kTransaction &t = *transaction;
    auto reference = caseReferenceOf(t, fileName, request.caseReference);
    if (!reference)
        return reference.error();
    const QByteArray sha = storage::Sha256::hash(fileBytes);
    ImportPlan plan = header(t, fileName, fileBytes, sha, *reference, request);

    QList<An2kImage> images;
    for (An2kImage &img : interop::an2kImages(t)) {
        if (useOf(img.recordType) != ImageUse::Skipped)
            images.append(std::move(img));
    }
    // Decoding is the slow part (a palm card is tens of megapixels): all cores, results in file order.
    const QList<Result<An2kStoredImage>> extracted = QtConcurrent::blockingMapped(images, [&](const An2kImage &img) {
        const An2kRecord &r = t.records.at(img.recordIndex);
        return storedImageOf(img, recordName(r, img.recordIndex), calibrationOf(t, r).ppi, limits.image);
    });
    Mapping m{t, fileName, sha, plan, {}, {}, {}, {}, 0, {}};
    for (const An2kRecord &r : t.records) {
        if (r.type == 2 && m.cix.isEmpty())
            m.cix = interop::readType2Fields(r).exhibit.trimmed();
    }
    for (const An2kImage &img : images)
        m.latents += useOf(img.recordType) == ImageUse::Mark ? 1 : 0;
    for (qsizetype i = 0; i < images.size(); ++i) {
        if (!extracted.at(i))
            return refuse(fileName, extracted.at(i).error().message());
        if (Status s = mapImage(m, images.at(i), *extracted.at(i)); !s)
            return s.error();
    }
    for (qsizetype i = 0; i < t.records.size(); ++i) {
        if (t.records.at(i).type != 9)
            continue;
        if (Status s = mapType9(m, t.records.at(i), int(i)); !s)
            return s.error();
    }
    const QString ori = plan.caseRecord.force;
    auto person = personOf(t, ori);
    if (!person && !plan.impressions.isEmpty()) {
        // Exemplars belong to someone: the transaction's subject, unnamed, known by the transaction.
        ImportPerson p;
        p.ref = QStringLiteral("subject");
        p.person.id = PersonId::create();
        p.person.familyName = QCoreApplication::translate("ridgeline::An2kImport", "Unnamed subject");
        p.person.force = ori;
        p.person.identifiers = {{QStringLiteral("AN2K-SHA256"), hex(sha)}};
        person = p;
    }
    if (person)
        plan.persons.append(*person);

    QJsonObject summary{{QStringLiteral("format"), QStringLiteral("ansi-nist-itl")},
                        {QStringLiteral("file"), fileName},
                        {QStringLiteral("sha256"), hex(sha)},
                        {QStringLiteral("version"), t.version()},
                        {QStringLiteral("records"), int(t.records.size())},
                        {QStringLiteral("images"), m.images},
                        {QStringLiteral("type9"), m.type9}};
    plan.manifestJson = QJsonDocument(summary).toJson(QJsonDocument::Compact);
    return plan;
}

Result<ImportPlan> prepareAn2kFile(const An2kImportRequest &request, const An2kImportLimits &limits)
{
    const QFileInfo info(request.path);
    if (!info.isFile() || info.isSymLink())
        return Error(
            ErrorCode::NotFound,
            QCoreApplication::translate("ridgeline::An2kImport", "%1 is not a regular file").arg(request.path));
    if (info.size() > limits.maxFileBytes)
        return refuse(info.fileName(),
                      QCoreApplication::translate("ridgeline::An2kImport", "larger than the %1 MB limit")
                          .arg(limits.maxFileBytes >> 20));
    QFile file(request.path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, QCoreApplication::translate("ridgeline::An2kImport", "Cannot read %1: %2")
                                        .arg(request.path, file.errorString()));
    return prepareAn2kImport(file.readAll(), info.fileName(), request, limits);
}

} // namespace ridgeline
