#pragma once

#include "app/core/intakerecords.h"

#include <QDialog>
#include <QHash>
#include <QImage>
#include <QSet>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QScrollArea;

namespace ridgeline {

class ExemplarCardView;
class SessionController;

// Chooses the exemplar impression a mark is compared with (issue 6): the tenprint cards of the
// case's persons, one person at a time (a combo box of the persons that have impressions, then
// ExemplarCardView). Everything is read through SessionController::run on the session's thread
// (the listing, each impression's stored thumbnail, and, only when none is stored, the original,
// audited as a read of evidence); images are decoded on the thread pool, never on the UI thread.
// A thumbnail made from an original is stored as derived data for next time (kind "thumbnail",
// as intake's ThumbnailHook stores it).
//
// OK is enabled while an impression is chosen; activating one (double click, Return) is OK.
// The session controller must outlive the dialog. UI thread.
class ExemplarChooserDialog : public QDialog
{
    Q_OBJECT
public:
    ExemplarChooserDialog(SessionController *session, const CaseId &caseId, QWidget *parent = nullptr);

    // The chosen impression, when there is one (after OK, or while the dialog is open).
    std::optional<ExemplarImpressionRecord> chosen() const;
    // Shows that impression's person and chooses it once the list has loaded (now when it has).
    void preselect(const ImpressionId &id);

    bool isLoaded() const { return m_loaded; }
    QComboBox *personBox() const { return m_person; }
    ExemplarCardView *cardView() const { return m_card; }
    QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    // The listing has arrived (ok) or failed (the message label says why).
    void loaded(bool ok);
    // A thumbnail was put on the card (tests wait for it).
    void thumbnailShown(const ridgeline::ImpressionId &id);

private:
    void showListing(const Result<QList<ExemplarImpressionRecord>> &listing);
    void showPerson(int index);
    void requestThumbnail(const ExemplarImpressionRecord &record);
    void showThumbnail(const ImpressionId &id, const QImage &image);
    void storeThumbnail(const QByteArray &sha256, const QImage &image);
    void noteThumbnailError(const QString &message);
    void updateOk();

    SessionController *m_session;
    CaseId m_caseId;
    QLabel *m_message;
    QComboBox *m_person;
    QScrollArea *m_scroll;
    ExemplarCardView *m_card;
    QDialogButtonBox *m_buttons;
    QList<ExemplarImpressionRecord> m_impressions;
    QList<PersonId> m_persons; // the combo box's entries, in order
    QHash<ImpressionId, QImage> m_thumbnails;
    QSet<ImpressionId> m_requested;
    ImpressionId m_preselect;
    bool m_loaded = false;
    bool m_thumbnailErrorShown = false;
};

} // namespace ridgeline
