#include "app/services/an2kexport.h"

#include "app/core/comparisonbundle.h"
#include "app/core/markupjson.h"
#include "app/imaging/enhance/evidenceimage.h"
#include "app/interop/an2kreader.h"
#include "app/interop/an2ktype9.h"
#include "app/interop/an2kwriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <cmath>

namespace ridgeline {

namespace {

using namespace interop;

bool isType9Feature(FeatureType type)
{
    return type == FeatureType::MinutiaEnding || type == FeatureType::MinutiaBifurcation ||
           type == FeatureType::MinutiaUnknown || type == FeatureType::Core || type == FeatureType::Delta;
}

// The original's pixels as they are: 8-bit grey only, since converting evidence is not exporting it.
Result<An2kGrayImage> greyPixels(const QByteArray &bytes, const QString &name, int ppi)
{
    auto decoded = imaging::decodeEvidenceImage(bytes, name);
    if (!decoded)
        return decoded.error();
    const QImage &image = decoded->image;
    if (image.format() != QImage::Format_Grayscale8)
        return Error(ErrorCode::BadInput,
                     QCoreApplication::translate(
                         "ridgeline::An2kExport",
                         "%1 is not an 8-bit grey image (%2 bits a pixel): the ANSI/NIST-ITL export carries the "
                         "original's pixels unchanged as 8-bit grey, and Ridgeline does not convert evidence")
                         .arg(name)
                         .arg(image.depth()));
    An2kGrayImage grey;
    grey.size = image.size();
    grey.ppi = ppi;
    grey.pixels.reserve(qsizetype(image.width()) * image.height());
    for (int y = 0; y < image.height(); ++y)
        grey.pixels.append(reinterpret_cast<const char *>(image.constScanLine(y)), image.width());
    return grey;
}

QByteArray controlNumber()
{
    return "RL" + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmsszzz")).toLatin1() +
           QByteArray::number(QRandomGenerator::global()->bounded(0x10000), 16).rightJustified(4, '0').toUpper();
}

An2kTransactionInfo transactionInfo(const QByteArray &type, const An2kExportOptions &options)
{
    An2kTransactionInfo info;
    info.typeOfTransaction = type;
    info.date = QDate::currentDate();
    info.destinationAgency = options.destinationAgency;
    info.originatingAgency = options.originatingAgency;
    info.controlNumber = controlNumber();
    return info; // NSR and NTR 00.00: no Type-3 to 7 images
}

// "Alys Hughes" -> "Hughes, Alys": EFS names the examiner by family and given name.
QString examinerName(WorkspaceSession &session, const QString &user)
{
    QString display = user;
    if (auto names = session.userDisplayNames(); names && names->contains(user) && !names->value(user).isEmpty())
        display = names->value(user);
    const QStringList words = display.simplified().split(QLatin1Char(' '));
    if (words.size() < 2)
        return display.simplified();
    return words.last() + QStringLiteral(", ") + words.mid(0, words.size() - 1).join(QLatin1Char(' '));
}

QString analysisValue(ValueDecision value)
{
    switch (value) {
    case ValueDecision::OfValueForIdentification:
        return QStringLiteral("VALUE");
    case ValueDecision::ExclusionOnly:
        return QStringLiteral("LIMITED");
    case ValueDecision::NoValue:
        break;
    }
    return QStringLiteral("NOVALUE");
}

// Read back what was written; validate that; compare it with what was built; deliver; record.
Result<An2kExport> finish(WorkspaceSession &session, const CaseId &caseId, const An2kTransaction &built, An2kExport out,
                          QJsonObject details, const An2kExportOptions &options,
                          const std::function<Status(const An2kTransaction &)> &checkBack)
{
    out.bytes = writeAn2k(built);
    auto back = An2kReader().read(out.bytes);
    if (!back)
        return Error(ErrorCode::Internal,
                     QCoreApplication::translate("ridgeline::An2kExport",
                                                 "The transaction written for %1 does not read back: %2")
                         .arg(out.subject, back.error().message()));
    if (Status valid = validateAn2k(*back); !valid)
        return valid.error().withContext(
            QCoreApplication::translate("ridgeline::An2kExport", "The transaction for %1 is not valid ANSI/NIST-ITL")
                .arg(out.subject));
    if (const QString difference = an2kDifference(built, *back); !difference.isEmpty())
        return Error(
            ErrorCode::Internal,
            QCoreApplication::translate("ridgeline::An2kExport", "The transaction for %1 reads back differently: %2")
                .arg(out.subject, difference));
    if (checkBack)
        if (Status s = checkBack(*back); !s)
            return s.error();
    out.records = int(back->records.size());
    out.sha256 = QString::fromLatin1(QCryptographicHash::hash(out.bytes, QCryptographicHash::Sha256).toHex());
    details.insert(QStringLiteral("export"), out.what);
    details.insert(QStringLiteral("sha256"), out.sha256);
    details.insert(QStringLiteral("bytes"), qint64(out.bytes.size()));
    details.insert(QStringLiteral("records"), out.records);
    if (options.deliver)
        if (Status delivered = options.deliver(out.bytes); !delivered)
            return delivered.error(); // nothing delivered: nothing to record
    if (Status s = session.recordEvent(QStringLiteral("export-an2k"), QStringLiteral("case"), caseId.toString(),
                                       AuditOutcome::Success,
                                       QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
        !s) {
        if (options.deliver && options.undo)
            options.undo(); // an export the audit trail does not show must not exist
        return s.error();
    }
    return out;
}

// The Type-9 read back from the file gives the features that were exported, in the same places.
Status sameFeatures(const Markup &exported, const Type9Markup &back, double ppi, const QString &subject)
{
    const double tolerance = 0.5 * ppi / 2540.0 + 1e-6;
    QList<MarkupFeature> a = exported.features, b = back.markup.features;
    const auto byType = [](const MarkupFeature &x, const MarkupFeature &y) { return int(x.type) < int(y.type); };
    std::stable_sort(a.begin(), a.end(), byType);
    std::stable_sort(b.begin(), b.end(), byType);
    bool same = a.size() == b.size();
    for (qsizetype i = 0; same && i < a.size(); ++i)
        same = a[i].type == b[i].type && std::abs(a[i].position.x() - b[i].position.x()) <= tolerance &&
               std::abs(a[i].position.y() - b[i].position.y()) <= tolerance &&
               bool(a[i].direction) == bool(b[i].direction);
    if (!same)
        return Error(ErrorCode::Internal,
                     QCoreApplication::translate("ridgeline::An2kExport",
                                                 "The features of %1 read back from the transaction differ from the "
                                                 "markup exported (%2 features against %3)")
                         .arg(subject)
                         .arg(b.size())
                         .arg(a.size()));
    return {};
}

struct CommittedMarkup
{
    Markup markup;
    QString source; // translated, for messages and the CLI
    int revision = 0;
};

Result<CommittedMarkup> parsed(const QByteArray &json, const QString &source, int revision, const QString &mark)
{
    auto markup = markupFromJson(json);
    if (!markup)
        return markup.error().withContext(
            QCoreApplication::translate("ridgeline::An2kExport", "The %1 of mark %2").arg(source, mark));
    return CommittedMarkup{*markup, source, revision};
}

// The mark's committed features: the newest markup revision; else the markup its analysis
// committed (a snapshot, immutable like the analysis); else the mark side of its newest committed
// comparison (the demo examination charts its features there).
Result<CommittedMarkup> committedMarkup(WorkspaceSession &session, const MarkCasework &casework)
{
    const Mark &mark = casework.mark;
    auto revision = session.markupRevision(mark.id);
    if (revision)
        return parsed(
            revision->json,
            QCoreApplication::translate("ridgeline::An2kExport", "markup revision %1").arg(revision->revision),
            revision->revision, mark.exhibitReference);
    if (revision.error().code() != ErrorCode::NotFound)
        return revision.error();
    if (casework.analysis && !casework.analysis->markupJson.isEmpty())
        return parsed(casework.analysis->markupJson,
                      QCoreApplication::translate("ridgeline::An2kExport", "the analysis snapshot"), 0,
                      mark.exhibitReference);
    if (auto comparisons = session.comparisonRevisions(mark.id); comparisons && !comparisons->isEmpty()) {
        const auto newest = std::max_element(
            comparisons->cbegin(), comparisons->cend(),
            [](const ExaminationRevision &a, const ExaminationRevision &b) { return a.savedUtc < b.savedUtc; });
        auto document = session.comparisonRevision(mark.id, newest->exemplarRef, newest->revision);
        if (!document)
            return document.error();
        auto bundle = comparisonBundleFromJson(document->json);
        if (!bundle)
            return bundle.error().withContext(
                QCoreApplication::translate("ridgeline::An2kExport", "Comparison revision %1 of mark %2")
                    .arg(newest->revision)
                    .arg(mark.exhibitReference));
        if (!bundle->mark.features.isEmpty())
            return CommittedMarkup{
                bundle->mark,
                QCoreApplication::translate("ridgeline::An2kExport", "comparison revision %1").arg(newest->revision),
                0};
    }
    return Error(ErrorCode::NotFound,
                 QCoreApplication::translate(
                     "ridgeline::An2kExport",
                     "Mark %1 has no committed markup: commit the markup (or the analysis), then export it.")
                     .arg(mark.exhibitReference));
}

} // namespace

Result<An2kExport> exportMarkAn2k(WorkspaceSession &session, const MarkId &markId, const An2kExportOptions &options)
{
    if (Status s = session.require(Action::ExportReport, QStringLiteral("mark"), markId.toString()); !s)
        return s.error();
    auto casework = session.markCasework(markId);
    if (!casework)
        return casework.error();
    const Mark &mark = casework->mark;
    const QString name = mark.exhibitReference;
    if (mark.kind != MarkKind::LatentFinger && mark.kind != MarkKind::LatentPalm)
        return Error(ErrorCode::BadInput,
                     QCoreApplication::translate("ridgeline::An2kExport",
                                                 "Mark %1 (%2) is not a finger or palm mark: ANSI/NIST-ITL Type-9 "
                                                 "and Type-13 records carry friction ridge marks only")
                         .arg(name, markKindDisplayName(mark.kind)));
    auto work = session.markWork(mark.id);
    const double ppi = work && work->calibration.ppi > 0 ? work->calibration.ppi
                       : mark.calibration.isCalibrated() ? mark.calibration.ppi
                                                         : 0.0;
    if (!(ppi > 0))
        return Error(ErrorCode::BadInput,
                     QCoreApplication::translate("ridgeline::An2kExport",
                                                 "Mark %1 is not calibrated: a Type-13 record needs the image's "
                                                 "resolution. Calibrate the mark first, then export it.")
                         .arg(name));
    if (casework->analysis && casework->analysis->withheld)
        return Error(ErrorCode::PermissionDenied,
                     QCoreApplication::translate(
                         "ridgeline::An2kExport",
                         "The analysis of mark %1 is withheld from you (blind verification): its features cannot "
                         "be exported by you yet.")
                         .arg(name));
    auto committed = committedMarkup(session, *casework);
    if (!committed)
        return committed.error();
    const QString &source = committed->source;
    const int revisionNumber = committed->revision;
    const Markup *markup = &committed->markup;
    const int wholePpi = int(std::lround(ppi));
    auto bytes = session.readOriginal(mark.originalSha256, QStringLiteral("mark"), mark.id.toString());
    if (!bytes)
        return bytes.error();
    auto grey = greyPixels(*bytes, name, wholePpi);
    if (!grey)
        return grey.error();
    if (grey->size != markup->imageSize)
        return Error(ErrorCode::Corrupt,
                     QCoreApplication::translate("ridgeline::An2kExport",
                                                 "The %1 of mark %2 is of a %3 x %4 image, the original is %5 x %6")
                         .arg(source, name)
                         .arg(markup->imageSize.width())
                         .arg(markup->imageSize.height())
                         .arg(grey->size.width())
                         .arg(grey->size.height()));

    Type9Markup features;
    features.markup = *markup;
    features.markup.suggestions.clear(); // unreviewed engine output is no examiner's markup
    features.markup.features.removeIf([](const MarkupFeature &f) { return !isType9Feature(f.type); });
    features.imdIdc = 1;
    if (casework->analysis) {
        features.examiner = examinerName(session, casework->analysis->examiner);
        features.methodOfDetection = casework->analysis->input.developmentMethod;
        features.analysisValue = analysisValue(casework->analysis->input.value);
    }

    An2kType2Fields descriptive;
    descriptive.caseReference = casework->caseReference;
    descriptive.exhibit = mark.exhibitReference;
    An2kImageRecordInfo image;
    image.idc = 1;
    image.sourceAgency = options.originatingAgency;
    image.captureDate = (mark.provenance.capturedUtc.isValid() ? mark.provenance.capturedUtc : mark.receivedUtc).date();
    if (!image.captureDate.isValid())
        image.captureDate = QDate::currentDate();
    image.impressionType = 4;                                          // latent impression
    image.fingerPosition = mark.kind == MarkKind::LatentPalm ? 20 : 0; // unknown palm / unknown finger
    const An2kTransaction transaction = makeTransaction(
        transactionInfo("LFFS", options),
        {type2Record(descriptive, 0), type9Record(features, 1, grey->size, wholePpi), type13Record(image, *grey)});

    An2kExport out;
    out.what = QStringLiteral("mark");
    out.caseReference = casework->caseReference;
    out.subject = name;
    out.features = int(features.markup.features.size());
    out.images = 1;
    out.ppi = ppi;
    out.markupRevision = revisionNumber;
    out.markupSource = source;
    const QJsonObject details{{QStringLiteral("mark"), mark.id.toString()},
                              {QStringLiteral("exhibit"), name},
                              {QStringLiteral("markupRevision"), revisionNumber},
                              {QStringLiteral("features"), out.features},
                              {QStringLiteral("ppi"), wholePpi}};
    const QSize size = grey->size;
    return finish(session, mark.caseId, transaction, out, details, options, [&](const An2kTransaction &back) -> Status {
        auto read = readType9(back.records.at(2), size, wholePpi);
        if (!read)
            return read.error().withContext(
                QCoreApplication::translate("ridgeline::An2kExport", "The Type-9 record written for %1").arg(name));
        return sameFeatures(features.markup, *read, wholePpi, name);
    });
}

Result<An2kExport> exportPersonExemplarsAn2k(WorkspaceSession &session, const CaseId &caseId, const QString &person,
                                             const An2kExportOptions &options)
{
    if (Status s = session.require(Action::ExportReport, QStringLiteral("case"), caseId.toString()); !s)
        return s.error();
    auto record = session.cases().caseById(caseId);
    if (!record)
        return record.error();
    const QString caseText = record->reference.toString();
    auto persons = session.cases().personsOfCase(caseId);
    if (!persons)
        return persons.error();
    const auto found = std::find_if(persons->cbegin(), persons->cend(), [&](const auto &entry) {
        const Person &p = entry.first;
        return p.id.toString().compare(person.trimmed(), Qt::CaseInsensitive) == 0 ||
               p.displayName().compare(person.simplified(), Qt::CaseInsensitive) == 0;
    });
    if (found == persons->cend())
        return Error(
            ErrorCode::NotFound,
            QCoreApplication::translate("ridgeline::An2kExport", "Case %1 has no person %2").arg(caseText, person));
    const Person &who = found->first;
    auto impressions = session.exemplarImpressionsOfCase(caseId);
    if (!impressions)
        return impressions.error();
    QList<ExemplarImpressionRecord> mine;
    for (const ExemplarImpressionRecord &r : *impressions)
        if (r.person == who.id)
            mine.append(r);
    if (mine.isEmpty())
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("ridgeline::An2kExport", "%1 has no exemplar impressions in case %2")
                         .arg(who.displayName(), caseText));
    if (mine.size() > 99)
        return Error(ErrorCode::BadInput,
                     QCoreApplication::translate("ridgeline::An2kExport",
                                                 "%1 has %2 exemplar impressions, more than the 99 image records a "
                                                 "transaction can number")
                         .arg(who.displayName())
                         .arg(mine.size()));

