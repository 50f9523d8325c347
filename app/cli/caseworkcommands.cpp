// ACE-V casework from the command line (issue 7, ARCHITECTURE.md section 3, docs/cli.md): a mark's
// casework record and each step of the workflow, as forms of `mark` (the sign-off and the worklists
// are in signoffcommands.cpp). The session decides every step (permissions, workflow, versions) and
// audits refusals; these commands only parse, ask and print. A step the session refuses exits with
// its error's code: 5 refused by role or the rules on people, 4 bad input or a step the mark's stage
// does not allow, 7 not found, 9 the mark changed since the version the step was based on
// (ErrorCode::Conflict).
#include "app/cli/caseworkcommands.h"
#include "app/cli/caseworkoutput.h"
#include "app/cli/clisession.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUuid>

namespace ridgeline::cli {
namespace {

// One form of a casework command: its options (each takes a value), required and optional.
struct Form
{
    QString name;
    QStringList required;
    QStringList optional;
};

const QList<Form> &markForms()
{
    static const QList<Form> forms{
        {QStringLiteral("casework"), {}, {}},
        {QStringLiteral("start-analysis"), {}, {}},
        {QStringLiteral("begin-comparison"), {}, {}},
        {QStringLiteral("submit-verification"), {}, {}},
        {QStringLiteral("commit-analysis"),
         {QStringLiteral("--value")},
         {QStringLiteral("--substrate"), QStringLiteral("--method"), QStringLiteral("--distortion"),
          QStringLiteral("--notes")}},
        {QStringLiteral("conclude"),
         {QStringLiteral("--conclusion"), QStringLiteral("--basis")},
         {QStringLiteral("--exemplar")}},
        {QStringLiteral("verify-conclusion"),
         {QStringLiteral("--conclusion"), QStringLiteral("--basis")},
         {QStringLiteral("--exemplar")}},
        {QStringLiteral("resolve"),
         {QStringLiteral("--reexamined"), QStringLiteral("--outcome"), QStringLiteral("--conclusion"),
          QStringLiteral("--basis")},
         {QStringLiteral("--exemplar")}},
        {QStringLiteral("exempt"), {QStringLiteral("--reason")}, {}},
        {QStringLiteral("return"), {QStringLiteral("--reason")}, {}},
        {QStringLiteral("assign"), {QStringLiteral("--examiner")}, {QStringLiteral("--reason")}},
    };
    return forms;
}

const Form *markForm(const QString &name)
{
    for (const Form &f : markForms())
        if (f.name == name)
            return &f;
    return nullptr;
}

constexpr auto kMarkSynopsis =
    "  mark casework --case REF --mark EXHIBIT [--json]\n"
    "      the mark's ACE-V record: state, examiner, verifier, version, analysis, conclusions,\n"
    "      resolution, exemption, flagged markup changes, history, what is withheld\n"
    "  mark start-analysis|begin-comparison|submit-verification --case REF --mark EXHIBIT\n"
    "  mark commit-analysis --case REF --mark EXHIBIT --value identification|exclusion-only|no-value\n"
    "      [--substrate TEXT] [--method TEXT] [--distortion TEXT] [--notes TEXT]\n"
    "  mark conclude|verify-conclusion --case REF --mark EXHIBIT\n"
    "      --conclusion identification|exclusion|inconclusive --basis TEXT [--exemplar IMPRESSION]\n"
    "  mark resolve --case REF --mark EXHIBIT --reexamined TEXT --outcome TEXT --conclusion ...\n"
    "      --basis TEXT [--exemplar IMPRESSION]\n"
    "  mark exempt|return --case REF --mark EXHIBIT --reason TEXT\n"
    "  mark assign --case REF --mark EXHIBIT --examiner USER [--reason TEXT]\n"
    "      every step takes [--expect-version N] (default: the version read just before) and [--json];\n"
    "      exit 5 refused by role or workflow, 9 the mark changed since that version";

using Values = QHash<QString, QString>;

// Takes the form's options and --case, --mark, --expect-version out of `args`; false when anything
// is missing or left over.
bool takeOptions(QStringList &args, const Form &form, Values &values)
{
    const QStringList common{QStringLiteral("--case"), QStringLiteral("--mark"), QStringLiteral("--expect-version")};
    for (const QStringList &names : {common, form.required, form.optional})
        for (const QString &name : names)
            if (auto value = takeOption(args, name))
                values.insert(name, *value);
    for (const QString &name : form.required)
        if (!values.contains(name))
            return false;
    return args == QStringList{form.name} && values.contains(QStringLiteral("--case")) &&
           values.contains(QStringLiteral("--mark"));
}

// An impression id as given, or the exhibit reference of an exemplar impression of the case.
Result<QString> exemplarRef(LocalWorkspaceSession &session, const Mark &mark, const QString &given)
{
    if (given.isEmpty())
        return QString();
    if (const QUuid uuid = QUuid::fromString(given); !uuid.isNull())
        return uuid.toString(QUuid::WithoutBraces);
    auto impressions = session.exemplarImpressionsOfCase(mark.caseId);
    if (!impressions)
        return impressions.error();
    QStringList known, matches;
    for (const ExemplarImpressionRecord &i : *impressions) {
        if (i.exhibitReference.compare(given, Qt::CaseInsensitive) == 0)
            matches << QStringLiteral("%1 (%2)").arg(i.id.toString(), i.personName);
        known << i.exhibitReference;
    }
    if (matches.size() == 1)
        return matches.first().section(QLatin1Char(' '), 0, 0);
    if (matches.size() > 1) // two persons' cards may use the same exhibit numbers
        return Error(ErrorCode::Usage, QCoreApplication::translate("ridgeline::CaseworkCommands",
                                                                   "Exemplar %1 of the case of mark %2 is ambiguous; "
                                                                   "give the impression id: %3.")
                                           .arg(given, mark.exhibitReference, matches.join(QStringLiteral(", "))));
    return Error(ErrorCode::NotFound,
                 QCoreApplication::translate("ridgeline::CaseworkCommands",
                                             "The case of mark %1 has no exemplar impression %2; give an impression "
                                             "id or one of the case's exemplar exhibits: %3.")
                     .arg(mark.exhibitReference, given,
                          known.isEmpty() ? QCoreApplication::translate("ridgeline::CaseworkCommands", "(none)")
                                          : known.join(QStringLiteral(", "))));
}

Result<ConclusionInput> conclusionInput(LocalWorkspaceSession &session, const Mark &mark, const Values &v)
{
    ConclusionInput input;
    input.conclusion = *conclusionFromKey(v.value(QStringLiteral("--conclusion")));
    input.basis = v.value(QStringLiteral("--basis"));
    auto exemplar = exemplarRef(session, mark, v.value(QStringLiteral("--exemplar")));
    if (!exemplar)
        return exemplar.error();
    input.exemplarRef = *exemplar;
    return input;
}

Result<MarkCasework> takeStep(LocalWorkspaceSession &s, const QString &step, const Mark &mark, const Values &v,
                              int version)
{
    const MarkId &id = mark.id;
    if (step == QLatin1String("start-analysis"))
        return s.startAnalysis(id, version);
    if (step == QLatin1String("begin-comparison"))
        return s.beginComparison(id, version);
    if (step == QLatin1String("submit-verification"))
        return s.submitForVerification(id, version);
    if (step == QLatin1String("exempt"))
        return s.exemptFromVerification(id, v.value(QStringLiteral("--reason")), version);
    if (step == QLatin1String("return"))
        return s.returnForRework(id, v.value(QStringLiteral("--reason")), version);
    if (step == QLatin1String("assign"))
        return s.assignExaminer(id, v.value(QStringLiteral("--examiner")), v.value(QStringLiteral("--reason")),
                                version);
    if (step == QLatin1String("commit-analysis")) {
        AnalysisInput input;
        input.value = *valueDecisionFromKey(v.value(QStringLiteral("--value")));
        input.substrate = v.value(QStringLiteral("--substrate"));
        input.developmentMethod = v.value(QStringLiteral("--method"));
        input.distortionNotes = v.value(QStringLiteral("--distortion"));
        input.notes = v.value(QStringLiteral("--notes"));
        return s.commitAnalysis(id, input, version);
    }
    auto conclusion = conclusionInput(s, mark, v);
    if (!conclusion)
        return conclusion.error();
    if (step == QLatin1String("conclude"))
        return s.recordConclusion(id, *conclusion, version);
    if (step == QLatin1String("verify-conclusion"))
        return s.recordVerification(id, *conclusion, version);
    return s.resolveConflict(id, v.value(QStringLiteral("--reexamined")), v.value(QStringLiteral("--outcome")),
                             *conclusion, version);
}

void printMarkCasework(Context &context, const MarkCasework &casework, bool full)
{
    if (context.options().json)
        printJson(context, caseworkJson(casework));
    else if (full)
        printCasework(context.out(), casework);
    else
        printCaseworkState(context.out(), casework);
    context.out().flush();
}

// Checks the keys of --value, --conclusion and --expect-version before anything is opened.
std::optional<QString> badValue(const Values &v)
{
    if (v.contains(QStringLiteral("--value")) && !valueDecisionFromKey(v.value(QStringLiteral("--value"))))
        return QCoreApplication::translate("ridgeline::CaseworkCommands",
                                           "--value must be identification, exclusion-only or no-value");
    if (v.contains(QStringLiteral("--conclusion")) && !conclusionFromKey(v.value(QStringLiteral("--conclusion"))))
        return QCoreApplication::translate("ridgeline::CaseworkCommands",
                                           "--conclusion must be identification, exclusion or inconclusive");
    if (v.contains(QStringLiteral("--expect-version"))) {
        bool ok = false;
        if (v.value(QStringLiteral("--expect-version")).toInt(&ok) < 0 || !ok)
            return QCoreApplication::translate("ridgeline::CaseworkCommands",
                                               "--expect-version needs a version number (0 or more)");
    }
    return std::nullopt;
}

int runMarkCasework(Context &context, const QStringList &arguments)
{
    QStringList args = arguments;
    const QString sub = subcommandOf(args);
    const Form *form = markForm(sub);
    Values v;
    if (!form || !takeOptions(args, *form, v) ||
        (sub == QLatin1String("casework") && v.contains(QStringLiteral("--expect-version"))))
        return context.usage(QStringLiteral("usage:\n") + QString::fromLatin1(kMarkSynopsis));
    if (auto bad = badValue(v))
        return context.usage(*bad);
    int code = 0;
    SessionPtr session = openSession(context, code);
    if (!session)
        return code;
    auto mark = findMarkOfCase(*session, v.value(QStringLiteral("--case")), v.value(QStringLiteral("--mark")));
    if (!mark)
        return finish(context, session, context.fail(mark.error()));
    if (sub == QLatin1String("casework")) {
        auto casework = session->markCasework(mark->id);
        if (!casework)
            return finish(context, session, context.fail(casework.error()));
        printMarkCasework(context, *casework, true);
        return finish(context, session, 0);
    }
    int version = v.value(QStringLiteral("--expect-version"), QStringLiteral("-1")).toInt();
    if (version < 0) {
        auto current = session->markCasework(mark->id);
        if (!current)
            return finish(context, session, context.fail(current.error()));
        version = current->version;
    }
    auto result = takeStep(*session, sub, *mark, v, version);
    if (!result)
        return finish(context, session, context.fail(result.error()));
    printMarkCasework(context, *result, false);
    return finish(context, session, 0);
}

} // namespace

QString subcommandOf(const QStringList &args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i].startsWith(QLatin1String("--"))) {
            ++i;
            continue;
        }
        return args[i];
    }
    return {};
}

void extendCommand(CommandRegistry &registry, const QString &name, const QStringList &subcommands,
                   const QString &synopsis, std::function<int(Context &, const QStringList &)> run)
{
    Command *existing = registry.find(name);
    if (!existing) {
        registry.add({name, synopsis, std::move(run)});
        return;
    }
    existing->synopsis += QLatin1Char('\n') + synopsis;
    existing->run = [subcommands, run = std::move(run), previous = existing->run](Context &context,
                                                                                  const QStringList &args) {
        return subcommands.contains(subcommandOf(args)) ? run(context, args) : previous(context, args);
    };
}

void printJson(Context &context, const QJsonObject &object)
{
    context.out() << QJsonDocument(object).toJson(QJsonDocument::Indented);
    context.out().flush();
}

void registerCaseworkCommands(CommandRegistry &registry)
{
    QStringList steps;
    for (const Form &f : markForms())
        steps << f.name;
    extendCommand(registry, QStringLiteral("mark"), steps, QString::fromLatin1(kMarkSynopsis), runMarkCasework);
    registerSignOffCommands(registry);
}

} // namespace ridgeline::cli
