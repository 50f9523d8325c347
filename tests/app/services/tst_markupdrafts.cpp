// Markup and comparison drafts through the session (issue 6): an autosaved draft is there in the
// next session, only its creation, discard and commit are audited, a commit is an immutable hashed
// revision, readers read and only examiners write, ACE-V withholds comparisons from examiners while
// a mark is in analysis (audited), and a writer killed with SIGKILL in the middle of autosaves leaves
// the previous or the new draft, whole, in a workspace that verifies.
//
// The killed writer is this executable started with --autosave-writer (the shared
// workspacewriter_helper writes cases only); the checks after each kill reuse killloop.h.
#include "app/storage/sha256.h"
#include "app/storage/sqlcipherauditlog.h"
#include "tests/app/services/killloop.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <tuple>

#include <unistd.h>

using namespace ridgeline;
using namespace ridgeline::testing;

namespace {

const QByteArray kAdminPass = "admin-passphrase"; // what killloop.h's checkWorkspace signs in with
const QByteArray kOfficerPass = "moss-ledger-falcon-quarry";
const QByteArray kExaminerPass = "ivory-salt-quill-lemon";
const QByteArray kSecondPass = "copper-wren-atlas-plum";
const QByteArray kSupervisorPass = "harbour-sage-kettle-drum";
const QString kExemplar = QStringLiteral("impression 5f0c/R2");

struct DraftsWorkspace
{
    QString path;
    Mark analysed; // state "analysis-committed": comparisons allowed
    Mark inAnalysis;
};

std::unique_ptr<LocalWorkspaceSession> signIn(const QString &path, const QString &user, const QByteArray &passphrase)
{
    auto session = LocalWorkspaceSession::open(path, user, passphrase, fastOptions());
    if (!session)
        qWarning("%s", qPrintable(session.error().message()));
    return session ? std::move(*session) : nullptr;
}

// Users admin, officer (case officer), examiner and examiner2 (examiners), supervisor; case
// WYP/2026/6006 with marks JS/1 (analysis committed) and JS/2 (in analysis).
DraftsWorkspace makeWorkspace(const QString &path)
{
    DraftsWorkspace ws;
    ws.path = path;
    auto admin = LocalWorkspaceSession::create(path, QStringLiteral("admin"), kAdminPass, fastOptions());
    if (!admin)
        qFatal("%s", qPrintable(admin.error().message()));
    for (const auto &[name, role, pass] :
         {std::tuple{QStringLiteral("officer"), Role::CaseOfficer, kOfficerPass},
          std::tuple{QStringLiteral("examiner"), Role::Examiner, kExaminerPass},
          std::tuple{QStringLiteral("examiner2"), Role::Examiner, kSecondPass},
          std::tuple{QStringLiteral("supervisor"), Role::Supervisor, kSupervisorPass}}) {
        if (!(*admin)->addUser(name, name, role, pass))
            qFatal("could not add %s", qPrintable(name));
    }
    (void)(*admin)->logout();
    auto officer = signIn(path, QStringLiteral("officer"), kOfficerPass);
    CaseRecord c;
    c.reference = CaseReference(QStringLiteral("WYP"), 2026, 6006);
    c.force = QStringLiteral("West Yorkshire Police");
    c.offence = QStringLiteral("Burglary dwelling");
    auto created = officer->cases().saveCase(c);
    if (!created)
        qFatal("%s", qPrintable(created.error().message()));
    QList<Mark *> marks{&ws.analysed, &ws.inAnalysis};
    const QList<MarkState> states{MarkState::AnalysisCommitted, MarkState::Analysis};
    for (int i = 0; i < marks.size(); ++i) {
        Mark mark;
        mark.caseId = created->id;
        mark.exhibitReference = QStringLiteral("JS/%1").arg(i + 1);
        mark.state = states.at(i);
        auto saved = officer->caseStore().saveMark(mark);
        if (!saved)
            qFatal("%s", qPrintable(saved.error().message()));
        *marks[i] = *saved;
    }
    (void)officer->logout();
    return ws;
}

QByteArray markupDocument(int features)
{
    QJsonArray list;
    for (int i = 0; i < features; ++i)
        list.append(QJsonObject{{QStringLiteral("id"), i},
                                {QStringLiteral("type"), QStringLiteral("ridge-ending")},
                                {QStringLiteral("x"), 10.5 * i},
                                {QStringLiteral("y"), 3.25 * i}});
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("ridgeline-markup")},
                                     {QStringLiteral("version"), 1},
                                     {QStringLiteral("features"), list}})
        .toJson(QJsonDocument::Compact);
}

