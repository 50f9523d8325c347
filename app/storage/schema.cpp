#include "app/storage/schema.h"

#include "app/storage/sqlciphercaseworkrepository.h"
#include "app/storage/sqlcipherintakerepository.h"
#include "app/storage/sqlciphermarkuprepository.h"
#include "app/storage/sqlciphermarkworkrepository.h"
#include "app/storage/sqlciphertemplaterepository.h"
#include "app/storage/sqlitedatabase.h"

#include <QCoreApplication>

#include <array>

namespace ridgeline::storage {
namespace {

struct Migration
{
    int version;
    const char *sql;
};

// Append-only: a released step is never edited, a change is a new step.
const std::array kMigrations{
    Migration{1, R"sql(
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE users (
    id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL, role TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1, created_ms INTEGER NOT NULL);
CREATE TABLE cases (
    id TEXT PRIMARY KEY, force_code TEXT NOT NULL, year INTEGER NOT NULL, number INTEGER NOT NULL,
    force TEXT NOT NULL, offence TEXT NOT NULL, officer TEXT NOT NULL, status TEXT NOT NULL,
    summary TEXT NOT NULL, created_ms INTEGER NOT NULL, updated_ms INTEGER NOT NULL,
    revision INTEGER NOT NULL, UNIQUE (force_code, year, number));
CREATE TABLE case_notes (
    id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id), author TEXT NOT NULL,
    text TEXT NOT NULL, created_ms INTEGER NOT NULL);
CREATE INDEX case_notes_case ON case_notes(case_id);
CREATE TABLE transmissions (
    id TEXT PRIMARY KEY, sender_force TEXT NOT NULL, device_id TEXT NOT NULL, scene_examiner TEXT NOT NULL,
    case_reference TEXT NOT NULL, captured_ms INTEGER, received_ms INTEGER NOT NULL, status TEXT NOT NULL,
    reason TEXT NOT NULL, package_sha256 BLOB);
CREATE TABLE evidence_blobs (
    sha256 BLOB PRIMARY KEY, size INTEGER NOT NULL, media_type TEXT NOT NULL, chunk_count INTEGER NOT NULL,
    created_ms INTEGER NOT NULL);
CREATE TABLE evidence_chunks (
    sha256 BLOB NOT NULL REFERENCES evidence_blobs(sha256), idx INTEGER NOT NULL, data BLOB NOT NULL,
    PRIMARY KEY (sha256, idx));
CREATE TABLE marks (
    id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id), exhibit_ref TEXT NOT NULL,
    kind TEXT NOT NULL, state TEXT NOT NULL, original_sha256 BLOB REFERENCES evidence_blobs(sha256),
    transmission_id TEXT, device_id TEXT NOT NULL, scene_examiner TEXT NOT NULL, captured_ms INTEGER,
    place TEXT NOT NULL, ppi REAL NOT NULL, calibration_source INTEGER NOT NULL, assigned_examiner TEXT,
    received_ms INTEGER, revision INTEGER NOT NULL);
CREATE INDEX marks_case ON marks(case_id);
CREATE TABLE persons (
    id TEXT PRIMARY KEY, family_name TEXT NOT NULL, given_names TEXT NOT NULL, date_of_birth TEXT,
    force TEXT NOT NULL, identifiers TEXT NOT NULL);
CREATE TABLE case_persons (
    case_id TEXT NOT NULL REFERENCES cases(id), person_id TEXT NOT NULL REFERENCES persons(id),
    role TEXT NOT NULL, PRIMARY KEY (case_id, person_id, role));
CREATE TABLE documents (
    id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id), title TEXT NOT NULL, kind TEXT NOT NULL,
    media_type TEXT NOT NULL, sha256 BLOB, page_count INTEGER NOT NULL, added_ms INTEGER NOT NULL);
CREATE INDEX documents_case ON documents(case_id);
CREATE TABLE workstation_keys (
    id INTEGER PRIMARY KEY, host TEXT NOT NULL, public_key BLOB NOT NULL, secret_key BLOB NOT NULL,
    created_ms INTEGER NOT NULL);
CREATE TABLE audit_events (
    seq INTEGER PRIMARY KEY, time_ms INTEGER NOT NULL, user TEXT NOT NULL, workstation TEXT NOT NULL,
    action TEXT NOT NULL, object_type TEXT NOT NULL, object_id TEXT NOT NULL, outcome TEXT NOT NULL,
    details TEXT NOT NULL, prev_hash BLOB NOT NULL, hash BLOB NOT NULL);
CREATE INDEX audit_events_object ON audit_events(object_type, object_id);
CREATE TABLE audit_checkpoints (
    seq INTEGER PRIMARY KEY, hash BLOB NOT NULL, time_ms INTEGER NOT NULL, public_key BLOB NOT NULL,
    signature BLOB NOT NULL);
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
    BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
    BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints
    BEGIN SELECT RAISE(ABORT, 'audit checkpoints are append-only'); END;
CREATE TRIGGER audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints
    BEGIN SELECT RAISE(ABORT, 'audit checkpoints are append-only'); END;
)sql"},
    // Intake: mark details, exemplars, person links, devices, packages, FTS3 search (decision 0003).
    Migration{2, SqlCipherIntakeRepository::schemaSql()},
    // Local search: templates of exemplar impressions, derived and rebuildable (decision 0004).
    Migration{3, SqlCipherTemplateRepository::schemaSql()},
    // The examiner's work on a mark (recipe, output hash, calibration, measurements), with history (issue 5).
    Migration{4, SqlCipherMarkWorkRepository::schemaSql()},
    // Markup and comparison documents of a mark: autosaved drafts per user, append-only revisions (issue 6).
    Migration{5, SqlCipherMarkupRepository::schemaSql()},
    // ACE-V casework: stage changes, analyses, conclusions, resolutions, exposures, signing keys and
    // signed case revisions (issue 7).
    Migration{6, SqlCipherCaseworkRepository::schemaSql()},
    // The supervisor's dashboard (issue 8) finds the audited exemplar searches among every audit event
    // by action: without an index that read scanned the whole trail (335 ms of 200,000 events).
    Migration{7, "CREATE INDEX IF NOT EXISTS audit_events_action ON audit_events(action, object_type);"},
};

} // namespace

