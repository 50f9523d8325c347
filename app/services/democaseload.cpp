#include "app/services/democaseload.h"

#include "app/services/demopackages.h"
#include "app/services/exemplarsearch.h"
#include "app/services/importservice.h"

#include <QRandomGenerator>
#include <QTemporaryDir>

#include <array>

namespace ridgeline {
namespace {

constexpr std::array kWords{
    "amber",   "anchor",  "apple",  "arch",    "badger", "banner",  "barley", "basin",   "beacon", "birch",  "bramble",
    "bridge",  "brook",   "cabin",  "canal",   "candle", "castle",  "cedar",  "chapel",  "cinder", "clover", "cobble",
    "copper",  "coral",   "cotton", "crane",   "crest",  "dale",    "dawn",   "delta",   "dune",   "eagle",  "ember",
    "falcon",  "fern",    "fiddle", "finch",   "fjord",  "flint",   "forge",  "fox",     "garnet", "glade",  "granite",
    "gravel",  "harbor",  "hazel",  "heath",   "heron",  "hollow",  "indigo", "iris",    "island", "ivory",  "jasper",
    "juniper", "kestrel", "kettle", "lantern", "larch",  "ledger",  "lemon",  "linen",   "lode",   "lumen",  "maple",
    "marble",  "meadow",  "mill",   "mint",    "moor",   "moss",    "nettle", "oak",     "oat",    "ochre",  "orchard",
    "otter",   "paddle",  "pebble", "pepper",  "pine",   "plume",   "pond",   "quarry",  "quill",  "raven",  "reed",
    "ridge",   "river",   "robin",  "rowan",   "saddle", "sage",    "salt",   "sandal",  "shale",  "shore",  "silver",
    "slate",   "sorrel",  "spruce", "stone",   "summit", "swallow", "tarn",   "thistle", "timber", "torch",  "tulip",
    "valley",  "velvet",  "violet", "walnut",  "willow", "wren",    "yarrow", "zephyr",
};

struct DemoCase
{
    const char *force;
    const char *forceName;
    int year;
    int number;
    const char *offence;
    const char *officer;
    CaseStatus status;
    const char *place;
    const char *summary;
};

const std::array kCases{
    DemoCase{"WYP", "West Yorkshire Police", 2026, 4117, "Burglary dwelling", "DC 4471 Sarah Whitaker",
             CaseStatus::UnderExamination, "Harehills Lane, Leeds",
             "Rear kitchen window forced at a terraced house; jewellery and a laptop taken."},
    DemoCase{"WYP", "West Yorkshire Police", 2026, 4380, "Theft of motor vehicle", "PC 2290 Imran Hussain",
             CaseStatus::Open, "Shipley, Bradford",
             "Ford Transit taken from a driveway; recovered burnt out on Baildon Moor."},
    DemoCase{"WYP", "West Yorkshire Police", 2026, 5012, "Robbery", "DS 1187 Claire Dobson", CaseStatus::AwaitingReview,
             "Kirkstall Road, Leeds", "Street robbery of a delivery rider at knifepoint; phone and cash taken."},
    DemoCase{"WYP", "West Yorkshire Police", 2025, 19876, "Criminal damage", "PC 3056 Tom Ackroyd", CaseStatus::Closed,
             "King Cross, Halifax", "Windows of a community centre smashed; brick recovered at the scene."},
    DemoCase{"SYP", "South Yorkshire Police", 2026, 1203, "Burglary dwelling", "DC 2231 Helen Marsden",
             CaseStatus::UnderExamination, "Wickersley, Rotherham",
             "Semi-detached house entered through the patio door while the occupants were away."},
    DemoCase{"SYP", "South Yorkshire Police", 2026, 1877, "Burglary non-dwelling", "DC 1420 Gary Firth",
             CaseStatus::Open, "Bentley, Doncaster", "Power tools stolen from a lock-up garage; padlock cut."},
    DemoCase{"SYP", "South Yorkshire Police", 2026, 2045, "Theft from motor vehicle", "PC 3318 Aisha Begum",
             CaseStatus::SignedOff, "Ecclesall Road, Sheffield", "Satnav and a handbag taken from a parked car."},
    DemoCase{"SYP", "South Yorkshire Police", 2026, 2311, "Robbery", "DS 0992 Mark Stenton",
             CaseStatus::UnderExamination, "Cudworth, Barnsley",
             "Convenience store robbed; counter and till drawer touched by the offender."},
    DemoCase{"NWP", "North Wales Police", 2026, 318, "Burglary dwelling", "DC 1701 Gwenllian Roberts",
             CaseStatus::UnderExamination, "Betws-y-Coed, Conwy",
             "Holiday cottage entered through a bathroom window; whisky bottle handled."},
    DemoCase{"NWP", "North Wales Police", 2026, 402, "Theft of motor vehicle", "PC 2045 Dafydd Hughes",
             CaseStatus::AwaitingReview, "Llannor, Pwllheli",
             "Quad bike stolen from a farm; trailer left by the road."},
    DemoCase{"NWP", "North Wales Police", 2026, 455, "Criminal damage", "PC 1302 Elin Parry", CaseStatus::Open,
             "Stryd Fawr, Porthmadog", "Bus shelter glass smashed and graffiti sprayed overnight."},
    DemoCase{"NWP", "North Wales Police", 2025, 3981, "Burglary dwelling", "DC 0877 Rhys Pritchard", CaseStatus::Closed,
             "Stryd y Llyn, Caernarfon", "Flat above a shop entered by the fire escape; cash tin taken."},
};

struct DemoPerson
{
    const char *family;
    const char *given;
    int birthYear;
    PersonRole role;
};

// Three people per case, by force: English names for the Yorkshire forces, Welsh for North Wales.
const std::array kYorkshirePeople{
    DemoPerson{"Holroyd", "Daniel James", 1991, PersonRole::Suspect},
    DemoPerson{"Patel", "Priya", 1984, PersonRole::Victim},
    DemoPerson{"Sutcliffe", "Joanne", 1975, PersonRole::Elimination},
    DemoPerson{"Brennan", "Liam", 1998, PersonRole::Suspect},
    DemoPerson{"Kowalski", "Marta", 1989, PersonRole::Victim},
    DemoPerson{"Greenwood", "Peter", 1962, PersonRole::Witness},
};
const std::array kWelshPeople{
    DemoPerson{"Jones", "Owain Rhys", 1993, PersonRole::Suspect},
    DemoPerson{"Williams", "Siân", 1980, PersonRole::Victim},
    DemoPerson{"Evans", "Cerys", 1971, PersonRole::Elimination},
    DemoPerson{"Thomas", "Gethin", 1999, PersonRole::Suspect},
    DemoPerson{"Lloyd", "Bethan", 1987, PersonRole::Victim},
    DemoPerson{"Davies", "Iwan", 1958, PersonRole::Witness},
};

constexpr std::array kMarkKinds{MarkKind::LatentFinger, MarkKind::LatentFinger, MarkKind::LatentPalm,
                                MarkKind::Footwear,     MarkKind::LatentFinger, MarkKind::ScenePhoto};
constexpr std::array kSurfaces{"inside of kitchen window frame",
                               "till drawer front",
                               "whisky bottle neck",
                               "door handle",
                               "rear-view mirror",
                               "glass shard",
                               "padlock hasp",
                               "vinyl floor"};

QList<DemoUser> demoUsers()
{
    return {{QStringLiteral("admin"), QStringLiteral("Workstation Administrator"), Role::Admin, {}},
            {QStringLiteral("aokafor"), QStringLiteral("Adaeze Okafor"), Role::Examiner, {}},
            {QStringLiteral("gprys"), QStringLiteral("Gwen Prys"), Role::Examiner, {}},
            {QStringLiteral("dhartley"), QStringLiteral("David Hartley"), Role::CaseOfficer, {}},
            {QStringLiteral("mcollins"), QStringLiteral("Margaret Collins"), Role::Supervisor, {}}};
}

Status addPeople(LocalWorkspaceSession &session, const CaseRecord &c, int index, DemoSummary &summary)
{
    const bool welsh = c.reference.forceCode() == QLatin1String("NWP");
    for (int k = 0; k < 3; ++k) {
        const DemoPerson &d = (welsh ? kWelshPeople : kYorkshirePeople)[size_t((index + k) % 6)];
        Person p;
        p.familyName = QString::fromUtf8(d.family);
        p.givenNames = QString::fromUtf8(d.given);
        p.dateOfBirth = QDate(d.birthYear, 1 + (index * 5 + k) % 12, 1 + (index * 7 + k * 3) % 28);
        p.force = c.force;
        p.identifiers = {
            {QStringLiteral("PNC"), QStringLiteral("%1/%2%3")
                                        .arg(d.birthYear % 100 + 10, 2, 10, QLatin1Char('0'))
                                        .arg(100000 + index * 7919 + k * 131, 6, 10, QLatin1Char('0'))
                                        .arg(QChar(u'A' + (index + k) % 26))},
            {c.reference.forceCode() + QStringLiteral("-NOMINAL"), QString::number(500000 + index * 97 + k)}};
        auto saved = session.caseStore().savePerson(p);
        if (!saved)
            return saved.error();
        // Every case has a victim and an elimination set; most have a suspect, the others a witness.
        const PersonRole role = k == 0   ? PersonRole::Victim
                                : k == 1 ? (index % 4 == 3 ? PersonRole::Witness : PersonRole::Suspect)
                                         : PersonRole::Elimination;
        if (Status s = session.caseStore().linkPerson(c.id, saved->id, role); !s)
            return s;
        if (Status s = session.recordEvent(QStringLiteral("link-person"), QStringLiteral("case"), c.id.toString(),
                                           AuditOutcome::Success,
                                           QStringLiteral("%1 as %2").arg(saved->id.toString(), personRoleKey(role)));
            !s)
            return s;
        ++summary.persons;
    }
    return {};
}

Status addMarksAndDocuments(LocalWorkspaceSession &session, const CaseRecord &c, const DemoCase &d, int index,
                            const QList<User> &examiners, DemoSummary &summary)
{
    const int markCount = 1 + index % 4;
    for (int m = 0; m < markCount; ++m) {
        Mark mark;
        mark.caseId = c.id;
        mark.exhibitReference =
            QStringLiteral("%1/%2").arg(QString::fromLatin1(d.officer).section(u' ', -1).left(2).toUpper()).arg(m + 1);
        mark.kind = kMarkKinds[size_t((index + m) % kMarkKinds.size())];
        // Filed before its image arrived: received, and (every other one) assigned to an examiner.
        // Marks only move on through the ACE-V steps, so the demo's stages all have their records.
        mark.state = MarkState::Received;
        mark.provenance.deviceId = QStringLiteral("%1-CAM-%2").arg(QString::fromLatin1(d.force)).arg(10 + index);
        mark.provenance.sceneExaminer =
            QStringLiteral("CSI %1").arg(index % 2 ? QStringLiteral("R. Haigh") : QStringLiteral("L. Owen"));
        mark.provenance.capturedUtc = c.createdUtc.addSecs(-3600 * (2 + m));
        mark.provenance.place = QStringLiteral("%1, %2").arg(
            QString::fromUtf8(kSurfaces[size_t((index + m) % kSurfaces.size())]), QString::fromUtf8(d.place));
        mark.calibration = {m % 2 ? 0.0 : 1000.0,
                            m % 2 ? CalibrationSource::Uncalibrated : CalibrationSource::Manifest};
        if ((index + m) % 2 == 1)
            mark.assignedExaminer = examiners.at((index + m) % examiners.size()).id;
        mark.receivedUtc = c.createdUtc;
        auto saved = session.caseStore().saveMark(mark);
        if (!saved)
            return saved.error();
        if (Status s = session.recordEvent(
                QStringLiteral("import"), QStringLiteral("mark"), saved->id.toString(), AuditOutcome::Success,
                QStringLiteral("%1 %2, state %3, no original yet")
                    .arg(saved->exhibitReference, markKindKey(saved->kind), markStateKey(saved->state)));
            !s)
            return s;
        ++summary.marks;
    }
    const std::array<std::pair<const char *, DocumentKind>, 3> documents{
        {{"MG11 witness statement", DocumentKind::Statement},
         {"Scene examination record", DocumentKind::Form},
         {"Chemical treatment log", DocumentKind::LabReport}}};
    for (int k = 0; k < 1 + index % 3; ++k) {
        Document doc;
        doc.caseId = c.id;
        doc.title = QString::fromLatin1(documents[size_t(k)].first);
        doc.kind = documents[size_t(k)].second;
        doc.mediaType = QStringLiteral("application/pdf");
        doc.pageCount = 1 + (index + k) % 5;
        auto saved = session.caseStore().saveDocument(doc);
        if (!saved)
            return saved.error();
        if (Status s = session.recordEvent(QStringLiteral("attach-document"), QStringLiteral("document"),
                                           saved->id.toString(), AuditOutcome::Success, doc.title);
            !s)
            return s;
        ++summary.documents;
    }
    return {};
}

Status fillCases(LocalWorkspaceSession &session, const QList<User> &examiners, DemoSummary &summary)
{
    const QDateTime base = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < int(kCases.size()); ++i) {
        const DemoCase &d = kCases[size_t(i)];
        CaseRecord c;
        c.reference = CaseReference(QString::fromLatin1(d.force), d.year, d.number);
        c.force = QString::fromLatin1(d.forceName);
        c.offence = QString::fromLatin1(d.offence);
        c.officerInCase = QString::fromLatin1(d.officer);
        c.status = d.status;
        c.summary = QStringLiteral("%1. %2").arg(QString::fromUtf8(d.place), QString::fromUtf8(d.summary));
        c.createdUtc = base.addDays(-(3 + i * 4));
        storage::SqliteTransaction transaction(session.database().sql());
        auto saved = session.cases().saveCase(c);
        if (!saved)
            return saved.error();
        if (Status s = addPeople(session, *saved, i, summary); !s)
            return s;
        if (Status s = addMarksAndDocuments(session, *saved, d, i, examiners, summary); !s)
            return s;
        if (i % 3 == 0) {
            if (auto note = session.addCaseNote(saved->id, QStringLiteral("Exhibits booked in and sealed; scene "
                                                                          "photographs on the transmission."));
                !note)
                return note.error();
        }
        if (Status s = transaction.commit(); !s)
            return s;
        ++summary.cases;
    }
    return {};
}

// Two of the transmitted latent marks (with their originals) whose donor's tenprint card came in
// the same transmission are put at the comparison stage with an examiner, as if their analysis had
// been committed before: the demo then has marks ready to compare with a true match on the card
// (and the others, received, show that comparisons stay closed until the analysis is committed).
// Two transmitted latent marks whose donor's tenprint came with them are taken by the first
// examiner through the real ACE-V steps (analysis started, analysis committed with its value
// decision and notes, comparison begun), so the demo opens with true matches ready to compare.
Status advanceDemoMarks(const QString &databasePath, const SessionOptions &options, const DemoUser &examiner)
{
    auto opened = LocalWorkspaceSession::open(databasePath, examiner.name, examiner.passphrase, options);
    if (!opened)
        return opened.error();
    LocalWorkspaceSession &session = **opened;
    auto cases = session.cases().cases();
    if (!cases)
        return cases.error();
    int advanced = 0;
    for (const auto &[reference, exhibit] : demoMarksMatchingTheirTenprint()) {
        if (advanced == 2)
            break;
        for (const CaseRecord &c : *cases) {
            if (c.reference.toString() != reference)
                continue;
            auto marks = session.cases().marksOfCase(c.id);
            if (!marks)
                return marks.error();
            for (const Mark &mark : *marks) {
                if (mark.exhibitReference != exhibit || mark.originalSha256.isEmpty() ||
                    mark.state != MarkState::Received)
                    continue;
                auto work = session.startAnalysis(mark.id, mark.revision);
                if (!work)
                    return work.error();
                AnalysisInput analysis;
                analysis.value = ValueDecision::OfValueForIdentification;
                analysis.substrate = QStringLiteral("Gloss-painted door frame, smooth, non-porous");
                analysis.developmentMethod = QStringLiteral("Aluminium flake powder, photographed in situ");
                analysis.distortionNotes = QStringLiteral("Light deposition pressure; no slippage seen");
                work = session.commitAnalysis(mark.id, analysis, work->version);
                if (!work)
                    return work.error();
                work = session.beginComparison(mark.id, work->version);
                if (!work)
                    return work.error();
                ++advanced;
            }
        }
    }
    return session.logout();
}

} // namespace

