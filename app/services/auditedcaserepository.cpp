#include "app/services/auditedcaserepository.h"

#include "app/services/localworkspacesession.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ridgeline {
namespace {

constexpr qsizetype kMinPassphraseBytes = 10;

} // namespace

AuditedCaseRepository::AuditedCaseRepository(LocalWorkspaceSession &session, storage::SqlCipherCaseRepository &store)
    : m_session(session)
    , m_store(store)
{}

Status AuditedCaseRepository::checkNewAccount(const QString &name, const QByteArray &passphrase)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9._-]{0,63}$"));
    if (!pattern.match(name).hasMatch())
        return Error(ErrorCode::Usage, QCoreApplication::translate(
                                           "ridgeline::WorkspaceSession",
                                           "\"%1\" is not a valid user name: use 1-64 lower-case letters, digits, '.', "
                                           "'_' or '-', starting with a letter.")
                                           .arg(name));
    if (passphrase.size() < kMinPassphraseBytes)
        return Error(ErrorCode::BadInput, QCoreApplication::translate(
                                              "ridgeline::WorkspaceSession",
                                              "The passphrase for \"%1\" is too short: use at least %2 characters (a "
                                              "few unrelated words work well).")
                                              .arg(name)
                                              .arg(kMinPassphraseBytes));
    return {};
}

Result<QList<CaseRecord>> AuditedCaseRepository::cases()
{
    if (Status s = m_session.require(Action::ViewCaseList); !s)
        return s.error();
    return m_store.cases();
}

Result<CaseRecord> AuditedCaseRepository::caseById(const CaseId &id)
{
    if (Status s = m_session.require(Action::ViewCase, QStringLiteral("case"), id.toString()); !s)
        return s.error();
    return m_store.caseById(id);
}

Result<CaseRecord> AuditedCaseRepository::caseByReference(const CaseReference &reference)
{
    if (Status s = m_session.require(Action::ViewCase, QStringLiteral("case"), reference.toString()); !s)
        return s.error();
    return m_store.caseByReference(reference);
}

Result<CaseRecord> AuditedCaseRepository::saveCase(const CaseRecord &record)
{
    auto before = record.id.isNull() ? Result<CaseRecord>(Error(ErrorCode::NotFound, {})) : m_store.caseById(record.id);
    if (!before && before.error().code() != ErrorCode::NotFound)
        return before.error();
    const bool creating = !before.ok();
    if (Status s = m_session.require(creating ? Action::CreateCase : Action::EditCase, QStringLiteral("case"),
                                     record.reference.toString());
        !s)
        return s.error();
    storage::SqliteTransaction transaction(m_session.database().sql());
    if (!transaction.status())
        return transaction.status().error();
    auto saved = m_store.saveCase(record);
    if (!saved)
        return saved.error();
    const QString id = saved->id.toString();
    const QString reference = saved->reference.toString();
    if (Status s = m_session.recordEvent(creating ? QStringLiteral("create-case") : QStringLiteral("edit-case"),
                                         QStringLiteral("case"), id, AuditOutcome::Success,
                                         QStringLiteral("%1 revision %2").arg(reference).arg(saved->revision));
        !s)
        return s.error();
    if (!creating && before->status != saved->status) {
        if (Status s =
                m_session.recordEvent(QStringLiteral("state-change"), QStringLiteral("case"), id, AuditOutcome::Success,
                                      QStringLiteral("%1: %2 -> %3")
                                          .arg(reference, caseStatusKey(before->status), caseStatusKey(saved->status)));
            !s)
            return s.error();
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    return saved;
}

Result<QList<Mark>> AuditedCaseRepository::marksOfCase(const CaseId &id)
{
    if (Status s = m_session.require(Action::ViewCase, QStringLiteral("case"), id.toString()); !s)
        return s.error();
    return m_store.marksOfCase(id);
}

Result<QList<Document>> AuditedCaseRepository::documentsOfCase(const CaseId &id)
{
    if (Status s = m_session.require(Action::ViewCase, QStringLiteral("case"), id.toString()); !s)
        return s.error();
    return m_store.documentsOfCase(id);
}

Result<QList<std::pair<Person, PersonRole>>> AuditedCaseRepository::personsOfCase(const CaseId &id)
{
    if (Status s = m_session.require(Action::ViewCase, QStringLiteral("case"), id.toString()); !s)
        return s.error();
    if (Status s =
            m_session.checkSequestration(id, QCoreApplication::translate("ridgeline::Casework", "linked persons"),
                                         QStringLiteral("case"), id.toString());
        !s)
        return s.error();
    return m_store.personsOfCase(id);
}

} // namespace ridgeline
