#include "app/presentation/casemediacontroller.h"

#include "app/presentation/futurewatch.h"
#include "app/presentation/sessioncontroller.h"
#include "app/services/thumbnails.h"

#include <QtConcurrent>

#include <optional>

namespace ridgeline {

namespace {

// A thumbnail as the session found it: the stored one (PNG) when there is one, else the original.
struct ThumbnailSource
{
    QByteArray bytes;
    bool stored = false;
    std::optional<Error> error;
};

} // namespace

CaseMediaController::CaseMediaController(SessionController *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{}

bool CaseMediaController::canDecidePersonLinks() const
{
    return isAllowed(m_session->info().user.role, Action::ConfirmPersonLink);
}

void CaseMediaController::requestThumbnails(const QList<Mark> &marks)
{
    if (!isAllowed(m_session->info().user.role, Action::ViewEvidence))
        return;
    for (const Mark &mark : marks) {
        const QByteArray sha = mark.originalSha256;
        if (sha.isEmpty() || m_pending.contains(sha))
            continue;
        if (m_thumbnails.contains(sha)) {
            Q_EMIT thumbnailReady(sha, m_thumbnails.value(sha));
            continue;
        }
        m_pending.insert(sha);
        // The stored thumbnail first (derived data, not a read of evidence); the original only
        // when none is stored yet, and then the thumbnail made from it is stored for next time.
        auto future = m_session->run([sha, id = mark.id.toString()](WorkspaceSession &session) {
            ThumbnailSource source;
            if (auto stored = session.derivedData(sha, kThumbnailKind)) {
                source.bytes = *stored;
                source.stored = true;
                return source;
            }
            auto original = session.readOriginal(sha, QStringLiteral("mark"), id);
            if (original)
                source.bytes = *original;
            else
                source.error = original.error();
            return source;
        });
        whenFinished(this, future, [this, sha](const ThumbnailSource &source) {
            if (source.error) {
                m_pending.remove(sha);
                Q_EMIT failed(tr("A mark's image could not be read: %1").arg(source.error->message()));
                return;
            }
            decode(sha, source.bytes, source.stored);
        });
    }
}

void CaseMediaController::decode(const QByteArray &sha256, const QByteArray &bytes, bool stored)
{
    auto future = QtConcurrent::run([bytes, stored]() {
        return stored ? QImage::fromData(bytes, "PNG").convertToFormat(QImage::Format_RGB32)
                      : decodeThumbnail(bytes, kThumbnailSize * 2);
    });
    whenFinished(this, future, [this, sha256, stored](const QImage &image) {
        m_pending.remove(sha256);
        if (image.isNull())
            return; // a format Qt cannot show (JPEG 2000 without the plug-in): the list keeps its icon
        if (!stored)
            keep(sha256, image);
        QImage scaled = image;
        scaled.setDevicePixelRatio(2.0);
        m_thumbnails.insert(sha256, scaled);
        Q_EMIT thumbnailReady(sha256, scaled);
    });
}

void CaseMediaController::keep(const QByteArray &sha256, const QImage &image)
{
    if (!isAllowed(m_session->info().user.role, Action::ViewCase))
        return;
    auto future = QtConcurrent::run([image]() { return encodeThumbnail(image); });
    whenFinished(this, future, [this, sha256](const QByteArray &png) {
        auto stored = m_session->run(
            [sha256, png](WorkspaceSession &session) { return session.storeDerivedData(sha256, kThumbnailKind, png); });
        // Only a cache: when it cannot be stored, the next view decodes the original again.
        whenFinished(this, stored, [](const Status &) {});
    });
}

void CaseMediaController::openDocument(const Document &document)
{
    if (document.sha256.isEmpty()) {
        Q_EMIT documentFailed(tr("The document “%1” has no stored original.").arg(document.title));
        return;
    }
    auto future = m_session->run([document](WorkspaceSession &session) {
        return session.readOriginal(document.sha256, QStringLiteral("document"), document.id.toString());
    });
    whenFinished(this, future, [this, document](const Result<QByteArray> &bytes) {
        if (!bytes) {
            Q_EMIT documentFailed(
                tr("The document “%1” could not be read: %2").arg(document.title, bytes.error().message()));
            return;
        }
        Q_EMIT documentReady(document, bytes.value());
    });
}

void CaseMediaController::loadPersonLinks(const QList<std::pair<Person, PersonRole>> &persons)
{
    m_linkPersons = persons;
    auto future =
        m_session->run([](WorkspaceSession &session) { return session.personLinks(QStringLiteral("proposed")); });
    whenFinished(this, future, [this](const Result<QList<PersonLinkRecord>> &links) {
        if (!links) {
            Q_EMIT failed(tr("The proposed person links could not be read: %1").arg(links.error().message()));
            return;
        }
        QHash<PersonId, QString> names;
        for (const auto &[person, role] : std::as_const(m_linkPersons))
            names.insert(person.id, person.displayName());
        QList<PersonLinkRow> rows;
        for (const PersonLinkRecord &link : links.value()) {
            if (names.contains(link.b))
                rows.append({link, names.value(link.b), names.value(link.a)});
            else if (names.contains(link.a))
                rows.append({link, names.value(link.a), names.value(link.b)});
        }
        Q_EMIT personLinksLoaded(rows);
    });
}

void CaseMediaController::decidePersonLink(const QString &linkId, bool confirm)
{
    auto future = m_session->run(
        [linkId, confirm](WorkspaceSession &session) { return session.decidePersonLink(linkId, confirm); });
    whenFinished(this, future, [this, confirm](const Status &status) {
        if (!status) {
            Q_EMIT failed(tr("The decision on the person link was not recorded: %1").arg(status.error().message()));
            return;
        }
        Q_EMIT personLinkDecided(confirm ? tr("Person link confirmed") : tr("Person link rejected"));
        loadPersonLinks(m_linkPersons);
    });
}

} // namespace ridgeline