QByteArray comparisonDocument(int pairs)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("ridgeline-comparison")},
                                     {QStringLiteral("version"), 1},
                                     {QStringLiteral("exemplar"), kExemplar},
                                     {QStringLiteral("pairs"), pairs}})
        .toJson(QJsonDocument::Compact);
}

QList<AuditEvent> eventsOf(LocalWorkspaceSession &session, const QString &action)
{
    QList<AuditEvent> found;
    auto all = static_cast<storage::SqlCipherAuditLog &>(session.audit()).events();
    for (const AuditEvent &e : all.value())
        if (e.action == action)
            found.append(e);
    return found;
}

// --- The killed writer ------------------------------------------------------------------------

// The document of autosave `seq`: about 40 KB (ten pages), so a kill can land inside its write, and
// fully determined by seq, so the check can tell a whole draft from a torn one.
QByteArray autosaveDocument(qint64 seq)
{
    QJsonArray features;
    for (int i = 0; i < 600; ++i)
        features.append(
            QJsonObject{{QStringLiteral("id"), i},
                        {QStringLiteral("x"), double((seq * 31 + i * 7) % 4000) / 4},
                        {QStringLiteral("y"), double((seq * 17 + i * 13) % 3000) / 4},
                        {QStringLiteral("note"), QStringLiteral("autosave %1 feature %2").arg(seq).arg(i)}});
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("ridgeline-markup")},
                                     {QStringLiteral("version"), 1},
                                     {QStringLiteral("seq"), seq},
                                     {QStringLiteral("features"), features}})
        .toJson(QJsonDocument::Compact);
}

qint64 seqOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object().value(QStringLiteral("seq")).toInteger(-1);
}

constexpr int kCommitEvery = 10;

void say(const QByteArray &line)
{
    if (::write(STDOUT_FILENO, line.constData(), size_t(line.size())) != line.size())
        ::_exit(8);
}

// argv: --autosave-writer DB MARK FIRST-SEQ (passphrase in RIDGELINE_PASSPHRASE). Autosaves the
// markup of MARK as fast as it can, printing "ack SEQ" only after the autosave returned, and commits
// after every kCommitEvery-th, printing "commit REVISION SEQ". Runs until killed.
int autosaveWriter(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5)
        return 2;
    SessionOptions options = fastOptions(7); // checkpoints often, so kills land inside them too
    auto session =
        LocalWorkspaceSession::open(args.at(2), QStringLiteral("writer"), qgetenv("RIDGELINE_PASSPHRASE"), options);
    if (!session) {
        fprintf(stderr, "%s\n", qPrintable(session.error().message()));
        return session.error().exitCode();
    }
    const MarkId mark = MarkId::fromString(args.at(3));
    auto revisions = (*session)->markupRevisions(mark);
    if (!revisions)
        return revisions.error().exitCode();
    int base = revisions->isEmpty() ? 0 : revisions->last().revision;
    for (qint64 seq = args.at(4).toLongLong();; ++seq) {
        if (Status s = (*session)->saveMarkupDraft(mark, base, autosaveDocument(seq)); !s) {
            fprintf(stderr, "%s\n", qPrintable(s.error().message()));
            return s.error().exitCode();
        }
        say("ack " + QByteArray::number(seq) + '\n');
        if (seq % kCommitEvery == 0) {
            auto committed = (*session)->commitMarkup(mark);
            if (!committed) {
                fprintf(stderr, "%s\n", qPrintable(committed.error().message()));
                return committed.error().exitCode();
            }
            base = committed->revision;
            say("commit " + QByteArray::number(base) + ' ' + QByteArray::number(seq) + '\n');
        }
    }
}

} // namespace

