#pragma once

// Shared by the tests of the work stored with a mark (services, CLI): a real workspace with an
// administrator, a case officer and an examiner, one case and one mark whose original is a real
// PNG of ridges, and a recipe's output hash computed the way the viewer computes it.

#include "app/imaging/enhance/evidenceimage.h"
#include "app/imaging/enhance/recipe.h"
#include "tests/app/services/workspacetestsupport.h"
#include "tests/testsupport/pngbytes.h"

#include <QBuffer>
#include <QImage>
#include <QtMath>

namespace ridgeline::testing {

struct MarkWorkspace
{
    QString path;
    CaseRecord caseRecord;
    Mark mark;
    QByteArray png;
    static inline const QByteArray adminPass = "granite-jasper-walnut-torch";
    static inline const QByteArray officerPass = "moss-ledger-falcon-quarry";
    static inline const QByteArray examinerPass = "ivory-salt-quill-lemon";
};

// Curved ridges with some texture, 8-bit grey, 1000 ppi in the file.
inline QByteArray ridgePng(int width = 400, int height = 300)
{
    QImage image(width, height, QImage::Format_Grayscale8);
    for (int y = 0; y < height; ++y) {
        uchar *row = image.scanLine(y);
        for (int x = 0; x < width; ++x) {
            const double r = std::hypot(x - width * 0.4, y - height * 0.6);
            row[x] = uchar(128 + 90 * std::sin(r / 3.0) + ((x * 7 + y * 13) % 17) - 8);
        }
    }
    image.setDotsPerMeterX(39370);
    image.setDotsPerMeterY(39370);
    return testing::pngBytes(image);
}

inline std::unique_ptr<LocalWorkspaceSession> openAs(const QString &path, const QString &user,
                                                     const QByteArray &passphrase)
{
    auto session = LocalWorkspaceSession::open(path, user, passphrase, fastOptions());
    if (!session)
        qWarning("%s", qPrintable(session.error().message()));
    return session ? std::move(*session) : nullptr;
}

// The workspace with users "admin", "officer" (case officer), "examiner", case WYP/2026/4117 and
// mark JS/1 holding ridgePng() as its original.
inline MarkWorkspace makeMarkWorkspace(const QString &path)
{
    MarkWorkspace ws;
    ws.path = path;
    auto admin = LocalWorkspaceSession::create(path, QStringLiteral("admin"), MarkWorkspace::adminPass, fastOptions());
    if (!admin)
        qFatal("%s", qPrintable(admin.error().message()));
    (void)(*admin)->addUser(QStringLiteral("officer"), QStringLiteral("D. Hartley"), Role::CaseOfficer,
                            MarkWorkspace::officerPass);
    (void)(*admin)->addUser(QStringLiteral("examiner"), QStringLiteral("A. Jones"), Role::Examiner,
                            MarkWorkspace::examinerPass);
    (void)(*admin)->logout();
    auto officer = openAs(path, QStringLiteral("officer"), MarkWorkspace::officerPass);
    CaseRecord c;
    c.reference = CaseReference(QStringLiteral("WYP"), 2026, 4117);
    c.force = QStringLiteral("West Yorkshire Police");
    c.offence = QStringLiteral("Burglary dwelling");
    c.officerInCase = QStringLiteral("DC 4471");
    c.summary = QStringLiteral("Rear window forced");
    auto created = officer->cases().saveCase(c);
    if (!created)
        qFatal("%s", qPrintable(created.error().message()));
    ws.caseRecord = *created;
    ws.png = ridgePng();
    Mark mark;
    mark.id = MarkId::create();
    mark.caseId = created->id;
    mark.exhibitReference = QStringLiteral("JS/1");
    auto sha = officer->storeOriginal(ws.png, QStringLiteral("image/png"), QStringLiteral("mark"), mark.id.toString());
    if (!sha)
        qFatal("%s", qPrintable(sha.error().message()));
    mark.originalSha256 = *sha;
    mark.calibration.ppi = 1000;
    mark.calibration.source = CalibrationSource::Manifest;
    auto saved = officer->caseStore().saveMark(mark);
    if (!saved)
        qFatal("%s", qPrintable(saved.error().message()));
    ws.mark = *saved;
    (void)officer->logout();
    return ws;
}

// A two-step recipe (CLAHE, unsharp mask).
inline imaging::Recipe sampleRecipe()
{
    imaging::Recipe recipe;
    recipe.steps.append(imaging::defaultStep(QStringLiteral("clahe")));
    recipe.steps.append(imaging::defaultStep(QStringLiteral("unsharp")));
    return recipe;
}

// The output hash of `recipe` on `png` at `ppi`, as the viewer records it.
inline QString replayHash(const QByteArray &png, const imaging::Recipe &recipe, double ppi)
{
    auto decoded = imaging::decodeEvidenceImage(png, QStringLiteral("test"));
    if (!decoded)
        qFatal("%s", qPrintable(decoded.error().message()));
    imaging::ApplyOptions options;
    options.sourcePpi = ppi;
    auto output = imaging::applyRecipe(decoded->image, recipe, options);
    if (!output)
        qFatal("%s", qPrintable(output.error().message()));
    return imaging::imagePixelSha256(output.value());
}

inline MarkWork sampleWork(const MarkWorkspace &ws)
{
    MarkWork work;
    work.markId = ws.mark.id;
    const imaging::Recipe recipe = sampleRecipe();
    work.recipeJson = recipe.toJsonBytes();
    work.outputSha256 = replayHash(ws.png, recipe, 1016.0);
    work.calibration.method = QStringLiteral("two-points");
    work.calibration.ppi = 1016.0;
    work.calibration.points = {QPointF(21, 50), QPointF(421, 50)};
    work.calibration.millimetres = 10.0;
    work.calibration.refined = true;
    work.calibration.graduations = 10;
    work.measurements.append(
        MarkMeasurementRecord{1, QStringLiteral("distance"), {QPointF(10, 10), QPointF(110, 10)}, 100.0, 2.5, 0, 0});
    return work;
}

} // namespace ridgeline::testing
