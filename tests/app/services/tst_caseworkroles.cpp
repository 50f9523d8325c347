// Every step of the ACE-V workflow (markTransitions()) x every role, through the session on a real
// encrypted workspace (issue 7). For each step a fresh mark is brought to the step's source stage
// by the real calls; then the examiner who owns the mark, another examiner, the case officer, a
// supervisor and the administrator each try the step. A refused user gets the right code
// (PermissionDenied for the role, the person or a record the workflow still lacks; BadInput for a
// missing reason or basis), the mark does not move, and the refusal is in the audit trail as
// Refused; the allowed user moves the mark and the stage history names them. On the way: nobody
// verifies their own examination, nobody signs off what they examined or verified, the verifier
// does not resolve their own conflict (a third examiner may, and then sees what they resolved).
// Last, a signed mark whose original's hash is changed behind the program's back fails verify.
#include "app/core/markworkflow.h"
#include "app/storage/sqlitedatabase.h"
#include "caseworkworkspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <functional>

using namespace ridgeline;
using namespace ridgeline::testing;

namespace {

// Fails the test with the error's message when a call did not succeed.
#define REQUIRE_OK(result)                                                                                             \
    do {                                                                                                               \
        if (!(result))                                                                                                 \
            QFAIL(qPrintable((result).error().message()));                                                             \
    } while (false)

enum Actor
{
    Owner,         // the examiner who took the mark
    OtherExaminer, // a second examiner: the verifier once there is one
    Officer,
    Supervisor,
    Admin,
};
constexpr int kActors = 5;

QString userOf(int actor)
{
    static const char *const names[kActors] = {"examiner", "verifier", "officer", "supervisor", "admin"};
    return QString::fromLatin1(names[actor]);
}

const QByteArray kMarkup = R"({"format":"ridgeline-markup","version":1})";

// What the step needs beyond the mark and its version.
struct Context
{
    CaseId caseId;
    QString exemplar;
    int markupRevision = 0; // the mark's newest markup revision
};

using Attempt = std::function<Status(LocalWorkspaceSession &, const MarkId &, int version, const Context &)>;

ConclusionInput identification(const Context &c)
{
    return {ConclusionKind::Identification, QStringLiteral("11 minutiae in agreement, none in disagreement"),
            c.exemplar};
}

ConclusionInput inconclusive()
{
    return {ConclusionKind::Inconclusive, QStringLiteral("too little clear ridge detail"), {}};
}

AnalysisInput analysis(ValueDecision value = ValueDecision::OfValueForIdentification)
{
    AnalysisInput a;
    a.value = value;
    a.substrate = QStringLiteral("glass, smooth, non-porous");
    a.developmentMethod = QStringLiteral("aluminium powder, lifted");
    return a;
}

constexpr std::optional<ErrorCode> kAllowed = std::nullopt;
constexpr std::optional<ErrorCode> kDenied = ErrorCode::PermissionDenied;

// One step of the workflow as the session offers it, and what each actor may do.
struct Row
{
    QString name;
    MarkState from;
    MarkState to;
    MarkState start; // the resting stage the mark is brought to (from, except for a stage passed through)
    MarkState lands; // where the allowed step leaves the mark
    bool assigned = false;
    std::array<std::optional<ErrorCode>, kActors> expect; // per Actor: refused with, or allowed
    Attempt take;                                         // empty: no call of the session takes this step
    Attempt missing; // the allowed user without a needed reason or input (basis, exemplar, marks): BadInput
};

const QList<Row> &rows()
{
    using S = MarkState;
    static const QList<Row> all{
        {QStringLiteral("received->analysis, assigned by a supervisor"),
         S::Received,
         S::Analysis,
         S::Received,
         S::Analysis,
         true,
         {kAllowed, kDenied, kDenied, kDenied, kDenied},
         [](LocalWorkspaceSession &s, const MarkId &m, int v, const Context &) {
             return statusOf(s.startAnalysis(m, v));
         },
         {}},
        {QStringLiteral("received->analysis, not assigned: any examiner takes it"),
         S::Received,
         S::Analysis,
         S::Received,
         S::Analysis,
         false,
         {kAllowed, kAllowed, kDenied, kDenied, kDenied},
         [](LocalWorkspaceSession &s, const MarkId &m, int v, const Context &) {
             return statusOf(s.startAnalysis(m, v));
         },
         {}},
        {QStringLiteral("analysis->analysis-committed"),
         S::Analysis,
         S::AnalysisCommitted,
         S::Analysis,
         S::AnalysisCommitted,
         false,
         {kAllowed, kDenied, kDenied, kDenied, kDenied},
         [](LocalWorkspaceSession &s, const MarkId &m, int v, const Context &) {
             return statusOf(s.commitAnalysis(m, analysis(), v));
         },
         {}},
        {QStringLiteral("analysis-committed->comparison"),
         S::AnalysisCommitted,
         S::Comparison,
         S::AnalysisCommitted,
         S::Comparison,
         false,
         {kAllowed, kDenied, kDenied, kDenied, kDenied},
         [](LocalWorkspaceSession &s, const MarkId &m, int v, const Context &) {
             return statusOf(s.beginComparison(m, v));
         },
         {}},
        {QStringLiteral("comparison->evaluation"),
         S::Comparison,
         S::Evaluation,
         S::Comparison,
         S::Evaluation,
         false,
         {kAllowed, kDenied, kDenied, kDenied, kDenied},
         [](LocalWorkspaceSession &s, const MarkId &m, int v, const Context &c) {
             return statusOf(s.recordConclusion(m, identification(c), v));
         },
         [](LocalWorkspaceSession &s, const MarkId &m, int v, const Context &c) {
             ConclusionInput noBasis = identification(c);
             noBasis.basis.clear();
             return statusOf(s.recordConclusion(m, noBasis, v));
         }},
        {QStringLiteral("evaluation->verification"),
         S::Evaluation,
         S::Verification,
         S::Evaluation,
         S::Verification,
         false,
         {kAllowed, kDenied, kDenied, kDenied, kDenied},
         [](LocalWorkspaceSession &s, const MarkId &m, int v, const Context &) {
             return statusOf(s.submitForVerification(m, v));
         },
         {}},
        {QStringLiteral("evaluation->technical-review, exempted from verification"),
         S::Evaluation,
         S::TechnicalReview,
         S::Evaluation,
         S::TechnicalReview,
         false,
         {kDenied, kDenied, kDenied, kAllowed, kDenied},
         [](LocalWorkspaceSession &s, const MarkId &m, int v, const Context &) {
             return statusOf(s.exemptFromVerification(m, QStringLiteral("policy 4.2: elimination prints only"), v));
         },
         [](LocalWorkspaceSession &s, const MarkId &m, int v, const Context &) {
             return statusOf(s.exemptFromVerification(m, QStringLiteral("  "), v));
         }},
        {QStringLiteral("verification->technical-review, the verifier agrees"),
         S::Verification,
         S::TechnicalReview,
         S::Verification,
         S::TechnicalReview,
         false,
         {kDenied, kAllowed, kDenied, kDenied, kDenied},
         [](LocalWorkspaceSession &s, const MarkId &m, int v, const Context &c) {
             return statusOf(s.recordVerification(m, identification(c), v));
         },
         [](LocalWorkspaceSession &s, const MarkId &m, int v, const Context &c) {
             ConclusionInput noBasis = identification(c);
             noBasis.basis = QStringLiteral(" ");
             return statusOf(s.recordVerification(m, noBasis, v));
         }},
        {QStringLiteral("verification->conflict, the verifier differs"),
         S::Verification,
         S::Conflict,
         S::Verification,
         S::Conflict,
         false,
         {kDenied, kAllowed, kDenied, kDenied, kDenied},
         [](LocalWorkspaceSession &s, const MarkId &m, int v, const Context &) {
             return statusOf(s.recordVerification(m, inconclusive(), v));
         },
         [](LocalWorkspaceSession &s, const MarkId &m, int v, const Context &c) {
             ConclusionInput noExemplar = identification(c);
             noExemplar.exemplarRef.clear();
             return statusOf(s.recordVerification(m, noExemplar, v));
         }},
        {QStringLiteral("conflict->resolution"),
         S::Conflict,
         S::Resolution,
         S::Conflict,
         S::TechnicalReview,
         false,
         {kDenied, kDenied, kDenied, kAllowed, kDenied},
         [](LocalWorkspaceSession &s, const MarkId &m, int v, const Context &c) {
             return statusOf(s.resolveConflict(m, QStringLiteral("the mark and the left thumb at 10x"),
                                               QStringLiteral("identification stands"), identification(c), v));
         },
         [](LocalWorkspaceSession &s, const MarkId &m, int v, const Context &c) {
             return statusOf(s.resolveConflict(m, QStringLiteral("the mark and the left thumb at 10x"), QString(),
                                               identification(c), v));
         }},
        // Resolution is not a resting stage: resolveConflict records the resolution and moves on.
        {QStringLiteral("resolution->technical-review, in the same call"),
         S::Resolution,
         S::TechnicalReview,
         S::Conflict,
         S::TechnicalReview,
         false,
         {kDenied, kDenied, kDenied, kAllowed, kDenied},
         [](LocalWorkspaceSession &s, const MarkId &m, int v, const Context &) {
             return statusOf(s.resolveConflict(m, QStringLiteral("ridge by ridge with the verifier"),
                                               QStringLiteral("inconclusive after re-examination"), inconclusive(), v));
         },
         [](LocalWorkspaceSession &s, const MarkId &m, int v, const Context &) {
             return statusOf(s.resolveConflict(m, QString(), QStringLiteral("inconclusive"), inconclusive(), v));
         }},
        {QStringLiteral("technical-review->signed-off"),
         S::TechnicalReview,
         S::SignedOff,
         S::TechnicalReview,
         S::SignedOff,
         false,
         {kDenied, kDenied, kDenied, kAllowed, kDenied},
         [](LocalWorkspaceSession &s, const MarkId &m, int v, const Context &c) {
             return statusOf(
                 s.signOffCase(c.caseId, {m}, {{m.toString(), v}}, CaseworkWorkspace::passOf(s.user().name)));
         },
         [](LocalWorkspaceSession &s, const MarkId &, int, const Context &c) {
             return statusOf(s.signOffCase(c.caseId, {}, {}, CaseworkWorkspace::passOf(s.user().name)));
         }},
        {QStringLiteral("technical-review->comparison, returned for rework"),
         S::TechnicalReview,
         S::Comparison,
         S::TechnicalReview,
         S::Comparison,
         false,
         {kDenied, kDenied, kDenied, kAllowed, kDenied},
         [](LocalWorkspaceSession &s, const MarkId &m, int v, const Context &) {
             return statusOf(s.returnForRework(m, QStringLiteral("the basis does not name the target group"), v));
         },
         [](LocalWorkspaceSession &s, const MarkId &m, int v, const Context &) {
             return statusOf(s.returnForRework(m, QString(), v));
         }},
        // A committed change to a signed mark voids the sign-off: the examiner's markup commit.
        {QStringLiteral("signed-off->technical-review, a later change"),
         S::SignedOff,
         S::TechnicalReview,
         S::SignedOff,
         S::TechnicalReview,
         false,
         {kAllowed, kDenied, kDenied, kDenied, kDenied},
         [](LocalWorkspaceSession &s, const MarkId &m, int, const Context &c) -> Status {
             const QByteArray changed = R"({"format":"ridgeline-markup","version":1,"note":"later"})";
             if (Status saved = s.saveMarkupDraft(m, c.markupRevision, changed); !saved)
                 return saved;
             return statusOf(s.commitMarkup(m));
         },
         {}},
        {QStringLiteral("signed-off->closed"),
         S::SignedOff,
         S::Closed,
         S::SignedOff,
         S::Closed,
         false,
         {kDenied, kDenied, kDenied, kAllowed, kDenied},
         [](LocalWorkspaceSession &s, const MarkId &m, int v, const Context &) { return statusOf(s.closeMark(m, v)); },
         {}},
    };
    return all;
}

} // namespace