    An2kType2Fields descriptive;
    descriptive.caseReference = caseText;
    descriptive.familyName = who.familyName;
    descriptive.givenName = who.givenNames;
    descriptive.dateOfBirth = who.dateOfBirth;
    QList<An2kRecord> records{type2Record(descriptive, 0)};
    for (qsizetype i = 0; i < mine.size(); ++i) {
        const ExemplarImpressionRecord &r = mine[i];
        const QString name = r.exhibitReference.isEmpty() ? r.id.toString() : r.exhibitReference;
        if (!(r.ppi > 0))
            return Error(
                ErrorCode::BadInput,
                QCoreApplication::translate("ridgeline::An2kExport", "Exemplar %1 has no resolution").arg(name));
        auto bytes = session.readOriginal(r.originalSha256, QStringLiteral("exemplar"), r.id.toString());
        if (!bytes)
            return bytes.error();
        auto grey = greyPixels(*bytes, name, int(std::lround(r.ppi)));
        if (!grey)
            return grey.error();
        An2kImageRecordInfo image;
        image.idc = int(i) + 1;
        image.sourceAgency = options.originatingAgency;
        image.captureDate = QDate::currentDate();
        image.impressionType = r.rolled ? 3 : 2; // non-live-scan rolled / plain: scanned cards
        image.fingerPosition = r.fingerPosition;
        records.append(type14Record(image, *grey));
    }
    An2kExport out;
    out.what = QStringLiteral("person");
    out.caseReference = caseText;
    out.subject = who.displayName();
    out.images = int(mine.size());
    const QJsonObject details{{QStringLiteral("person"), who.id.toString()},
                              {QStringLiteral("impressions"), out.images}};
    return finish(session, caseId, makeTransaction(transactionInfo("TPIS", options), records), out, details, options,
                  {});
}

} // namespace ridgeline
