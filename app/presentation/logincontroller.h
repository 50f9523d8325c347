#pragma once

#include "app/presentation/sessioncontroller.h"

#include <QObject>

#include <functional>
#include <memory>

namespace ridgeline {

// Why a sign-in did not succeed; the dialog shows LoginController's message for each.
enum class LoginFailure
{
    MissingWorkspace, // no path given, or no file there
    MissingUserName,
    MissingPassphrase,
    WrongCredentials, // wrong passphrase or unknown user (deliberately not told apart)
    AccountLocked,    // too many failed attempts; the message says until when
    MissingKeyHeader, // the key-slot header beside the database is gone
    DamagedWorkspace, // database or header damaged, or a header of another database
    Other,
};

// Opens a workspace for a user. Production code passes WorkspaceSession::open; tests pass their own.
using SessionOpener = std::function<Result<std::unique_ptr<WorkspaceSession>>(
    const QString &databasePath, const QString &userName, const QByteArray &passphrase)>;

// The sign-in use case behind the login and nothing else: checks the form, then opens the
// workspace on a worker thread (Argon2id takes about half a second) and hands over a
// SessionController. UI thread. The passphrase is taken over and wiped after the attempt; it is
// never kept.
class LoginController : public QObject
{
    Q_OBJECT
public:
    explicit LoginController(SessionOpener opener, QObject *parent = nullptr);
    ~LoginController() override;

    bool isBusy() const { return m_busy; }

    // Starts an attempt unless one is running or the form is incomplete (then failed() is
    // emitted at once). Pass the passphrase with std::move.
    void signIn(const QString &workspacePath, const QString &userName, QByteArray passphrase);

    // After signedIn(): the new session, once.
    std::unique_ptr<SessionController> takeSession();

    // Translated message for a failure kind, with the backend's detail where it helps.
    static QString message(LoginFailure failure, const QString &workspacePath, const QString &detail = {});
    static LoginFailure classify(const Error &error);

Q_SIGNALS:
    void busyChanged(bool busy);
    void signedIn();
    void failed(ridgeline::LoginFailure failure, const QString &message);

private:
    struct Attempt;
    void setBusy(bool busy);
    void finish(const QString &workspacePath, std::shared_ptr<Attempt> attempt);

    SessionOpener m_opener;
    std::unique_ptr<SessionController> m_session;
    bool m_busy = false;
};

} // namespace ridgeline

Q_DECLARE_METATYPE(ridgeline::LoginFailure)
