#include "app/storage/sqlcipherintakerepository.h"

#include "app/core/personmatching.h"
#include "app/storage/evidencestore.h"
#include "app/storage/sqlciphercaserepository.h"
#include "app/storage/sqlciphermarkuprepository.h"
#include "app/storage/sqlitedatabase.h"

#include <QCoreApplication>
#include <QUuid>

#include <sodium.h>

namespace ridgeline::storage {
namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// A null QString binds SQL NULL; the text columns of intake are NOT NULL and store "" instead.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

Status index(SqliteDatabase &db, const QString &kind, const QString &objectId, const CaseId &caseId,
             const QString &content)
{
    SqliteStatement w(db, "INSERT INTO search_index (kind, object_id, case_id, content) VALUES (?,?,?,?)");
    w.bind(1, kind).bind(2, objectId).bind(3, caseId.toString()).bind(4, content);
    return w.run();
}

AuditEvent event(const QString &user, const QString &action, const QString &type, const QString &id,
                 const QString &details, AuditOutcome outcome = AuditOutcome::Success)
{
    AuditEvent e;
    e.user = user;
    e.action = action;
    e.objectType = type;
    e.objectId = id;
    e.details = details;
    e.outcome = outcome;
    return e;
}

} // namespace

const char *SqlCipherIntakeRepository::schemaSql()
{
    return R"sql(
CREATE TABLE mark_details (
    mark_id TEXT PRIMARY KEY REFERENCES marks(id), development_method TEXT NOT NULL, surface TEXT NOT NULL,
    notes TEXT NOT NULL, width INTEGER NOT NULL, height INTEGER NOT NULL, pages INTEGER NOT NULL,
    bit_depth INTEGER NOT NULL, channels INTEGER NOT NULL);
CREATE TABLE exemplar_impressions (
    id TEXT PRIMARY KEY, person_id TEXT NOT NULL REFERENCES persons(id), finger_position INTEGER NOT NULL,
    rolled INTEGER NOT NULL, original_sha256 BLOB NOT NULL REFERENCES evidence_blobs(sha256), ppi REAL NOT NULL,
    calibration_source INTEGER NOT NULL, width INTEGER NOT NULL, height INTEGER NOT NULL,
    transmission_id TEXT, exhibit_ref TEXT NOT NULL, created_ms INTEGER NOT NULL);
CREATE INDEX exemplar_impressions_person ON exemplar_impressions(person_id);
CREATE TABLE person_links (
    id TEXT PRIMARY KEY, person_a TEXT NOT NULL REFERENCES persons(id), person_b TEXT NOT NULL REFERENCES persons(id),
    kind TEXT NOT NULL, status TEXT NOT NULL, score REAL NOT NULL, reasons TEXT NOT NULL, created_ms INTEGER NOT NULL,
    decided_by TEXT, decided_ms INTEGER);
CREATE TABLE exhibit_person_links (
    case_id TEXT NOT NULL REFERENCES cases(id), exhibit_ref TEXT NOT NULL, person_id TEXT NOT NULL REFERENCES persons(id),
    relation TEXT NOT NULL, PRIMARY KEY (case_id, exhibit_ref, person_id));
CREATE TABLE derived_images (
    sha256 BLOB NOT NULL, kind TEXT NOT NULL, data BLOB NOT NULL, created_ms INTEGER NOT NULL,
    PRIMARY KEY (sha256, kind));
CREATE TABLE devices (
    device_id TEXT PRIMARY KEY, force TEXT NOT NULL, public_key BLOB NOT NULL, registered_by TEXT NOT NULL,
    registered_ms INTEGER NOT NULL, active INTEGER NOT NULL);
CREATE TABLE transmission_packages (
    transmission_id TEXT PRIMARY KEY REFERENCES transmissions(id), package_name TEXT NOT NULL, manifest BLOB,
    signed INTEGER NOT NULL);
CREATE VIRTUAL TABLE search_index USING fts3(kind, object_id, case_id, content);
)sql";
}

SqlCipherIntakeRepository::SqlCipherIntakeRepository(SqliteDatabase &db)
    : m_db(db)
{}

