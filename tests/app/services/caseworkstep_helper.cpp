// Test helper for tst_caseworkprocesses: a second workstation on the same workspace, taking ACE-V
// casework steps (issue 7). Two modes:
//   caseworkstep_helper DB USER STEP MARK VERSION [ARG...]
//       signs in as USER (passphrase in RIDGELINE_PASSPHRASE), prints "ready", waits for a line on
//       stdin (the test releases both workstations at once), takes the step, prints the answer and
//       exits with 0 or the error's exit code (ErrorCode: Conflict is 9), as ridgeline-cli would.
//   caseworkstep_helper DB --serve
//       a workstation that stays up: reads "USER<TAB>STEP<TAB>MARK<TAB>VERSION<TAB>ARG..." lines and
//       answers each with one line; it signs each user in on first use (passphrase in
//       RIDGELINE_PASSPHRASE_<USER>) and keeps the session, as a workstation left signed in would.
// Answers: "ok<TAB>VERSION<TAB>STAGE" or "error<TAB>EXIT-CODE<TAB>MESSAGE".
// Steps: start, commit-analysis SUBSTRATE, begin-comparison, conclude KIND EXEMPLAR BASIS, submit,
// exempt REASON, verify KIND EXEMPLAR BASIS, resolve REEXAMINED OUTCOME KIND EXEMPLAR BASIS,
// return REASON, sign-off CASE. It uses the test KDF limits through SessionOptions; no shipped
// program does.
#include "app/services/localworkspacesession.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <map>
#include <memory>

using namespace ridgeline;

namespace {

SessionOptions fastOptions()
{
    SessionOptions options;
    options.kdf = storage::KdfLimits::minimumForTests();
    return options;
}

struct Answer
{
    int exitCode = 0;
    QString line;
};

Answer answer(const Result<MarkCasework> &r)
{
    if (!r)
        return {r.error().exitCode(),
                QStringLiteral("error\t%1\t%2").arg(r.error().exitCode()).arg(r.error().message())};
    return {0, QStringLiteral("ok\t%1\t%2").arg(r->version).arg(markStateKey(r->mark.state))};
}

Answer take(LocalWorkspaceSession &s, const QByteArray &passphrase, const QStringList &command)
{
    const auto usage = [&] { return Answer{2, QStringLiteral("error\t2\tusage: ") + command.join(QLatin1Char(' '))}; };
    if (command.size() < 3)
        return usage();
    const QString step = command.at(0);
    const MarkId mark = MarkId::fromString(command.at(1));
    bool number = false;
    const int version = command.at(2).toInt(&number);
    const QStringList a = command.mid(3);
    if (mark.isNull() || !number)
        return usage();
    const auto conclusion = [&](int at) -> std::optional<ConclusionInput> {
        if (a.size() < at + 3)
            return std::nullopt;
        auto kind = conclusionFromKey(a.at(at));
        if (!kind)
            return std::nullopt;
        return ConclusionInput{*kind, a.at(at + 2), a.at(at + 1)};
    };
    if (step == QLatin1String("start"))
        return answer(s.startAnalysis(mark, version));
    if (step == QLatin1String("commit-analysis") && a.size() == 1) {
        AnalysisInput input;
        input.substrate = a.at(0);
        input.developmentMethod = QStringLiteral("aluminium powder, lifted");
        return answer(s.commitAnalysis(mark, input, version));
    }
    if (step == QLatin1String("begin-comparison"))
        return answer(s.beginComparison(mark, version));
    if (step == QLatin1String("conclude"))
        if (auto c = conclusion(0))
            return answer(s.recordConclusion(mark, *c, version));
    if (step == QLatin1String("submit"))
        return answer(s.submitForVerification(mark, version));
    if (step == QLatin1String("exempt") && a.size() == 1)
        return answer(s.exemptFromVerification(mark, a.at(0), version));
    if (step == QLatin1String("verify"))
        if (auto c = conclusion(0))
            return answer(s.recordVerification(mark, *c, version));
    if (step == QLatin1String("resolve"))
        if (auto c = conclusion(2))
            return answer(s.resolveConflict(mark, a.at(0), a.at(1), *c, version));
    if (step == QLatin1String("return") && a.size() == 1)
        return answer(s.returnForRework(mark, a.at(0), version));
    if (step == QLatin1String("sign-off") && a.size() == 1) {
        auto signedOff = s.signOffCase(CaseId::fromString(a.at(0)), {mark}, {{mark.toString(), version}}, passphrase);
        if (!signedOff)
            return {signedOff.error().exitCode(),
                    QStringLiteral("error\t%1\t%2").arg(signedOff.error().exitCode()).arg(signedOff.error().message())};
        return answer(s.markCasework(mark));
    }
    return usage();
}

void say(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

int serve(const QString &path)
{
    std::map<QString, std::unique_ptr<LocalWorkspaceSession>> sessions;
    QTextStream in(stdin);
    say(QStringLiteral("ready"));
    QString line;
    while (in.readLineInto(&line)) {
        QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() < 2) {
            say(QStringLiteral("error\t2\tusage: USER<TAB>STEP<TAB>MARK<TAB>VERSION<TAB>ARG..."));
            continue;
        }
        const QString user = fields.takeFirst();
        const QByteArray passphrase = qgetenv(("RIDGELINE_PASSPHRASE_" + user.toUtf8()).constData());
        auto &session = sessions[user];
        if (!session) {
            auto opened = LocalWorkspaceSession::open(path, user, passphrase, fastOptions());
            if (!opened) {
                say(QStringLiteral("error\t%1\t%2").arg(opened.error().exitCode()).arg(opened.error().message()));
                continue;
            }
            session = std::move(*opened);
        }
        say(take(*session, passphrase, fields).line);
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(2) == QLatin1String("--serve"))
        return serve(args.at(1));
    if (args.size() < 6) {
        std::fprintf(stderr, "usage: caseworkstep_helper DB USER STEP MARK VERSION [ARG...] | DB --serve\n");
        return 2;
    }
    const QByteArray passphrase = qgetenv("RIDGELINE_PASSPHRASE");
    auto session = LocalWorkspaceSession::open(args.at(1), args.at(2), passphrase, fastOptions());
    if (!session) {
        std::fprintf(stderr, "%s\n", qPrintable(session.error().message()));
        return session.error().exitCode();
    }
    say(QStringLiteral("ready"));
    QTextStream in(stdin);
    QString go;
    if (!in.readLineInto(&go))
        return 2;
    const Answer a = take(**session, passphrase, args.mid(3));
    say(a.line);
    return a.exitCode;
}
