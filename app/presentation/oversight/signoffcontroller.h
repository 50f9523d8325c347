#pragma once

#include "app/core/casework.h"
#include "app/services/workspacesession.h"

#include <QObject>

namespace ridgeline {

class SessionController;

// The supervisor's sign-off of a case (issue 7), for the sign-off dialog: which of the case's marks
// at technical review are included, the SHA-256 of the canonical revision document those marks
// would be signed with now (caseRevisionDocument, read again whenever the choice changes), and the
// sign-off itself (signOffCase) with the supervisor's passphrase, which it takes over and wipes
// once the session has seen it; the passphrase is never logged or stored. Runs every call on the
// session's thread; a document answer for an older choice is dropped. UI thread.
class SignOffController : public QObject
{
    Q_OBJECT
public:
    SignOffController(SessionController *session, const CaseId &caseId, QString caseReference,
                      QList<CaseworkQueueEntry> candidates, QObject *parent = nullptr);

    const CaseId &caseId() const { return m_caseId; }
    const QString &caseReference() const { return m_reference; }
    const QList<CaseworkQueueEntry> &candidates() const { return m_candidates; }
    const QList<MarkId> &chosen() const { return m_chosen; }
    // SHA-256 (raw 32 bytes) of the revision document for the current choice; empty while unknown.
    const QByteArray &documentSha256() const { return m_sha256; }
    qint64 documentSize() const { return m_size; }
    bool isBusy() const { return m_signing; }
    bool canSign() const { return !m_chosen.isEmpty() && !m_sha256.isEmpty() && !m_signing; }

    // Whether a signed document holds exactly the revision whose SHA-256 was shown: the same bytes,
    // or the same content once the block the signing adds (revision number, signer, time) is taken
    // out. False means the case changed between showing and signing.
    static bool signsShownRevision(const QByteArray &signedDocument, const QByteArray &shownSha256);

public Q_SLOTS:
    void setChosen(const QList<ridgeline::MarkId> &marks);
    // Takes the passphrase over (pass it with std::move) and wipes it after use.
    void signOff(QByteArray passphrase);

Q_SIGNALS:
    void documentChanged();
    void documentFailed(const QString &message);
    void busyChanged(bool busy);
    void signedOff(const ridgeline::SignOffRecord &record);
    void signOffFailed(const QString &message, bool wrongPassphrase);

private:
    SessionController *m_session;
    CaseId m_caseId;
    QString m_reference;
    QList<CaseworkQueueEntry> m_candidates;
    QList<MarkId> m_chosen;
    QByteArray m_sha256;
    qint64 m_size = 0;
    quint64 m_request = 0;
    bool m_signing = false;
};

} // namespace ridgeline
