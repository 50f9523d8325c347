#include "app/services/templateservice.h"

#include "app/core/markupjson.h"
#include "app/imaging/enhance/evidenceimage.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace ridgeline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ridgeline::TemplateService", text);
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

TemplateService::TemplateService(WorkspaceSession &session)
    : m_session(session)
{}

Result<ExportedTemplate> TemplateService::exportTemplate(const Mark &mark)
{
    auto revision = m_session.markupRevision(mark.id, 0);
    if (!revision) {
        if (revision.error().code() == ErrorCode::NotFound)
            return Error(
                ErrorCode::NotFound,
                tr("Mark %1 has no committed markup to export; commit the markup first").arg(mark.exhibitReference));
        return revision.error();
    }
    auto markup = markupFromJson(revision->json);
    if (!markup)
        return markup.error().withContext(
            tr("The markup revision %1 of mark %2").arg(revision->revision).arg(mark.exhibitReference));
    ExportedTemplate out;
    out.revision = revision->revision;
    auto work = m_session.markWork(mark.id);
    out.ppi = work && work->calibration.ppi > 0 ? work->calibration.ppi
              : mark.calibration.isCalibrated() ? mark.calibration.ppi
                                                : 0.0;
    auto record = interop::iso19794FromMarkup(*markup, out.ppi);
    if (!record)
        return record.error().withContext(tr("Mark %1").arg(mark.exhibitReference));
    auto bytes = interop::writeIso19794(*record);
    if (!bytes)
        return bytes.error().withContext(tr("Mark %1").arg(mark.exhibitReference));
    for (const MarkupFeature &f : markup->suggestions)
        if (f.type == FeatureType::MinutiaEnding || f.type == FeatureType::MinutiaBifurcation ||
            f.type == FeatureType::MinutiaUnknown || f.type == FeatureType::Core || f.type == FeatureType::Delta)
            ++out.suggestionsLeftOut;
    out.record = std::move(record).value();
    out.bytes = std::move(bytes).value();
    out.sha256 = sha256Hex(out.bytes);
    const QJsonObject details{{QStringLiteral("format"), QStringLiteral("ISO/IEC 19794-2:2005")},
                              {QStringLiteral("revision"), out.revision},
                              {QStringLiteral("minutiae"), int(out.record.views.first().minutiae.size())},
                              {QStringLiteral("bytes"), qint64(out.bytes.size())},
                              {QStringLiteral("sha256"), out.sha256}};
    if (Status s = m_session.recordEvent(QStringLiteral("export-template"), QStringLiteral("mark"), mark.id.toString(),
                                         AuditOutcome::Success, compact(details));
        !s)
        return s.error();
    return out;
}

Result<ImportedTemplate> TemplateService::importTemplate(const Mark &mark, const QByteArray &bytes, bool replaceDraft)
{
    auto record = interop::readIso19794(bytes);
    if (!record)
        return record.error();
    if (record->views.size() != 1)
        return Error(ErrorCode::BadInput,
                     tr("The template holds %1 finger views; a mark takes the points of one view, so import a "
                        "template of one view")
                         .arg(record->views.size()));
    auto draft = m_session.markupDraft(mark.id);
    if (draft && !replaceDraft)
        return Error(ErrorCode::Conflict, tr("Mark %1 already has a markup draft of yours (saved %2); commit or "
                                             "discard it first, or replace it")
                                              .arg(mark.exhibitReference, draft->updatedUtc.toString(Qt::ISODate)));
    if (!draft && draft.error().code() != ErrorCode::NotFound)
        return draft.error();

    auto original = m_session.readOriginal(mark.originalSha256, QStringLiteral("mark"), mark.id.toString());
    if (!original)
        return original.error();
    auto image = imaging::decodeEvidenceImage(*original, mark.exhibitReference);
    if (!image)
        return image.error();
    const QString imageSha = QString::fromLatin1(mark.originalSha256.toHex());
    auto imported = interop::markupFromIso19794(*record, 0, imageSha, image->image.size(), m_session.user().name,
                                                QDateTime::currentDateTimeUtc());
    if (!imported)
        return imported.error().withContext(tr("Mark %1").arg(mark.exhibitReference));

    ImportedTemplate out;
    Markup markup = std::move(imported).value();
    auto committed = m_session.markupRevision(mark.id, 0);
    if (committed) {
        auto base = markupFromJson(committed->json);
        if (!base)
            return base.error();
        if (base->imageSize != markup.imageSize)
            return Error(
                ErrorCode::Corrupt,
                tr("The committed markup of mark %1 is not of its original's size").arg(mark.exhibitReference));
        base->suggestions.append(markup.suggestions);
        markup = std::move(base).value();
        out.baseRevision = committed->revision;
    } else if (committed.error().code() != ErrorCode::NotFound) {
        return committed.error();
    }
    if (Status s = validateMarkup(markup); !s)
        return s.error();
    out.sha256 = sha256Hex(bytes);
    out.suggestions = int(record->views.first().minutiae.size() + record->views.first().cores.size() +
                          record->views.first().deltas.size());
    out.replacedDraft = bool(draft);
    if (Status s = m_session.saveMarkupDraft(mark.id, out.baseRevision, markupToJson(markup)); !s)
        return s.error();
    const QJsonObject details{{QStringLiteral("format"), QStringLiteral("ISO/IEC 19794-2:2005")},
                              {QStringLiteral("suggestions"), out.suggestions},
                              {QStringLiteral("baseRevision"), out.baseRevision},
                              {QStringLiteral("replacedDraft"), out.replacedDraft},
                              {QStringLiteral("bytes"), qint64(bytes.size())},
                              {QStringLiteral("sha256"), out.sha256}};
    if (Status s = m_session.recordEvent(QStringLiteral("import-template"), QStringLiteral("mark"), mark.id.toString(),
                                         AuditOutcome::Success, compact(details));
        !s) {
        if (!out.replacedDraft) // an import the audit trail does not show leaves no draft behind
            (void)m_session.discardMarkupDraft(mark.id);
        return s.error();
    }
    return out;
}

} // namespace ridgeline
