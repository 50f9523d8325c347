// The read side of intake and the case officer's decisions: devices, transmissions, person
// links and full-text search.
#include "app/storage/sqlcipherintakerepository.h"

#include "app/storage/sqlitedatabase.h"

#include <QCoreApplication>

#include <sodium.h>

namespace ridgeline::storage {
namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Runs `q` and turns each row into a T.
template<class T, class F> Result<QList<T>> rows(SqliteStatement &q, F fromRow)
{
    QList<T> list;
    while (true) {
        auto row = q.step();
        if (!row)
            return row.error();
        if (!*row)
            return list;
        list.append(fromRow(q));
    }
}

// FTS3 query syntax from what a user typed: each word a prefix term, operators stripped.
QString ftsQuery(const QString &typed)
{
    QStringList terms;
    for (QString word : typed.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        word.remove(QLatin1Char('"')).remove(QLatin1Char('*')).remove(QLatin1Char('-')).remove(QLatin1Char('('));
        word.remove(QLatin1Char(')')).remove(QLatin1Char(':'));
        if (!word.isEmpty())
            terms << QLatin1Char('"') + word + QStringLiteral("*\"");
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace

Status SqlCipherIntakeRepository::registerDevice(const RegisteredDevice &device)
{
    if (device.publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return Error(ErrorCode::BadInput,
                     QCoreApplication::translate("ridgeline::storage::Intake",
                                                 "The key for device %1 is not a 32-byte Ed25519 public key")
                         .arg(device.deviceId));
    SqliteStatement w(m_db,
                      "INSERT OR REPLACE INTO devices (device_id, force, public_key, registered_by, registered_ms, "
                      "active) VALUES (?,?,?,?,?,?)");
    w.bind(1, device.deviceId).bind(2, device.force).bindBlob(3, device.publicKey).bind(4, device.registeredBy);
    w.bind(5, nowMs()).bind(6, device.active ? 1 : 0);
    return w.run();
}

Result<QList<RegisteredDevice>> SqlCipherIntakeRepository::devices()
{
    SqliteStatement q(m_db, "SELECT device_id, force, public_key, registered_by, registered_ms, active FROM devices "
                            "ORDER BY device_id");
    QList<RegisteredDevice> list;
    while (true) {
        auto row = q.step();
        if (!row)
            return row.error();
        if (!*row)
            return list;
        list.append({q.text(0), q.text(1), q.blob(2), q.text(3), QDateTime::fromMSecsSinceEpoch(q.int64(4), Qt::UTC),
                     q.int64(5) != 0});
    }
}

Result<QList<Transmission>> SqlCipherIntakeRepository::transmissions()
{
    SqliteStatement q(m_db,
                      "SELECT id, sender_force, device_id, scene_examiner, case_reference, captured_ms, received_ms, "
                      "status, reason, package_sha256 FROM transmissions ORDER BY received_ms DESC");
    return rows<Transmission>(q, [](const SqliteStatement &r) {
        Transmission t;
        t.id = TransmissionId::fromString(r.text(0));
        t.senderForce = r.text(1);
        t.deviceId = r.text(2);
        t.sceneExaminer = r.text(3);
        t.caseReference = r.text(4);
        // NULL or 0: not known (a refused file whose manifest could not be read).
        if (!r.isNull(5) && r.int64(5) != 0)
            t.capturedUtc = QDateTime::fromMSecsSinceEpoch(r.int64(5), Qt::UTC);
        t.receivedUtc = QDateTime::fromMSecsSinceEpoch(r.int64(6), Qt::UTC);
        t.status = transmissionStatusFromKey(r.text(7)).value_or(TransmissionStatus::Received);
        t.reason = r.text(8);
        t.packageSha256 = r.blob(9);
        return t;
    });
}

Result<QList<PersonLinkRecord>> SqlCipherIntakeRepository::personLinks(const QString &status)
{
    SqliteStatement q(m_db, "SELECT id, person_a, person_b, kind, status, score, reasons FROM person_links "
                            "WHERE ? = '' OR status = ? ORDER BY created_ms");
    q.bind(1, status.isNull() ? QStringLiteral("") : status).bind(2, status.isNull() ? QStringLiteral("") : status);
    return rows<PersonLinkRecord>(q, [](const SqliteStatement &r) {
        return PersonLinkRecord{r.text(0),
                                PersonId::fromString(r.text(1)),
                                PersonId::fromString(r.text(2)),
                                r.text(3),
                                r.text(4),
                                r.real(5),
                                r.text(6).split(QLatin1Char('\n'), Qt::SkipEmptyParts)};
    });
}

Status SqlCipherIntakeRepository::decidePersonLink(const QString &linkId, bool confirm, const QString &user,
                                                   AuditLog &audit)
{
    SqliteTransaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    SqliteStatement q(m_db, "SELECT status FROM person_links WHERE id = ?");
    q.bind(1, linkId);
    auto row = q.step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("ridgeline::storage::Intake", "There is no proposed person link %1")
                         .arg(linkId));
    if (q.text(0) != QLatin1String("proposed"))
        return Error(ErrorCode::Conflict, QCoreApplication::translate("ridgeline::storage::Intake",
                                                                      "Person link %1 was already decided (%2)")
                                              .arg(linkId, q.text(0)));
    SqliteStatement w(m_db, "UPDATE person_links SET status = ?, decided_by = ?, decided_ms = ? WHERE id = ?");
    w.bind(1, confirm ? QStringLiteral("confirmed") : QStringLiteral("rejected"))
        .bind(2, user)
        .bind(3, nowMs())
        .bind(4, linkId);
    if (Status s = w.run(); !s)
        return s;
    AuditEvent e;
    e.user = user;
    e.action = confirm ? QStringLiteral("confirm-person-link") : QStringLiteral("reject-person-link");
    e.objectType = QStringLiteral("person-link");
    e.objectId = linkId;
    if (auto audited = audit.append(e); !audited)
        return audited.error();
    return transaction.commit();
}

Result<QList<SearchHit>> SqlCipherIntakeRepository::search(const QString &query, int limit)
{
    const QString match = ftsQuery(query);
    if (match.isEmpty())
        return QList<SearchHit>();
    SqliteStatement q(m_db, "SELECT kind, object_id, case_id, snippet(search_index, '[', ']', '...', 3, 12) "
                            "FROM search_index WHERE search_index MATCH ? LIMIT ?");
    q.bind(1, match).bind(2, limit);
    return rows<SearchHit>(q, [](const SqliteStatement &r) {
        return SearchHit{r.text(0), r.text(1), CaseId::fromString(r.text(2)), r.text(3)};
    });
}

} // namespace ridgeline::storage
