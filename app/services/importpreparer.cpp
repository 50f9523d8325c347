#include "app/services/importpreparer.h"

#include "app/documents/pdfdocument.h"
#include "app/storage/sha256.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QScopeGuard>
#include <QThread>
#include <QUuid>
#include <QtConcurrent>

namespace ridgeline {
namespace {

Error itemError(const QString &package, const TransmissionItem &item, const QString &reason)
{
    return Error(ErrorCode::BadInput,
                 QCoreApplication::translate("ridgeline::ImportPreparer", "Package %1, item %2 (%3): %4")
                     .arg(package, item.exhibitReference, item.path, reason));
}

ImportImageFacts factsOf(const imaging::ImageInfo &info)
{
    return {info.width, info.height, info.pages, info.bitDepth, info.channels};
}

Calibration calibrationOf(const TransmissionItem &item, const imaging::ImageInfo &info)
{
    if (item.ppi > 0)
        return {item.ppi, CalibrationSource::Manifest};
    if (info.ppi > 0)
        return {info.ppi, CalibrationSource::FileMetadata};
    return {};
}

std::optional<MarkKind> markKindOf(TransmissionItemKind kind)
{
    switch (kind) {
    case TransmissionItemKind::LatentFinger:
        return MarkKind::LatentFinger;
    case TransmissionItemKind::LatentPalm:
        return MarkKind::LatentPalm;
    case TransmissionItemKind::Footwear:
        return MarkKind::Footwear;
    case TransmissionItemKind::ScenePhoto:
        return MarkKind::ScenePhoto;
    case TransmissionItemKind::Document:
    case TransmissionItemKind::TenprintImpression:
        break;
    }
    return std::nullopt;
}

QByteArray pngBytes(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// Everything in the plan that comes straight from the manifest.
ImportPlan planFromManifest(const TransmissionManifest &m, const QString &packageName, const QByteArray &manifestJson)
{
    ImportPlan plan;
    plan.packageName = packageName;
    plan.manifestJson = manifestJson;
    Transmission &t = plan.transmission;
    t.id = TransmissionId(QUuid::fromString(m.packageId));
    t.senderForce = m.senderForce;
    t.deviceId = m.deviceId;
    t.sceneExaminer = m.sceneExaminer;
    t.caseReference = m.caseReference;
    t.capturedUtc = m.sceneTimeUtc.isValid() ? m.sceneTimeUtc : m.createdUtc;
    for (const TransmissionItem &item : m.items) {
        if (item.capturedUtc.isValid() && (!t.capturedUtc.isValid() || item.capturedUtc < t.capturedUtc))
            t.capturedUtc = item.capturedUtc;
    }
    t.receivedUtc = QDateTime::currentDateTimeUtc();
    t.status = TransmissionStatus::Verified;
    t.packageSha256 = storage::Sha256::hash(manifestJson);

    CaseRecord &c = plan.caseRecord;
    c.id = CaseId::create();
    c.reference = CaseReference::parse(m.caseReference).value();
    c.force = m.senderForceName.isEmpty() ? m.senderForce : m.senderForceName;
    c.offence = m.offence;
    c.officerInCase = m.officerInCase;
    c.createdUtc = c.updatedUtc = t.receivedUtc;
    c.summary = QStringLiteral("%1, %2").arg(m.offence, m.scenePlace);

    for (const TransmissionPerson &tp : m.persons) {
        ImportPerson p;
        p.ref = tp.ref;
        p.role = tp.role;
        p.person.id = PersonId::create();
        p.person.familyName = tp.familyName;
        p.person.givenNames = tp.givenNames;
        p.person.dateOfBirth = tp.dateOfBirth;
        p.person.force = m.senderForce;
        p.person.identifiers = tp.identifiers;
        plan.persons.append(p);
    }
    for (const TransmissionLink &l : m.links)
        plan.links.append({l.item, l.person, l.relation});
    return plan;
}

} // namespace

ImportPreparer::ImportPreparer(ImportLimits limits)
    : m_limits(limits)
{}

namespace {

struct ItemContext
{
    const QString &package;
    const TransmissionManifest &manifest;
    const ImportLimits &limits;
    ImportPlan &plan;
    QHash<QByteArray, qsizetype> blobIndex; // sha -> index in plan.blobs
};

void addBlob(ItemContext &ctx, const QByteArray &sha, const QByteArray &bytes, const QString &mediaType)
{
    if (!ctx.blobIndex.contains(sha)) {
        ctx.blobIndex.insert(sha, ctx.plan.blobs.size());
        ctx.plan.blobs.append({sha, bytes, mediaType});
    }
}

// The heavy, side-effect-free checks of one item (hash, decode, open), run on worker threads.
struct Inspection
{
    QByteArray bytes;
    std::optional<Error> error;
    imaging::ImageInfo image; // images, and documents that are images
    bool isPdf = false;
    int pdfPages = 0;
    QString pdfText;
    QByteArray pdfThumbnailPng;
};

std::optional<Error> hashMismatch(const QString &package, const TransmissionItem &item, const QByteArray &actual)
{
    if (actual == item.sha256)
        return std::nullopt;
    return itemError(package, item,
                     QCoreApplication::translate("ridgeline::ImportPreparer",
                                                 "its SHA-256 is %1 but the manifest says %2; the file was altered or "
                                                 "damaged in transit")
                         .arg(QString::fromLatin1(actual.toHex()), QString::fromLatin1(item.sha256.toHex())));
}

void inspectContent(const QString &package, const TransmissionItem &item, const ImportLimits &limits, Inspection &r);

// verifyHash is false when a Sink files the bytes: the store hashes them then, once. A file that
// fails its checks is hashed here all the same, so that one altered in transit is reported as such
// rather than as a damaged image.
Inspection inspectItem(const QString &package, const TransmissionItem &item, QByteArray bytes,
                       const ImportLimits &limits, bool verifyHash)
{
    Inspection r;
    r.bytes = std::move(bytes);
    if (verifyHash) {
        r.error = hashMismatch(package, item, storage::Sha256::hash(r.bytes));
        if (r.error)
            return r;
    }
    inspectContent(package, item, limits, r);
    if (r.error && !verifyHash) {
        if (auto mismatch = hashMismatch(package, item, storage::Sha256::hash(r.bytes)))
            r.error = mismatch;
    }
    return r;
}

void inspectContent(const QString &package, const TransmissionItem &item, const ImportLimits &limits, Inspection &r)
{
    const bool document = item.kind == TransmissionItemKind::Document;
    if (document && (item.path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) || r.bytes.startsWith("%PDF"))) {
        auto pdf = PdfDocument::fromData(r.bytes, item.exhibitReference, limits.maxPdfPages);
        if (!pdf) {
            r.error = itemError(package, item, pdf.error().message());
            return;
        }
        r.isPdf = true;
        r.pdfPages = pdf->pageCount();
        r.pdfText = pdf->allText();
        if (auto thumb = pdf->thumbnail(256))
            r.pdfThumbnailPng = pngBytes(*thumb);
        return;
    }
    auto info = imaging::inspectImage(r.bytes, item.exhibitReference, limits.image);
    if (!info)
        r.error = itemError(package, item,
                            document ? QCoreApplication::translate("ridgeline::ImportPreparer",
                                                                   "a document must be a PDF or an image: %1")
                                           .arg(info.error().message())
                                     : info.error().message());
    else
        r.image = *info;
}

void addImageItem(ItemContext &ctx, const TransmissionItem &item, const Inspection &checked)
{
    const imaging::ImageInfo &info = checked.image;
    addBlob(ctx, item.sha256, checked.bytes, info.mediaType);
    if (item.kind == TransmissionItemKind::TenprintImpression) {
        ImportImpression imp;
        imp.exhibitReference = item.exhibitReference;
        imp.personRef = item.personRef;
        imp.impression.id = ImpressionId::create();
        imp.impression.fingerPosition = item.fingerPosition;
        imp.impression.rolled = item.rolled;
        imp.impression.originalSha256 = item.sha256;
        imp.impression.calibration = calibrationOf(item, info);
        imp.image = factsOf(info);
        ctx.plan.impressions.append(imp);
        return;
    }
    ImportMark m;
    m.mark.id = MarkId::create();
    m.mark.caseId = ctx.plan.caseRecord.id;
    m.mark.exhibitReference = item.exhibitReference;
    m.mark.kind = *markKindOf(item.kind);
    m.mark.state = MarkState::Received;
    m.mark.originalSha256 = item.sha256;
    m.mark.provenance = {ctx.plan.transmission.id, ctx.manifest.deviceId, ctx.manifest.sceneExaminer,
                         item.capturedUtc.isValid() ? item.capturedUtc : ctx.manifest.sceneTimeUtc,
                         ctx.manifest.scenePlace};
    m.mark.calibration = calibrationOf(item, info);
    m.mark.receivedUtc = ctx.plan.transmission.receivedUtc;
    m.image = factsOf(info);
    m.developmentMethod = item.developmentMethod;
    m.surface = item.surface;
    m.notes = item.notes;
    ctx.plan.marks.append(m);
}

void addDocumentItem(ItemContext &ctx, const TransmissionItem &item, const Inspection &checked)
{
    ImportDocument d;
    d.document.id = DocumentId::create();
    d.document.caseId = ctx.plan.caseRecord.id;
    d.document.title = item.title.isEmpty() ? QFileInfo(item.path).fileName() : item.title;
    d.document.kind = item.documentKind;
    d.document.sha256 = item.sha256;
    d.document.addedUtc = ctx.plan.transmission.receivedUtc;
    d.document.mediaType = checked.isPdf ? QStringLiteral("application/pdf") : checked.image.mediaType;
    d.document.pageCount = checked.isPdf ? checked.pdfPages : checked.image.pages;
    d.text = checked.pdfText;
    d.thumbnailPng = checked.pdfThumbnailPng;
    addBlob(ctx, item.sha256, checked.bytes, d.document.mediaType);
    ctx.plan.documents.append(d);
}

} // namespace

Result<ImportPlan> ImportPreparer::prepare(const QString &packagePath, const Progress &progress,
                                           const std::atomic_bool *cancel, const Sink *sink) const
{
    auto package = TransmissionPackage::open(packagePath, m_limits.package);
    if (!package)
        return package.error();
    const QString name = QFileInfo(packagePath).fileName();
    auto manifestBytes = package->manifestBytes();
    if (!manifestBytes)
        return manifestBytes.error();
    auto manifest = TransmissionManifest::parse(*manifestBytes);
    if (!manifest)
        return Error(ErrorCode::BadInput, QCoreApplication::translate("ridgeline::ImportPreparer", "Package %1: %2")
                                              .arg(name, manifest.error().message()));
    if (Status listed = package->checkListing(*manifest); !listed)
        return listed.error();
    auto signature = package->signature();
    if (!signature)
        return signature.error();
    ImportPlan header = planFromManifest(*manifest, name, *manifestBytes);
    header.signature = *signature;
    return buildPlan(
        *manifest, std::move(header), [&](const TransmissionItem &item) { return package->readFile(item.path); },
        progress, cancel, sink);
}

Result<ImportPlan> ImportPreparer::prepareFile(const SingleFileImport &request, const Sink *sink) const
{
    const QFileInfo info(request.path);
    QFile file(request.path);
    if (!info.isFile() || info.isSymLink())
        return Error(
            ErrorCode::NotFound,
            QCoreApplication::translate("ridgeline::ImportPreparer", "%1 is not a regular file").arg(request.path));
    if (info.size() > m_limits.package.maxFileBytes)
        return Error(ErrorCode::BadInput,
                     QCoreApplication::translate("ridgeline::ImportPreparer", "%1 is larger than the %2 MB limit")
                         .arg(request.path)
                         .arg(m_limits.package.maxFileBytes >> 20));
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, QCoreApplication::translate("ridgeline::ImportPreparer", "Cannot read %1: %2")
                                        .arg(request.path, file.errorString()));
    const QByteArray bytes = file.readAll();
    auto reference = CaseReference::parse(request.caseReference);
    if (!reference)
        return reference.error();
    const QByteArray sha = storage::Sha256::hash(bytes);
    TransmissionManifest m;
    const QUuid ns = QUuid::fromString(QStringLiteral("{0d6a3f52-8c2e-4f7e-9d0b-7b5c1e4a9f33}"));
    m.packageId = QUuid::createUuidV5(ns, QString::fromLatin1(sha.toHex()) + reference->toString() +
                                              transmissionItemKindKey(request.kind))
                      .toString(QUuid::WithoutBraces);
    m.createdUtc = QDateTime::currentDateTimeUtc();
    m.senderForce = reference->forceCode();
    m.deviceId = QStringLiteral("ridgeline-cli");
    m.sceneExaminer = request.operatorName;
    m.caseReference = reference->toString();
    m.offence = QCoreApplication::translate("ridgeline::ImportPreparer", "Not recorded");
    m.scenePlace = QCoreApplication::translate("ridgeline::ImportPreparer", "Not recorded");
    TransmissionItem item;
    item.exhibitReference = request.exhibitReference.isEmpty() ? info.fileName() : request.exhibitReference;
    item.kind = request.kind;
    item.path = info.fileName();
    item.sha256 = sha;
    item.ppi = request.ppi;
    item.title = info.completeBaseName();
    m.items = {item};
    ImportPlan header = planFromManifest(m, info.fileName(), m.toJson());
    header.filedByUser = true;
    return buildPlan(
        m, std::move(header), [&](const TransmissionItem &) -> Result<QByteArray> { return bytes; }, {}, nullptr, sink);
}

