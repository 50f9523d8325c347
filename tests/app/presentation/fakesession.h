#pragma once

// An in-memory WorkspaceSession for tests of the presentation and window layers. It records on
// which thread it was called, so tests can show that nothing runs on the UI thread.

#include "app/services/workspacesession.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QThread>

#include <memory>

namespace ridgeline::test {

inline CaseRecord makeCase(const QString &force, int year, qint64 number, const QString &forceName,
                           const QString &offence, const QString &officer, CaseStatus status, int updatedDay)
{
    CaseRecord record;
    record.id = CaseId::create();
    record.reference = CaseReference(force, year, number);
    record.force = forceName;
    record.offence = offence;
    record.officerInCase = officer;
    record.status = status;
    record.summary = QStringLiteral("Summary of %1").arg(record.reference.toString());
    record.createdUtc = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
    record.updatedUtc = QDateTime(QDate(2026, 3, updatedDay), QTime(10, 30), Qt::UTC);
    return record;
}

inline QList<CaseRecord> sampleCases()
{
    return {
        makeCase(QStringLiteral("WYP"), 2026, 10, QStringLiteral("West Yorkshire Police"),
                 QStringLiteral("Burglary dwelling"), QStringLiteral("DC 4411 Patel"), CaseStatus::Open, 3),
        makeCase(QStringLiteral("WYP"), 2026, 9, QStringLiteral("West Yorkshire Police"),
                 QStringLiteral("Theft from vehicle"), QStringLiteral("PC 1203 Hughes"), CaseStatus::UnderExamination,
                 5),
        makeCase(QStringLiteral("DPP"), 2025, 1234, QStringLiteral("Dyfed-Powys Police"), QStringLiteral("Robbery"),
                 QStringLiteral("DS 77 Evans"), CaseStatus::AwaitingReview, 1),
        makeCase(QStringLiteral("NWP"), 2026, 2, QStringLiteral("North Wales Police"),
                 QStringLiteral("Criminal damage"), QStringLiteral("DC 310 Jones"), CaseStatus::SignedOff, 7),
    };
}

class FakeCaseRepository : public CaseRepository
{
public:
    QList<CaseRecord> records = sampleCases();
    QAtomicInt callsOnMainThread = 0;

    void noteThread()
    {
        if (QThread::currentThread() == QCoreApplication::instance()->thread())
            callsOnMainThread.ref();
    }
    Result<QList<CaseRecord>> cases() override
    {
        noteThread();
        return records;
    }
    Result<CaseRecord> caseById(const CaseId &id) override
    {
        noteThread();
        for (const CaseRecord &r : records) {
            if (r.id == id)
                return r;
        }
        return Error(ErrorCode::NotFound, QStringLiteral("no case %1").arg(id.toString()));
    }
    Result<CaseRecord> caseByReference(const CaseReference &reference) override
    {
        for (const CaseRecord &r : records) {
            if (r.reference == reference)
                return r;
        }
        return Error(ErrorCode::NotFound, reference.toString());
    }
    Result<CaseRecord> saveCase(const CaseRecord &record) override
    {
        records.append(record);
        return record;
    }
    Result<QList<Mark>> marksOfCase(const CaseId &id) override
    {
        noteThread();
        Mark mark;
        mark.id = MarkId::create();
        mark.caseId = id;
        mark.exhibitReference = QStringLiteral("JS/1");
        mark.state = MarkState::Analysis;
        return QList<Mark>{mark};
    }
    Result<QList<Document>> documentsOfCase(const CaseId &) override { return QList<Document>{}; }
    Result<QList<std::pair<Person, PersonRole>>> personsOfCase(const CaseId &) override
    {
        Person person;
        person.id = PersonId::create();
        person.familyName = QStringLiteral("Smith");
        person.givenNames = QStringLiteral("John");
        return QList<std::pair<Person, PersonRole>>{{person, PersonRole::Suspect}};
    }
};

class FakeAuditLog : public AuditLog
{
public:
    QList<AuditEvent> events;
    Result<AuditEvent> append(AuditEvent event) override
    {
        event.sequence = events.size() + 1;
        events.append(event);
        return event;
    }
};

class FakeSession : public WorkspaceSession
{
public:
    static inline const QByteArray kPassphrase = QByteArrayLiteral("correct horse battery");