namespace {

struct Filing
{
    SqliteDatabase &db;
    SqlCipherCaseRepository cases;
    AuditLog &audit;
    const QString &user;
    const ImportPlan &plan;
    const IntakePolicy &policy;
    ImportOutcome outcome;
    QHash<QString, PersonId> personIds; // package ref -> stored person
};

Status checkSignature(SqliteDatabase &db, const ImportPlan &plan, const IntakePolicy &policy)
{
    const QString device = plan.transmission.deviceId;
    if (plan.filedByUser && !plan.signature)
        return {};
    if (!plan.signature) {
        if (policy.acceptUnsignedPackages)
            return {};
        return Error(ErrorCode::BadInput,
                     QCoreApplication::translate("ridgeline::storage::Intake",
                                                 "Package %1 is not signed, and this workspace accepts only packages "
                                                 "signed by a registered device")
                         .arg(plan.packageName));
    }
    SqliteStatement q(db, "SELECT public_key, active FROM devices WHERE device_id = ?");
    q.bind(1, device);
    auto row = q.step();
    if (!row)
        return row.error();
    if (!*row || q.int64(1) == 0)
        return Error(ErrorCode::BadInput, QCoreApplication::translate(
                                              "ridgeline::storage::Intake",
                                              "Package %1 is signed by device %2, which is not registered (or was "
                                              "withdrawn) in this workspace; an administrator must register it first")
                                              .arg(plan.packageName, device));
    const QByteArray key = q.blob(0);
    const QByteArray &sig = *plan.signature;
    if (key.size() != crypto_sign_PUBLICKEYBYTES || sig.size() != crypto_sign_BYTES ||
        crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(sig.constData()),
                                    reinterpret_cast<const unsigned char *>(plan.manifestJson.constData()),
                                    quint64(plan.manifestJson.size()),
                                    reinterpret_cast<const unsigned char *>(key.constData())) != 0)
        return Error(ErrorCode::BadInput, QCoreApplication::translate(
                                              "ridgeline::storage::Intake",
                                              "Package %1: the signature of manifest.json does not verify with the key "
                                              "registered for device %2; the manifest was altered or signed by another "
                                              "device")
                                              .arg(plan.packageName, device));
    return {};
}

Status fileCase(Filing &f)
{
    auto existing = f.cases.caseByReference(f.plan.caseRecord.reference);
    if (existing) {
        f.outcome.caseId = existing->id;
        return {};
    }
    if (existing.error().code() != ErrorCode::NotFound)
        return existing.error();
    auto saved = f.cases.saveCase(f.plan.caseRecord);
    if (!saved)
        return saved.error();
    f.outcome.caseId = saved->id;
    f.outcome.caseCreated = true;
    if (Status s = index(f.db, QStringLiteral("case"), saved->id.toString(), saved->id,
                         saved->reference.toString() + QLatin1Char(' ') + saved->offence + QLatin1Char(' ') +
                             saved->summary + QLatin1Char(' ') + saved->force);
        !s)
        return s;
    auto audited = f.audit.append(event(
        f.user, QStringLiteral("create"), QStringLiteral("case"), saved->id.toString(),
        QStringLiteral("%1 from transmission %2").arg(saved->reference.toString(), f.plan.transmission.id.toString())));
    return audited ? Status() : Status(audited.error());
}

Status recordLink(Filing &f, const Person &earlier, const Person &incoming, const PersonMatch &match)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString kind = match.kind == PersonMatchKind::SameIdentifier ? QStringLiteral("same-identifier")
                         : match.kind == PersonMatchKind::SameNameAndBirthDate
                             ? QStringLiteral("same-name-and-birth-date")
                             : QStringLiteral("near-match");
    const QString status = match.isAutomaticLink() ? QStringLiteral("linked") : QStringLiteral("proposed");
    SqliteStatement w(f.db,
                      "INSERT INTO person_links (id, person_a, person_b, kind, status, score, reasons, created_ms) "
                      "VALUES (?,?,?,?,?,?,?,?)");
    w.bind(1, id).bind(2, earlier.id.toString()).bind(3, incoming.id.toString()).bind(4, kind).bind(5, status);
    w.bind(6, match.score).bind(7, match.reasons.join(QLatin1Char('\n'))).bind(8, nowMs());
    if (Status s = w.run(); !s)
        return s;
    if (match.isAutomaticLink())
        ++f.outcome.personsLinked;
    else
        f.outcome.proposals.append({incoming.id, earlier.id, match.score, match.reasons});
    auto audited = f.audit.append(
        event(f.user, match.isAutomaticLink() ? QStringLiteral("link-person") : QStringLiteral("propose-person-link"),
              QStringLiteral("person"), incoming.id.toString(),
              QStringLiteral("%1 with %2 (%3): %4")
                  .arg(kind, earlier.id.toString(), earlier.force, match.reasons.join(QStringLiteral("; ")))));
    return audited ? Status() : Status(audited.error());
}

