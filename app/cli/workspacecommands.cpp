// Workspace and records commands of design/CLI.md: init, user, verify, demo, cases, case, audit.
#include "app/cli/clisession.h"
#include "app/cli/command.h"
#include "app/cli/passphraseinput.h"
#include "app/services/democaseload.h"
#include "app/services/localworkspacesession.h"
#include "app/storage/secretbytes.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ridgeline::cli {
namespace {

void printJson(Context &context, const QJsonObject &object)
{
    context.out() << QJsonDocument(object).toJson(QJsonDocument::Indented);
    context.out().flush();
}

QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

int runInit(Context &context, QStringList args)
{
    const auto admin = takeOption(args, QStringLiteral("--admin"));
    if (!admin || !args.isEmpty())
        return context.usage(QStringLiteral("usage: init --db PATH --admin NAME"));
    const QString path = context.databasePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto passphrase = context.options().passphraseFile.isEmpty() && !qEnvironmentVariableIsSet("RIDGELINE_PASSPHRASE")
                          ? readNewPassphrase(QStringLiteral("New passphrase for %1").arg(*admin))
                          : readPassphrase(context, QString());
    if (!passphrase)
        return context.fail(passphrase.error());
    auto session = LocalWorkspaceSession::create(path, *admin, *passphrase, SessionOptions{});
    storage::wipe(*passphrase);
    if (!session)
        return context.fail(session.error());
    context.out() << "Created workspace " << path << " (key header " << path << ".keys) with administrator " << *admin
                  << Qt::endl;
    return finish(context, *session, 0);
}

QJsonObject userJson(const User &u)
{
    return {{QStringLiteral("name"), u.name},
            {QStringLiteral("displayName"), u.displayName},
            {QStringLiteral("role"), roleKey(u.role)},
            {QStringLiteral("active"), u.active},
            {QStringLiteral("created"), isoTime(u.createdUtc)}};
}

int runUser(Context &context, QStringList args)
{
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    const auto role = takeOption(args, QStringLiteral("--role"));
    const auto display = takeOption(args, QStringLiteral("--display-name"));
    const bool known = sub == QLatin1String("add") || sub == QLatin1String("remove") ||
                       sub == QLatin1String("passwd") || sub == QLatin1String("list");
    const bool needsName = sub == QLatin1String("add") || sub == QLatin1String("remove");
    if (!known || args.size() != (needsName ? 1 : 0) || (sub == QLatin1String("add") && !role))
        return context.usage(QStringLiteral("usage: user add NAME --role examiner|case-officer|supervisor|admin | "
                                            "user remove NAME | user passwd | user list [--json]"));
    std::optional<Role> parsedRole;
    if (role && !(parsedRole = roleFromKey(*role)))
        return context.usage(
            QStringLiteral("unknown role \"%1\": use examiner, case-officer, supervisor or admin").arg(*role));
    int code = 0;
    SessionPtr session = openSession(context, code);
    if (!session)
        return code;
    if (sub == QLatin1String("list")) {
        auto users = session->users();
        if (!users)
            return finish(context, session, context.fail(users.error()));
        QJsonArray list;
        for (const User &u : *users) {
            list.append(userJson(u));
            if (!context.options().json)
                context.out() << u.name.leftJustified(16) << roleKey(u.role).leftJustified(14) << u.displayName << '\n';
        }
        if (context.options().json)
            printJson(context, {{QStringLiteral("users"), list}});
        return finish(context, session, 0);
    }
    if (sub == QLatin1String("remove")) {
        Status s = session->removeUser(args.first());
        if (s)
            context.out() << "Removed user " << args.first() << " (its key slot is gone from the header)" << Qt::endl;
        return finish(context, session, s ? 0 : context.fail(s.error()));
    }
    // Ask for a new passphrase only once the role allows the change.
    if (sub == QLatin1String("add")) {
        if (Status s = session->require(Action::ManageUsers, QStringLiteral("user"), args.first()); !s)
            return finish(context, session, context.fail(s.error()));
    }
    auto fresh =
        readNewPassphrase(sub == QLatin1String("add") ? QStringLiteral("New passphrase for %1").arg(args.first())
                                                      : QStringLiteral("New passphrase"));
    if (!fresh)
        return finish(context, session, context.fail(fresh.error()));
    int result = 0;
    if (sub == QLatin1String("add")) {
        auto user = session->addUser(args.first(), display.value_or(args.first()), *parsedRole, *fresh);
        if (user)
            context.out() << "Added user " << user->name << " as " << roleKey(user->role) << Qt::endl;
        else
            result = context.fail(user.error());
    } else {
        auto old = readPassphrase(context, QStringLiteral("Current passphrase"));
        Status s = old ? session->changeOwnPassphrase(*old, *fresh) : Status(old.error());
        if (old)
            storage::wipe(*old);
        if (s)
            context.out() << "Changed the passphrase of " << session->user().name << Qt::endl;
        else
            result = context.fail(s.error());
    }
    storage::wipe(*fresh);
    return finish(context, session, result);
}

int runVerify(Context &context, QStringList args)
{
    if (!args.isEmpty())
        return context.usage(QStringLiteral("usage: verify [--json]"));
    int code = 0;
    SessionPtr session = openSession(context, code);
    if (!session)
        return code;
    auto report = session->verify();
    if (!report)
        return finish(context, session, context.fail(report.error()));
    const QString key = QString::fromLatin1(report->workstationPublicKey.toHex());
    if (context.options().json) {
        printJson(context, {{QStringLiteral("ok"), report->ok()},
                            {QStringLiteral("database"), session->databasePath()},
                            {QStringLiteral("pagesChecked"), report->pagesChecked},
                            {QStringLiteral("originalsChecked"), report->originalsChecked},
                            {QStringLiteral("eventsChecked"), report->eventsChecked},
                            {QStringLiteral("checkpointsChecked"), report->checkpointsChecked},
                            {QStringLiteral("signaturesChecked"), report->signaturesChecked},
                            {QStringLiteral("signOffsChecked"), report->signOffsChecked},
                            {QStringLiteral("firstBadEvent"), report->firstBadEvent},
                            {QStringLiteral("workstationPublicKey"), key},
                            {QStringLiteral("problems"), QJsonArray::fromStringList(report->problems)}});
    } else {
        context.out() << "workspace:             " << session->databasePath() << '\n'
                      << "pages checked:         " << report->pagesChecked << '\n'
                      << "originals checked:     " << report->originalsChecked << '\n'
                      << "audit events checked:  " << report->eventsChecked << '\n'
                      << "checkpoints checked:   " << report->checkpointsChecked << " (" << report->signaturesChecked
                      << " signatures valid)\n"
                      << "sign-offs checked:     " << report->signOffsChecked << '\n'
                      << "workstation key:       ed25519 " << key << '\n';
        for (const QString &problem : report->problems)
            context.out() << "PROBLEM: " << problem << '\n';
        context.out() << (report->ok() ? "result: ok" : "result: FAILED") << Qt::endl;
    }
    return finish(context, session, report->ok() ? 0 : int(ErrorCode::Corrupt));
}

int runDemo(Context &context, QStringList args)
{
    if (!args.isEmpty())
        return context.usage(QStringLiteral("usage: demo --db PATH"));
    const QString path = context.databasePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    context.err() << "Creating the demo workspace " << path << " ..." << Qt::endl;
    auto demo = createDemoWorkspace(path);
    if (!demo)
        return context.fail(demo.error());
    context.out() << "Demo workspace: " << path << "\n"
                  << demo->cases << " cases, " << demo->marks << " marks, " << demo->persons << " persons, "
                  << demo->documents << " documents, " << demo->transmissions << " signed transmissions imported\n\n"
                  << QStringLiteral("USER").leftJustified(12) << QStringLiteral("ROLE").leftJustified(14)
                  << QStringLiteral("NAME").leftJustified(28) << "PASSPHRASE\n";
    for (DemoUser &u : demo->users) {
        context.out() << u.name.leftJustified(12) << roleKey(u.role).leftJustified(14)
                      << u.displayName.leftJustified(28) << QString::fromUtf8(u.passphrase) << '\n';
        storage::wipe(u.passphrase);
    }
    context.out() << "\nThese passphrases are shown once; keep them somewhere safe." << Qt::endl;
    return 0;
}

QJsonObject caseJson(const CaseRecord &c)
{
    return {{QStringLiteral("id"), c.id.toString()},
            {QStringLiteral("reference"), c.reference.toString()},
            {QStringLiteral("force"), c.force},
            {QStringLiteral("offence"), c.offence},
            {QStringLiteral("officerInCase"), c.officerInCase},
            {QStringLiteral("status"), caseStatusKey(c.status)},
            {QStringLiteral("summary"), c.summary},
            {QStringLiteral("created"), isoTime(c.createdUtc)},
            {QStringLiteral("updated"), isoTime(c.updatedUtc)},
            {QStringLiteral("revision"), c.revision}};
}

int runCases(Context &context, QStringList args)
{
    if (args.size() != 1 || args.first() != QLatin1String("list"))
        return context.usage(QStringLiteral("usage: cases list [--json]"));
    int code = 0;
    SessionPtr session = openSession(context, code);
    if (!session)
        return code;
    auto cases = session->cases().cases();
    if (!cases)
        return finish(context, session, context.fail(cases.error()));
    QJsonArray list;
    for (const CaseRecord &c : *cases) {
        list.append(caseJson(c));
        if (!context.options().json)
            context.out() << c.reference.toString().leftJustified(18) << caseStatusKey(c.status).leftJustified(20)
                          << c.offence.leftJustified(26) << c.force << '\n';
    }
    if (context.options().json)
        printJson(context, {{QStringLiteral("cases"), list}});
    context.out().flush();
    return finish(context, session, 0);
}

QJsonObject caseDetailsJson(CaseRepository &repo, const CaseRecord &c, Error &error)
{
    QJsonObject out = caseJson(c);
    QJsonArray marks, persons, documents;
    if (auto list = repo.marksOfCase(c.id); list) {
        for (const Mark &m : *list)
            marks.append(QJsonObject{{QStringLiteral("id"), m.id.toString()},
                                     {QStringLiteral("exhibit"), m.exhibitReference},
                                     {QStringLiteral("kind"), markKindKey(m.kind)},
                                     {QStringLiteral("state"), markStateKey(m.state)},
                                     {QStringLiteral("original"), QString::fromLatin1(m.originalSha256.toHex())},
                                     {QStringLiteral("place"), m.provenance.place}});
    } else {
        error = list.error();
    }
    if (auto list = repo.personsOfCase(c.id); list) {
        for (const auto &[p, role] : *list)
            persons.append(QJsonObject{{QStringLiteral("id"), p.id.toString()},
                                       {QStringLiteral("name"), p.displayName()},
                                       {QStringLiteral("role"), personRoleKey(role)},
                                       {QStringLiteral("dateOfBirth"), p.dateOfBirth.toString(Qt::ISODate)}});
    }
    if (auto list = repo.documentsOfCase(c.id); list) {
        for (const Document &d : *list)
            documents.append(QJsonObject{{QStringLiteral("id"), d.id.toString()},
                                         {QStringLiteral("title"), d.title},
                                         {QStringLiteral("kind"), documentKindKey(d.kind)},
                                         {QStringLiteral("pages"), d.pageCount}});
    }
    out.insert(QStringLiteral("marks"), marks);
    out.insert(QStringLiteral("persons"), persons);
    out.insert(QStringLiteral("documents"), documents);
    return out;
}

int runCase(Context &context, QStringList args)
{
    if (args.size() != 2 || args.first() != QLatin1String("show"))
        return context.usage(QStringLiteral("usage: case show REF [--json]"));
    auto reference = CaseReference::parse(args.at(1));
    if (!reference)
        return context.usage(reference.error().message());
    int code = 0;
    SessionPtr session = openSession(context, code);
    if (!session)
        return code;
    auto found = session->cases().caseByReference(*reference);
    if (!found)
        return finish(context, session, context.fail(found.error()));
    Error error;
    const QJsonObject details = caseDetailsJson(session->cases(), *found, error);
    if (!error.message().isEmpty())
        return finish(context, session, context.fail(error));
    if (context.options().json) {
        printJson(context, details);
    } else {
        context.out() << found->reference.toString() << "  " << found->offence << "  [" << caseStatusKey(found->status)
                      << "]\n"
                      << found->force << ", officer in case " << found->officerInCase << "\n"
                      << found->summary << "\n\nMarks:\n";
        for (const QJsonValue &m : details.value(QStringLiteral("marks")).toArray())
            context.out() << "  " << m[QStringLiteral("exhibit")].toString().leftJustified(8)
                          << m[QStringLiteral("kind")].toString().leftJustified(15)
                          << m[QStringLiteral("state")].toString().leftJustified(20)
                          << m[QStringLiteral("place")].toString() << '\n';
        context.out() << "Persons:\n";
        for (const QJsonValue &p : details.value(QStringLiteral("persons")).toArray())
            context.out() << "  " << p[QStringLiteral("role")].toString().leftJustified(13)
                          << p[QStringLiteral("name")].toString() << '\n';
        context.out() << "Documents:\n";
        for (const QJsonValue &d : details.value(QStringLiteral("documents")).toArray())
            context.out() << "  " << d[QStringLiteral("title")].toString() << " (" << d[QStringLiteral("pages")].toInt()
                          << " pages)\n";
        context.out().flush();
    }
    return finish(context, session, 0);
}

int runAudit(Context &context, QStringList args)
{
    const auto caseRef = takeOption(args, QStringLiteral("--case"));
    if (args.size() != 1 || args.first() != QLatin1String("export"))
        return context.usage(QStringLiteral("usage: audit export [--case REF] [--json]"));
    std::optional<CaseReference> reference;
    if (caseRef) {
        auto parsed = CaseReference::parse(*caseRef);
        if (!parsed)
            return context.usage(parsed.error().message());
        reference = *parsed;
    }
    int code = 0;
    SessionPtr session = openSession(context, code);
    if (!session)
        return code;
    if (Status s = session->require(Action::ExportAudit, QStringLiteral("workspace"), caseRef.value_or(QString())); !s)
        return finish(context, session, context.fail(s.error()));
    Result<QList<AuditEvent>> events = QList<AuditEvent>{};
    if (reference) {
        auto found = session->caseStore().caseByReference(*reference);
        events = found ? session->auditEventsOfCase(found->id) : Result<QList<AuditEvent>>(found.error());
    } else {
        events = session->auditEvents();
    }
    if (!events)
        return finish(context, session, context.fail(events.error()));
    QJsonArray list;
    for (const AuditEvent &e : *events) {
        const QStringList fields{QString::number(e.sequence),
                                 isoTime(e.timeUtc),
                                 e.user,
                                 e.workstation,
                                 e.action,
                                 e.objectType,
                                 e.objectId,
                                 auditOutcomeKey(e.outcome),
                                 e.details,
                                 QString::fromLatin1(e.previousHash.toHex()),
                                 QString::fromLatin1(e.hash.toHex())};
        if (context.options().json) {
            static const QStringList names{
                QStringLiteral("sequence"),     QStringLiteral("time"),    QStringLiteral("user"),
                QStringLiteral("workstation"),  QStringLiteral("action"),  QStringLiteral("objectType"),
                QStringLiteral("objectId"),     QStringLiteral("outcome"), QStringLiteral("details"),
                QStringLiteral("previousHash"), QStringLiteral("hash")};
            QJsonObject o;
            for (int i = 0; i < names.size(); ++i)
                o.insert(names.at(i), i == 0 ? QJsonValue(double(e.sequence)) : QJsonValue(fields.at(i)));
            list.append(o);
        } else {
            context.out() << fields.join(QLatin1Char('\t')) << '\n';
        }
    }
    (void)session->recordEvent(QStringLiteral("export-audit"),
                               reference ? QStringLiteral("case") : QStringLiteral("workspace"),
                               caseRef.value_or(session->databasePath()), AuditOutcome::Success,
                               QStringLiteral("%1 events").arg(events->size()));
    if (context.options().json)
        printJson(context, {{QStringLiteral("events"), list},
                            {QStringLiteral("workstationPublicKey"),
                             QString::fromLatin1(session->workstationPublicKey().toHex())}});
    context.out().flush();
    return finish(context, session, 0);
}

} // namespace

void registerWorkspaceCommands(CommandRegistry &registry)
{
    registry.add({QStringLiteral("init"), QStringLiteral("  init --db PATH --admin NAME"), runInit});
    registry.add({QStringLiteral("user"),
                  QStringLiteral("  user add NAME --role examiner|case-officer|supervisor|admin [--display-name TEXT]\n"
                                 "  user remove NAME | user passwd | user list [--json]"),
                  runUser});
    registry.add({QStringLiteral("verify"), QStringLiteral("  verify [--json]"), runVerify});
    registry.add({QStringLiteral("demo"), QStringLiteral("  demo --db PATH"), runDemo});
    registry.add({QStringLiteral("cases"), QStringLiteral("  cases list [--json]"), runCases});
    registry.add({QStringLiteral("case"), QStringLiteral("  case show REF [--json]"), runCase});
    registry.add({QStringLiteral("audit"), QStringLiteral("  audit export [--case REF] [--json]"), runAudit});
}

} // namespace ridgeline::cli