    explicit FakeSession(Role role = Role::Supervisor)
    {
        m_user.id = UserId::create();
        m_user.name = QStringLiteral("sam");
        m_user.displayName = QStringLiteral("Sam Supervisor");
        m_user.role = role;
    }

    FakeCaseRepository repository;
    FakeAuditLog auditLog;
    QString path = QStringLiteral("/tmp/fake.ridgeline");
    bool locked = false;
    bool loggedOut = false;
    // Outlives the session, so a test can see that destroying its owner logged out.
    std::shared_ptr<bool> loggedOutFlag = std::make_shared<bool>(false);
    int unlockAttempts = 0;

    const User &user() const override { return m_user; }
    QString databasePath() const override { return path; }
    WorkspacePolicy policy() const override { return m_policy; }
    Status setPolicy(const WorkspacePolicy &policy) override
    {
        m_policy = policy;
        return {};
    }
    Status require(Action action, const QString & = {}, const QString & = {}) override
    {
        if (locked)
            return Error(ErrorCode::PermissionDenied, QStringLiteral("the session is locked"));
        if (!isAllowed(m_user.role, action))
            return Error(ErrorCode::PermissionDenied, QStringLiteral("not allowed"));
        return {};
    }
    CaseRepository &cases() override { return repository; }
    AuditLog &audit() override { return auditLog; }
    Result<User> addUser(const QString &, const QString &, Role, const QByteArray &) override
    {
        return Error(ErrorCode::Internal, QStringLiteral("not in the fake"));
    }
    Status removeUser(const QString &) override { return {}; }
    Status changeOwnPassphrase(const QByteArray &, const QByteArray &) override { return {}; }
    Result<QList<User>> users() override { return QList<User>{m_user}; }
    Result<QList<AuditEvent>> auditEvents(const QString &, const QString &) override { return QList<AuditEvent>{}; }
    Result<VerifyReport> verify() override { return VerifyReport{}; }
    Status lock() override
    {
        repository.noteThread();
        locked = true;
        return {};
    }
    Status unlock(const QByteArray &passphrase) override
    {
        repository.noteThread();
        ++unlockAttempts;
        if (passphrase != kPassphrase)
            return Error(ErrorCode::AuthenticationFailed, QStringLiteral("wrong passphrase"));
        locked = false;
        return {};
    }
    bool isLocked() const override { return locked; }
    Status logout() override
    {
        loggedOut = true;
        *loggedOutFlag = true;
        return {};
    }

    Result<ImportOutcome> commitImport(const ImportPlan &) override
    {
        return Error(ErrorCode::Internal, QStringLiteral("not in the fake"));
    }
    Status recordQuarantine(const Transmission &, const QString &) override
    {
        return Error(ErrorCode::Internal, QStringLiteral("not in the fake"));
    }
    Result<QList<Transmission>> transmissions() override
    {
        repository.noteThread();
        return transmissionRecords;
    }
    Result<QList<SearchHit>> search(const QString &text) override
    {
        repository.noteThread();
        QList<SearchHit> hits;
        for (const SearchHit &hit : searchHits) {
            if (hit.snippet.contains(text, Qt::CaseInsensitive))
                hits.append(hit);
        }
        return hits;
    }
    Result<QList<PersonLinkRecord>> personLinks(const QString &status = {}) override
    {
        repository.noteThread();
        QList<PersonLinkRecord> links;
        for (const PersonLinkRecord &link : linkRecords) {
            if (status.isEmpty() || link.status == status)
                links.append(link);
        }
        return links;
    }
    Status decidePersonLink(const QString &linkId, bool confirm) override
    {
        repository.noteThread();
        for (PersonLinkRecord &link : linkRecords) {
            if (link.id == linkId && link.status == QLatin1String("proposed")) {
                link.status = confirm ? QStringLiteral("confirmed") : QStringLiteral("rejected");
                return {};
            }
        }
        return Error(ErrorCode::NotFound, QStringLiteral("no proposed link %1").arg(linkId));
    }
    Result<QByteArray> readOriginal(const QByteArray &sha256, const QString &, const QString &) override
    {
        repository.noteThread();
        if (!originals.contains(sha256))
            return Error(ErrorCode::NotFound,
                         QStringLiteral("no original %1").arg(QString::fromLatin1(sha256.toHex())));
        return originals.value(sha256);
    }