class TestMarkupDrafts : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    DraftsWorkspace workspace() { return makeWorkspace(m_dir.filePath(QStringLiteral("d%1.ridgeline").arg(++m_n))); }

private Q_SLOTS:
    void anAutosavedDraftIsThereInTheNextSession();
    void onlyCreationDiscardAndCommitAreAudited();
    void aCommittedRevisionIsImmutable();
    void readersReadOnlyExaminersWrite();
    void draftsArePerUserAndStaleCommitsConflict();
    void analysisWithholdsComparisonsFromExaminers();
    void badDocumentsAndUnknownMarksAreRefused();
    void killDuringAutosaveLeavesAWholeDraft();
};

void TestMarkupDrafts::anAutosavedDraftIsThereInTheNextSession()
{
    const DraftsWorkspace ws = workspace();
    {
        auto examiner = signIn(ws.path, QStringLiteral("examiner"), kExaminerPass);
        QCOMPARE(examiner->markupDraft(ws.analysed.id).error().code(), ErrorCode::NotFound);
        QVERIFY(examiner->saveMarkupDraft(ws.analysed.id, 0, markupDocument(3)));
        QVERIFY(examiner->saveMarkupDraft(ws.analysed.id, 0, markupDocument(4)));
        QVERIFY(examiner->saveComparisonDraft(ws.analysed.id, kExemplar, 0, comparisonDocument(2)));
        // No logout: the window closed by a crash.
    }
    auto again = signIn(ws.path, QStringLiteral("examiner"), kExaminerPass);
    auto draft = again->markupDraft(ws.analysed.id);
    QVERIFY2(draft, draft ? "" : qPrintable(draft.error().message()));
    QCOMPARE(draft->json, markupDocument(4));
    QCOMPARE(draft->user, QStringLiteral("examiner"));
    QCOMPARE(draft->baseRevision, 0);
    QVERIFY(draft->updatedUtc >= draft->createdUtc);
    QCOMPARE(again->comparisonDraft(ws.analysed.id, kExemplar)->json, comparisonDocument(2));
    // What the window offers to resume after a restart.
    auto left = again->examinationDrafts();
    QVERIFY(left);
    QCOMPARE(left->size(), 2);
    const qsizetype comparison = left->at(0).isComparison() ? 0 : 1;
    QVERIFY(left->at(comparison).isComparison());
    QVERIFY(!left->at(1 - comparison).isComparison());
    QCOMPARE(left->at(comparison).exemplarRef, kExemplar);
    QCOMPARE(left->at(1 - comparison).markId, ws.analysed.id);
    QVERIFY(left->at(0).json.isEmpty()); // listings leave the documents out
}