// A person already recorded by the same force (same identifier, or same name and date of birth)
// is the same record; another force's record of the same person is linked to the new one; a
// near match is proposed to a case officer.
Status filePersons(Filing &f)
{
    auto known = f.cases.allPersons();
    if (!known)
        return known.error();
    for (const ImportPerson &ip : f.plan.persons) {
        const Person *sameRecord = nullptr;
        QList<std::pair<const Person *, PersonMatch>> related;
        for (const Person &p : *known) {
            const PersonMatch m = comparePersons(p, ip.person);
            if (m.kind == PersonMatchKind::Different)
                continue;
            if (m.isAutomaticLink() && p.force == ip.person.force && !sameRecord)
                sameRecord = &p;
            else
                related.append({&p, m});
        }
        PersonId id;
        if (sameRecord) {
            id = sameRecord->id;
        } else {
            auto saved = f.cases.savePerson(ip.person);
            if (!saved)
                return saved.error();
            id = saved->id;
            ++f.outcome.persons;
            if (Status s = index(f.db, QStringLiteral("person"), id.toString(), f.outcome.caseId,
                                 ip.person.familyName + QLatin1Char(' ') + ip.person.givenNames);
                !s)
                return s;
            for (const auto &[other, match] : related) {
                if (Status s = recordLink(f, *other, *saved, match); !s)
                    return s;
            }
            known->append(*saved);
        }
        f.personIds.insert(ip.ref, id);
        if (Status s = f.cases.linkPerson(f.outcome.caseId, id, ip.role); !s)
            return s;
    }
    return {};
}

Status auditCreate(Filing &f, const QString &type, const QString &id, const QString &details)
{
    auto audited = f.audit.append(event(f.user, QStringLiteral("create"), type, id, details));
    return audited ? Status() : Status(audited.error());
}

Status fileBlobs(Filing &f)
{
    EvidenceStore store(f.db);
    for (const ImportBlob &blob : f.plan.blobs) {
        if (f.policy.stagedOriginals && f.policy.stagedOriginals->contains(blob.sha256)) {
            ++(f.policy.stagedOriginals->value(blob.sha256) ? f.outcome.blobsStored : f.outcome.blobsAlreadyPresent);
            continue;
        }
        if (store.contains(blob.sha256)) {
            ++f.outcome.blobsAlreadyPresent;
            continue;
        }
        auto stored = store.put(blob.bytes, blob.mediaType);
        if (!stored)
            return stored.error();
        if (*stored != blob.sha256)
            return Error(
                ErrorCode::Internal,
                QCoreApplication::translate("ridgeline::storage::Intake",
                                            "An original changed between checking and storing; nothing was kept"));
        ++f.outcome.blobsStored;
    }
    return {};
}

Status fileMarks(Filing &f)
{
    for (const ImportMark &im : f.plan.marks) {
        Mark mark = im.mark;
        mark.caseId = f.outcome.caseId;
        auto saved = f.cases.saveMark(mark);
        if (!saved)
            return saved.error();
        SqliteStatement w(f.db, "INSERT INTO mark_details (mark_id, development_method, surface, notes, width, height, "
                                "pages, bit_depth, channels) VALUES (?,?,?,?,?,?,?,?,?)");
        w.bind(1, saved->id.toString())
            .bind(2, text(im.developmentMethod))
            .bind(3, text(im.surface))
            .bind(4, text(im.notes));
        w.bind(5, im.image.width).bind(6, im.image.height).bind(7, im.image.pages).bind(8, im.image.bitDepth);
        w.bind(9, im.image.channels);
        if (Status s = w.run(); !s)
            return s;
        ++f.outcome.marks;
        if (Status s = auditCreate(f, QStringLiteral("mark"), saved->id.toString(),
                                   QStringLiteral("%1 %2, original sha256 %3")
                                       .arg(markKindKey(saved->kind), saved->exhibitReference,
                                            QString::fromLatin1(saved->originalSha256.toHex())));
            !s)
            return s;
    }
    return {};
}

