#include "app/presentation/oversight/signoffcontroller.h"

#include "app/presentation/futurewatch.h"
#include "app/presentation/sessioncontroller.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace ridgeline {

SignOffController::SignOffController(SessionController *session, const CaseId &caseId, QString caseReference,
                                     QList<CaseworkQueueEntry> candidates, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_caseId(caseId)
    , m_reference(std::move(caseReference))
    , m_candidates(std::move(candidates))
{}

bool SignOffController::signsShownRevision(const QByteArray &signedDocument, const QByteArray &shownSha256)
{
    if (QCryptographicHash::hash(signedDocument, QCryptographicHash::Sha256) == shownSha256)
        return true;
    QJsonObject content = QJsonDocument::fromJson(signedDocument).object();
    content.remove(QStringLiteral("revision"));
    content.remove(QStringLiteral("signer"));
    const QByteArray unsignedDocument = QJsonDocument(content).toJson(QJsonDocument::Compact);
    return QCryptographicHash::hash(unsignedDocument, QCryptographicHash::Sha256) == shownSha256;
}

void SignOffController::setChosen(const QList<MarkId> &marks)
{
    const quint64 request = ++m_request;
    m_chosen = marks;
    m_sha256.clear();
    m_size = 0;
    Q_EMIT documentChanged();
    if (marks.isEmpty())
        return;
    auto future = m_session->run([id = m_caseId, marks](WorkspaceSession &s) -> Result<std::pair<QByteArray, qint64>> {
        auto document = s.caseRevisionDocument(id, marks);
        if (!document)
            return document.error();
        return std::pair{QCryptographicHash::hash(*document, QCryptographicHash::Sha256), qint64(document->size())};
    });
    whenFinished(this, future, [this, request](const Result<std::pair<QByteArray, qint64>> &result) {
        if (request != m_request)
            return;
        if (!result) {
            Q_EMIT documentFailed(tr("The revision to sign could not be built: %1").arg(result.error().message()));
            return;
        }
        m_sha256 = result->first;
        m_size = result->second;
        Q_EMIT documentChanged();
    });
}

void SignOffController::signOff(QByteArray passphrase)
{
    if (!canSign()) {
        passphrase.fill('\0');
        Q_EMIT signOffFailed(tr("Choose at least one mark and wait for the revision's SHA-256 before signing."), false);
        return;
    }
    QHash<QString, int> versions;
    for (const CaseworkQueueEntry &entry : std::as_const(m_candidates))
        if (m_chosen.contains(entry.markId))
            versions.insert(entry.markId.toString(), entry.version);
    m_signing = true;
    Q_EMIT busyChanged(true);
    auto future = m_session->run(
        [id = m_caseId, marks = m_chosen, versions, passphrase = std::move(passphrase)](WorkspaceSession &s) mutable {
            Result<SignOffRecord> signedOff = s.signOffCase(id, marks, versions, passphrase);
            passphrase.fill('\0');
            return signedOff;
        });
    whenFinished(this, future, [this](const Result<SignOffRecord> &result) {
        m_signing = false;
        Q_EMIT busyChanged(false);
        if (!result) {
            Q_EMIT signOffFailed(tr("Case %1 was not signed off: %2").arg(m_reference, result.error().message()),
                                 result.error().code() == ErrorCode::AuthenticationFailed);
            return;
        }
        Q_EMIT signedOff(result.value());
    });
}

} // namespace ridgeline