void TestMarkupDrafts::onlyCreationDiscardAndCommitAreAudited()
{
    const DraftsWorkspace ws = workspace();
    auto examiner = signIn(ws.path, QStringLiteral("examiner"), kExaminerPass);
    for (int i = 1; i <= 10; ++i)
        QVERIFY(examiner->saveMarkupDraft(ws.analysed.id, 0, markupDocument(i)));
    QCOMPARE(eventsOf(*examiner, QStringLiteral("create-markup-draft")).size(), 1);
    QVERIFY(examiner->discardMarkupDraft(ws.analysed.id));
    QCOMPARE(examiner->markupDraft(ws.analysed.id).error().code(), ErrorCode::NotFound);
    QCOMPARE(examiner->discardMarkupDraft(ws.analysed.id).error().code(), ErrorCode::NotFound);
    const QList<AuditEvent> discarded = eventsOf(*examiner, QStringLiteral("discard-markup-draft"));
    QCOMPARE(discarded.size(), 1);
    QCOMPARE(discarded.first().objectId, ws.analysed.id.toString());
    QVERIFY(discarded.first().details.contains(QStringLiteral("bytes=%1").arg(markupDocument(10).size())));

    for (int i = 1; i <= 5; ++i)
        QVERIFY(examiner->saveMarkupDraft(ws.analysed.id, 0, markupDocument(20 + i)));
    auto committed = examiner->commitMarkup(ws.analysed.id);
    QVERIFY2(committed, committed ? "" : qPrintable(committed.error().message()));
    QCOMPARE(committed->revision, 1);
    QCOMPARE(committed->author, QStringLiteral("examiner"));
    const QByteArray hash = QCryptographicHash::hash(markupDocument(25), QCryptographicHash::Sha256);
    QCOMPARE(committed->sha256, hash);
    QCOMPARE(eventsOf(*examiner, QStringLiteral("create-markup-draft")).size(), 2);
    const QList<AuditEvent> commits = eventsOf(*examiner, QStringLiteral("commit-markup"));
    QCOMPARE(commits.size(), 1);
    QCOMPARE(commits.first().outcome, AuditOutcome::Success);
    QVERIFY(commits.first().details.contains(QStringLiteral("sha256=") + QString::fromLatin1(hash.toHex())));
    QVERIFY(commits.first().details.contains(QStringLiteral("revision=1")));
    // The draft went with the commit; the trail of the case shows the work on its mark.
    QCOMPARE(examiner->markupDraft(ws.analysed.id).error().code(), ErrorCode::NotFound);
    QCOMPARE(examiner->commitMarkup(ws.analysed.id).error().code(), ErrorCode::NotFound);

    // Comparisons are audited the same way, naming the exemplar.
    QVERIFY(examiner->saveComparisonDraft(ws.analysed.id, kExemplar, 0, comparisonDocument(1)));
    QVERIFY(examiner->saveComparisonDraft(ws.analysed.id, kExemplar, 0, comparisonDocument(2)));
    QVERIFY(examiner->commitComparison(ws.analysed.id, kExemplar));
    QCOMPARE(eventsOf(*examiner, QStringLiteral("create-comparison-draft")).size(), 1);
    const QList<AuditEvent> compared = eventsOf(*examiner, QStringLiteral("commit-comparison"));
    QCOMPARE(compared.size(), 1);
    QVERIFY(compared.first().details.contains(QStringLiteral("exemplar=") + kExemplar));
}

void TestMarkupDrafts::aCommittedRevisionIsImmutable()
{
    const DraftsWorkspace ws = workspace();
    auto examiner = signIn(ws.path, QStringLiteral("examiner"), kExaminerPass);
    QVERIFY(examiner->saveMarkupDraft(ws.analysed.id, 0, markupDocument(7)));
    QVERIFY(examiner->commitMarkup(ws.analysed.id));
    QVERIFY(examiner->saveMarkupDraft(ws.analysed.id, 1, markupDocument(8)));
    QVERIFY(examiner->commitMarkup(ws.analysed.id));
    auto raw = openRaw(ws.path, QStringLiteral("examiner"), kExaminerPass);
    QVERIFY(raw);
    QVERIFY(!raw->sql().exec("UPDATE examination_revisions SET document = x'7b7d' WHERE revision = 1"));
    QVERIFY(!raw->sql().exec("DELETE FROM examination_revisions WHERE revision = 2"));
    raw.reset();
    auto list = examiner->markupRevisions(ws.analysed.id);
    QVERIFY(list);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(1).baseRevision, 1);
    auto first = examiner->markupRevision(ws.analysed.id, 1);
    QVERIFY(first);
    QCOMPARE(first->json, markupDocument(7));
    QCOMPARE(first->sha256, storage::Sha256::hash(markupDocument(7)));
    QCOMPARE(examiner->markupRevision(ws.analysed.id)->json, markupDocument(8)); // the newest
}