int latestSchemaVersion()
{
    return kMigrations.back().version;
}

Status migrateSchema(SqliteDatabase &db)
{
    if (Status s = db.exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                           "applied_ms INTEGER NOT NULL)");
        !s)
        return s;
    auto current = db.queryInt("SELECT COALESCE(MAX(version), 0) FROM schema_version");
    if (!current)
        return current.error();
    if (*current > latestSchemaVersion()) {
        return Error(ErrorCode::BadInput,
                     QCoreApplication::translate(
                         "ridgeline::storage",
                         "The workspace %1 was written by a newer Ridgeline (schema version %2; this program knows up "
                         "to %3). Open it with the newer version; it has not been changed.")
                         .arg(db.path())
                         .arg(*current)
                         .arg(latestSchemaVersion()));
    }
    for (const Migration &step : kMigrations) {
        if (step.version <= *current)
            continue;
        SqliteTransaction transaction(db);
        if (!transaction.status())
            return transaction.status();
        if (Status s = db.exec(step.sql); !s)
            return s.error().withContext(
                QCoreApplication::translate("ridgeline::storage", "Upgrading the workspace schema to version %1")
                    .arg(step.version));
        SqliteStatement record(db, "INSERT INTO schema_version (version, applied_ms) "
                                   "VALUES (?, CAST(strftime('%s','now') AS INTEGER) * 1000)");
        record.bind(1, step.version);
        if (Status s = record.run(); !s)
            return s;
        if (Status s = transaction.commit(); !s)
            return s;
    }
    return {};
}

} // namespace ridgeline::storage
