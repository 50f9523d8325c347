#pragma once

#include "app/core/domain.h"

#include <QHash>
#include <QList>

#include <utility>

namespace ridgeline {

// Everything the details panel shows about one case, read in one go on a worker thread.
struct CaseDetails
{
    CaseRecord record;
    QList<Mark> marks;
    QList<std::pair<Person, PersonRole>> persons;
    QList<Document> documents;
    QHash<PersonId, int> exemplarCounts; // impressions on each person's tenprint card; absent = none
};

} // namespace ridgeline
