#include "app/cli/clisession.h"

#include "app/cli/passphraseinput.h"
#include "app/core/casereference.h"
#include "app/storage/secretbytes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ridgeline::cli {

// Opens the workspace as --user; on failure prints the message and sets `exitCode`.
SessionPtr openSession(Context &context, int &exitCode)
{
    const QString path = context.databasePath();
    if (context.options().user.isEmpty()) {
        exitCode = context.usage(QStringLiteral("this command needs --user NAME"));
        return nullptr;
    }
    if (!QFileInfo::exists(path)) {
        exitCode = context.fail(Error(ErrorCode::NotFound, QStringLiteral("the workspace %1 does not exist; check --db "
                                                                          "or create it with 'init'")
                                                               .arg(path)));
        return nullptr;
    }
    auto passphrase = readPassphrase(context, QStringLiteral("Passphrase for %1").arg(context.options().user));
    if (!passphrase) {
        exitCode = context.fail(passphrase.error());
        return nullptr;
    }
    auto session = LocalWorkspaceSession::open(path, context.options().user, *passphrase, SessionOptions{});
    storage::wipe(*passphrase);
    if (!session) {
        exitCode = context.fail(session.error());
        return nullptr;
    }
    return std::move(*session);
}

// Ends the session (final signed checkpoint) and returns `code`, or the logout's failure.
int finish(Context &context, SessionPtr &session, int code)
{
    if (Status s = session->logout(); !s && code == 0)
        return context.fail(s.error());
    return code;
}

Status requireOutputFolder(const QString &path)
{
    if (QFileInfo(path).absoluteDir().exists())
        return {};
    return Error(
        ErrorCode::NotFound,
        QCoreApplication::translate("ridgeline::CliSession", "The folder of %1 does not exist; nothing was written.")
            .arg(QDir::toNativeSeparators(path)));
}

Result<Mark> findMarkOfCase(LocalWorkspaceSession &session, const QString &caseReference, const QString &exhibit)
{
    auto reference = CaseReference::parse(caseReference);
    if (!reference)
        return reference.error();
    auto found = session.cases().caseByReference(*reference);
    if (!found)
        return found.error();
    auto marks = session.cases().marksOfCase(found->id);
    if (!marks)
        return marks.error();
    for (const Mark &mark : *marks) {
        if (mark.exhibitReference.compare(exhibit, Qt::CaseInsensitive) == 0)
            return mark;
    }
    return Error(ErrorCode::NotFound,
                 QStringLiteral("case %1 has no mark %2").arg(found->reference.toString(), exhibit));
}

} // namespace ridgeline::cli
