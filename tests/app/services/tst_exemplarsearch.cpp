// The local exemplar search end to end on a real encrypted workspace: a package with two persons'
// tenprint impressions and a mark taken from one of their fingers is imported through intake; the
// templates are built and stored; an examiner's search ranks the true finger first with the
// paired minutiae; roles, cancel, stale templates and unusable probes behave as an examiner expects.
#include "app/imaging/exemplartemplate.h"
#include "app/imaging/synthesizer.h"
#include "app/services/exemplarsearch.h"
#include "app/services/exemplartemplatehook.h"
#include "app/services/importservice.h"
#include "app/services/packagebuilder.h"
#include "searchtestpackage.h"
#include "workspacetestsupport.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace ridgeline;
using namespace ridgeline::testing;

namespace {

using testing::pngBytes;
using testing::searchTestPackage;

const QByteArray kAdminPass = "admin correct horse";
const QByteArray kExaminerPass = "examiner battery staple";
const QByteArray kOfficerPass = "officer staple battery";

} // namespace

class TestExemplarSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    Mark m_mark;

    std::unique_ptr<LocalWorkspaceSession> as(const QString &user, const QByteArray &pass)
    {
        auto session = LocalWorkspaceSession::open(m_db, user, pass, fastOptions());
        if (!session)
            qWarning() << session.error().message();
        return session ? std::move(*session) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("search.ridgeline"));
        auto admin = LocalWorkspaceSession::create(m_db, QStringLiteral("admin"), kAdminPass, fastOptions());
        QVERIFY(admin);
        QVERIFY((*admin)->addUser(QStringLiteral("examiner"), QStringLiteral("Adaeze Okafor"), Role::Examiner,
                                  kExaminerPass));
        QVERIFY((*admin)->addUser(QStringLiteral("officer"), QStringLiteral("David Hartley"), Role::CaseOfficer,
                                  kOfficerPass));
        WorkspacePolicy policy = (*admin)->policy();
        policy.acceptUnsignedPackages = true;
        QVERIFY((*admin)->setPolicy(policy));
        QVERIFY((*admin)->logout());

        auto officer = as(QStringLiteral("officer"), kOfficerPass);
        QVERIFY(officer);
        auto folder = searchTestPackage().writeFolder(m_dir.filePath(QStringLiteral("inbox/pkg")));
        QVERIFY(folder);
        const ImportService::Result imported = ImportService(*officer).importPackage(*folder);
        QVERIFY2(!imported.refused(), qPrintable(imported.error ? imported.error->message() : QString()));
        QCOMPARE(imported.outcome->impressions, 6);
        auto marks = officer->cases().marksOfCase(imported.outcome->caseId);
        QVERIFY(marks);
        QCOMPARE(marks->size(), 1);
        m_mark = marks->first();
        QVERIFY(officer->logout());
    }

    // After an import the window runs the post-import hooks: an exemplar gets its template, the
    // other originals are left alone.
    void importHookBuildsTheExemplarsTemplate()
    {
        auto officer = as(QStringLiteral("officer"), kOfficerPass);
        QVERIFY(officer);
        auto before = officer->exemplarTemplates(imaging::templateAlgorithm(), false);
        QVERIFY(before);
        QCOMPARE(before->size(), 6);
        const ExemplarTemplateEntry first = before->first();
        QVERIFY(!first.hasTemplate);
        ExemplarTemplateHook hook;
        QVERIFY(hook.process(*officer, {m_mark.originalSha256, QStringLiteral("mark"), m_mark.id.toString(),
                                        QStringLiteral("image/png")}));
        QVERIFY(hook.process(*officer, {first.originalSha256, QStringLiteral("exemplar"), first.impressionId,
                                        QStringLiteral("image/png")}));
        auto after = officer->exemplarTemplates(imaging::templateAlgorithm(), false);
        QVERIFY(after);
        int withTemplate = 0;
        for (const ExemplarTemplateEntry &entry : *after) {
            withTemplate += entry.hasTemplate ? 1 : 0;
            if (entry.impressionId == first.impressionId)
                QVERIFY(entry.hasTemplate && entry.templateBytes.isEmpty());
        }
        QCOMPARE(withTemplate, 1);
        auto one = officer->exemplarTemplates(imaging::templateAlgorithm(), true, first.impressionId);
        QVERIFY(one);
        QCOMPARE(one->size(), 1);
        QVERIFY(imaging::FingerprintTemplate::fromBytes(one->first().templateBytes));
        QVERIFY(one->first().cases.size() == 1);
        QVERIFY(officer->logout());
    }

    // Intake's user builds the templates once; a second run finds them current.
    void templatesAreBuiltOnceAndStored()
    {
        auto officer = as(QStringLiteral("officer"), kOfficerPass);
        QVERIFY(officer);
        ExemplarSearch search(*officer);
        auto first = search.buildTemplates();
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message()));
        QCOMPARE(first->impressions, 6);
        QCOMPARE(first->built + first->alreadyCurrent, 6);
        QVERIFY(first->failures.isEmpty());
        auto second = search.buildTemplates();
        QVERIFY(second);
        QCOMPARE(second->built, 0);
        QCOMPARE(second->alreadyCurrent, 6);
        auto entries = officer->exemplarTemplates(imaging::templateAlgorithm(), true);
        QVERIFY(entries);
        for (const ExemplarTemplateEntry &entry : *entries) {
            auto fingerprint = imaging::FingerprintTemplate::fromBytes(entry.templateBytes);
            QVERIFY2(fingerprint && fingerprint->minutiae().size() > 10, qPrintable(entry.exhibitReference));
        }
        QVERIFY(officer->logout());
    }

    void examinerFindsTheTrueFingerFirst()
    {
        auto examiner = as(QStringLiteral("examiner"), kExaminerPass);
        QVERIFY(examiner);
        QList<QString> stages;
        auto result = ExemplarSearch(*examiner).searchMark(
            m_mark, {}, [&](const QString &stage, qint64, qint64) { stages << stage; });
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
        QCOMPARE(result->galleryTemplates, 6);
        QVERIFY(!result->candidates.isEmpty());
        const ExemplarCandidate &top = result->candidates.first();
        QCOMPARE(top.rank, 1);
        QCOMPARE(top.exemplar.personName, QStringLiteral("BROOK, Samuel"));
        QCOMPARE(top.exemplar.fingerPosition, 3);
        QCOMPARE(top.exemplar.exhibitReference, QStringLiteral("TB/3"));
        QCOMPARE(top.exemplar.cases.size(), 1);
        QVERIFY(top.pairs.size() >= 8);
        for (const imaging::MinutiaPair &pair : top.pairs) {
            QVERIFY(pair.indexA >= 0 && pair.indexA < result->probeMinutiae.size());
            QVERIFY(pair.indexB >= 0 && pair.indexB < top.exemplarMinutiae.size());
        }
        if (result->candidates.size() > 1)
            QVERIFY(top.score > 2 * result->candidates.at(1).score);
        QVERIFY(top.interpretation.falseMatchRate < 0.01);
        QVERIFY(top.interpretation.label.contains(QStringLiteral("tool-derived")));
        QVERIFY(stages.contains(QStringLiteral("Comparing")));

        QVERIFY(examiner->logout());
        auto admin = as(QStringLiteral("admin"), kAdminPass); // examiners do not read the audit trail
        QVERIFY(admin);
        auto events = admin->auditEvents(QStringLiteral("mark"), m_mark.id.toString());
        QVERIFY(events);
        bool searched = false;
        for (const AuditEvent &event : *events)
            searched = searched || (event.action == QLatin1String("exemplar-search") &&
                                    event.details.contains(QStringLiteral("compared=6")));
        QVERIFY(searched);
        QVERIFY(admin->logout());
    }

    void caseOfficerMayNotSearch()
    {
        auto officer = as(QStringLiteral("officer"), kOfficerPass);
        QVERIFY(officer);
        auto result = ExemplarSearch(*officer).searchMark(m_mark);
        QVERIFY(!result);
        QCOMPARE(result.error().code(), ErrorCode::PermissionDenied);
        QVERIFY(officer->logout());
    }

    void cancelledSearchSaysSo()
    {
        auto examiner = as(QStringLiteral("examiner"), kExaminerPass);
        QVERIFY(examiner);
        std::atomic<bool> cancel{true};
        auto result = ExemplarSearch(*examiner).searchMark(m_mark, {}, {}, &cancel);
        QVERIFY(result);
        QVERIFY(result->cancelled);
        QVERIFY(result->candidates.isEmpty());
        QVERIFY(examiner->logout());
    }

    // A template made by another algorithm is not compared: it is rebuilt first.
    void staleTemplatesAreRebuilt()
    {
        auto examiner = as(QStringLiteral("examiner"), kExaminerPass);
        QVERIFY(examiner);
        auto entries = examiner->exemplarTemplates(imaging::templateAlgorithm(), true);
        QVERIFY(entries);
        QVERIFY(examiner->storeExemplarTemplate(entries->first().impressionId, QStringLiteral("older-extractor/0"), 3,
                                                QByteArray("not a current template")));
        auto report = ExemplarSearch(*examiner).buildTemplates();
        QVERIFY(report);
        QCOMPARE(report->built, 1);
        QCOMPARE(report->alreadyCurrent, 5);
        QVERIFY(!examiner->storeExemplarTemplate(QStringLiteral("no-such-impression"), imaging::templateAlgorithm(), 1,
                                                 QByteArray("x")));
        QVERIFY(examiner->logout());
    }

    void unusableProbesGiveAReason()
    {
        auto examiner = as(QStringLiteral("examiner"), kExaminerPass);
        QVERIFY(examiner);
        ExemplarSearch search(*examiner);
        QImage blank(300, 300, QImage::Format_Grayscale8);
        blank.fill(200);
        auto empty = search.searchImage(pngBytes(blank), QStringLiteral("blank.png"), 500);
        QVERIFY(empty);
        QVERIFY(empty->candidates.isEmpty());
        QVERIFY(!empty->probeEmptyReason.isEmpty());
        auto notImage = search.searchImage(QByteArray("%PDF-1.4 not an image"), QStringLiteral("x.png"), 500);
        QVERIFY(!notImage);
        QCOMPARE(notImage.error().code(), ErrorCode::BadInput);
        QVERIFY(notImage.error().message().contains(QStringLiteral("x.png")));
        QImage tiny(20, 20, QImage::Format_Grayscale8);
        tiny.fill(0);
        auto small = search.searchImage(pngBytes(tiny), QStringLiteral("tiny.png"), 500);
        QVERIFY(!small);
        QVERIFY(small.error().message().contains(QStringLiteral("smaller")));
        QVERIFY(examiner->logout());
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestExemplarSearch test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_exemplarsearch.moc"