void TestMarkupDrafts::readersReadOnlyExaminersWrite()
{
    const DraftsWorkspace ws = workspace();
    {
        auto examiner = signIn(ws.path, QStringLiteral("examiner"), kExaminerPass);
        QVERIFY(examiner->saveMarkupDraft(ws.analysed.id, 0, markupDocument(2)));
        QVERIFY(examiner->commitMarkup(ws.analysed.id));
    }
    for (const auto &[name, pass] : {std::pair{QStringLiteral("officer"), kOfficerPass},
                                     std::pair{QStringLiteral("supervisor"), kSupervisorPass}}) {
        auto reader = signIn(ws.path, name, pass);
        QVERIFY(reader);
        QCOMPARE(reader->markupRevisions(ws.analysed.id)->size(), 1);
        QCOMPARE(reader->markupRevision(ws.analysed.id, 1)->json, markupDocument(2));
        QCOMPARE(reader->markupDraft(ws.analysed.id).error().code(), ErrorCode::NotFound); // none of their own
        auto refused = reader->saveMarkupDraft(ws.analysed.id, 1, markupDocument(3));
        QCOMPARE(refused.error().code(), ErrorCode::PermissionDenied);
        QCOMPARE(reader->saveComparisonDraft(ws.analysed.id, kExemplar, 0, comparisonDocument(1)).error().code(),
                 ErrorCode::PermissionDenied);
        QCOMPARE(reader->commitMarkup(ws.analysed.id).error().code(), ErrorCode::PermissionDenied);
        QCOMPARE(reader->discardMarkupDraft(ws.analysed.id).error().code(), ErrorCode::PermissionDenied);
        const QList<AuditEvent> annotate = eventsOf(*reader, QStringLiteral("annotate-mark"));
        QVERIFY(std::any_of(annotate.cbegin(), annotate.cend(), [&](const AuditEvent &e) {
            return e.user == name && e.outcome == AuditOutcome::Refused && e.objectId == ws.analysed.id.toString();
        }));
        QVERIFY(!eventsOf(*reader, QStringLiteral("compare-exemplar")).isEmpty());
    }
    // Administrators see no case material at all.
    auto admin = signIn(ws.path, QStringLiteral("admin"), kAdminPass);
    QCOMPARE(admin->markupRevisions(ws.analysed.id).error().code(), ErrorCode::PermissionDenied);
    QCOMPARE(admin->examinationDrafts().error().code(), ErrorCode::PermissionDenied);
    auto raw = openRaw(ws.path, QStringLiteral("admin"), kAdminPass);
    QCOMPARE(*raw->sql().queryInt("SELECT COUNT(*) FROM examination_drafts"), 0);
    QCOMPARE(*raw->sql().queryInt("SELECT COUNT(*) FROM examination_revisions"), 1);
}

void TestMarkupDrafts::draftsArePerUserAndStaleCommitsConflict()
{
    const DraftsWorkspace ws = workspace();
    auto first = signIn(ws.path, QStringLiteral("examiner"), kExaminerPass);
    auto second = signIn(ws.path, QStringLiteral("examiner2"), kSecondPass);
    QVERIFY(first->saveMarkupDraft(ws.analysed.id, 0, markupDocument(1)));
    QCOMPARE(second->markupDraft(ws.analysed.id).error().code(), ErrorCode::NotFound);
    QVERIFY(second->saveMarkupDraft(ws.analysed.id, 0, markupDocument(2)));
    QCOMPARE(first->markupDraft(ws.analysed.id)->json, markupDocument(1));
    QVERIFY(second->commitMarkup(ws.analysed.id));
    auto late = first->commitMarkup(ws.analysed.id);
    QVERIFY(!late);
    QCOMPARE(late.error().code(), ErrorCode::Conflict);
    QVERIFY(late.error().message().contains(QStringLiteral("JS/1")));
    const QList<AuditEvent> commits = eventsOf(*first, QStringLiteral("commit-markup"));
    QCOMPARE(commits.size(), 2);
    QCOMPARE(commits.last().user, QStringLiteral("examiner"));
    QCOMPARE(commits.last().outcome, AuditOutcome::Failure);
    // The draft stayed; merged onto revision 1 it commits as revision 2.
    QCOMPARE(first->markupDraft(ws.analysed.id)->json, markupDocument(1));
    QVERIFY(first->saveMarkupDraft(ws.analysed.id, 1, markupDocument(3)));
    auto merged = first->commitMarkup(ws.analysed.id);
    QVERIFY(merged);
    QCOMPARE(merged->revision, 2);
    QCOMPARE(merged->baseRevision, 1);
}

