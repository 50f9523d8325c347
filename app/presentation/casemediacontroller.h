#pragma once

#include "app/core/domain.h"
#include "app/core/intakerecords.h"

#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>

namespace ridgeline {

class SessionController;

// A proposed person link as the case view lists it: the person of this case and the record it
// may be the same person as (named when that record belongs to this case too).
struct PersonLinkRow
{
    PersonLinkRecord link;
    QString personName;      // the person of this case
    QString otherRecordName; // empty when the other record is in another case
};

// What the case view shows beyond its text: mark thumbnails, document bytes for the viewer, and
// person links proposed for review. Thumbnails come from the workspace's derived data (stored by
// intake after each import) and, when absent, from the original, read through the session (audited,
// re-hashed) on its thread, decoded and scaled on the global pool (never on the UI thread) and then
// stored as derived data. They are kept in memory by SHA-256 for the session's life. UI thread.
class CaseMediaController : public QObject
{
    Q_OBJECT
public:
    static constexpr int kThumbnailSize = 96; // longest side, device-independent pixels

    explicit CaseMediaController(SessionController *session, QObject *parent = nullptr);

    // The cached thumbnail of an original, or a null image.
    QImage thumbnail(const QByteArray &sha256) const { return m_thumbnails.value(sha256); }
    bool canDecidePersonLinks() const;

public Q_SLOTS:
    // Emits thumbnailReady for each mark's original (from the cache at once when held).
    void requestThumbnails(const QList<ridgeline::Mark> &marks);
    // Reads a document's original for the viewer; documentReady or documentFailed follows.
    void openDocument(const ridgeline::Document &document);
    // Proposed links that involve a person of the case; personLinksLoaded follows.
    void loadPersonLinks(const QList<std::pair<ridgeline::Person, ridgeline::PersonRole>> &persons);
    void decidePersonLink(const QString &linkId, bool confirm);

Q_SIGNALS:
    void thumbnailReady(const QByteArray &sha256, const QImage &image);
    void documentReady(const ridgeline::Document &document, const QByteArray &bytes);
    void documentFailed(const QString &message);
    void personLinksLoaded(const QList<ridgeline::PersonLinkRow> &rows);
    void personLinkDecided(const QString &message);
    void failed(const QString &message);

private:
    // stored: `bytes` is the stored thumbnail (PNG); otherwise the original, whose thumbnail is
    // then kept as derived data.
    void decode(const QByteArray &sha256, const QByteArray &bytes, bool stored);
    void keep(const QByteArray &sha256, const QImage &image);

    SessionController *m_session;
    QHash<QByteArray, QImage> m_thumbnails;
    QSet<QByteArray> m_pending;
    QList<std::pair<Person, PersonRole>> m_linkPersons; // of the last loadPersonLinks
};

} // namespace ridgeline
