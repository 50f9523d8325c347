#pragma once

// A real encrypted workspace for the ACE-V casework tests (every transition x every role, random
// sequences, two processes): one case with `marks` latent marks (plain ridge images: casework never
// looks at the pixels, and synthesising real fingers would cost seconds per mark), tenprint
// impressions of the case's suspect to compare with, and a user of every role: three examiners
// (the one who takes a mark, a verifier, a third), a case officer, two supervisors and the
// administrator. Built the way a workspace is in use: users added by the administrator, the
// package imported by the case officer. Argon2id at the library minimum (fastOptions).

#include "app/services/importservice.h"
#include "app/services/packagebuilder.h"
#include "tests/app/services/workspacetestsupport.h"
#include "tests/testsupport/pngbytes.h"

#include <algorithm>
#include <map>
#include <memory>

namespace ridgeline::testing {

struct CaseworkWorkspace
{
    // Every user of the workspace and their passphrase.
    static const QList<std::pair<QString, QByteArray>> &users()
    {
        static const QList<std::pair<QString, QByteArray>> all{
            {QStringLiteral("admin"), "admin correct horse"},
            {QStringLiteral("examiner"), "examiner battery staple"},
            {QStringLiteral("verifier"), "verifier second pair of eyes"},
            {QStringLiteral("third"), "third examiner on the bench"},
            {QStringLiteral("officer"), "officer staple battery"},
            {QStringLiteral("supervisor"), "supervisor signs with care"},
            {QStringLiteral("reviewer"), "reviewer signs as well"},
        };
        return all;
    }
    static QByteArray passOf(const QString &user)
    {
        for (const auto &[name, pass] : users())
            if (name == user)
                return pass;
        return {};
    }

    QString path;
    CaseId caseId;
    QList<MarkId> marks;            // in exhibit order: JH/01, JH/02, ...
    QList<QString> exemplars;       // impression ids of the case's persons, in exhibit order (TA/1 first)
    QList<QByteArray> exemplarShas; // their originals, same order
    QString error;                  // empty when made
};

// Person P1 (Ackroyd, the suspect) has three tenprint impressions, P2 (Brook) one; the marks are
// JH/01 ... JH/nn.
inline PackageBuilder caseworkTestPackage(int marks)
{
    TransmissionManifest m;
    m.packageId = QStringLiteral("5e0c7b8e-8a51-4c1e-9a6b-7a2c0f1d3e44");
    m.createdUtc = QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC);
    m.senderForce = QStringLiteral("WYP");
    m.senderForceName = QStringLiteral("West Yorkshire Police");
    m.deviceId = QStringLiteral("WYP-CSI-0042");
    m.sceneExaminer = QStringLiteral("CSI Jane Holt (4471)");
    m.caseReference = QStringLiteral("WYP/2026/000912");
    m.offence = QStringLiteral("Burglary dwelling");
    m.scenePlace = QStringLiteral("14 Boroughgate, Otley");
    m.sceneTimeUtc = QDateTime(QDate(2026, 12, 2), QTime(6, 45), Qt::UTC);
    const auto person = [](const QString &ref, const QString &family, const QString &given, QDate born) {
        TransmissionPerson p;
        p.ref = ref;
        p.familyName = family;
        p.givenNames = given;
        p.dateOfBirth = born;
        p.role = PersonRole::Suspect;
        return p;
    };
    m.persons = {person(QStringLiteral("P1"), QStringLiteral("Ackroyd"), QStringLiteral("Margaret"), QDate(1951, 6, 3)),
                 person(QStringLiteral("P2"), QStringLiteral("Brook"), QStringLiteral("Samuel"), QDate(1988, 2, 14))};
    PackageBuilder b(m);
    const auto tenprint = [&](const QString &exhibit, const QString &personRef, int finger, int phase) {
        TransmissionItem i;
        i.exhibitReference = exhibit;
        i.kind = TransmissionItemKind::TenprintImpression;
        i.path = QStringLiteral("tenprints/%1.png").arg(QString(exhibit).replace(QLatin1Char('/'), QLatin1Char('-')));
        i.personRef = personRef;
        i.fingerPosition = finger;
        i.ppi = 500;
        b.addFile(i, ridgePng(160, 160, phase, 500, 0.3));
    };
    for (int finger = 1; finger <= 3; ++finger)
        tenprint(QStringLiteral("TA/%1").arg(finger), QStringLiteral("P1"), finger, finger);
    tenprint(QStringLiteral("TB/1"), QStringLiteral("P2"), 1, 11);
    for (int n = 1; n <= marks; ++n) {
        TransmissionItem mark;
        mark.exhibitReference = QStringLiteral("JH/%1").arg(n, 2, 10, QLatin1Char('0'));
        mark.kind = TransmissionItemKind::LatentFinger;
        mark.path = QStringLiteral("marks/jh%1.png").arg(n);
        mark.ppi = 500;
        b.addFile(mark, ridgePng(120, 120, 100 + n, 500, 0.5));
    }
    return b;
}

