#pragma once

#include "app/core/error.h"

namespace ridgeline::storage {

class SqliteDatabase;

// The newest schema version this build knows.
int latestSchemaVersion();

// Brings the workspace forward to latestSchemaVersion(), one numbered step per transaction, and
// records each in schema_version. A workspace written by a newer Ridgeline is refused (BadInput)
// rather than opened half-understood.
Status migrateSchema(SqliteDatabase &db);

} // namespace ridgeline::storage