class TestCaseworkRoles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CaseworkWorkspace m_ws;
    std::unique_ptr<CaseworkSessions> m_sessions;
    int m_used = 0;
    MarkId m_signed; // a mark signed off and left so, for the tampering test

    LocalWorkspaceSession &as(const QString &user)
    {
        LocalWorkspaceSession *s = m_sessions->as(user);
        if (!s)
            qFatal("%s cannot sign in", qPrintable(user));
        return *s;
    }

    // The full record (the case officer is not blind to anything).
    MarkCasework read(const MarkId &mark)
    {
        auto work = as(QStringLiteral("officer")).markCasework(mark);
        if (!work)
            qFatal("%s", qPrintable(work.error().message()));
        return *work;
    }

    Context context(const MarkId &mark)
    {
        Context c{m_ws.caseId, m_ws.exemplars.first(), 0};
        auto revisions = as(QStringLiteral("officer")).markupRevisions(mark);
        if (revisions && !revisions->isEmpty())
            c.markupRevision = revisions->last().revision;
        return c;
    }

    qint64 lastEvent()
    {
        storage::SqliteStatement q(as(QStringLiteral("officer")).database().sql(),
                                   "SELECT COALESCE(MAX(seq), 0) FROM audit_events");
        auto row = q.step();
        return row && *row ? q.int64(0) : -1;
    }

    // Events after `seq` by `user` with `outcome` ("refused", "success") on one of `objects`.
    int eventsSince(qint64 seq, const QString &user, const char *outcome, const QStringList &objects)
    {
        storage::SqliteStatement q(as(QStringLiteral("officer")).database().sql(),
                                   "SELECT object_id FROM audit_events WHERE seq > ? AND user = ? AND outcome = ?");
        q.bind(1, seq).bind(2, user).bind(3, QString::fromLatin1(outcome));
        int n = 0;
        for (;;) {
            auto row = q.step();
            if (!row || !*row)
                break;
            n += objects.contains(q.text(0)) ? 1 : 0;
        }
        return n;
    }

    MarkId freshMark()
    {
        if (m_used >= m_ws.marks.size())
            qFatal("the test package has too few marks");
        return m_ws.marks.at(m_used++);
    }

    // Through the real calls, as the users would: the examiner analyses and concludes an
    // identification, the verifier agrees (technical review) or not (conflict), the supervisor
    // signs off.
    Status bringTo(const MarkId &mark, MarkState target, bool assign)
    {
        const Context c = context(mark);
        if (assign)
            if (Status s = statusOf(as(QStringLiteral("supervisor"))
                                        .assignExaminer(mark, QStringLiteral("examiner"), {}, read(mark).version));
                !s)
                return s;
        LocalWorkspaceSession &examiner = as(QStringLiteral("examiner"));
        LocalWorkspaceSession &verifier = as(QStringLiteral("verifier"));
        for (int guard = 0; guard < 12; ++guard) {
            const MarkCasework work = read(mark);
            const int v = work.version;
            if (work.mark.state == target)
                return {};
            Status s;
            switch (work.mark.state) {
            case MarkState::Received:
                s = statusOf(examiner.startAnalysis(mark, v));
                break;
            case MarkState::Analysis:
                s = examiner.saveMarkupDraft(mark, 0, kMarkup);
                if (s)
                    s = statusOf(examiner.commitAnalysis(mark, analysis(), v));
                break;
            case MarkState::AnalysisCommitted:
                s = statusOf(examiner.beginComparison(mark, v));
                break;
            case MarkState::Comparison:
                s = statusOf(examiner.recordConclusion(mark, identification(c), v));
                break;
            case MarkState::Evaluation:
                s = statusOf(examiner.submitForVerification(mark, v));
                break;
            case MarkState::Verification:
                s = statusOf(verifier.recordVerification(
                    mark, target == MarkState::Conflict ? inconclusive() : identification(c), v));
                break;
            case MarkState::TechnicalReview:
                s = statusOf(as(QStringLiteral("supervisor"))
                                 .signOffCase(m_ws.caseId, {mark}, {{mark.toString(), v}},
                                              CaseworkWorkspace::passOf(QStringLiteral("supervisor"))));
                break;
            default:
                return Error(ErrorCode::Internal,
                             QStringLiteral("no way on from %1").arg(markStateKey(work.mark.state)));
            }
            if (!s)
                return s;
        }
        return Error(ErrorCode::Internal, QStringLiteral("%1 not reached").arg(markStateKey(target)));
    }

    // The user tries; refused with `code`, nothing moved, the refusal audited.
    void expectRefused(const QString &user, const MarkId &mark, ErrorCode code, const Attempt &attempt)
    {
        const MarkCasework before = read(mark);
        const qint64 seq = lastEvent();
        const Status s = attempt(as(user), mark, before.version, context(mark));
        if (s)
            QFAIL(qPrintable(QStringLiteral("%1 was allowed the step").arg(user)));
        if (s.error().code() != code)
            QFAIL(
                qPrintable(QStringLiteral("%1: expected %2, got %3: %4")
                               .arg(user, errorCodeName(code), errorCodeName(s.error().code()), s.error().message())));
        const MarkCasework after = read(mark);
        QCOMPARE(after.mark.state, before.mark.state);
        QCOMPARE(after.version, before.version);
        QCOMPARE(after.history.size(), before.history.size());
        if (eventsSince(seq, user, "refused", {mark.toString(), m_ws.caseId.toString()}) < 1)
            QFAIL(qPrintable(
                QStringLiteral("%1's refusal (%2) left no Refused audit event").arg(user, s.error().message())));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws =
            makeCaseworkWorkspace(m_dir.filePath(QStringLiteral("ws.rlw")), m_dir.filePath(QStringLiteral("pkg")), 28);
        QVERIFY2(m_ws.error.isEmpty(), qPrintable(m_ws.error));
        m_sessions = std::make_unique<CaseworkSessions>(m_ws.path);
        for (const auto &[user, pass] : CaseworkWorkspace::users())
            QVERIFY2(m_sessions->as(user), qPrintable(user));
    }

    // The table below covers every step the state machine has.
    void everyTransitionHasARow()
    {
        for (const MarkTransition &t : markTransitions()) {
            const bool covered = std::any_of(rows().cbegin(), rows().cend(),
                                             [&](const Row &r) { return r.from == t.from && r.to == t.to; });
            QVERIFY2(covered, qPrintable(markStateKey(t.from) + QStringLiteral("->") + markStateKey(t.to)));
        }
    }

    void transitionByRole_data()
    {
        QTest::addColumn<int>("row");
        for (int i = 0; i < rows().size(); ++i)
            QTest::newRow(qPrintable(rows().at(i).name)) << i;
    }

    void transitionByRole()
    {
        QFETCH(int, row);
        const Row &r = rows().at(row);
        if (!r.take)
            QSKIP("no call of the session takes this step yet");
        MarkId mark = freshMark();
        REQUIRE_OK(bringTo(mark, r.start, r.assigned));
        for (int actor = 0; actor < kActors; ++actor) {
            if (r.expect[actor]) {
                expectRefused(userOf(actor), mark, *r.expect[actor], r.take);
                if (QTest::currentTestFailed())
                    return;
            }
        }
        bool first = true;
        for (int actor = 0; actor < kActors; ++actor) {
            if (r.expect[actor])
                continue;
            const QString user = userOf(actor);
            if (r.missing && first) {
                expectRefused(user, mark, ErrorCode::BadInput, r.missing);
                if (QTest::currentTestFailed())
                    return;
            }
            if (!first) {
                mark = freshMark();
                REQUIRE_OK(bringTo(mark, r.start, r.assigned));
            }
            first = false;
            const MarkCasework before = read(mark);
            REQUIRE_OK(r.take(as(user), mark, before.version, context(mark)));
            const MarkCasework after = read(mark);
            QCOMPARE(after.mark.state, r.lands);
            QVERIFY(after.version > before.version);
            // The stage history has the step, taken by this user.
            const bool recorded = std::any_of(
                after.history.cbegin() + before.history.size(), after.history.cend(),
                [&](const MarkStageChange &c) { return c.from == r.from && c.to == r.to && c.user == user; });
            QVERIFY2(recorded, qPrintable(QStringLiteral("%1's step is not in the stage history").arg(user)));
            if (r.to == MarkState::SignedOff)
                m_signed = mark;
        }
    }

    // The verifier may not resolve their own conflict, nor the examiner; a third examiner may.
    void thirdExaminerResolvesAConflict()
    {
        const MarkId mark = freshMark();
        REQUIRE_OK(bringTo(mark, MarkState::Conflict, false));
        const Context c = context(mark);
        const Attempt resolve = [](LocalWorkspaceSession &s, const MarkId &m, int v, const Context &ctx) {
            return statusOf(s.resolveConflict(m, QStringLiteral("both impressions again"),
                                              QStringLiteral("identification stands"), identification(ctx), v));
        };
        expectRefused(QStringLiteral("verifier"), mark, ErrorCode::PermissionDenied, resolve);
        expectRefused(QStringLiteral("examiner"), mark, ErrorCode::PermissionDenied, resolve);
        auto resolved =
            as(QStringLiteral("third"))
                .resolveConflict(mark, QStringLiteral("both impressions again"),
                                 QStringLiteral("identification stands"), identification(c), read(mark).version);
        REQUIRE_OK(resolved);
        QCOMPARE(resolved->mark.state, MarkState::TechnicalReview);
        // Having concluded themselves, they see the record they resolved (blind no longer).
        QVERIFY(resolved->resolution);
        QCOMPARE(resolved->resolution->resolver, QStringLiteral("third"));
        QCOMPARE(resolved->conclusions.size(), 3);
        REQUIRE_OK(as(QStringLiteral("third")).markupRevision(mark, 0));
    }

    // A sign-off needs a mark at technical review: one still in evaluation (no verification), in
    // verification or in conflict is refused (the workflow does not allow it yet: PermissionDenied),
    // and a sign-off of several is all or nothing.
    void signOffNeedsTheRecords()
    {
        const MarkId ready = freshMark();
        REQUIRE_OK(bringTo(ready, MarkState::TechnicalReview, false));
        for (MarkState stage : {MarkState::Evaluation, MarkState::Verification, MarkState::Conflict}) {
            const MarkId mark = freshMark();
            REQUIRE_OK(bringTo(mark, stage, false));
            const Attempt alone = [](LocalWorkspaceSession &s, const MarkId &m, int v, const Context &c) {
                return statusOf(
                    s.signOffCase(c.caseId, {m}, {{m.toString(), v}}, CaseworkWorkspace::passOf(s.user().name)));
            };
            expectRefused(QStringLiteral("supervisor"), mark, ErrorCode::PermissionDenied, alone);
            const int readyVersion = read(ready).version;
            const Attempt together = [&](LocalWorkspaceSession &s, const MarkId &m, int v, const Context &c) {
                return statusOf(s.signOffCase(c.caseId, {ready, m},
                                              {{ready.toString(), readyVersion}, {m.toString(), v}},
                                              CaseworkWorkspace::passOf(s.user().name)));
            };
            expectRefused(QStringLiteral("supervisor"), mark, ErrorCode::PermissionDenied, together);
            QCOMPARE(read(ready).mark.state, MarkState::TechnicalReview);
            QCOMPARE(read(ready).version, readyVersion);
        }
    }

    // A mark analysed as of no value is not compared.
    void noValueIsNotCompared()
    {
        const MarkId mark = freshMark();
        REQUIRE_OK(bringTo(mark, MarkState::Analysis, false));
        REQUIRE_OK(
            as(QStringLiteral("examiner")).commitAnalysis(mark, analysis(ValueDecision::NoValue), read(mark).version));
        expectRefused(QStringLiteral("examiner"), mark, ErrorCode::BadInput,
                      [](LocalWorkspaceSession &s, const MarkId &m, int v, const Context &) {
                          return statusOf(s.beginComparison(m, v));
                      });
    }

    // Only a supervisor assigns; taking a mark from an examiner in mid-analysis needs a reason.
    void assignmentByRole()
    {
        const MarkId mark = freshMark();
        const Attempt assign = [](LocalWorkspaceSession &s, const MarkId &m, int v, const Context &) {
            return statusOf(s.assignExaminer(m, QStringLiteral("third"), QStringLiteral("workload"), v));
        };
        for (const QString &user : {QStringLiteral("examiner"), QStringLiteral("officer"), QStringLiteral("admin")}) {
            expectRefused(user, mark, ErrorCode::PermissionDenied, assign);
            if (QTest::currentTestFailed())
                return;
        }
        REQUIRE_OK(bringTo(mark, MarkState::Analysis, false));
        expectRefused(QStringLiteral("supervisor"), mark, ErrorCode::BadInput,
                      [](LocalWorkspaceSession &s, const MarkId &m, int v, const Context &) {
                          return statusOf(s.assignExaminer(m, QStringLiteral("third"), {}, v));
                      });
        expectRefused(QStringLiteral("supervisor"), mark, ErrorCode::BadInput,
                      [](LocalWorkspaceSession &s, const MarkId &m, int v, const Context &) {
                          return statusOf(s.assignExaminer(m, QStringLiteral("officer"), QStringLiteral("x"), v));
                      });
        auto moved =
            as(QStringLiteral("supervisor"))
                .assignExaminer(mark, QStringLiteral("third"), QStringLiteral("examiner on leave"), read(mark).version);
        REQUIRE_OK(moved);
        QCOMPARE(moved->examiner, QStringLiteral("third"));
        // The examiner it was taken from no longer commits its analysis.
        expectRefused(QStringLiteral("examiner"), mark, ErrorCode::PermissionDenied,
                      [](LocalWorkspaceSession &s, const MarkId &m, int v, const Context &) {
                          return statusOf(s.commitAnalysis(m, analysis(), v));
                      });
        REQUIRE_OK(as(QStringLiteral("third")).commitAnalysis(mark, analysis(), read(mark).version));
    }

    // Sequestration is about the exemplar image, not about what the caller calls it: the same
    // bytes asked for under another object type are still an exemplar of the case.
    void sequestrationHoldsWhateverTheLabel()
    {
        const MarkId mark = freshMark();
        REQUIRE_OK(bringTo(mark, MarkState::Analysis, false));
        LocalWorkspaceSession &examiner = as(QStringLiteral("examiner"));
        auto labelled =
            examiner.readOriginal(m_ws.exemplarShas.first(), QStringLiteral("exemplar"), m_ws.exemplars.first());
        QVERIFY(!labelled);
        QCOMPARE(labelled.error().code(), ErrorCode::PermissionDenied);
        auto relabelled = examiner.readOriginal(m_ws.exemplarShas.first(), QStringLiteral("mark"), mark.toString());
        // Asking for the exemplar's bytes under another object type changes nothing.
        QVERIFY(!relabelled);
        QCOMPARE(relabelled.error().code(), ErrorCode::PermissionDenied);
        // The analysis committed, so the examiner is not left sequestered for what follows.
        REQUIRE_OK(examiner.commitAnalysis(mark, analysis(), read(mark).version));
    }

    void workspaceVerifies()
    {
        auto report = as(QStringLiteral("supervisor")).verify();
        REQUIRE_OK(report);
        QVERIFY2(report->ok(), qPrintable(report->problems.join(QLatin1Char('\n'))));
        QVERIFY(report->signOffsChecked >= 2);
    }

    // Behind the program's back: the signed mark's original is swapped for another stored image in
    // the marks table (the evidence itself still verifies). The sign-off no longer matches.
    void tamperedOriginalHashIsFound()
    {
        QVERIFY(!m_signed.isNull());
        QCOMPARE(read(m_signed).mark.state, MarkState::SignedOff);
        storage::SqliteDatabase &db = as(QStringLiteral("supervisor")).database().sql();
        storage::SqliteStatement update(db, "UPDATE marks SET original_sha256 = ? WHERE id = ?");
        update.bindBlob(1, m_ws.exemplarShas.first()).bind(2, m_signed.toString());
        REQUIRE_OK(update.run());
        QCOMPARE(db.changes(), 1);
        auto report = as(QStringLiteral("supervisor")).verify();
        REQUIRE_OK(report);
        QVERIFY(!report->ok());
        const QString problems = report->problems.join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(QStringLiteral("no longer match")), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("WYP/2026/000912")), qPrintable(problems));
    }

    void cleanupTestCase() { m_sessions.reset(); }
};

QTEST_GUILESS_MAIN(TestCaseworkRoles)
#include "tst_caseworkroles.moc"
