// Random sequences of ACE-V casework actions on a real encrypted workspace (issue 7): 10,000 steps
// over a few marks and every user, each a random user taking a random call (any casework step, the
// markup commit that voids a sign-off, the mark's record, the exemplar material of the case) with
// the current, a stale or a wrong version and sometimes wrong input. After every step the
// invariants are checked against the database itself (a connection of its own):
//   - a signed-off mark has a committed analysis, an evaluation, and a verification of that
//     evaluation by someone other than the examiner or a recorded exemption, and a sign-off in
//     force by a supervisor who neither examined nor verified it; any other mark (in conflict
//     included) is covered by no sign-off in force;
//   - no exemplar material reached an examiner while their analysis of a mark of the case was
//     uncommitted (the reads that succeeded are checked against the marks' stages at that moment),
//     and an analysis says it was made after exemplar exposure exactly when the examiner had seen one;
//   - the examiner is never the verifier;
//   - each mark's stage changes are a chain of the workflow's transitions (each to = next from, the
//     versions consecutive, the last one the mark's stage and version);
//   - the answer is a success or a refusal (PermissionDenied, BadInput, Conflict,
//     AuthenticationFailed), never a storage error, and every refusal is in the audit trail;
//   - blind verification: another examiner's view of a mark holds no one else's conclusion before
//     their own verification.
// Every 1,000 steps and at the end the workspace verifies (audit chain, checkpoints, sign-offs).
// The seed is printed; RIDGELINE_CASEWORK_SEED=n repeats a run, RIDGELINE_CASEWORK_STEPS=n changes
// its length, RIDGELINE_CASEWORK_TRACE=1 prints every action.
#include "app/core/markworkflow.h"
#include "app/storage/sqlitedatabase.h"
#include "caseworkworkspace.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace ridgeline;
using namespace ridgeline::testing;

namespace {

enum class Call
{
    StartAnalysis,
    Assign,
    CommitAnalysis,
    BeginComparison,
    RecordConclusion,
    SubmitForVerification,
    Exempt,
    RecordVerification,
    Resolve,
    ReturnForRework,
    SignOff,
    EditMarkup, // save a markup draft and commit it: after a sign-off, the change that voids it
    ReadCasework,
    ListExemplars,
    ReadExemplar,
    CountExemplars,
    LinkedPersons,
    Queue,
};
constexpr int kCalls = int(Call::Queue) + 1;

const char *callName(Call c)
{
    static const char *const names[kCalls] = {
        "startAnalysis",
        "assignExaminer",
        "commitAnalysis",
        "beginComparison",
        "recordConclusion",
        "submitForVerification",
        "exempt",
        "recordVerification",
        "resolveConflict",
        "returnForRework",
        "signOffCase",
        "commitMarkup",
        "markCasework",
        "exemplarImpressionsOfCase",
        "readOriginal(exemplar)",
        "exemplarCountsOfCase",
        "personsOfCase",
        "caseworkQueue",
    };
    return names[int(c)];
}

// The calls that take a mark on from each resting stage (for choosing purposeful steps).
QList<Call> callsFrom(MarkState s)
{
    switch (s) {
    case MarkState::Received:
        return {Call::StartAnalysis, Call::Assign};
    case MarkState::Analysis:
        return {Call::CommitAnalysis, Call::Assign, Call::EditMarkup};
    case MarkState::AnalysisCommitted:
        return {Call::BeginComparison};
    case MarkState::Comparison:
        return {Call::RecordConclusion, Call::EditMarkup};
    case MarkState::Evaluation:
        return {Call::SubmitForVerification, Call::Exempt};
    case MarkState::Verification:
        return {Call::RecordVerification};
    case MarkState::Conflict:
        return {Call::Resolve};
    case MarkState::TechnicalReview:
        return {Call::SignOff, Call::ReturnForRework};
    case MarkState::SignedOff:
        return {Call::EditMarkup};
    default:
        return {Call::ReadCasework};
    }
}

const QStringList kUsers{QStringLiteral("examiner"), QStringLiteral("verifier"),   QStringLiteral("third"),
                         QStringLiteral("officer"),  QStringLiteral("supervisor"), QStringLiteral("reviewer"),
                         QStringLiteral("admin")};
const QStringList kExaminers{QStringLiteral("examiner"), QStringLiteral("verifier"), QStringLiteral("third")};
const QStringList kSupervisors{QStringLiteral("supervisor"), QStringLiteral("reviewer")};

struct Outcome
{
    bool ok = true;
    Error error;
};

template<class T> Outcome outcomeOf(const Result<T> &r)
{
    return r ? Outcome{} : Outcome{false, r.error()};
}

// One row of a mark as the invariants need it, read straight from the tables.
struct MarkRow
{
    QString id;
    QString exhibit;
    QString state;
    int revision = 0;
    QString examiner;
    QString verifier;
    QString exemption;
};

} // namespace