// Each markup of the plan becomes the mark's next committed revision, by the importing user.
Status fileMarkups(Filing &f)
{
    SqlCipherMarkupRepository markups(f.db);
    for (const ImportMarkup &im : f.plan.markups) {
        const MarkupSubject subject = MarkupSubject::markup(im.mark);
        auto latest = markups.latestRevision(subject);
        if (!latest)
            return latest.error();
        if (auto saved = markups.saveDraft(subject, f.user, *latest, im.json, nowMs()); !saved)
            return saved.error();
        auto committed = markups.commitDraft(subject, f.user, nowMs());
        if (!committed)
            return committed.error();
        ++f.outcome.markups;
        auto audited =
            f.audit.append(event(f.user, QStringLiteral("commit-markup"), QStringLiteral("mark"), im.mark.toString(),
                                 QStringLiteral("revision=%1; sha256=%2; bytes=%3; imported from %4")
                                     .arg(committed->revision)
                                     .arg(QString::fromLatin1(committed->sha256.toHex()))
                                     .arg(committed->size)
                                     .arg(im.origin)));
        if (!audited)
            return audited.error();
    }
    return {};
}

Status fileImpressions(Filing &f)
{
    for (const ImportImpression &ii : f.plan.impressions) {
        const PersonId person = f.personIds.value(ii.personRef);
        SqliteStatement w(f.db,
                          "INSERT INTO exemplar_impressions (id, person_id, finger_position, rolled, "
                          "original_sha256, ppi, calibration_source, width, height, transmission_id, exhibit_ref, "
                          "created_ms) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
        w.bind(1, ii.impression.id.toString()).bind(2, person.toString()).bind(3, ii.impression.fingerPosition);
        w.bind(4, ii.impression.rolled ? 1 : 0).bindBlob(5, ii.impression.originalSha256);
        w.bind(6, ii.impression.calibration.ppi).bind(7, int(ii.impression.calibration.source));
        w.bind(8, ii.image.width).bind(9, ii.image.height).bind(10, f.plan.transmission.id.toString());
        w.bind(11, text(ii.exhibitReference)).bind(12, nowMs());
        if (Status s = w.run(); !s)
            return s;
        ++f.outcome.impressions;
        if (Status s = auditCreate(
                f, QStringLiteral("exemplar"), ii.impression.id.toString(),
                QStringLiteral("finger %1 of person %2").arg(ii.impression.fingerPosition).arg(person.toString()));
            !s)
            return s;
    }
    return {};
}

Status fileDocuments(Filing &f)
{
    for (const ImportDocument &id : f.plan.documents) {
        Document doc = id.document;
        doc.caseId = f.outcome.caseId;
        auto saved = f.cases.saveDocument(doc);
        if (!saved)
            return saved.error();
        if (Status s = index(f.db, QStringLiteral("document"), saved->id.toString(), f.outcome.caseId,
                             saved->title + QLatin1Char('\n') + id.text);
            !s)
            return s;
        if (!id.thumbnailPng.isEmpty()) {
            SqliteStatement w(
                f.db, "INSERT OR REPLACE INTO derived_images (sha256, kind, data, created_ms) VALUES (?,?,?,?)");
            w.bindBlob(1, saved->sha256)
                .bind(2, QStringLiteral("thumbnail"))
                .bindBlob(3, id.thumbnailPng)
                .bind(4, nowMs());
            if (Status s = w.run(); !s)
                return s;
        }
        ++f.outcome.documents;
        if (Status s = auditCreate(f, QStringLiteral("document"), saved->id.toString(),
                                   QStringLiteral("%1 (%2 pages)").arg(saved->title).arg(saved->pageCount));
            !s)
            return s;
    }
    return {};
}

Status fileLinks(Filing &f)
{
    for (const ImportLink &l : f.plan.links) {
        SqliteStatement w(f.db,
                          "INSERT OR IGNORE INTO exhibit_person_links (case_id, exhibit_ref, person_id, relation) "
                          "VALUES (?,?,?,?)");
        w.bind(1, f.outcome.caseId.toString()).bind(2, l.exhibitReference);
        w.bind(3, f.personIds.value(l.personRef).toString()).bind(4, text(l.relation));
        if (Status s = w.run(); !s)
            return s;
    }
    return {};
}

Status fileTransmission(Filing &f, const QString &status, const QString &reason)
{
    Transmission t = f.plan.transmission;
    t.status = transmissionStatusFromKey(status).value_or(TransmissionStatus::Imported);
    t.reason = reason;
    auto saved = f.cases.saveTransmission(t);
    if (!saved)
        return saved.error();
    SqliteStatement w(f.db,
                      "INSERT OR REPLACE INTO transmission_packages (transmission_id, package_name, manifest, signed) "
                      "VALUES (?,?,?,?)");
    w.bind(1, t.id.toString()).bind(2, f.plan.packageName).bindBlob(3, f.plan.manifestJson);
    w.bind(4, f.plan.signature ? 1 : 0);
    return w.run();
}

} // namespace

