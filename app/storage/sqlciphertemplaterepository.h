#pragma once

// Stored templates of exemplar impressions for the local search (decision 0004). Templates are
// derived data: rebuildable from the originals, tagged with the algorithm that made them, kept
// apart from the originals and never part of an original's hash. Uses the caller's connection;
// same thread.

#include "app/core/error.h"
#include "app/core/intakerecords.h"

#include <QList>
#include <QString>

namespace ridgeline::storage {

class SqliteDatabase;

class SqlCipherTemplateRepository
{
public:
    explicit SqlCipherTemplateRepository(SqliteDatabase &db);

    // The schema step that adds the template table (appended to the migrations).
    static const char *schemaSql();

    // Every exemplar impression in filing order, saying whether a template made by `algorithm` is
    // stored, with the cases of its person.
    // withBytes false leaves templateBytes empty and never reads the template blobs.
    // onlyImpression: just that one (an empty list when it does not exist).
    Result<QList<ExemplarTemplateEntry>> entries(const QString &algorithm, bool withBytes = true,
                                                 const QString &onlyImpression = {});
    // Replaces the template of one impression. NotFound when the impression does not exist.
    Status store(const QString &impressionId, const QString &algorithm, int minutiae, const QByteArray &bytes);
    // Forgets every stored template (a full rebuild follows).
    Status clear();
    Result<int> count(const QString &algorithm);

private:
    SqliteDatabase &m_db;
};

} // namespace ridgeline::storage
