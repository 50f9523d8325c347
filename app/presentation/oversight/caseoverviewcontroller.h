#pragma once

#include "app/core/auditevent.h"
#include "app/core/casework.h"
#include "app/core/domain.h"
#include "app/presentation/oversight/caseexhibitsmodel.h"
#include "app/presentation/oversight/casetimelinemodel.h"
#include "app/presentation/oversight/signoffmodel.h"
#include "app/presentation/oversight/victimsummary.h"

#include <QObject>

#include <optional>

namespace ridgeline {

class SessionController;
class WorkspaceSession;

struct CaseNoteEntry
{
    QString author;
    QString text;
    QDateTime createdUtc;
};

// Everything the case overview shows of one case, read in one go on the session's thread.
struct CaseOverview
{
    CaseRecord record;
    QList<Mark> marks;
    QHash<MarkId, MarkCasework> casework;
    QList<std::pair<Person, PersonRole>> persons;
    QList<Document> documents;
    QList<CaseNoteEntry> notes; // oldest first
    QList<AuditEvent> events;   // the case's timeline
    QList<SignOffRecord> signOffs;
    // Parts that could not be read (the rest is shown): each says what and why.
    QStringList problems;
};

// Reads the overview. The case itself must be readable (ViewCase); the casework of each mark, the
// notes, the timeline and the sign-offs are read as far as the session allows, and what it refuses
// is listed in `problems`. Call on the session's thread (SessionController::run).
Result<CaseOverview> readCaseOverview(WorkspaceSession &session, const CaseId &caseId);

// The case officer's overview of one case (issue 7): loads it through the session on its thread,
// fills the exhibit, timeline and sign-off models, adds case notes and attaches documents (a PDF,
// through the same intake as `ridgeline-cli import PATH --case REF`), reads a document for the
// viewer, and builds the status summary for the victim. Nothing here edits markup. A reply that
// arrives after a newer request is dropped. UI thread.
class CaseOverviewController : public QObject
{
    Q_OBJECT
public:
    CaseOverviewController(SessionController *session, const CaseId &caseId, QObject *parent = nullptr);

    const CaseId &caseId() const { return m_caseId; }
    const std::optional<CaseOverview> &overview() const { return m_overview; }
    CaseExhibitsModel *exhibits() { return &m_exhibits; }
    CaseTimelineModel *timeline() { return &m_timeline; }
    SignOffModel *signOffs() { return &m_signOffs; }
    bool isBusy() const { return m_busy; }
    bool canAddNotes() const;
    bool canAttachDocuments() const;

    // The facts and the text of the victim's status summary of what was loaded last.
    VictimSummaryFacts victimFacts() const;
    QString victimSummary(const QDate &asOf, const QLocale &locale = QLocale()) const;

public Q_SLOTS:
    void refresh();
    void addNote(const QString &text);
    void attachDocument(const QString &path);
    void openDocument(const ridgeline::Document &document);

Q_SIGNALS:
    void loading();
    void loaded();
    void loadFailed(const QString &message);
    void busyChanged(bool busy);
    void noteAdded(const QString &message);
    void documentAttached(const QString &message);
    void actionFailed(const QString &message);
    void documentReady(const ridgeline::Document &document, const QByteArray &bytes);

private:
    void setBusy(bool busy);

    SessionController *m_session;
    CaseId m_caseId;
    std::optional<CaseOverview> m_overview;
    CaseExhibitsModel m_exhibits;
    CaseTimelineModel m_timeline;
    SignOffModel m_signOffs;
    quint64 m_request = 0;
    bool m_busy = false;
};

} // namespace ridgeline
