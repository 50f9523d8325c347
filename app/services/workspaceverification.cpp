// LocalWorkspaceSession::verify(): every database page (through the codec, whose per-page HMAC
// fails on any modified page), every original's SHA-256, the audit chain and its signed
// checkpoints, and the key header's MAC.
#include "app/services/localworkspacesession.h"
#include "app/storage/sqlciphermarkuprepository.h"

#include <QCoreApplication>

namespace ridgeline {
namespace {

// Scans each table on its own after a failed page check, so the report can say where the damage is.
QStringList damagedTables(storage::SqliteDatabase &sql)
{
    QStringList names;
    {
        storage::SqliteStatement list(sql, "SELECT name FROM sqlite_master WHERE type = 'table'");
        for (auto row = list.step(); row && *row; row = list.step())
            names.append(list.text(0));
    }
    QStringList damaged;
    for (const QString &name : names) {
        const QByteArray query = "SELECT count(*) FROM \"" + name.toUtf8() + "\" WHERE length(quote(rowid)) >= 0";
        storage::SqliteStatement scan(sql, query.constData());
        if (!scan.step())
            damaged.append(name);
    }
    return damaged;
}

} // namespace

void LocalWorkspaceSession::verifyPages(VerifyReport &report)
{
    storage::SqliteDatabase &sql = m_db->sql();
    auto pages = sql.queryInt("PRAGMA page_count");
    report.pagesChecked = pages ? *pages : 0;
    // SQLCipher 4 has cipher_integrity_check (HMAC of every page, including free ones); 3.4.1 does
    // not, and there integrity_check reads every page in use through the codec instead.
    auto version = sql.queryText("PRAGMA cipher_version");
    if (version && !version->startsWith(QLatin1String("3."))) {
        storage::SqliteStatement cipherCheck(sql, "PRAGMA cipher_integrity_check");
        for (auto row = cipherCheck.step(); row && *row; row = cipherCheck.step())
            report.problems.append(QCoreApplication::translate("ridgeline::WorkspaceSession", "Database page check: %1")
                                       .arg(cipherCheck.text(0)));
    }
    storage::SqliteStatement check(sql, "PRAGMA integrity_check");
    for (;;) {
        auto row = check.step();
        if (!row) {
            const QStringList tables = damagedTables(sql);
            report.problems.append(QCoreApplication::translate(
                                       "ridgeline::WorkspaceSession",
                                       "Database pages of %1 are damaged or were modified outside Ridgeline (%2)%3.")
                                       .arg(m_path, row.error().message(),
                                            tables.isEmpty() ? QString()
                                                             : QCoreApplication::translate(
                                                                   "ridgeline::WorkspaceSession", " in table(s) %1")
                                                                   .arg(tables.join(QStringLiteral(", ")))));
            return;
        }
        if (!*row)
            return;
        if (check.text(0) != QLatin1String("ok"))
            report.problems.append(
                QCoreApplication::translate("ridgeline::WorkspaceSession", "Database page check of %1: %2")
                    .arg(m_path, check.text(0)));
    }
}

Result<VerifyReport> LocalWorkspaceSession::verify()
{
    if (Status s = require(Action::VerifyWorkspace, QStringLiteral("workspace"), m_path); !s)
        return s.error();
    VerifyReport report;
    report.workstationPublicKey = workstationPublicKey();
    verifyPages(report);

    auto originals = m_evidence->verifyAll(report.problems);
    if (originals)
        report.originalsChecked = *originals;
    else
        report.problems.append(
            QCoreApplication::translate("ridgeline::WorkspaceSession", "Originals could not be checked: %1")
                .arg(originals.error().message()));

    // Committed markup and comparisons: each revision against the SHA-256 it was committed with.
    if (auto revisions = storage::SqlCipherMarkupRepository(m_db->sql()).verifyAll(report.problems); !revisions)
        report.problems.append(revisions.error().message());
    // Supervisors' sign-offs: signatures, keys, and that those in force still match the records.
    verifySignOffs(report);
    auto chain = storage::verifyAuditChain(m_db->sql(), m_db->databaseId());
    if (chain) {
        report.eventsChecked = chain->eventsChecked;
        report.checkpointsChecked = chain->checkpointsChecked;
        report.signaturesChecked = chain->signaturesChecked;
        report.firstBadEvent = chain->firstBadSequence;
        report.problems.append(chain->problems);
    } else {
        report.problems.append(
            QCoreApplication::translate("ridgeline::WorkspaceSession", "The audit trail could not be read: %1")
                .arg(chain.error().message()));
    }

    auto header = freshHeader();
    if (!header)
        report.problems.append(header.error().message());
    else if (header->databaseId() != m_db->databaseId())
        report.problems.append(QCoreApplication::translate("ridgeline::WorkspaceSession",
                                                           "The key header beside %1 belongs to another database.")
                                   .arg(m_path));

    // The verification itself goes on the record, after the chain was checked.
    (void)recordEvent(QStringLiteral("verify"), QStringLiteral("workspace"), m_path,
                      report.ok() ? AuditOutcome::Success : AuditOutcome::Failure,
                      QStringLiteral("%1 problem(s)").arg(report.problems.size()));
    return report;
}

} // namespace ridgeline