void TestMarkupDrafts::analysisWithholdsComparisonsFromExaminers()
{
    DraftsWorkspace ws = workspace();
    const MarkId id = ws.inAnalysis.id;
    auto examiner = signIn(ws.path, QStringLiteral("examiner"), kExaminerPass);
    // Markup is the work of analysis itself.
    QVERIFY(examiner->saveMarkupDraft(id, 0, markupDocument(4)));
    QVERIFY(examiner->commitMarkup(id));
    // Every comparison call is refused before anything is read or written, and audited.
    auto refused = examiner->saveComparisonDraft(id, kExemplar, 0, comparisonDocument(1));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), ErrorCode::PermissionDenied);
    QVERIFY(refused.error().message().contains(QStringLiteral("JS/2")));
    QCOMPARE(examiner->comparisonDraft(id, kExemplar).error().code(), ErrorCode::PermissionDenied);
    QCOMPARE(examiner->commitComparison(id, kExemplar).error().code(), ErrorCode::PermissionDenied);
    QCOMPARE(examiner->discardComparisonDraft(id, kExemplar).error().code(), ErrorCode::PermissionDenied);
    QCOMPARE(examiner->comparisonRevisions(id).error().code(), ErrorCode::PermissionDenied);
    QCOMPARE(examiner->comparisonRevision(id, kExemplar).error().code(), ErrorCode::PermissionDenied);
    const QList<AuditEvent> saves = eventsOf(*examiner, QStringLiteral("save-comparison-draft"));
    QCOMPARE(saves.size(), 1);
    QCOMPARE(saves.first().outcome, AuditOutcome::Refused);
    QCOMPARE(saves.first().objectId, id.toString());
    QVERIFY(saves.first().details.contains(QStringLiteral("ace-v: mark analysis")));
    QVERIFY(saves.first().details.contains(kExemplar));
    QCOMPARE(eventsOf(*examiner, QStringLiteral("read-comparison")).size(), 2);
    auto raw = openRaw(ws.path, QStringLiteral("examiner"), kExaminerPass);
    QCOMPARE(*raw->sql().queryInt("SELECT COUNT(*) FROM examination_drafts WHERE kind = 'comparison'"), 0);
    raw.reset();
    // A supervisor is not the one being kept blind (and cannot compare anyway).
    auto supervisor = signIn(ws.path, QStringLiteral("supervisor"), kSupervisorPass);
    QVERIFY(supervisor->comparisonRevisions(id));

    // Once the analysis is committed the comparison opens ...
    auto officer = signIn(ws.path, QStringLiteral("officer"), kOfficerPass);
    Mark mark = *officer->caseStore().markById(id);
    mark.state = MarkState::AnalysisCommitted;
    mark = *officer->caseStore().saveMark(mark);
    QVERIFY(examiner->saveComparisonDraft(id, kExemplar, 0, comparisonDocument(1)));
    QCOMPARE(examiner->examinationDrafts()->size(), 1);
    // ... and a mark sent back to analysis closes it again, drafts included.
    mark.state = MarkState::Analysis;
    QVERIFY(officer->caseStore().saveMark(mark));
    QCOMPARE(examiner->comparisonDraft(id, kExemplar).error().code(), ErrorCode::PermissionDenied);
    QCOMPARE(examiner->examinationDrafts()->size(), 0);
}