class TestCaseworkRandom : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CaseworkWorkspace m_ws;
    std::unique_ptr<CaseworkSessions> m_sessions;
    std::unique_ptr<storage::WorkspaceDatabase> m_check; // the invariants' own connection
    QRandomGenerator m_random;
    quint32 m_seed = 0;
    int m_step = 0;
    QHash<QString, QHash<QString, int>> m_seen; // user -> mark -> the version they last saw
    QSet<QString> m_exposed;                    // examiners who have seen an exemplar image of the case
    QStringList m_log;                          // the last actions, for a failure's message
    QHash<QString, int> m_counts;               // "call ok" / "call code" -> how many
    qint64 m_exemplarReads = 0;
    qint64 m_actNs = 0, m_checkNs = 0, m_verifyNs = 0; // where the time goes

    LocalWorkspaceSession &as(const QString &user) { return *m_sessions->as(user); }

    QString where() const
    {
        return QStringLiteral("seed %1, step %2 (RIDGELINE_CASEWORK_SEED=%1 repeats it); last actions:\n  %3")
            .arg(m_seed)
            .arg(m_step)
            .arg(m_log.join(QStringLiteral("\n  ")));
    }

    int pick(int n) { return int(m_random.bounded(n)); }
    bool chance(int percent) { return pick(100) < percent; }
    template<class T> const T &any(const QList<T> &list) { return list.at(pick(int(list.size()))); }

    storage::SqliteDatabase &db() { return m_check->sql(); }

    QList<MarkRow> markRows()
    {
        storage::SqliteStatement q(db(), "SELECT m.id, m.exhibit_ref, m.state, m.revision, COALESCE(c.examiner, ''), "
                                         "COALESCE(c.verifier, ''), COALESCE(c.exemption_reason, '') FROM marks m "
                                         "LEFT JOIN mark_casework c ON c.mark_id = m.id ORDER BY m.exhibit_ref");
        QList<MarkRow> out;
        for (;;) {
            auto row = q.step();
            if (!row || !*row)
                break;
            out.append(MarkRow{q.text(0), q.text(1), q.text(2), int(q.int64(3)), q.text(4), q.text(5), q.text(6)});
        }
        return out;
    }

    MarkRow markRow(const MarkId &mark)
    {
        for (const MarkRow &r : markRows())
            if (r.id == mark.toString())
                return r;
        return {};
    }

    qint64 lastEvent()
    {
        storage::SqliteStatement q(db(), "SELECT COALESCE(MAX(seq), 0) FROM audit_events");
        auto row = q.step();
        return row && *row ? q.int64(0) : -1;
    }

    int eventsSince(qint64 seq, const QString &user, const QStringList &outcomes)
    {
        storage::SqliteStatement q(db(), "SELECT outcome FROM audit_events WHERE seq > ? AND user = ?");
        q.bind(1, seq).bind(2, user);
        int n = 0;
        for (;;) {
            auto row = q.step();
            if (!row || !*row)
                break;
            n += outcomes.contains(q.text(0)) ? 1 : 0;
        }
        return n;
    }

    int analyses()
    {
        storage::SqliteStatement q(db(), "SELECT COUNT(*) FROM mark_analyses");
        auto r = q.step();
        return r && *r ? int(q.int64(0)) : -1;
    }

    int latestMarkupRevision(const MarkId &mark)
    {
        storage::SqliteStatement q(db(),
                                   "SELECT COALESCE(MAX(revision), 0) FROM examination_revisions WHERE mark_id = ? "
                                   "AND kind = 'markup'");
        q.bind(1, mark.toString());
        auto row = q.step();
        return row && *row ? int(q.int64(0)) : 0;
    }

    // The current version, the user's last seen one, or a wrong one.
    int versionFor(const QString &user, const MarkId &mark)
    {
        const int current = markRow(mark).revision;
        const int roll = pick(100);
        if (roll < 70)
            return current;
        if (roll < 85)
            return m_seen.value(user).value(mark.toString(), 1);
        return qMax(0, current - 1 - pick(3) + (chance(20) ? 4 : 0));
    }

    ConclusionInput conclusion()
    {
        static const QStringList bases{QStringLiteral("12 minutiae in agreement, no discrepancy"),
                                       QStringLiteral("core and delta agree, ridge counts differ"),
                                       QStringLiteral("too little clear ridge detail")};
        ConclusionInput c;
        c.conclusion = ConclusionKind(pick(3));
        c.basis = chance(90) ? any(bases) : (chance(50) ? QString() : QStringLiteral("  "));
        if (c.conclusion != ConclusionKind::Inconclusive || chance(30))
            c.exemplarRef = chance(90) ? m_ws.exemplars.at(pick(2)) : QString();
        return c;
    }

    QString reason()
    {
        static const QStringList reasons{QStringLiteral("policy 4.2: elimination prints"),
                                         QStringLiteral("the basis does not name the target group"),
                                         QStringLiteral("examiner on leave")};
        return chance(85) ? any(reasons) : (chance(50) ? QString() : QStringLiteral(" "));
    }

    // Chooses the user for a call on a mark: often one whose role and part fit, otherwise anyone.
    QString userFor(Call call, const MarkRow &mark)
    {
        if (chance(50))
            return any(kUsers);
        switch (call) {
        case Call::StartAnalysis:
        case Call::CommitAnalysis:
        case Call::BeginComparison:
        case Call::RecordConclusion:
        case Call::SubmitForVerification:
        case Call::EditMarkup:
            return mark.examiner.isEmpty() || chance(20) ? any(kExaminers) : mark.examiner;
        case Call::RecordVerification: {
            QStringList others = kExaminers;
            others.removeAll(mark.examiner);
            return any(others);
        }
        case Call::Resolve:
            return chance(80) ? any(kSupervisors) : any(kExaminers);
        case Call::Assign:
        case Call::Exempt:
        case Call::ReturnForRework:
        case Call::SignOff:
            return any(kSupervisors);
        default:
            return any(kUsers);
        }
    }

    // Takes the action; returns what the session answered.
    Outcome act(Call call, const QString &user, const MarkId &mark, QString &what)
    {
        LocalWorkspaceSession &s = as(user);
        const int v = versionFor(user, mark);
        const auto seen = [&](const Result<MarkCasework> &r) {
            if (r)
                m_seen[user][mark.toString()] = r->version;
            return outcomeOf(r);
        };
        what =
            QStringLiteral("%1 %2 %3 v%4").arg(user, QString::fromLatin1(callName(call)), markRow(mark).exhibit).arg(v);
        switch (call) {
        case Call::StartAnalysis:
            return seen(s.startAnalysis(mark, v));
        case Call::Assign: {
            const QString to = chance(90) ? any(kExaminers) : QStringLiteral("officer");
            what += QStringLiteral(" to ") + to;
            return seen(s.assignExaminer(mark, to, reason(), v));
        }
        case Call::CommitAnalysis: {
            AnalysisInput a;
            const int roll = pick(10);
            a.value = roll < 8 ? ValueDecision::OfValueForIdentification
                               : (roll < 9 ? ValueDecision::ExclusionOnly : ValueDecision::NoValue);
            a.substrate = chance(50) ? QStringLiteral("glass") : QStringLiteral("painted wood");
            a.developmentMethod = QStringLiteral("aluminium powder");
            what += QStringLiteral(" ") + valueDecisionKey(a.value);
            return seen(s.commitAnalysis(mark, a, v));
        }
        case Call::BeginComparison:
            return seen(s.beginComparison(mark, v));
        case Call::RecordConclusion: {
            const ConclusionInput c = conclusion();
            what += QStringLiteral(" ") + conclusionKey(c.conclusion);
            return seen(s.recordConclusion(mark, c, v));
        }
        case Call::SubmitForVerification:
            return seen(s.submitForVerification(mark, v));
        case Call::Exempt:
            return seen(s.exemptFromVerification(mark, reason(), v));
        case Call::RecordVerification: {
            const ConclusionInput c = conclusion();
            what += QStringLiteral(" ") + conclusionKey(c.conclusion);
            return seen(s.recordVerification(mark, c, v));
        }
        case Call::Resolve: {
            const ConclusionInput c = conclusion();
            return seen(
                s.resolveConflict(mark, chance(90) ? QStringLiteral("both at 10x") : QString(), reason(), c, v));
        }
        case Call::ReturnForRework:
            return seen(s.returnForRework(mark, reason(), v));
        case Call::SignOff: {
            QList<MarkId> marks{mark};
            if (chance(30))
                marks.append(any(m_ws.marks));
            if (chance(10))
                marks.append(any(m_ws.marks));
            QHash<QString, int> versions;
            for (const MarkId &m : marks)
                versions.insert(m.toString(), m == mark ? v : versionFor(user, m));
            const bool rightPass = chance(92);
            what += QStringLiteral(" marks %1%2")
                        .arg(marks.size())
                        .arg(rightPass ? QString() : QStringLiteral(" wrong passphrase"));
            return outcomeOf(s.signOffCase(m_ws.caseId, marks, versions,
                                           rightPass ? CaseworkWorkspace::passOf(user) : QByteArray("not it")));
        }
        case Call::EditMarkup: {
            const QByteArray json =
                QStringLiteral(R"({"format":"ridgeline-markup","version":1,"step":%1})").arg(m_step).toUtf8();
            if (Status saved = s.saveMarkupDraft(mark, latestMarkupRevision(mark), json); !saved)
                return {false, saved.error()};
            return outcomeOf(s.commitMarkup(mark));
        }
        case Call::ReadCasework: {
            auto r = s.markCasework(mark);
            if (r)
                checkBlind(user, *r);
            return seen(r);
        }
        case Call::ListExemplars:
            return exemplarRead(user, outcomeOf(s.exemplarImpressionsOfCase(m_ws.caseId)), false);
        case Call::ReadExemplar: {
            const int i = pick(int(m_ws.exemplars.size()));
            return exemplarRead(
                user,
                outcomeOf(s.readOriginal(m_ws.exemplarShas.at(i), QStringLiteral("exemplar"), m_ws.exemplars.at(i))),
                true);
        }
        case Call::CountExemplars:
            return exemplarRead(user, outcomeOf(s.exemplarCountsOfCase(m_ws.caseId)), false);
        case Call::LinkedPersons:
            return exemplarRead(user, outcomeOf(s.cases().personsOfCase(m_ws.caseId)), false);
        case Call::Queue:
            return outcomeOf(s.caseworkQueue(chance(50) ? CaseworkQueue::MyWork : CaseworkQueue::All));
        }
        return {};
    }

    // Exemplar material handed out: the user must not have an uncommitted analysis of a mark of the
    // case at this moment (reads change no stage, so the tables now are the tables then).
    Outcome exemplarRead(const QString &user, Outcome o, bool image)
    {
        if (!o.ok || !kExaminers.contains(user))
            return o;
        ++m_exemplarReads;
        storage::SqliteStatement q(db(), "SELECT m.exhibit_ref FROM marks m JOIN mark_casework c ON c.mark_id = m.id "
                                         "WHERE m.case_id = ? AND m.state = 'analysis' AND c.examiner = ?");
        q.bind(1, m_ws.caseId.toString()).bind(2, user);
        auto row = q.step();
        if (row && *row)
            QTest::qFail(qPrintable(QStringLiteral("exemplar material reached %1 during their analysis of %2\n%3")
                                        .arg(user, q.text(0), where())),
                         __FILE__, __LINE__);
        if (image)
            m_exposed.insert(user);
        return o;
    }

    // Blind verification: an examiner other than the mark's sees no one else's conclusion before
    // recording their own verification or resolution (a signed-off mark is open to all).
    void checkBlind(const QString &user, const MarkCasework &work)
    {
        if (!kExaminers.contains(user) || work.examiner.isEmpty() || work.examiner == user || work.signedOff())
            return;
        const bool verified = std::any_of(work.conclusions.cbegin(), work.conclusions.cend(), [&](const auto &c) {
            return c.stage != ConclusionStage::Evaluation && c.examiner == user; // verified or resolved
        });
        if (verified)
            return;
        for (const ConclusionRecord &c : work.conclusions)
            if (c.examiner != user)
                QTest::qFail(qPrintable(QStringLiteral("%1 saw %2's conclusion on %3 before verifying\n%4")
                                            .arg(user, c.examiner, work.mark.exhibitReference, where())),
                             __FILE__, __LINE__);
    }

    void fail(const QString &what) { QTest::qFail(qPrintable(what + QLatin1Char('\n') + where()), __FILE__, __LINE__); }

    // Every invariant over every mark, read from the tables.
    void checkInvariants()
    {
        advanceSignOffs();
        QHash<QString, QList<std::pair<QString, QString>>> inForce; // mark -> (supervisor, revision)
        for (const SignOffSeen &r : std::as_const(m_inForce))
            for (const QString &mark : r.marks)
                inForce[mark].append({r.supervisor, QString::number(r.revision)});
        QHash<QString, QString> analysedBy;
        {
            storage::SqliteStatement q(db(), "SELECT mark_id, examiner FROM mark_analyses");
            for (;;) {
                auto row = q.step();
                if (!row || !*row)
                    break;
                analysedBy.insert(q.text(0), q.text(1));
            }
        }
        // Who made the latest evaluation of each mark and who verified that one.
        QHash<QString, std::pair<QString, QString>> latest;
        {
            storage::SqliteStatement q(db(), "SELECT mark_id, stage, examiner FROM mark_conclusions ORDER BY mark_id, "
                                             "seq");
            for (;;) {
                auto row = q.step();
                if (!row || !*row)
                    break;
                auto &[evaluatedBy, verifiedBy] = latest[q.text(0)];
                if (q.text(1) == QLatin1String("evaluation")) {
                    evaluatedBy = q.text(2);
                    verifiedBy.clear();
                } else if (q.text(1) == QLatin1String("verification")) {
                    if (q.text(2) == evaluatedBy || q.text(2) == analysedBy.value(q.text(0)))
                        return fail(
                            QStringLiteral("%1 verified their own examination of mark %2").arg(q.text(2), q.text(0)));
                    verifiedBy = q.text(2);
                }
            }
        }
        const QList<MarkRow> marks = markRows();
        advanceChains(marks);
        if (QTest::currentTestFailed())
            return;
        for (const MarkRow &m : marks) {
            const bool signedOff =
                m.state == markStateKey(MarkState::SignedOff) || m.state == markStateKey(MarkState::Closed);
            if (!m.verifier.isEmpty() && m.verifier == m.examiner)
                return fail(QStringLiteral("%1: %2 is both examiner and verifier").arg(m.exhibit, m.examiner));
            const auto &[evaluatedBy, verifiedBy] = latest.value(m.id);
            const auto signers = inForce.value(m.id);
            if (signedOff) {
                if (!analysedBy.contains(m.id))
                    return fail(QStringLiteral("%1 is signed off without a committed analysis").arg(m.exhibit));
                if (evaluatedBy.isEmpty())
                    return fail(QStringLiteral("%1 is signed off without an evaluation").arg(m.exhibit));
                if (verifiedBy.isEmpty() && m.exemption.isEmpty())
                    return fail(
                        QStringLiteral("%1 is signed off without a verification or an exemption").arg(m.exhibit));
                if (signers.isEmpty())
                    return fail(QStringLiteral("%1 is signed off but no sign-off in force covers it").arg(m.exhibit));
                for (const auto &[supervisor, revision] : signers)
                    if (supervisor == m.examiner || supervisor == m.verifier || supervisor == analysedBy.value(m.id))
                        return fail(QStringLiteral("%1 signed off by its own examiner or verifier %2")
                                        .arg(m.exhibit, supervisor));
            } else if (!signers.isEmpty()) {
                return fail(QStringLiteral("%1 is at %2 yet sign-off revision %3 in force covers it")
                                .arg(m.exhibit, m.state, signers.first().second));
            }
        }
    }

    // The sign-offs in force. Rows are only ever added or voided, and reading a row's void_ms means
    // reading past its document, so each step reads only the rows added since and the ones in force.
    struct SignOffSeen
    {
        QString caseId;
        int revision = 0;
        QString supervisor;
        QStringList marks;
    };
    QList<SignOffSeen> m_inForce;
    qint64 m_signOffRow = 0;

    void advanceSignOffs()
    {
        for (qsizetype i = m_inForce.size() - 1; i >= 0; --i) {
            storage::SqliteStatement q(db(), "SELECT void_ms IS NULL FROM case_signoffs WHERE case_id = ? AND "
                                             "revision = ?");
            q.bind(1, m_inForce.at(i).caseId).bind(2, m_inForce.at(i).revision);
            auto row = q.step();
            if (!row || !*row || q.int64(0) == 0)
                m_inForce.removeAt(i);
        }
        storage::SqliteStatement q(db(), "SELECT rowid, case_id, revision, supervisor, void_ms IS NULL FROM "
                                         "case_signoffs WHERE rowid > ? ORDER BY rowid");
        q.bind(1, m_signOffRow);
        for (;;) {
            auto row = q.step();
            if (!row || !*row)
                break;
            m_signOffRow = q.int64(0);
            if (q.int64(4) == 0)
                continue;
            SignOffSeen r{q.text(1), int(q.int64(2)), q.text(3), {}};
            storage::SqliteStatement marks(db(), "SELECT mark_id FROM case_signoff_marks WHERE case_id = ? AND "
                                                 "revision = ?");
            marks.bind(1, r.caseId).bind(2, r.revision);
            for (;;) {
                auto m = marks.step();
                if (!m || !*m)
                    break;
                r.marks.append(marks.text(0));
            }
            m_inForce.append(r);
        }
    }

    // Where each mark's chain of stage changes has got to (the table is append-only, so each step
    // reads only the rows added since; every 1,000 steps the whole table is read again).
    struct Chain
    {
        QString at = QStringLiteral("received");
        int revision = -1;
    };
    QHash<QString, Chain> m_chains;
    qint64 m_chainRow = 0;

    // The stage changes of each mark: a chain of the workflow's transitions (an assignment records
    // a change to the same stage), versions consecutive, ending at the mark's stage and version.
    void advanceChains(const QList<MarkRow> &marks)
    {
        QHash<QString, QString> exhibits;
        for (const MarkRow &m : marks)
            exhibits.insert(m.id, m.exhibit);
        storage::SqliteStatement q(db(), "SELECT rowid, mark_id, from_state, to_state, revision, reason FROM "
                                         "mark_stage_changes WHERE rowid > ? ORDER BY rowid");
        q.bind(1, m_chainRow);
        for (;;) {
            auto row = q.step();
            if (!row || !*row)
                break;
            m_chainRow = q.int64(0);
            const QString exhibit = exhibits.value(q.text(1), q.text(1));
            const QString from = q.text(2), to = q.text(3), why = q.text(5);
            const int r = int(q.int64(4));
            Chain &chain = m_chains[q.text(1)];
            if (from != chain.at)
                return fail(QStringLiteral("%1: a change from %2 follows one to %3").arg(exhibit, from, chain.at));
            if (chain.revision >= 0 && r != chain.revision + 1)
                return fail(QStringLiteral("%1: version %2 follows %3 in the stage history")
                                .arg(exhibit)
                                .arg(r)
                                .arg(chain.revision));
            const auto f = markStateFromKey(from), t = markStateFromKey(to);
            if (!f || !t)
                return fail(QStringLiteral("%1: unknown stage in %2 -> %3").arg(exhibit, from, to));
            const bool assignment = from == to && why.startsWith(QLatin1String("assigned to")) &&
                                    (*f == MarkState::Received || *f == MarkState::Analysis);
            const bool permitted = std::any_of(markTransitions().cbegin(), markTransitions().cend(),
                                               [&](const MarkTransition &x) { return x.from == *f && x.to == *t; });
            if (!assignment && !permitted)
                return fail(QStringLiteral("%1: %2 -> %3 is not a step of the workflow").arg(exhibit, from, to));
            chain.at = to;
            chain.revision = r;
        }
        for (const MarkRow &m : marks) {
            const Chain chain = m_chains.value(m.id);
            if (chain.at != m.state)
                return fail(QStringLiteral("%1 is at %2 but its history ends at %3").arg(m.exhibit, m.state, chain.at));
            if (chain.revision >= 0 && chain.revision != m.revision)
                return fail(QStringLiteral("%1 is at version %2 but its history ends at %3")
                                .arg(m.exhibit)
                                .arg(m.revision)
                                .arg(chain.revision));
        }
    }

    void checkVerifies()
    {
        auto report = as(QStringLiteral("supervisor")).verify();
        if (!report)
            return fail(report.error().message());
        if (!report->ok() || report->firstBadEvent != 0)
            return fail(QStringLiteral("verify: ") + report->problems.join(QLatin1Char('\n')));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws =
            makeCaseworkWorkspace(m_dir.filePath(QStringLiteral("ws.rlw")), m_dir.filePath(QStringLiteral("pkg")), 5);
        QVERIFY2(m_ws.error.isEmpty(), qPrintable(m_ws.error));
        m_sessions = std::make_unique<CaseworkSessions>(m_ws.path);
        for (const auto &[user, pass] : CaseworkWorkspace::users())
            QVERIFY2(m_sessions->as(user), qPrintable(user));
        m_check = openRaw(m_ws.path, QStringLiteral("admin"), CaseworkWorkspace::passOf(QStringLiteral("admin")));
        QVERIFY(m_check);
    }

    void randomSequences()
    {
        bool fixed = false;
        m_seed = qEnvironmentVariable("RIDGELINE_CASEWORK_SEED").toUInt(&fixed);
        if (!fixed)
            m_seed = QRandomGenerator::global()->generate();
        m_random.seed(m_seed);
        bool sized = false;
        const int steps = qEnvironmentVariableIntValue("RIDGELINE_CASEWORK_STEPS", &sized);
        const int total = sized && steps > 0 ? steps : 10000;
        qInfo("seed %u, %d steps", m_seed, total);
        const bool trace = qEnvironmentVariableIsSet("RIDGELINE_CASEWORK_TRACE"); // every action on the output
        QElapsedTimer timer;
        timer.start();
        const QList<ErrorCode> refusals{ErrorCode::PermissionDenied, ErrorCode::BadInput, ErrorCode::Conflict,
                                        ErrorCode::AuthenticationFailed};
        for (m_step = 1; m_step <= total; ++m_step) {
            const MarkId mark = any(m_ws.marks);
            Call call;
            QString user;
            if (chance(50)) {
                call = Call(pick(kCalls));
                user = any(kUsers);
            } else {
                const MarkRow row = markRow(mark);
                call = any(callsFrom(markStateFromKey(row.state).value_or(MarkState::Received)));
                user = userFor(call, row);
            }
            const qint64 before = lastEvent();
            const int analysesBefore = analyses();
            QString what;
            QElapsedTimer clock;
            clock.start();
            const Outcome o = act(call, user, mark, what);
            m_actNs += clock.nsecsElapsed();
            clock.restart();
            if (QTest::currentTestFailed())
                return;
            m_log.append(what + QStringLiteral(": ") + (o.ok ? QStringLiteral("ok") : errorCodeName(o.error.code())));
            if (trace)
                qInfo("%d %s", m_step, qPrintable(m_log.last()));
            if (m_log.size() > 12)
                m_log.removeFirst();
            m_counts[QString::fromLatin1(callName(call)) +
                     (o.ok ? QStringLiteral(" ok") : QStringLiteral(" refused"))]++;
            if (!o.ok) {
                if (!refusals.contains(o.error.code()) &&
                    !(call == Call::EditMarkup && o.error.code() == ErrorCode::NotFound))
                    return fail(QStringLiteral("%1 answered %2: %3")
                                    .arg(what, errorCodeName(o.error.code()), o.error.message()));
                // Every refusal is on the record (a markup commit over a newer revision as a failure).
                const QStringList outcomes = call == Call::EditMarkup
                                                 ? QStringList{QStringLiteral("refused"), QStringLiteral("failure")}
                                                 : QStringList{QStringLiteral("refused")};
                if (eventsSince(before, user, outcomes) < 1)
                    return fail(QStringLiteral("%1 was refused (%2: %3) with nothing in the audit trail")
                                    .arg(what, errorCodeName(o.error.code()), o.error.message()));
            }
            // A new analysis says whether its examiner had seen an exemplar image of the case before.
            if (o.ok && call == Call::CommitAnalysis && analyses() == analysesBefore + 1) {
                storage::SqliteStatement q(db(), "SELECT exposed_before_ms FROM mark_analyses WHERE mark_id = ?");
                q.bind(1, mark.toString());
                auto r = q.step();
                if (!r || !*r)
                    return fail(QStringLiteral("%1: the analysis committed is not stored").arg(what));
                if ((q.int64(0) > 0) != m_exposed.contains(user))
                    return fail(QStringLiteral("%1: the analysis says exposed before: %2, but %3 had%4 seen an "
                                               "exemplar")
                                    .arg(what)
                                    .arg(q.int64(0) > 0)
                                    .arg(user, m_exposed.contains(user) ? QString() : QStringLiteral(" not")));
            }
            if (o.ok && call == Call::BeginComparison && markRow(mark).examiner == user)
                m_exposed.insert(user);
            checkInvariants();
            if (QTest::currentTestFailed())
                return;
            m_checkNs += clock.nsecsElapsed();
            if (m_step % 1000 == 0 || m_step == total) {
                clock.restart();
                m_chains.clear(); // the whole history and every sign-off again, from the first row
                m_chainRow = 0;
                m_inForce.clear();
                m_signOffRow = 0;
                checkInvariants();
                checkVerifies();
                if (QTest::currentTestFailed())
                    return;
                m_verifyNs += clock.nsecsElapsed();
            }
        }
        QStringList counts;
        for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
            counts << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
        counts.sort();
        int signedOff = 0;
        for (const MarkRow &m : markRows())
            signedOff += m.state == markStateKey(MarkState::SignedOff) ? 1 : 0;
        storage::SqliteStatement changes(db(), "SELECT COUNT(*) FROM mark_stage_changes");
        auto c = changes.step();
        qInfo("%d steps in %.1f s (the calls %.1f s, the invariants %.1f s, verify %.1f s); %lld stage changes; %lld "
              "exemplar reads by examiners; %d of %d marks signed off at the end\n  %s",
              total, timer.elapsed() / 1000.0, m_actNs / 1e9, m_checkNs / 1e9, m_verifyNs / 1e9,
              c && *c ? changes.int64(0) : -1LL, m_exemplarReads, signedOff, int(m_ws.marks.size()),
              qPrintable(counts.join(QStringLiteral("\n  "))));
    }

    void cleanupTestCase()
    {
        m_check.reset();
        m_sessions.reset();
    }
};

QTEST_GUILESS_MAIN(TestCaseworkRandom)
#include "tst_caseworkrandom.moc"