QByteArray randomDemoPassphrase(int words)
{
    QStringList chosen;
    for (int i = 0; i < words; ++i)
        chosen.append(QString::fromLatin1(kWords[QRandomGenerator::system()->bounded(quint32(kWords.size()))]));
    return chosen.join(QLatin1Char('-')).toUtf8();
}

// Six cases arrive the way real ones do: signed transmission packages with synthetic marks,
// tenprint cards and statements, imported through the same intake as any package.
Status importDemoPackages(LocalWorkspaceSession &session, DemoSummary &summary)
{
    QTemporaryDir folder;
    DemoPackageOptions options;
    options.seed = kDemoPackageSeed;
    auto packages = writeDemoPackages(folder.path(), options);
    if (!packages)
        return packages.error();
    ImportService intake(session);
    for (const QString &path : *packages) {
        const ImportService::Result result = intake.importPackage(path);
        if (result.refused())
            return result.error->withContext(QStringLiteral("Importing the demo package %1").arg(path));
        summary.cases += result.outcome->caseCreated ? 1 : 0;
        summary.marks += result.outcome->marks;
        summary.persons += result.outcome->persons;
        summary.documents += result.outcome->documents;
        ++summary.transmissions;
    }
    return {};
}

Result<DemoSummary> createDemoWorkspace(const QString &databasePath, const SessionOptions &options)
{
    DemoSummary summary;
    summary.users = demoUsers();
    for (DemoUser &u : summary.users)
        u.passphrase = randomDemoPassphrase(4 + int(QRandomGenerator::system()->bounded(2)));
    auto admin = LocalWorkspaceSession::create(databasePath, summary.users.first().name,
                                               summary.users.first().passphrase, options);
    if (!admin)
        return admin.error();
    QList<User> examiners;
    for (const DemoUser &u : summary.users.mid(1)) {
        auto added = (*admin)->addUser(u.name, u.displayName, u.role, u.passphrase);
        if (!added)
            return added.error();
        if (u.role == Role::Examiner)
            examiners.append(*added);
    }
    // The scene devices that transmit the demo packages, registered as an administrator would.
    for (const RegisteredDevice &device : demoDevices(kDemoPackageSeed)) {
        if (Status s = (*admin)->registerDevice(device); !s)
            return s.error();
    }
    if (Status s = (*admin)->logout(); !s)
        return s.error();
    const DemoUser &officer = summary.users.at(3);
    auto session = LocalWorkspaceSession::open(databasePath, officer.name, officer.passphrase, options);
    if (!session)
        return session.error();
    if (Status s = importDemoPackages(**session, summary); !s)
        return s.error();
    // The exemplars' search templates, so the demo's first search does not have to build them.
    auto templates = ExemplarSearch(**session).buildTemplates();
    if (!templates)
        return templates.error();
    summary.exemplarTemplates = templates->built + templates->alreadyCurrent;
    if (Status s = fillCases(**session, examiners, summary); !s)
        return s.error();
    if (Status s = (*session)->logout(); !s)
        return s.error();
    if (Status s = advanceDemoMarks(databasePath, options, summary.users.at(1)); !s)
        return s.error();
    if (Status s = completeDemoExamination(databasePath, options, summary.users.at(1), summary.users.at(2),
                                           summary.users.at(4));
        !s)
        return s.error();
    return summary;
}

Result<Mark> attachDemoOriginal(LocalWorkspaceSession &session, const Mark &mark, const QByteArray &imageBytes,
                                const QString &mediaType)
{
    storage::SqliteTransaction transaction(session.database().sql());
    auto sha = session.storeOriginal(imageBytes, mediaType, QStringLiteral("mark"), mark.id.toString());
    if (!sha)
        return sha.error();
    Mark updated = mark;
    updated.originalSha256 = *sha;
    auto saved = session.caseStore().saveMark(updated);
    if (!saved)
        return saved.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return saved;
}

} // namespace ridgeline