void TestMarkupDrafts::badDocumentsAndUnknownMarksAreRefused()
{
    const DraftsWorkspace ws = workspace();
    auto examiner = signIn(ws.path, QStringLiteral("examiner"), kExaminerPass);
    for (const QByteArray &bad : {QByteArray("not json"), QByteArray("{\"version\":1}"), QByteArray("[1,2]")}) {
        auto refused = examiner->saveMarkupDraft(ws.analysed.id, 0, bad);
        QCOMPARE(refused.error().code(), ErrorCode::BadInput);
    }
    QCOMPARE(examiner->saveComparisonDraft(ws.analysed.id, QString(), 0, comparisonDocument(1)).error().code(),
             ErrorCode::BadInput);
    QCOMPARE(examiner->saveMarkupDraft(ws.analysed.id, 3, markupDocument(1)).error().code(), ErrorCode::BadInput);
    QCOMPARE(examiner->saveMarkupDraft(MarkId::create(), 0, markupDocument(1)).error().code(), ErrorCode::NotFound);
    QCOMPARE(examiner->markupRevisions(MarkId::create()).error().code(), ErrorCode::NotFound);
    QCOMPARE(examiner->markupRevision(ws.analysed.id).error().code(), ErrorCode::NotFound);
    QCOMPARE(examiner->examinationDrafts()->size(), 0);
    QVERIFY(eventsOf(*examiner, QStringLiteral("create-markup-draft")).isEmpty());
    // A locked session writes nothing.
    QVERIFY(examiner->lock());
    QCOMPARE(examiner->saveMarkupDraft(ws.analysed.id, 0, markupDocument(1)).error().code(),
             ErrorCode::PermissionDenied);
    QVERIFY(examiner->unlock(kExaminerPass));
    QCOMPARE(examiner->markupDraft(ws.analysed.id).error().code(), ErrorCode::NotFound);
}

