// LocalWorkspaceSession: intake (transmissions, devices, person links, search). Permissions are
// checked and refusals audited here; the filing itself is one transaction in the intake repository.
#include "app/services/localworkspacesession.h"

#include "app/storage/sha256.h"
#include "app/storage/sqlcipherintakerepository.h"
#include "app/storage/sqlitedatabase.h"

#include <QCoreApplication>

#include <algorithm>

namespace ridgeline {
namespace {} // namespace

Result<ImportOutcome> LocalWorkspaceSession::commitImport(const ImportPlan &plan)
{
    // Taken first: whatever happens below, a staged import ends here (committed or rolled back).
    std::unique_ptr<ImportStaging> staging = std::move(m_staging);
    if (Status s = require(Action::ImportTransmission, QStringLiteral("transmission"), plan.transmission.id.toString());
        !s)
        return s.error();
    storage::SqlCipherIntakeRepository intake(m_db->sql());
    storage::IntakePolicy policy{m_policy.acceptUnsignedPackages};
    if (staging)
        policy.stagedOriginals = &staging->originals;
    auto outcome = intake.commit(plan, m_user.name, *m_audit, policy);
    if (outcome && staging) {
        if (Status s = staging->transaction.commit(); !s)
            return s.error();
    }
    return outcome;
}

Status LocalWorkspaceSession::beginImport(const ImportPlan &header)
{
    if (Status s =
            require(Action::ImportTransmission, QStringLiteral("transmission"), header.transmission.id.toString());
        !s)
        return s;
    if (m_staging || m_db->sql().transactionDepth() > 0)
        return Error(ErrorCode::Internal,
                     QCoreApplication::translate("ridgeline::WorkspaceSession",
                                                 "Package %1 cannot be imported while another import is open.")
                         .arg(header.packageName));
    auto staging = std::make_unique<ImportStaging>(m_db->sql());
    if (!staging->transaction.status())
        return staging->transaction.status();
    // A package imported before is reported by commitImport; its originals are not written again.
    storage::SqliteStatement seen(m_db->sql(), "SELECT status FROM transmissions WHERE id = ?");
    seen.bind(1, header.transmission.id.toString());
    auto row = seen.step();
    if (!row)
        return row.error();
    staging->alreadyImported = *row && seen.text(0) == transmissionStatusKey(TransmissionStatus::Imported);
    m_staging = std::move(staging);
    return {};
}

Result<QByteArray> LocalWorkspaceSession::stageOriginal(const ImportBlob &blob)
{
    if (!m_staging)
        return Error(ErrorCode::Internal, QCoreApplication::translate("ridgeline::WorkspaceSession",
                                                                      "An original was offered with no import open."));
    if (m_staging->alreadyImported)
        return storage::Sha256::hash(blob.bytes);
    bool stored = false;
    // The manifest's hash lets the store hash on a second thread while it encrypts (evidencestore.h);
    // a mismatch comes back as the hash the bytes really have and leaves the import uncommittable.
    auto sha = m_evidence->putExpecting(blob.bytes, blob.sha256, blob.mediaType, &stored);
    if (!sha)
        return sha.error();
    if (!m_staging->originals.contains(*sha) || stored)
        m_staging->originals.insert(*sha, stored);
    // Hundreds of megabytes may be staged before the commit; let the disk start on them now so the
    // commit's fsync does not write them all at the end (walcheckpointer.h).
    static constexpr qint64 kFlushEvery = 16LL << 20;
    if (stored && (m_staging->unflushedBytes += blob.bytes.size()) >= kFlushEvery) {
        m_staging->unflushedBytes = 0;
        if (storage::WalCheckpointer *checkpointer = m_db->checkpointer())
            checkpointer->flushAhead();
    }
    return sha;
}

void LocalWorkspaceSession::abortImport()
{
    m_staging.reset();
}

Status LocalWorkspaceSession::recordQuarantine(const Transmission &transmission, const QString &packageName)
{
    if (Status s = checkUsable(); !s)
        return s;
    storage::SqlCipherIntakeRepository intake(m_db->sql());
    return intake.recordRefusal(transmission, packageName, m_user.name, *m_audit);
}

Result<QList<Transmission>> LocalWorkspaceSession::transmissions()
{
    if (Status s = require(Action::ViewCaseList, QStringLiteral("transmission"), QStringLiteral("*")); !s)
        return s.error();
    return storage::SqlCipherIntakeRepository(m_db->sql()).transmissions();
}

Result<QList<SearchHit>> LocalWorkspaceSession::search(const QString &text)
{
    if (Status s = require(Action::ViewCase, QStringLiteral("search"), text.left(64)); !s)
        return s.error();
    auto hits = storage::SqlCipherIntakeRepository(m_db->sql()).search(text);
    if (hits)
        (void)recordEvent(QStringLiteral("search"), QStringLiteral("workspace"), QString(), AuditOutcome::Success,
                          QStringLiteral("%1 hits").arg(hits->size()));
    return hits;
}

Status LocalWorkspaceSession::registerDevice(const RegisteredDevice &device)
{
    if (Status s = require(Action::ManageDevices, QStringLiteral("device"), device.deviceId); !s)
        return s;
    RegisteredDevice d = device;
    d.registeredBy = m_user.name;
    if (Status s = storage::SqlCipherIntakeRepository(m_db->sql()).registerDevice(d); !s)
        return s;
    return recordEvent(d.active ? QStringLiteral("register-device") : QStringLiteral("withdraw-device"),
                       QStringLiteral("device"), d.deviceId, AuditOutcome::Success,
                       QStringLiteral("force %1, key %2").arg(d.force, QString::fromLatin1(d.publicKey.toHex())));
}

Result<QList<RegisteredDevice>> LocalWorkspaceSession::devices()
{
    if (Status s = checkUsable(); !s)
        return s.error();
    return storage::SqlCipherIntakeRepository(m_db->sql()).devices();
}

Result<QList<PersonLinkRecord>> LocalWorkspaceSession::personLinks(const QString &status)
{
    if (Status s = require(Action::ViewCase, QStringLiteral("person-link"), status); !s)
        return s.error();
    return storage::SqlCipherIntakeRepository(m_db->sql()).personLinks(status);
}

Status LocalWorkspaceSession::decidePersonLink(const QString &linkId, bool confirm)
{
    if (Status s = require(Action::ConfirmPersonLink, QStringLiteral("person-link"), linkId); !s)
        return s;
    return storage::SqlCipherIntakeRepository(m_db->sql()).decidePersonLink(linkId, confirm, m_user.name, *m_audit);
}

Result<QHash<PersonId, int>> LocalWorkspaceSession::exemplarCountsOfCase(const CaseId &caseId)
{
    if (Status s = require(Action::ViewCase, QStringLiteral("case"), caseId.toString()); !s)
        return s.error();
    if (Status s = checkSequestration(caseId, QCoreApplication::translate("ridgeline::Casework", "exemplar listings"),
                                      QStringLiteral("case"), caseId.toString());
        !s)
        return s.error();
    // A count, not the impressions: no evidence is read, so nothing to audit beyond the case view.
    storage::SqliteStatement query(m_db->sql(),
                                   "SELECT e.person_id, count(*) FROM exemplar_impressions e WHERE e.person_id IN "
                                   "(SELECT person_id FROM case_persons WHERE case_id = ?) GROUP BY e.person_id");
    query.bind(1, caseId.toString());
    QHash<PersonId, int> counts;
    for (;;) {
        auto row = query.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        counts.insert(PersonId::fromString(query.text(0)), int(query.int64(1)));
    }
    return counts;
}

Result<QList<ExemplarImpressionRecord>> LocalWorkspaceSession::exemplarImpressionsOfCase(const CaseId &caseId)
{
    if (Status s = require(Action::ViewCase, QStringLiteral("case"), caseId.toString()); !s)
        return s.error();
    if (Status s = checkSequestration(caseId, QCoreApplication::translate("ridgeline::Casework", "exemplar listings"),
                                      QStringLiteral("case"), caseId.toString());
        !s)
        return s.error();
    // What the card shows, not the originals: no evidence is read, so nothing to audit beyond the
    // case view. IN, not a join: a person linked in two roles is listed once.
    storage::SqliteStatement query(m_db->sql(),
                                   "SELECT e.id, e.person_id, p.family_name, p.given_names, e.finger_position, "
                                   "e.rolled, e.ppi, e.original_sha256, e.width, e.height, e.exhibit_ref "
                                   "FROM exemplar_impressions e JOIN persons p ON p.id = e.person_id WHERE e.person_id "
                                   "IN (SELECT person_id FROM case_persons WHERE case_id = ?)");
    query.bind(1, caseId.toString());
    QList<ExemplarImpressionRecord> list;
    for (;;) {
        auto row = query.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        ExemplarImpressionRecord r;
        r.id = ImpressionId::fromString(query.text(0));
        r.person = PersonId::fromString(query.text(1));
        Person person;
        person.familyName = query.text(2);
        person.givenNames = query.text(3);
        r.personName = person.displayName();
        r.fingerPosition = int(query.int64(4));
        r.rolled = query.int64(5) != 0;
        r.ppi = query.real(6);
        r.originalSha256 = query.blob(7);
        r.size = QSize(int(query.int64(8)), int(query.int64(9)));
        r.exhibitReference = query.text(10);
        list.append(r);
    }
    // Sorted here: the display name is made from two columns, and the person id breaks a tie between
    // two persons of the same name so that their cards stay apart.
    std::sort(list.begin(), list.end(), [](const ExemplarImpressionRecord &a, const ExemplarImpressionRecord &b) {
        if (const int byName = QString::compare(a.personName, b.personName, Qt::CaseInsensitive); byName != 0)
            return byName < 0;
        if (a.person != b.person)
            return a.person < b.person;
        if (a.fingerPosition != b.fingerPosition)
            return a.fingerPosition < b.fingerPosition;
        return a.id.toString() < b.id.toString();
    });
    return list;
}

} // namespace ridgeline
