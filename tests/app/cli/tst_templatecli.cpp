// `ridgeline-cli template` (issue 9) on a real workspace: the examiner exports the committed markup
// of a latent mark as an ISO/IEC 19794-2:2005 record (audited with its SHA-256), shows it, and
// imports it back as the mark's markup draft, where the points arrive as suggestions at the same
// places within half a pixel. Refused with nothing saved: a mark with no committed markup (7), a
// template of another image size (4), a truncated file (4, naming the byte), an existing draft
// without --replace (9).
#include "app/core/markupjson.h"
#include "app/interop/iso19794.h"
#include "tests/app/cli/clirun.h"
#include "tests/app/services/searchworkspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ridgeline;
using namespace ridgeline::testing;

namespace {

const QString kCase = QStringLiteral("WYP/2026/000777");
const QString kMark = QStringLiteral("JH/1");

} // namespace

class TestTemplateCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    SearchWorkspace m_ws;
    Mark m_mark;
    QSize m_markSize;
    QList<MarkupFeature> m_features;

    using Run = testing::CliRun;

    Run cli(const QString &user, const QByteArray &pass, const QStringList &args)
    {
        return testing::runCli(m_ws.path, user, pass, args);
    }
    Run examiner(const QStringList &args)
    {
        return cli(QStringLiteral("examiner"), SearchWorkspace::examinerPass, args);
    }
    Run templ(const QString &verb, const QStringList &args)
    {
        return examiner(QStringList{QStringLiteral("template"), verb, QStringLiteral("--case"), kCase,
                                    QStringLiteral("--mark"), kMark} +
                        args);
    }

    std::unique_ptr<LocalWorkspaceSession> examinerSession()
    {
        auto s = LocalWorkspaceSession::open(m_ws.path, QStringLiteral("examiner"), SearchWorkspace::examinerPass,
                                             fastOptions());
        if (!s)
            qWarning("%s", qPrintable(s.error().message()));
        return s ? std::move(*s) : nullptr;
    }

    // The examiner's markup draft of the mark, or an empty markup when there is none.
    Result<Markup> draft()
    {
        auto session = examinerSession();
        if (!session)
            return Error(ErrorCode::Internal, QStringLiteral("no session"));
        auto d = session->markupDraft(m_mark.id);
        (void)session->logout();
        if (!d)
            return d.error();
        return markupFromJson(d->json);
    }

    MarkupFeature feature(FeatureType type, QPointF at, std::optional<double> direction)
    {
        MarkupFeature f;
        f.id = FeatureId::create();
        f.type = type;
        f.position = at;
        f.direction = direction;
        f.author = QStringLiteral("examiner");
        f.createdUtc = f.modifiedUtc = QDateTime::currentDateTimeUtc();
        return f;
    }

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static bool write(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws =
            makeSearchWorkspace(m_dir.filePath(QStringLiteral("ws.ridgeline")), m_dir.filePath(QStringLiteral("pkg")));
        QVERIFY2(m_ws.error.isEmpty(), qPrintable(m_ws.error));
        auto officer = LocalWorkspaceSession::open(m_ws.path, QStringLiteral("officer"), SearchWorkspace::officerPass,
                                                   fastOptions());
        QVERIFY(officer);
        auto marks = (*officer)->cases().marksOfCase(m_ws.caseId);
        QVERIFY(marks && marks->size() == 1);
        m_mark = marks->first();
        QCOMPARE(m_mark.exhibitReference, kMark);
        auto original = (*officer)->readOriginal(m_mark.originalSha256, QStringLiteral("mark"), m_mark.id.toString());
        QVERIFY(original);
        m_markSize = QImage::fromData(*original).size();
        QVERIFY(!m_markSize.isEmpty());
        QVERIFY((*officer)->logout());
        const Run started = examiner({QStringLiteral("mark"), QStringLiteral("start-analysis"),
                                      QStringLiteral("--case"), kCase, QStringLiteral("--mark"), kMark});
        QVERIFY2(started.code == 0, qPrintable(started.err));
    }

    void aMarkWithoutCommittedMarkupHasNothingToExport()
    {
        const QString file = m_dir.filePath(QStringLiteral("none.fmr"));
        const Run run = templ(QStringLiteral("export"), {QStringLiteral("--out"), file});
        QCOMPARE(run.code, 7);
        QVERIFY2(run.err.contains(kMark) && run.err.contains(QStringLiteral("no committed markup")),
                 qPrintable(run.err));
        QVERIFY(!QFile::exists(file));
    }

    void theCommittedMarkupIsExportedShownAndAudited()
    {
        {
            auto session = examinerSession();
            QVERIFY(session);
            const double w = m_markSize.width();
            const double h = m_markSize.height();
            m_features = {feature(FeatureType::MinutiaEnding, {w * 0.4 + 0.3, h * 0.5 + 0.7}, 120.0),
                          feature(FeatureType::MinutiaBifurcation, {w * 0.6, h * 0.3}, 301.5),
                          feature(FeatureType::MinutiaUnknown, {w * 0.2, h * 0.8}, 10.0),
                          feature(FeatureType::Core, {w * 0.5, h * 0.4}, 90.0)};
            Markup m = Markup::forImage(QString::fromLatin1(m_mark.originalSha256.toHex()), m_markSize);
            m.features = m_features;
            QVERIFY(session->saveMarkupDraft(m_mark.id, 0, markupToJson(m)));
            QVERIFY(session->commitMarkup(m_mark.id));
            QVERIFY(session->logout());
        }
        const QString file = m_dir.filePath(QStringLiteral("jh1.fmr"));
        const Run run = templ(QStringLiteral("export"), {QStringLiteral("--out"), file, QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QByteArray bytes = read(file);
        QVERIFY(bytes.startsWith(QByteArray("FMR\0 20\0", 8)));
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("revision")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("width")).toInt(), m_markSize.width());
        QCOMPARE(json.value(QStringLiteral("bytes")).toInteger(), qint64(bytes.size()));
        const QString sha = json.value(QStringLiteral("sha256")).toString();
        QCOMPARE(sha, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));

        const Run shown = examiner({QStringLiteral("template"), QStringLiteral("show"), file});
        QVERIFY2(shown.code == 0, qPrintable(shown.err));
        QVERIFY2(shown.out.contains(QStringLiteral("3 minutiae")) && shown.out.contains(QStringLiteral("ending")) &&
                     shown.out.contains(QStringLiteral("bifurcation")) && shown.out.contains(QStringLiteral("core")),
                 qPrintable(shown.out));
        const QString expected =
            QStringLiteral("x %1  y %2").arg(int(m_features[0].position.x())).arg(int(m_features[0].position.y()));
        QVERIFY2(shown.out.contains(expected), qPrintable(shown.out));

        const Run audit = cli(QStringLiteral("admin"), SearchWorkspace::adminPass,
                              {QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--case"), kCase});
        QVERIFY2(audit.code == 0, qPrintable(audit.err));
        QVERIFY2(audit.out.contains(QStringLiteral("export-template")) && audit.out.contains(sha),
                 qPrintable(audit.out.right(2000)));
    }

    void theTemplateComesBackAsSuggestionsInTheDraft()
    {
        const QString file = m_dir.filePath(QStringLiteral("jh1.fmr"));
        const Run run = templ(QStringLiteral("import"), {file});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Saved 4 points")), qPrintable(run.out));
        const auto markup = draft();
        QVERIFY2(markup.ok(), markup.ok() ? "" : qPrintable(markup.error().message()));
        QCOMPARE(markup->features.size(), 4); // the committed revision's, kept
        QCOMPARE(markup->suggestions.size(), 4);
        for (int i = 0; i < 4; ++i) {
            const MarkupFeature &s = markup->suggestions[i];
            QCOMPARE(s.type, m_features[i].type);
            QVERIFY(std::abs(s.position.x() - m_features[i].position.x()) <= 0.5);
            QVERIFY(std::abs(s.position.y() - m_features[i].position.y()) <= 0.5);
            double turn = std::abs(*s.direction - *m_features[i].direction);
            QVERIFY(std::min(turn, 360 - turn) <= interop::kIso19794AngleUnit);
            QCOMPARE(s.origin.engine, QStringLiteral("ISO/IEC 19794-2:2005"));
        }
        const Run audit = cli(QStringLiteral("admin"), SearchWorkspace::adminPass,
                              {QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--case"), kCase});
        QVERIFY2(audit.out.contains(QStringLiteral("import-template")), qPrintable(audit.out.right(2000)));
    }

    void anExistingDraftIsReplacedOnlyWhenAsked()
    {
        const QString file = m_dir.filePath(QStringLiteral("jh1.fmr"));
        const Run refused = templ(QStringLiteral("import"), {file});
        QCOMPARE(refused.code, 9);
        QVERIFY2(refused.err.contains(QStringLiteral("draft")) && refused.err.contains(QStringLiteral("--replace")),
                 qPrintable(refused.err));
        QCOMPARE(draft()->suggestions.size(), 4); // untouched
        const Run replaced =
            templ(QStringLiteral("import"), {file, QStringLiteral("--replace"), QStringLiteral("--json")});
        QVERIFY2(replaced.code == 0, qPrintable(replaced.err));
        QVERIFY(replaced.json().value(QStringLiteral("replacedDraft")).toBool());
        QCOMPARE(draft()->suggestions.size(), 4); // replaced, not added to
    }

    void aTemplateOfAnotherImageOrCutShortIsRefused()
    {
        interop::Iso19794Record record;
        record.width = m_markSize.width() + 1;
        record.height = m_markSize.height();
        record.views.append(interop::Iso19794FingerView{});
        record.views[0].minutiae.append({interop::Iso19794MinutiaType::Ending, 5, 5, 0, 50});
        const QString other = m_dir.filePath(QStringLiteral("other.fmr"));
        QVERIFY(write(other, *interop::writeIso19794(record)));
        const QByteArray before = markupToJson(*draft());
        Run run = templ(QStringLiteral("import"), {other, QStringLiteral("--replace")});
        QCOMPARE(run.code, 4);
        const QString sizes = QStringLiteral("%1 x %2").arg(m_markSize.width() + 1).arg(m_markSize.height());
        QVERIFY2(run.err.contains(sizes), qPrintable(run.err));
        QCOMPARE(markupToJson(*draft()), before);

        const QString cut = m_dir.filePath(QStringLiteral("cut.fmr"));
        QVERIFY(write(cut, read(m_dir.filePath(QStringLiteral("jh1.fmr"))).first(30)));
        run = templ(QStringLiteral("import"), {cut, QStringLiteral("--replace")});
        QCOMPARE(run.code, 4);
        QVERIFY2(run.err.contains(QStringLiteral("byte 8")), qPrintable(run.err));
        run = examiner({QStringLiteral("template"), QStringLiteral("show"), cut});
        QCOMPARE(run.code, 4);
        QCOMPARE(markupToJson(*draft()), before);
    }

    void suggestionsNotAcceptedStayOutOfTheExport()
    {
        {
            auto session = examinerSession();
            QVERIFY(session);
            QVERIFY(session->commitMarkup(m_mark.id)); // the draft: 4 features and 4 suggestions
            QVERIFY(session->logout());
        }
        const QString file = m_dir.filePath(QStringLiteral("jh1-r2.fmr"));
        const Run run = templ(QStringLiteral("export"), {QStringLiteral("--out"), file, QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("revision")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("suggestionsLeftOut")).toInt(), 4);
        QCOMPARE(json.value(QStringLiteral("views")).toArray().first()[QStringLiteral("minutiae")].toArray().size(), 3);
        QVERIFY2(run.err.contains(QStringLiteral("4 suggested points")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestTemplateCli)
#include "tst_templatecli.moc"
