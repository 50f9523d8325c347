// The supervisor's sign-off of a case revision and the worklists, from the command line (issue 7,
// docs/cli.md): `case sign-off` signs the marks at technical review (or those named) with the
// supervisor's own key, unlocked by the passphrase they logged in with, which is read once from
// --passphrase-file, RIDGELINE_PASSPHRASE or the terminal like every passphrase, never from an
// argument; `case sign-offs` lists every sign-off of a case, void ones included; `worklist` is a
// user's queue. The session checks roles, versions and the passphrase and audits refusals.
#include "app/cli/caseworkcommands.h"
#include "app/cli/caseworkoutput.h"
#include "app/cli/clisession.h"
#include "app/cli/passphraseinput.h"
#include "app/core/casereference.h"
#include "app/storage/secretbytes.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>

namespace ridgeline::cli {
namespace {

constexpr auto kCaseSynopsis =
    "  case sign-off --case REF [--mark EXHIBIT]...  (default: every mark at technical review)\n"
    "      sign the case revision with the supervisor's key (passphrase as for logging in)\n"
    "  case sign-offs --case REF [--json]";

constexpr auto kWorklistSynopsis = "  worklist [--review|--all] [--json]\n"
                                   "      marks to work on (default), the supervisor's review queue, or every mark";

// Opens the workspace like openSession, keeping the passphrase for signing (wiped by the caller).
SessionPtr openForSigning(Context &context, int &exitCode, QByteArray &passphrase)
{
    if (context.options().user.isEmpty()) {
        exitCode =
            context.usage(QCoreApplication::translate("ridgeline::CaseworkCommands", "this command needs --user NAME"));
        return nullptr;
    }
    if (!QFileInfo::exists(context.databasePath())) {
        exitCode = context.fail(
            Error(ErrorCode::NotFound, QCoreApplication::translate("ridgeline::CaseworkCommands",
                                                                   "The workspace %1 does not exist; check --db or "
                                                                   "create it with 'init'.")
                                           .arg(context.databasePath())));
        return nullptr;
    }
    auto read = readPassphrase(
        context,
        QCoreApplication::translate("ridgeline::CaseworkCommands", "Passphrase for %1").arg(context.options().user));
    if (!read) {
        exitCode = context.fail(read.error());
        return nullptr;
    }
    passphrase = std::move(*read);
    auto session =
        LocalWorkspaceSession::open(context.databasePath(), context.options().user, passphrase, SessionOptions{});
    if (!session) {
        storage::wipe(passphrase);
        exitCode = context.fail(session.error());
        return nullptr;
    }
    return std::move(*session);
}

Result<CaseRecord> caseOf(LocalWorkspaceSession &session, const QString &text)
{
    auto reference = CaseReference::parse(text);
    if (!reference)
        return reference.error();
    return session.cases().caseByReference(*reference);
}

// The marks to sign: those named, else every mark of the case at technical review.
Result<QList<Mark>> marksToSign(const QList<Mark> &marks, const CaseRecord &c, const QStringList &exhibits)
{
    QList<Mark> chosen;
    for (const QString &exhibit : exhibits) {
        const auto found = std::find_if(marks.cbegin(), marks.cend(), [&](const Mark &m) {
            return m.exhibitReference.compare(exhibit, Qt::CaseInsensitive) == 0;
        });
        if (found == marks.cend())
            return Error(ErrorCode::NotFound,
                         QCoreApplication::translate("ridgeline::CaseworkCommands",
                                                     "Case %1 has no mark %2; nothing was signed off.")
                             .arg(c.reference.toString(), exhibit));
        chosen.append(*found);
    }
    if (exhibits.isEmpty())
        for (const Mark &m : marks)
            if (m.state == MarkState::TechnicalReview)
                chosen.append(m);
    if (chosen.isEmpty())
        return Error(ErrorCode::PermissionDenied,
                     QCoreApplication::translate("ridgeline::CaseworkCommands",
                                                 "No mark of case %1 is at technical review; nothing was signed off.")
                         .arg(c.reference.toString()));
    return chosen;
}

int signOff(Context &context, LocalWorkspaceSession &session, const CaseRecord &c, const QStringList &exhibits,
            const QByteArray &passphrase)
{
    auto marks = session.cases().marksOfCase(c.id);
    if (!marks)
        return context.fail(marks.error());
    auto chosen = marksToSign(*marks, c, exhibits);
    if (!chosen)
        return context.fail(chosen.error());
    QList<MarkId> ids;
    QHash<QString, int> versions;
    QHash<QString, QString> names;
    for (const Mark &m : *chosen) {
        auto casework = session.markCasework(m.id);
        if (!casework)
            return context.fail(casework.error());
        ids.append(m.id);
        versions.insert(m.id.toString(), casework->version);
        names.insert(m.id.toString(), m.exhibitReference);
    }
    auto record = session.signOffCase(c.id, ids, versions, passphrase);
    if (!record)
        return context.fail(record.error());
    if (context.options().json) {
        QJsonObject json = signOffJson(*record, names);
        json.insert(QStringLiteral("case"), c.reference.toString());
        printJson(context, json);
    } else {
        context.out() << QCoreApplication::translate("ridgeline::CaseworkCommands", "Signed off case %1.")
                             .arg(c.reference.toString())
                      << '\n';
        printSignOff(context.out(), *record, names);
        context.out().flush();
    }
    return 0;
}

int listSignOffs(Context &context, LocalWorkspaceSession &session, const CaseRecord &c)
{
    auto records = session.signOffs(c.id);
    if (!records)
        return context.fail(records.error());
    QHash<QString, QString> names;
    if (auto marks = session.cases().marksOfCase(c.id))
        for (const Mark &m : *marks)
            names.insert(m.id.toString(), m.exhibitReference);
    if (context.options().json) {
        QJsonArray list;
        for (const SignOffRecord &r : *records)
            list.append(signOffJson(r, names));
        printJson(context, {{QStringLiteral("case"), c.reference.toString()}, {QStringLiteral("signOffs"), list}});
        return 0;
    }
    if (records->isEmpty())
        context.out() << QCoreApplication::translate("ridgeline::CaseworkCommands", "Case %1 has not been signed off.")
                             .arg(c.reference.toString())
                      << '\n';
    for (const SignOffRecord &r : *records)
        printSignOff(context.out(), r, names);
    context.out().flush();
    return 0;
}

int runCaseSignOff(Context &context, const QStringList &arguments)
{
    QStringList args = arguments;
    const QString sub = subcommandOf(args);
    const QString caseRef = takeOption(args, QStringLiteral("--case")).value_or(QString());
    QStringList exhibits;
    while (auto exhibit = takeOption(args, QStringLiteral("--mark")))
        exhibits.append(*exhibit);
    if (caseRef.isEmpty() || args != QStringList{sub} || (sub == QLatin1String("sign-offs") && !exhibits.isEmpty()))
        return context.usage(QStringLiteral("usage:\n") + QString::fromLatin1(kCaseSynopsis));
    int code = 0;
    QByteArray passphrase;
    SessionPtr session =
        sub == QLatin1String("sign-off") ? openForSigning(context, code, passphrase) : openSession(context, code);
    if (!session)
        return code;
    auto found = caseOf(*session, caseRef);
    if (!found) {
        storage::wipe(passphrase);
        return finish(context, session, context.fail(found.error()));
    }
    const int result = sub == QLatin1String("sign-off") ? signOff(context, *session, *found, exhibits, passphrase)
                                                        : listSignOffs(context, *session, *found);
    storage::wipe(passphrase);
    return finish(context, session, result);
}

int runWorklist(Context &context, const QStringList &arguments)
{
    QStringList args = arguments;
    const bool review = takeFlag(args, QStringLiteral("--review"));
    const bool all = takeFlag(args, QStringLiteral("--all"));
    if (!args.isEmpty() || (review && all))
        return context.usage(QStringLiteral("usage:\n") + QString::fromLatin1(kWorklistSynopsis));
    const CaseworkQueue which = review ? CaseworkQueue::ReviewQueue : all ? CaseworkQueue::All : CaseworkQueue::MyWork;
    int code = 0;
    SessionPtr session = openSession(context, code);
    if (!session)
        return code;
    auto entries = session->caseworkQueue(which);
    if (!entries)
        return finish(context, session, context.fail(entries.error()));
    if (context.options().json) {
        QJsonArray list;
        for (const CaseworkQueueEntry &e : *entries)
            list.append(queueEntryJson(e));
        const QString name = review ? QStringLiteral("review") : all ? QStringLiteral("all") : QStringLiteral("mine");
        printJson(context, {{QStringLiteral("worklist"), name}, {QStringLiteral("marks"), list}});
    } else {
        printQueue(context.out(), *entries);
        context.out().flush();
    }
    return finish(context, session, 0);
}

} // namespace

void registerSignOffCommands(CommandRegistry &registry)
{
    extendCommand(registry, QStringLiteral("case"), {QStringLiteral("sign-off"), QStringLiteral("sign-offs")},
                  QString::fromLatin1(kCaseSynopsis), runCaseSignOff);
    registry.add({QStringLiteral("worklist"), QString::fromLatin1(kWorklistSynopsis), runWorklist});
}

} // namespace ridgeline::cli
