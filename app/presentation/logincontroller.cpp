#include "app/presentation/logincontroller.h"

#include "app/presentation/futurewatch.h"

#include <QDir>
#include <QFileInfo>
#include <QtConcurrent>

namespace ridgeline {

// The outcome of one attempt, filled on the worker thread and read on the UI thread once the
// future has finished.
struct LoginController::Attempt
{
    std::unique_ptr<WorkspaceSession> session;
    SessionInfo info;
    std::optional<Error> error;
    bool workspaceMissing = false;
};

LoginController::LoginController(SessionOpener opener, QObject *parent)
    : QObject(parent)
    , m_opener(std::move(opener))
{
    qRegisterMetaType<LoginFailure>();
}

LoginController::~LoginController() = default;

void LoginController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void LoginController::signIn(const QString &workspacePath, const QString &userName, QByteArray passphrase)
{
    if (m_busy) {
        passphrase.fill('\0');
        return;
    }
    std::optional<LoginFailure> incomplete;
    if (workspacePath.trimmed().isEmpty())
        incomplete = LoginFailure::MissingWorkspace;
    else if (userName.trimmed().isEmpty())
        incomplete = LoginFailure::MissingUserName;
    else if (passphrase.isEmpty())
        incomplete = LoginFailure::MissingPassphrase;
    if (incomplete) {
        passphrase.fill('\0');
        Q_EMIT failed(*incomplete, message(*incomplete, workspacePath));
        return;
    }

    setBusy(true);
    auto attempt = std::make_shared<Attempt>();
    const QString path = workspacePath.trimmed();
    const QString user = userName.trimmed();
    QFuture<void> work =
        QtConcurrent::run([opener = m_opener, attempt, path, user, passphrase = std::move(passphrase)]() mutable {
            if (!QFileInfo(path).isFile()) {
                attempt->workspaceMissing = true;
            } else {
                auto opened = opener(path, user, passphrase);
                if (opened) {
                    attempt->session = std::move(opened).value();
                    attempt->info = SessionInfo{attempt->session->user(), attempt->session->databasePath(),
                                                attempt->session->policy()};
                } else {
                    attempt->error = opened.error();
                }
            }
            passphrase.fill('\0');
        });
    whenFinished(this, work, [this, path, attempt]() { finish(path, attempt); });
}

void LoginController::finish(const QString &workspacePath, std::shared_ptr<Attempt> attempt)
{
    setBusy(false);
    if (attempt->workspaceMissing) {
        Q_EMIT failed(LoginFailure::MissingWorkspace, message(LoginFailure::MissingWorkspace, workspacePath));
        return;
    }
    if (attempt->error) {
        const LoginFailure kind = classify(*attempt->error);
        Q_EMIT failed(kind, message(kind, workspacePath, attempt->error->message()));
        return;
    }
    m_session = std::make_unique<SessionController>(std::move(attempt->session), attempt->info);
    Q_EMIT signedIn();
}

std::unique_ptr<SessionController> LoginController::takeSession()
{
    return std::move(m_session);
}

LoginFailure LoginController::classify(const Error &error)
{
    const QString text = error.message();
    switch (error.code()) {
    case ErrorCode::AuthenticationFailed:
        if (text.contains(QLatin1String("locked"), Qt::CaseInsensitive))
            return LoginFailure::AccountLocked;
        // A disabled account is told as it is: the user can do nothing about it but ask.
        if (text.contains(QLatin1String("disabled"), Qt::CaseInsensitive))
            return LoginFailure::Other;
        return LoginFailure::WrongCredentials;
    case ErrorCode::NotFound:
        return text.contains(QLatin1String("header"), Qt::CaseInsensitive) ? LoginFailure::MissingKeyHeader
                                                                           : LoginFailure::MissingWorkspace;
    case ErrorCode::Corrupt:
    case ErrorCode::BadInput:
        return text.contains(QLatin1String("header"), Qt::CaseInsensitive) &&
                       text.contains(QLatin1String("missing"), Qt::CaseInsensitive)
                   ? LoginFailure::MissingKeyHeader
                   : LoginFailure::DamagedWorkspace;
    default:
        return LoginFailure::Other;
    }
}

QString LoginController::message(LoginFailure failure, const QString &workspacePath, const QString &detail)
{
    const QString path = QDir::toNativeSeparators(workspacePath.trimmed());
    switch (failure) {
    case LoginFailure::MissingWorkspace:
        return path.isEmpty()
                   ? tr("Choose the workspace file to open.")
                   : tr("There is no workspace at %1. Check the path, or choose the file with Browse.").arg(path);
    case LoginFailure::MissingUserName:
        return tr("Enter your user name.");
    case LoginFailure::MissingPassphrase:
        return tr("Enter your passphrase.");
    case LoginFailure::WrongCredentials:
        return tr("The user name or passphrase is not right for this workspace. Check both and try again; "
                  "repeated failures lock the account.");
    case LoginFailure::AccountLocked:
        // The workspace's message names the account and the time it unlocks.
        return detail.isEmpty() ? tr("This account is locked after too many failed sign-ins. Try again later or ask "
                                     "an administrator.")
                                : detail;
    case LoginFailure::MissingKeyHeader:
        return tr("The key header beside %1 is missing, so the workspace cannot be unlocked. Restore the header "
                  "file from your backup.")
            .arg(path);
    case LoginFailure::DamagedWorkspace:
        return tr("The workspace %1 is damaged or does not belong with its key header, so it was not opened and "
                  "nothing was changed. Restore it from a backup or ask your administrator. Detail: %2")
            .arg(path, detail);
    case LoginFailure::Other:
        return tr("Signing in to %1 did not work: %2").arg(path, detail);
    }
    return detail;
}

} // namespace ridgeline