namespace {

using BatchItem = std::pair<const TransmissionItem *, QByteArray>;

// Hands each new original of a checked item to the sink and checks the hash the store computed;
// an original the package lists twice is hashed here for its second item.
Status fileOriginals(ItemContext &ctx, const TransmissionItem &item, qsizetype blobsBefore, const QByteArray &bytes,
                     const ImportPreparer::Sink &sink)
{
    if (ctx.plan.blobs.size() == blobsBefore) {
        if (auto mismatch = hashMismatch(ctx.package, item, storage::Sha256::hash(bytes)))
            return *mismatch;
        return {};
    }
    ImportBlob &blob = ctx.plan.blobs.last();
    auto stored = sink.original(blob);
    if (!stored)
        return stored.error();
    if (auto mismatch = hashMismatch(ctx.package, item, *stored))
        return *mismatch;
    blob.bytes = QByteArray(); // filed: the plan need not hold every original in memory
    return {};
}

} // namespace

Result<ImportPlan> ImportPreparer::buildPlan(const TransmissionManifest &manifest, ImportPlan header,
                                             const Reader &read, const Progress &progress,
                                             const std::atomic_bool *cancel, const Sink *sink) const
{
    const QString name = header.packageName;
    ImportPlan plan = std::move(header);
    if (sink) {
        if (Status s = sink->begin(plan); !s)
            return s.error();
    }
    ItemContext ctx{name, manifest, m_limits, plan, {}};
    const qsizetype total = manifest.items.size();
    // Items are read in order (a zip is read through one handle) and checked a batch at a time on
    // all cores; the plan is assembled in manifest order, so it does not depend on scheduling.
    // While one batch is assembled (and, with a sink, filed on this thread) the next is checked.
    const qsizetype batch = std::max(2, QThread::idealThreadCount()) * 2;
    const ImportLimits limits = m_limits;
    const bool verifyHash = sink == nullptr;
    auto readBatch = [&](qsizetype first) -> Result<QList<BatchItem>> {
        QList<BatchItem> items;
        for (qsizetype i = first; i < std::min(total, first + batch); ++i) {
            auto bytes = read(manifest.items.at(i));
            if (!bytes)
                return bytes.error();
            items.append({&manifest.items.at(i), std::move(*bytes)});
        }
        return items;
    };
    auto check = [name, limits, verifyHash](const QList<BatchItem> &items) {
        return QtConcurrent::mapped(items, [name, limits, verifyHash](const BatchItem &entry) {
            return inspectItem(name, *entry.first, entry.second, limits, verifyHash);
        });
    };
    auto current = readBatch(0);
    if (!current)
        return current.error();
    QFuture<Inspection> checking = check(*current);
    // Whatever way this returns, no check may still be running on the pool.
    auto settle = qScopeGuard([&checking] {
        checking.cancel();
        checking.waitForFinished();
    });
    for (qsizetype first = 0; first < total; first += batch) {
        if (cancel && cancel->load())
            return Error(ErrorCode::Cancelled,
                         QCoreApplication::translate("ridgeline::ImportPreparer",
                                                     "Import of %1 was cancelled; nothing was written")
                             .arg(name));
        const QList<Inspection> checked = checking.results();
        const QList<BatchItem> items = std::move(*current);
        if (first + batch < total) {
            current = readBatch(first + batch);
            if (!current)
                return current.error();
            checking = check(*current);
        }
        for (qsizetype j = 0; j < checked.size(); ++j) {
            const TransmissionItem &item = *items.at(j).first;
            if (checked.at(j).error)
                return *checked.at(j).error;
            const qsizetype blobsBefore = plan.blobs.size();
            if (item.kind == TransmissionItemKind::Document)
                addDocumentItem(ctx, item, checked.at(j));
            else
                addImageItem(ctx, item, checked.at(j));
            if (sink) {
                if (Status s = fileOriginals(ctx, item, blobsBefore, items.at(j).second, *sink); !s)
                    return s.error();
            }
        }
        if (progress)
            progress(std::min(total, first + batch), total);
    }
    return plan;
}

} // namespace ridgeline