Result<ImportOutcome> SqlCipherIntakeRepository::commit(const ImportPlan &plan, const QString &user, AuditLog &audit,
                                                        const IntakePolicy &policy)
{
    SqliteTransaction transaction(m_db);
    if (!transaction.status())
        return transaction.status().error();
    ImportOutcome outcome;
    outcome.transmission = plan.transmission.id;
    outcome.caseReference = plan.caseRecord.reference.toString();
    SqliteStatement seen(m_db, "SELECT status FROM transmissions WHERE id = ?");
    seen.bind(1, plan.transmission.id.toString());
    auto row = seen.step();
    if (!row)
        return row.error();
    if (*row && seen.text(0) == transmissionStatusKey(TransmissionStatus::Imported)) {
        outcome.alreadyImported = true;
        SqlCipherCaseRepository cases(m_db);
        if (auto kase = cases.caseByReference(plan.caseRecord.reference))
            outcome.caseId = kase->id;
        auto audited = audit.append(
            event(user, QStringLiteral("import"), QStringLiteral("transmission"), plan.transmission.id.toString(),
                  QStringLiteral("%1 was already imported; nothing written").arg(plan.packageName)));
        if (!audited)
            return audited.error();
        if (Status s = transaction.commit(); !s)
            return s.error();
        return outcome;
    }
    if (Status s = checkSignature(m_db, plan, policy); !s)
        return s.error();

    Filing f{m_db, SqlCipherCaseRepository(m_db), audit, user, plan, policy, outcome, {}};
    for (const auto &step :
         {fileCase, fileBlobs, filePersons, fileMarks, fileMarkups, fileImpressions, fileDocuments, fileLinks}) {
        if (Status s = step(f); !s)
            return s.error(); // the transaction rolls back: nothing of the package stays
    }
    if (Status s = fileTransmission(f, transmissionStatusKey(TransmissionStatus::Imported), QString()); !s)
        return s.error();
    auto audited = audit.append(event(
        user, QStringLiteral("import"), QStringLiteral("transmission"), plan.transmission.id.toString(),
        QStringLiteral("%1 into %2: %3 marks, %4 exemplars, %5 documents, %6 new persons, %7 originals stored, %8 "
                       "already held, %9 person links proposed")
            .arg(plan.packageName, f.outcome.caseReference)
            .arg(f.outcome.marks)
            .arg(f.outcome.impressions)
            .arg(f.outcome.documents)
            .arg(f.outcome.persons)
            .arg(f.outcome.blobsStored)
            .arg(f.outcome.blobsAlreadyPresent)
            .arg(f.outcome.proposals.size())));
    if (!audited)
        return audited.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return f.outcome;
}

Status SqlCipherIntakeRepository::recordRefusal(const Transmission &transmission, const QString &packageName,
                                                const QString &user, AuditLog &audit)
{
    SqliteTransaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    SqlCipherCaseRepository cases(m_db);
    Transmission t = transmission;
    if (t.id.isNull())
        t.id = TransmissionId::create();
    t.status = TransmissionStatus::Quarantined;
    if (auto saved = cases.saveTransmission(t); !saved)
        return saved.error();
    SqliteStatement w(m_db, "INSERT OR REPLACE INTO transmission_packages (transmission_id, package_name, manifest, "
                            "signed) VALUES (?,?,NULL,0)");
    w.bind(1, t.id.toString()).bind(2, packageName);
    if (Status s = w.run(); !s)
        return s;
    auto audited =
        audit.append(event(user, QStringLiteral("import"), QStringLiteral("transmission"), t.id.toString(),
                           QStringLiteral("%1 quarantined: %2").arg(packageName, t.reason), AuditOutcome::Failure));
    if (!audited)
        return audited.error();
    return transaction.commit();
}

} // namespace ridgeline::storage