void TestMarkupDrafts::killDuringAutosaveLeavesAWholeDraft()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("autosave.ridgeline"));
    MarkId markId;
    {
        auto admin = LocalWorkspaceSession::create(path, QStringLiteral("admin"), kAdminPass, fastOptions());
        QVERIFY(admin);
        QVERIFY((*admin)->addUser(QStringLiteral("officer"), {}, Role::CaseOfficer, kOfficerPass));
        QVERIFY((*admin)->addUser(QStringLiteral("writer"), {}, Role::Examiner, "writer-passphrase"));
        QVERIFY((*admin)->logout());
        auto officer = signIn(path, QStringLiteral("officer"), kOfficerPass);
        CaseRecord c;
        c.reference = CaseReference(QStringLiteral("TST"), 2026, 1);
        auto created = officer->cases().saveCase(c);
        QVERIFY(created);
        Mark mark;
        mark.caseId = created->id;
        mark.exhibitReference = QStringLiteral("AS/1");
        auto saved = officer->caseStore().saveMark(mark);
        QVERIFY(saved);
        markId = saved->id;
    }
    const int iterations = 40;
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("seed %u", seed);
    QRandomGenerator random(seed);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("RIDGELINE_PASSPHRASE"), QStringLiteral("writer-passphrase"));
    qint64 draftSeq = 0; // the draft found after the previous kill (0: none)
    int acknowledged = 0;
    int commitsAcknowledged = 0;
    int lastRevision = 0;
    for (int i = 0; i < iterations; ++i) {
        const qint64 start = qint64(i + 1) * 1000 + 1; // never a commit point before its first ack
        QProcess writer;
        writer.setProcessEnvironment(environment);
        writer.start(QCoreApplication::applicationFilePath(),
                     {QStringLiteral("--autosave-writer"), path, markId.toString(), QString::number(start)});
        QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
        const int delayMs = 50 + int(random.bounded(400)); // from sign-in to well into the autosaves
        QElapsedTimer wait;
        wait.start();
        while (wait.elapsed() < delayMs && writer.state() == QProcess::Running)
            writer.waitForReadyRead(qMax(1, int(delayMs - wait.elapsed())));
        ::kill(pid_t(writer.processId()), SIGKILL);
        writer.waitForFinished(10000);
        QVERIFY2(writer.exitStatus() == QProcess::CrashExit,
                 qPrintable(QStringLiteral("the writer stopped by itself: ") +
                            QString::fromUtf8(writer.readAllStandardError())));
        qint64 lastAck = 0;
        QList<std::pair<int, qint64>> commits; // (revision, seq) acknowledged
        for (const QByteArray &line : writer.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> words = line.split(' ');
            if (words.size() == 2 && words.at(0) == "ack") {
                lastAck = words.at(1).toLongLong();
                ++acknowledged;
            } else if (words.size() == 3 && words.at(0) == "commit") {
                commits.append({words.at(1).toInt(), words.at(2).toLongLong()});
            }
        }
        commitsAcknowledged += int(commits.size());

        auto reader = signIn(path, QStringLiteral("writer"), "writer-passphrase");
        QVERIFY(reader);
        auto draft = reader->markupDraft(markId);
        QVERIFY2(draft || draft.error().code() == ErrorCode::NotFound,
                 qPrintable(draft ? QString() : draft.error().message()));
        const qint64 seq = draft ? seqOf(draft->json) : 0;
        if (draft) // whole: byte for byte the document of its autosave
            QVERIFY2(draft->json == autosaveDocument(seq),
                     qPrintable(QStringLiteral("torn draft after kill %1").arg(i)));
        auto revisions = reader->markupRevisions(markId);
        QVERIFY(revisions);
        const int newest = revisions->isEmpty() ? 0 : revisions->last().revision;
        if (lastAck == 0) {
            // Killed before its first acknowledged autosave: the earlier draft or its first one.
            QVERIFY2(
                seq == draftSeq || seq == start,
                qPrintable(
                    QStringLiteral("kill %1: draft %2, expected %3 or %4").arg(i).arg(seq).arg(draftSeq).arg(start)));
        } else if (!draft) {
            // Only a commit after the last acknowledged autosave removes the draft.
            QVERIFY2(lastAck % kCommitEvery == 0,
                     qPrintable(QStringLiteral("kill %1: draft %2 lost").arg(i).arg(lastAck)));
            auto newestRevision = reader->markupRevision(markId);
            QVERIFY(newestRevision);
            QCOMPARE(seqOf(newestRevision->json), lastAck);
        } else {
            // The acknowledged autosave, or the next one whose acknowledgement the kill cut off.
            QVERIFY2(seq == lastAck || seq == lastAck + 1,
                     qPrintable(QStringLiteral("kill %1: draft %2 after ack %3").arg(i).arg(seq).arg(lastAck)));
        }
        // Every acknowledged commit is there, whole and with its hash.
        for (const auto &[revision, committedSeq] : commits) {
            auto stored = reader->markupRevision(markId, revision);
            QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message()));
            QCOMPARE(seqOf(stored->json), committedSeq);
            QCOMPARE(stored->json, autosaveDocument(committedSeq));
        }
        // A commit is all or nothing too: never a revision whose draft is still there.
        if (draft && newest > 0) {
            auto newestRevision = reader->markupRevision(markId);
            QVERIFY(newestRevision);
            QVERIFY2(seqOf(newestRevision->json) < seq,
                     qPrintable(QStringLiteral("kill %1: draft %2 was also committed").arg(i).arg(seq)));
        }
        QVERIFY(newest >= lastRevision);
        lastRevision = newest;
        draftSeq = seq;
        QVERIFY(reader->logout());
        QString failure;
        const bool verified = checkWorkspace(path, {}, (i + 1) % 10 == 0, failure); // verify every tenth kill
        QVERIFY2(verified, qPrintable(failure));
    }
    // Every committed revision re-hashes (markupRevision checks the stored SHA-256).
    auto reader = signIn(path, QStringLiteral("writer"), "writer-passphrase");
    auto revisions = reader->markupRevisions(markId);
    QVERIFY(revisions);
    QCOMPARE(int(revisions->size()), lastRevision);
    for (const ExaminationRevision &r : *revisions) {
        auto stored = reader->markupRevision(markId, r.revision);
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message()));
    }
    qInfo("%d kills, %d acknowledged autosaves, %d acknowledged commits, %d revisions", iterations, acknowledged,
          commitsAcknowledged, lastRevision);
    QVERIFY(acknowledged > iterations); // the kills landed among autosaves, not only during sign-in
}

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "--autosave-writer") == 0)
        return autosaveWriter(argc, argv);
    QCoreApplication app(argc, argv);
    TestMarkupDrafts test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_markupdrafts.moc"
