#include "app/gui/exemplarchooserdialog.h"

#include "app/presentation/futurewatch.h"
#include "app/presentation/sessioncontroller.h"
#include "app/services/thumbnails.h"
#include "widgets/exemplarcard/exemplarcardview.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace ridgeline {
namespace {

// What the session thread found for one impression: its stored thumbnail, else its original.
struct ThumbnailBytes
{
    QByteArray bytes;
    bool stored = false;
    std::optional<Error> error;
};

ThumbnailBytes readThumbnailBytes(WorkspaceSession &session, const ExemplarImpressionRecord &record)
{
    ThumbnailBytes found;
    auto stored = session.derivedData(record.originalSha256, kThumbnailKind);
    if (stored) {
        found.bytes = *stored;
        found.stored = true;
        return found;
    }
    if (stored.error().code() != ErrorCode::NotFound) {
        found.error = stored.error();
        return found;
    }
    // The same audit object as intake's read of this original (importservice.cpp).
    auto original = session.readOriginal(record.originalSha256, QStringLiteral("exemplar"), record.id.toString());
    if (original)
        found.bytes = *original;
    else
        found.error = original.error();
    return found;
}

} // namespace

ExemplarChooserDialog::ExemplarChooserDialog(SessionController *session, const CaseId &caseId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_caseId(caseId)
    , m_message(new QLabel(tr("Loading exemplars…")))
    , m_person(new QComboBox)
    , m_scroll(new QScrollArea)
    , m_card(new ExemplarCardView)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("exemplarChooserDialog"));
    setWindowTitle(tr("Choose Exemplar"));
    resize(740, 680);
    m_message->setObjectName(QStringLiteral("exemplarChooserMessage"));
    m_message->setWordWrap(true);
    m_person->setObjectName(QStringLiteral("exemplarPersonBox"));
    m_person->setAccessibleName(tr("Person"));
    m_person->setToolTip(tr("Whose tenprint card to show"));
    m_scroll->setWidget(m_card);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFocusProxy(m_card);
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Compare the mark with the chosen impression"));
    auto *personRow = new QFormLayout;
    personRow->addRow(tr("&Person:"), m_person);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(personRow);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_buttons);
    m_person->setEnabled(false);
    m_scroll->setVisible(false);
    updateOk();

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExemplarChooserDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExemplarChooserDialog::reject);
    connect(m_person, &QComboBox::currentIndexChanged, this, &ExemplarChooserDialog::showPerson);
    connect(m_card, &ExemplarCardView::currentImpressionChanged, this, &ExemplarChooserDialog::updateOk);
    connect(m_card, &ExemplarCardView::impressionActivated, this, [this](const ImpressionId &id) {
        if (!id.isNull())
            accept();
    });

    auto listing = m_session->run([caseId](WorkspaceSession &s) { return s.exemplarImpressionsOfCase(caseId); });
    whenFinished(this, listing, [this](const Result<QList<ExemplarImpressionRecord>> &result) { showListing(result); });
}

std::optional<ExemplarImpressionRecord> ExemplarChooserDialog::chosen() const
{
    const ImpressionId current = m_card->currentImpression();
    for (const ExemplarImpressionRecord &record : m_impressions) {
        if (!current.isNull() && record.id == current)
            return record;
    }
    return std::nullopt;
}

void ExemplarChooserDialog::preselect(const ImpressionId &id)
{
    m_preselect = id;
    if (!m_loaded)
        return;
    for (const ExemplarImpressionRecord &record : std::as_const(m_impressions)) {
        if (record.id == id) {
            m_person->setCurrentIndex(int(m_persons.indexOf(record.person)));
            m_card->setCurrentImpression(id);
            return;
        }
    }
}