    Result<QHash<PersonId, int>> exemplarCountsOfCase(const CaseId &) override
    {
        repository.noteThread();
        return QHash<PersonId, int>{};
    }
    Status beginImport(const ImportPlan &) override { return {}; }
    Result<QByteArray> stageOriginal(const ImportBlob &blob) override
    {
        return QCryptographicHash::hash(blob.bytes, QCryptographicHash::Sha256);
    }
    void abortImport() override {}
    Result<QByteArray> derivedData(const QByteArray &sha256, const QString &kind) override
    {
        repository.noteThread();
        if (!derived.contains({sha256, kind}))
            return Error(ErrorCode::NotFound,
                         QStringLiteral("no %1 of %2").arg(kind, QString::fromLatin1(sha256.toHex())));
        return derived.value({sha256, kind});
    }
    Status storeDerivedData(const QByteArray &sha256, const QString &kind, const QByteArray &data) override
    {
        repository.noteThread();
        derived.insert({sha256, kind}, data);
        return {};
    }
    Status removeDerivedData(const QByteArray &sha256, const QString &kindPrefix) override
    {
        repository.noteThread();
        derived.removeIf(
            [&](const auto &it) { return it.key().first == sha256 && it.key().second.startsWith(kindPrefix); });
        return {};
    }

    Result<QList<ExemplarTemplateEntry>> exemplarTemplates(const QString &algorithm, bool withBytes,
                                                           const QString &onlyImpression) override
    {
        repository.noteThread();
        QList<ExemplarTemplateEntry> list = exemplars;
        if (!onlyImpression.isEmpty())
            list.removeIf([&](const ExemplarTemplateEntry &e) { return e.impressionId != onlyImpression; });
        for (ExemplarTemplateEntry &entry : list) {
            entry.hasTemplate = templates.contains({entry.impressionId, algorithm});
            entry.templateStoredMs = entry.hasTemplate ? 1 : 0;
            if (withBytes)
                entry.templateBytes = templates.value({entry.impressionId, algorithm});
        }
        return list;
    }
    Result<QByteArray> readExemplarForTemplate(const ExemplarTemplateEntry &entry) override
    {
        repository.noteThread();
        if (!originals.contains(entry.originalSha256))
            return Error(ErrorCode::NotFound, QStringLiteral("no original for %1").arg(entry.impressionId));
        return originals.value(entry.originalSha256);
    }
    Status storeExemplarTemplate(const QString &impressionId, const QString &algorithm, int,
                                 const QByteArray &bytes) override
    {
        repository.noteThread();
        templates.insert({impressionId, algorithm}, bytes);
        return {};
    }
    Status recordEvent(const QString &action, const QString &objectType, const QString &objectId, AuditOutcome,
                       const QString &details) override
    {
        recordedEvents << QStringList{action, objectType, objectId, details}.join(QLatin1Char(' '));
        return {};
    }

    Result<MarkWork> markWork(const MarkId &mark) override
    {
        repository.noteThread();
        if (!savedWork.contains(mark))
            return Error(ErrorCode::NotFound, QStringLiteral("no work saved for mark %1").arg(mark.toString()));
        return savedWork.value(mark);
    }
    Result<MarkWork> saveMarkWork(const MarkWork &work) override
    {
        repository.noteThread();
        if (Status s = require(Action::EnhanceMark); !s)
            return s.error();
        const int stored = savedWork.contains(work.markId) ? savedWork.value(work.markId).revision : 0;
        if (stored != work.revision)
            return Error(ErrorCode::Conflict, QStringLiteral("mark %1 is at revision %2").arg(stored));
        MarkWork saved = work;
        saved.revision = stored + 1;
        saved.savedBy = m_user.name;
        saved.savedUtc = QDateTime::currentDateTimeUtc();
        savedWork.insert(work.markId, saved);
        return saved;
    }

    QHash<MarkId, MarkWork> savedWork;
    QList<ExemplarTemplateEntry> exemplars;
    QHash<std::pair<QString, QString>, QByteArray> templates; // (impression, algorithm) -> bytes
    QStringList recordedEvents;
    QList<Transmission> transmissionRecords;
    QList<SearchHit> searchHits;
    QList<PersonLinkRecord> linkRecords;
    QHash<QByteArray, QByteArray> originals;
    QHash<std::pair<QByteArray, QString>, QByteArray> derived; // (sha256, kind) -> data

    WorkspacePolicy m_policy;

private:
    User m_user;
};

} // namespace ridgeline::test
