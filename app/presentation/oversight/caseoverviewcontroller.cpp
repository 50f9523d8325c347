#include "app/presentation/oversight/caseoverviewcontroller.h"

#include "app/presentation/futurewatch.h"
#include "app/presentation/sessioncontroller.h"
#include "app/services/importservice.h"
#include "app/services/localworkspacesession.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ridgeline {
namespace {

// The casework of every mark; one problem line for all that failed alike.
void readCasework(WorkspaceSession &s, CaseOverview &o)
{
    QStringList failed;
    QString reason;
    for (const Mark &mark : std::as_const(o.marks)) {
        Result<MarkCasework> work = s.markCasework(mark.id);
        if (work) {
            o.casework.insert(mark.id, std::move(work).value());
        } else {
            failed << mark.exhibitReference;
            reason = work.error().message();
        }
    }
    if (!failed.isEmpty())
        o.problems << QCoreApplication::translate("ridgeline::CaseOverviewController",
                                                  "The ACE-V records of %1 could not be read: %2")
                          .arg(failed.join(QStringLiteral(", ")), reason);
}

void readRecordsOfLocal(LocalWorkspaceSession &local, CaseOverview &o)
{
    if (auto notes = local.caseStore().notesOfCase(o.record.id)) {
        for (const storage::CaseNote &note : *notes)
            o.notes.append({note.author, note.text, note.createdUtc});
    } else {
        o.problems << QCoreApplication::translate("ridgeline::CaseOverviewController",
                                                  "The case notes could not be read: %1")
                          .arg(notes.error().message());
    }
    if (auto events = local.auditEventsOfCase(o.record.id))
        o.events = std::move(events).value();
    else
        o.problems << QCoreApplication::translate("ridgeline::CaseOverviewController",
                                                  "The timeline could not be read: %1")
                          .arg(events.error().message());
}

} // namespace

Result<CaseOverview> readCaseOverview(WorkspaceSession &s, const CaseId &caseId)
{
    if (Status allowed = s.require(Action::ViewCase, QStringLiteral("case"), caseId.toString()); !allowed)
        return allowed.error();
    CaseOverview o;
    CaseRepository &cases = s.cases();
    auto record = cases.caseById(caseId);
    if (!record)
        return record.error();
    o.record = std::move(record).value();
    auto marks = cases.marksOfCase(caseId);
    if (!marks)
        return marks.error();
    o.marks = std::move(marks).value();
    auto persons = cases.personsOfCase(caseId);
    if (!persons)
        return persons.error();
    o.persons = std::move(persons).value();
    auto documents = cases.documentsOfCase(caseId);
    if (!documents)
        return documents.error();
    o.documents = std::move(documents).value();
    readCasework(s, o);
    // Notes and the case's slice of the audit trail are kept by the workspace's own session only.
    if (auto *local = dynamic_cast<LocalWorkspaceSession *>(&s)) {
        readRecordsOfLocal(*local, o);
    } else if (auto events = s.auditEvents(QStringLiteral("case"), caseId.toString())) {
        o.events = std::move(events).value();
    } else {
        o.problems << QCoreApplication::translate("ridgeline::CaseOverviewController",
                                                  "The timeline could not be read: %1")
                          .arg(events.error().message());
    }
    if (auto signOffs = s.signOffs(caseId))
        o.signOffs = std::move(signOffs).value();
    else
        o.problems << QCoreApplication::translate("ridgeline::CaseOverviewController",
                                                  "The sign-offs could not be read: %1")
                          .arg(signOffs.error().message());
    return o;
}