inline CaseworkWorkspace makeCaseworkWorkspace(const QString &path, const QString &packageFolder, int marks)
{
    CaseworkWorkspace ws;
    ws.path = path;
    const auto fail = [&](const QString &why) {
        ws.error = why;
        return ws;
    };
    auto admin = LocalWorkspaceSession::create(path, QStringLiteral("admin"),
                                               CaseworkWorkspace::passOf(QStringLiteral("admin")), fastOptions());
    if (!admin)
        return fail(admin.error().message());
    const QList<std::tuple<QString, QString, Role>> people{
        {QStringLiteral("examiner"), QStringLiteral("Adaeze Okafor"), Role::Examiner},
        {QStringLiteral("verifier"), QStringLiteral("Gwen Prys"), Role::Examiner},
        {QStringLiteral("third"), QStringLiteral("Tomasz Nowak"), Role::Examiner},
        {QStringLiteral("officer"), QStringLiteral("David Hartley"), Role::CaseOfficer},
        {QStringLiteral("supervisor"), QStringLiteral("Margaret Collins"), Role::Supervisor},
        {QStringLiteral("reviewer"), QStringLiteral("Ruth Adeyemi"), Role::Supervisor},
    };
    for (const auto &[name, display, role] : people)
        if (!(*admin)->addUser(name, display, role, CaseworkWorkspace::passOf(name)))
            return fail(QStringLiteral("user %1 could not be added").arg(name));
    WorkspacePolicy policy = (*admin)->policy();
    policy.acceptUnsignedPackages = true;
    if (!(*admin)->setPolicy(policy) || !(*admin)->logout())
        return fail(QStringLiteral("the policy could not be set"));
    auto officer = LocalWorkspaceSession::open(path, QStringLiteral("officer"),
                                               CaseworkWorkspace::passOf(QStringLiteral("officer")), fastOptions());
    if (!officer)
        return fail(officer.error().message());
    auto folder = caseworkTestPackage(marks).writeFolder(packageFolder);
    if (!folder)
        return fail(folder.error().message());
    const ImportService::Result imported = ImportService(**officer).importPackage(*folder);
    if (imported.refused())
        return fail(imported.error ? imported.error->message() : QStringLiteral("the import was refused"));
    ws.caseId = imported.outcome->caseId;
    auto list = (*officer)->caseStore().marksOfCase(ws.caseId);
    if (!list || list->size() != marks)
        return fail(QStringLiteral("the marks were not filed"));
    QList<Mark> sorted = *list;
    std::sort(sorted.begin(), sorted.end(),
              [](const Mark &a, const Mark &b) { return a.exhibitReference < b.exhibitReference; });
    for (const Mark &mark : sorted)
        ws.marks.append(mark.id);
    auto impressions = (*officer)->exemplarImpressionsOfCase(ws.caseId);
    if (!impressions || impressions->isEmpty())
        return fail(QStringLiteral("the tenprints were not filed"));
    QList<ExemplarImpressionRecord> byExhibit = *impressions; // the import files them in no fixed order
    std::sort(byExhibit.begin(), byExhibit.end(),
              [](const auto &a, const auto &b) { return a.exhibitReference < b.exhibitReference; });
    for (const ExemplarImpressionRecord &r : byExhibit) {
        ws.exemplars.append(r.id.toString());
        ws.exemplarShas.append(r.originalSha256);
    }
    if (!(*officer)->logout())
        return fail(QStringLiteral("the officer could not log out"));
    return ws;
}

// One session per user, opened on first use and kept open, as each user's workstation would.
class CaseworkSessions
{
public:
    explicit CaseworkSessions(QString path)
        : m_path(std::move(path))
    {}
    // nullptr (with a warning) when the user cannot sign in.
    LocalWorkspaceSession *as(const QString &user)
    {
        auto &slot = m_open[user];
        if (!slot) {
            auto session = LocalWorkspaceSession::open(m_path, user, CaseworkWorkspace::passOf(user), fastOptions());
            if (!session) {
                qWarning("%s: %s", qPrintable(user), qPrintable(session.error().message()));
                return nullptr;
            }
            slot = std::move(*session);
        }
        return slot.get();
    }

private:
    QString m_path;
    std::map<QString, std::unique_ptr<LocalWorkspaceSession>> m_open;
};

template<class T> Status statusOf(const Result<T> &result)
{
    return result ? Status() : Status(result.error());
}

} // namespace ridgeline::testing