void ExemplarChooserDialog::showListing(const Result<QList<ExemplarImpressionRecord>> &listing)
{
    m_loaded = true;
    if (!listing) {
        m_message->setText(tr("The exemplars of this case could not be listed: %1").arg(listing.error().message()));
        Q_EMIT loaded(false);
        return;
    }
    m_impressions = *listing;
    if (m_impressions.isEmpty()) {
        m_message->setText(tr("No tenprint exemplars are filed for the persons of this case."));
        Q_EMIT loaded(true);
        return;
    }
    // The listing comes ordered by person, so each person's impressions are together.
    QHash<PersonId, int> counts;
    for (const ExemplarImpressionRecord &record : std::as_const(m_impressions)) {
        if (!counts.contains(record.person))
            m_persons.append(record.person);
        ++counts[record.person];
    }
    {
        const QSignalBlocker blocker(m_person);
        for (const PersonId &person : std::as_const(m_persons)) {
            const auto record =
                std::find_if(m_impressions.cbegin(), m_impressions.cend(),
                             [&person](const ExemplarImpressionRecord &r) { return r.person == person; });
            m_person->addItem(tr("%1 — %n impression(s)", nullptr, counts.value(person)).arg(record->personName));
        }
    }
    m_message->setText(tr("Choose the impression to compare the mark with."));
    m_person->setEnabled(m_persons.size() > 1);
    m_scroll->setVisible(true);
    // The preselected impression's person first, so no other card's thumbnails are fetched.
    int first = 0;
    for (const ExemplarImpressionRecord &record : std::as_const(m_impressions)) {
        if (!m_preselect.isNull() && record.id == m_preselect)
            first = int(m_persons.indexOf(record.person));
    }
    {
        const QSignalBlocker blocker(m_person);
        m_person->setCurrentIndex(first);
    }
    showPerson(first);
    m_card->setCurrentImpression(m_preselect);
    m_card->setFocus();
    Q_EMIT loaded(true);
}

void ExemplarChooserDialog::showPerson(int index)
{
    if (index < 0 || index >= m_persons.size())
        return;
    const PersonId person = m_persons.at(index);
    QList<ExemplarImpressionRecord> card;
    for (const ExemplarImpressionRecord &record : std::as_const(m_impressions)) {
        if (record.person == person)
            card.append(record);
    }
    m_card->setImpressions(card);
    for (const ExemplarImpressionRecord &record : std::as_const(card)) {
        if (auto it = m_thumbnails.constFind(record.id); it != m_thumbnails.cend())
            m_card->setThumbnail(record.id, *it);
        else
            requestThumbnail(record);
    }
}

void ExemplarChooserDialog::requestThumbnail(const ExemplarImpressionRecord &record)
{
    if (m_requested.contains(record.id) || record.originalSha256.isEmpty())
        return;
    m_requested.insert(record.id);
    auto bytes = m_session->run([record](WorkspaceSession &s) { return readThumbnailBytes(s, record); });
    whenFinished(this, bytes, [this, record](const ThumbnailBytes &found) {
        if (found.error) {
            noteThumbnailError(
                tr("The image of %1 could not be shown: %2").arg(record.exhibitReference, found.error->message()));
            return;
        }
        auto image = QtConcurrent::run(
            [found]() { return found.stored ? QImage::fromData(found.bytes) : decodeThumbnail(found.bytes); });
        whenFinished(this, image, [this, record, stored = found.stored](const QImage &decoded) {
            if (decoded.isNull())
                return; // a format Qt cannot show (WSQ, JPEG 2000 without the plug-in): the placeholder stays
            if (!stored)
                storeThumbnail(record.originalSha256, decoded);
            showThumbnail(record.id, decoded);
        });
    });
}

void ExemplarChooserDialog::showThumbnail(const ImpressionId &id, const QImage &image)
{
    m_thumbnails.insert(id, image);
    m_card->setThumbnail(id, image);
    Q_EMIT thumbnailShown(id);
}

void ExemplarChooserDialog::storeThumbnail(const QByteArray &sha256, const QImage &image)
{
    // Queued now, not from a later callback that the dialog's closing would drop. Encoding a
    // thumbnail-sized PNG on the session thread takes about a millisecond. Derived data: losing it costs only speed
    // next time, so a failure is not worth a message.
    m_session->run([sha256, image](WorkspaceSession &s) {
        return s.storeDerivedData(sha256, kThumbnailKind, encodeThumbnail(image));
    });
}

void ExemplarChooserDialog::noteThumbnailError(const QString &message)
{
    if (m_thumbnailErrorShown)
        return; // one is enough: the rest are usually the same refusal
    m_thumbnailErrorShown = true;
    m_message->setText(message);
}

void ExemplarChooserDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_card->currentImpression().isNull());
}

} // namespace ridgeline