CaseOverviewController::CaseOverviewController(SessionController *session, const CaseId &caseId, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_caseId(caseId)
{}

bool CaseOverviewController::canAddNotes() const
{
    return isAllowed(m_session->info().user.role, Action::AddCaseNote);
}

bool CaseOverviewController::canAttachDocuments() const
{
    const Role role = m_session->info().user.role;
    return isAllowed(role, Action::AttachDocument) && isAllowed(role, Action::ImportTransmission);
}

void CaseOverviewController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void CaseOverviewController::refresh()
{
    const quint64 request = ++m_request;
    Q_EMIT loading();
    auto future = m_session->run([id = m_caseId](WorkspaceSession &s) { return readCaseOverview(s, id); });
    whenFinished(this, future, [this, request](const Result<CaseOverview> &result) {
        if (request != m_request)
            return;
        if (!result) {
            Q_EMIT loadFailed(result.error().message());
            return;
        }
        m_overview = result.value();
        AuditObjectNames names;
        names.caseReference = m_overview->record.reference.toString();
        for (const Mark &mark : std::as_const(m_overview->marks))
            names.marks.insert(mark.id.toString(), mark.exhibitReference);
        for (const Document &document : std::as_const(m_overview->documents))
            names.documents.insert(document.id.toString(), document.title);
        m_exhibits.setExhibits(m_overview->marks, m_overview->casework);
        m_timeline.setEvents(m_overview->events, names);
        m_signOffs.setSignOffs(m_overview->signOffs, names.marks);
        Q_EMIT loaded();
    });
}

void CaseOverviewController::addNote(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        Q_EMIT actionFailed(tr("The note is empty; nothing was added."));
        return;
    }
    setBusy(true);
    auto future = m_session->run([id = m_caseId, trimmed](WorkspaceSession &s) -> Status {
        auto *local = dynamic_cast<LocalWorkspaceSession *>(&s);
        if (!local)
            return Error(ErrorCode::Internal, QCoreApplication::translate("ridgeline::CaseOverviewController",
                                                                          "This session keeps no case notes."));
        auto note = local->addCaseNote(id, trimmed);
        return note ? Status() : Status(note.error());
    });
    whenFinished(this, future, [this](const Status &status) {
        setBusy(false);
        if (!status) {
            Q_EMIT actionFailed(tr("The note was not added: %1").arg(status.error().message()));
            return;
        }
        Q_EMIT noteAdded(tr("Case note added."));
        refresh();
    });
}

void CaseOverviewController::attachDocument(const QString &path)
{
    if (!m_overview) {
        Q_EMIT actionFailed(tr("The case is still loading; attach the document once it is shown."));
        return;
    }
    setBusy(true);
    SingleFileImport request{path,
                             m_overview->record.reference.toString(),
                             TransmissionItemKind::Document,
                             QFileInfo(path).fileName(),
                             m_session->info().user.name,
                             0.0};
    auto future = m_session->run([request](WorkspaceSession &s) { return ImportService(s).importFile(request); });
    whenFinished(this, future, [this, path](const ImportService::Result &result) {
        setBusy(false);
        const QString name = QFileInfo(path).fileName();
        if (result.refused()) {
            Q_EMIT actionFailed(tr("%1 was not attached: %2").arg(name, result.error->message()));
            return;
        }
        if (result.outcome && result.outcome->alreadyImported)
            Q_EMIT documentAttached(tr("%1 is already attached to this case; nothing was duplicated.").arg(name));
        else
            Q_EMIT documentAttached(tr("%1 attached to the case.").arg(name));
        refresh();
    });
}

void CaseOverviewController::openDocument(const Document &document)
{
    auto future = m_session->run([document](WorkspaceSession &s) {
        return s.readOriginal(document.sha256, QStringLiteral("document"), document.id.toString());
    });
    whenFinished(this, future, [this, document](const Result<QByteArray> &bytes) {
        if (!bytes) {
            Q_EMIT actionFailed(
                tr("The document \"%1\" could not be read: %2").arg(document.title, bytes.error().message()));
            return;
        }
        Q_EMIT documentReady(document, bytes.value());
    });
}

VictimSummaryFacts CaseOverviewController::victimFacts() const
{
    if (!m_overview)
        return {};
    return victimSummaryFacts(m_overview->record, m_overview->marks, m_overview->casework.values(),
                              m_overview->signOffs);
}

QString CaseOverviewController::victimSummary(const QDate &asOf, const QLocale &locale) const
{
    return victimStatusSummary(victimFacts(), asOf, locale);
}

} // namespace ridgeline
