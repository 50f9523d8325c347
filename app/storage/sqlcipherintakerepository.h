#pragma once

// Files a prepared transmission (ImportPlan) into the workspace in ONE transaction: originals
// byte for byte, case, marks, persons and their cross-force links, exemplar impressions,
// documents with their text for search, links, the transmission record and the audit events.
// Either all of it is there afterwards or none of it. Uses the caller's connection; same thread.

#include "app/core/importplan.h"
#include "app/core/intakerecords.h"
#include "app/core/repositories.h"

namespace ridgeline::storage {

class SqliteDatabase;

struct IntakePolicy
{
    bool acceptUnsignedPackages = false;
    // Originals already filed in the caller's open transaction by a streaming import (SHA-256 ->
    // newly stored rather than already held); commit() counts them and does not file them again.
    const QHash<QByteArray, bool> *stagedOriginals = nullptr;
};

class SqlCipherIntakeRepository
{
public:
    explicit SqlCipherIntakeRepository(SqliteDatabase &db);

    // The SQL of the schema step that adds what intake needs (appended to the migrations).
    static const char *schemaSql();

    Result<ImportOutcome> commit(const ImportPlan &plan, const QString &user, AuditLog &audit,
                                 const IntakePolicy &policy);

    // Records a transmission that was refused (quarantined), with its reason, and audits it.
    Status recordRefusal(const Transmission &transmission, const QString &packageName, const QString &user,
                         AuditLog &audit);

    Status registerDevice(const RegisteredDevice &device);
    Result<QList<RegisteredDevice>> devices();
    Result<QList<Transmission>> transmissions();
    Result<QList<PersonLinkRecord>> personLinks(const QString &status = {});
    // A case officer's decision on a proposed link; refused unless the link is "proposed".
    Status decidePersonLink(const QString &linkId, bool confirm, const QString &user, AuditLog &audit);
    // SQLite FTS3 over case references, offences, places, person names and document text.
    Result<QList<SearchHit>> search(const QString &query, int limit = 100);

private:
    SqliteDatabase &m_db;
};

} // namespace ridgeline::storage
