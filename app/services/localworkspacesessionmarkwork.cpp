// LocalWorkspaceSession: the examiner's work stored with a mark (issue 5). A save is one
// transaction holding the new revision, its history row and the audit event, so the trail and
// the stored work never disagree.
#include "app/services/localworkspacesession.h"

#include "app/storage/sqlciphermarkworkrepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace ridgeline {
namespace {

// What the trail keeps of a save: enough to tell later which recipe produced which pixels.
QString saveDetails(const MarkWork &work)
{
    const QByteArray recipeHash = QCryptographicHash::hash(work.recipeJson, QCryptographicHash::Sha256).toHex();
    return QStringLiteral("revision=%1; recipe_sha256=%2; output_sha256=%3; ppi=%4; calibration=%5; measurements=%6")
        .arg(work.revision)
        .arg(QString::fromLatin1(recipeHash), work.outputSha256.isEmpty() ? QStringLiteral("-") : work.outputSha256)
        .arg(work.calibration.ppi, 0, 'f', 2)
        .arg(work.calibration.method)
        .arg(work.measurements.size());
}

} // namespace

Result<MarkWork> LocalWorkspaceSession::markWork(const MarkId &mark)
{
    if (Status s = require(Action::ViewCase, QStringLiteral("mark"), mark.toString()); !s)
        return s.error();
    return storage::SqlCipherMarkWorkRepository(m_db->sql()).load(mark);
}

Result<QList<MarkWork>> LocalWorkspaceSession::markWorkHistory(const MarkId &mark)
{
    if (Status s = require(Action::ViewCase, QStringLiteral("mark"), mark.toString()); !s)
        return s.error();
    return storage::SqlCipherMarkWorkRepository(m_db->sql()).history(mark);
}

Result<MarkWork> LocalWorkspaceSession::saveMarkWork(const MarkWork &work)
{
    const QString markId = work.markId.toString();
    if (Status s = require(Action::EnhanceMark, QStringLiteral("mark"), markId); !s)
        return s.error();
    if (!work.measurements.isEmpty()) {
        if (Status s = require(Action::AnnotateMark, QStringLiteral("mark"), markId); !s)
            return s.error();
    }
    if (!work.outputSha256.isEmpty() && QByteArray::fromHex(work.outputSha256.toLatin1()).size() != 32)
        return Error(ErrorCode::BadInput,
                     QCoreApplication::translate("ridgeline::LocalWorkspaceSession",
                                                 "The output hash of mark %1 is not a SHA-256 (64 hex digits): %2")
                         .arg(markId, work.outputSha256));
    MarkWork toStore = work;
    toStore.savedBy = m_user.name;
    toStore.savedUtc = QDateTime::currentDateTimeUtc();
    Result<MarkWork> saved = Error(ErrorCode::Internal, QString());
    {
        storage::SqliteTransaction transaction(m_db->sql());
        if (!transaction.status())
            return transaction.status().error();
        saved = storage::SqlCipherMarkWorkRepository(m_db->sql()).save(toStore);
        if (saved) {
            if (Status s = recordEvent(QStringLiteral("save-mark-work"), QStringLiteral("mark"), markId,
                                       AuditOutcome::Success, saveDetails(saved.value()));
                !s)
                return s.error();
            if (Status s = noteChangeOfMark(work.markId,
                                            QStringLiteral("enhancement work revision %1").arg(saved.value().revision));
                !s)
                return s.error();
            if (Status s = transaction.commit(); !s)
                return s.error();
            return saved;
        }
    }
    // Rolled back; the refused attempt is still part of the trail (a conflict between workstations).
    if (Status s = recordEvent(QStringLiteral("save-mark-work"), QStringLiteral("mark"), markId, AuditOutcome::Failure,
                               QStringLiteral("base revision %1; %2").arg(work.revision).arg(saved.error().message()));
        !s)
        return s.error();
    return saved.error();
}

} // namespace ridgeline
