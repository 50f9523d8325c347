// ComparisonWindow: the stored work. On opening, both originals are read through the session
// (audited reads of evidence) and decoded off the UI thread; meanwhile the mark's markup (the
// user's draft, else the newest revision - the same document the mark viewer edits) and the
// comparison bundle (draft, else newest revision) are looked up. While there are unsaved changes
// both are autosaved as the user's drafts 3 s after a change and when the window closes, on the
// session's thread, one store in flight. A comparison refused by ACE-V is shown, never opened.
#include "app/gui/comparisonwindow.h"

#include "app/core/comparisonbundle.h"
#include "app/core/markupcomparisondocument.h"
#include "app/core/markupdocument.h"
#include "app/core/markupjson.h"
#include "app/presentation/futurewatch.h"
#include "app/presentation/sessioncontroller.h"
#include "app/presentation/viewer/markdocument.h"
#include "widgets/comparison/comparisonview.h"

#include <QLabel>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTimer>
#include <QUndoStack>

#include <utility>

namespace ridgeline {

namespace {

constexpr int kAutosaveMs = 3000;

// What the lookups found: JSON and the revision it is based on (empty JSON: nothing stored).
struct StoredWork
{
    QByteArray markJson;
    int markBase = 0;
    QByteArray bundleJson;
    int comparisonBase = 0;
    std::optional<Error> refused; // the comparison may not be opened (role, ACE-V)
};

StoredWork lookUp(WorkspaceSession &s, const MarkId &mark, const QString &exemplarRef)
{
    StoredWork work;
    if (Result<ExaminationDraft> draft = s.comparisonDraft(mark, exemplarRef)) {
        work.bundleJson = draft->json;
        work.comparisonBase = draft->baseRevision;
    } else if (draft.error().code() != ErrorCode::NotFound) {
        work.refused = draft.error();
        return work;
    } else if (Result<ExaminationRevision> revision = s.comparisonRevision(mark, exemplarRef, 0)) {
        work.bundleJson = revision->json;
        work.comparisonBase = revision->revision;
    } else if (revision.error().code() != ErrorCode::NotFound &&
               revision.error().code() != ErrorCode::PermissionDenied) {
        // PermissionDenied here is blind verification (the draft read above passed the ACE-V
        // rule): the verifier starts from their own empty comparison, not the examiner's.
        work.refused = revision.error();
        return work;
    }
    if (Result<ExaminationDraft> draft = s.markupDraft(mark)) {
        work.markJson = draft->json;
        work.markBase = draft->baseRevision;
    } else if (Result<ExaminationRevision> revision = s.markupRevision(mark, 0)) {
        work.markJson = revision->json;
        work.markBase = revision->revision;
    }
    return work;
}

// The mark's markup as the mark's draft, and the bundle as the comparison's: what autosave, commit
// and closing store (on the session's thread).
Status storeDrafts(WorkspaceSession &s, const MarkId &mark, const QString &exemplarRef, int markBase,
                   int comparisonBase, const ComparisonBundle &bundle)
{
    if (Status ok = s.saveMarkupDraft(mark, markBase, markupToJson(bundle.mark)); !ok)
        return ok;
    return s.saveComparisonDraft(mark, exemplarRef, comparisonBase, comparisonBundleToJson(bundle));
}

} // namespace

ComparisonWindow *ComparisonWindow::openComparison(SessionController *session, const Mark &mark,
                                                   const ExemplarImpressionRecord &exemplar, int cacheMegabytes,
                                                   QWidget *parent)
{
    auto *window = new ComparisonWindow(
        tr("%1 with %2, %3")
            .arg(mark.exhibitReference, exemplar.personName, fingerPositionDisplayName(exemplar.fingerPosition)),
        cacheMegabytes, parent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowFlag(Qt::Window);
    window->show();
    window->m_rightRef = exemplar.id.toString();
    window->m_reference = {exemplar.person, exemplar.id, exemplar.exhibitReference, exemplar.fingerPosition};
    window->readFromSession(session, mark, exemplar);
    return window;
}

ComparisonWindow *ComparisonWindow::openComparisonWithMark(SessionController *session, const Mark &mark,
                                                           const Mark &other, int cacheMegabytes, QWidget *parent)
{
    auto *window = new ComparisonWindow(tr("%1 with %2").arg(mark.exhibitReference, other.exhibitReference),
                                        cacheMegabytes, parent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowFlag(Qt::Window);
    window->show();
    // The right side is a mark: a footwear test impression filed as a mark, or a second scene mark.
    // Its drafts are keyed "mark:<id>", apart from any impression's.
    window->m_rightRef = QStringLiteral("mark:") + other.id.toString();
    window->m_rightObjectType = QStringLiteral("mark");
    window->m_rightObjectId = other.id.toString();
    window->m_reference = {PersonId(), ImpressionId(), other.exhibitReference, 0};
    ExemplarImpressionRecord right;
    right.originalSha256 = other.originalSha256;
    right.exhibitReference = other.exhibitReference;
    right.ppi = other.calibration.isCalibrated() ? other.calibration.ppi : 0.0;
    window->readFromSession(session, mark, right);
    window->m_exemplarText->setText(tr("<b>%1</b> beside mark <b>%2</b> (%3)")
                                        .arg(mark.exhibitReference.toHtmlEscaped(),
                                             other.exhibitReference.toHtmlEscaped(), markKindDisplayName(other.kind)));
    return window;
}

void ComparisonWindow::readFromSession(SessionController *session, const Mark &mark,
                                       const ExemplarImpressionRecord &exemplar)
{
    m_session = session;
    m_mark = mark;
    m_exemplar = exemplar;
    m_userName = session->info().user.name;
    m_exemplarText->setText(tr("<b>%1</b> beside <b>%2</b>: %3, %4 (%5), exhibit %6")
                                .arg(mark.exhibitReference.toHtmlEscaped(), exemplar.personName.toHtmlEscaped(),
                                     fingerPositionDisplayName(exemplar.fingerPosition),
                                     exemplar.rolled ? tr("rolled") : tr("plain"), tr("%1 ppi").arg(exemplar.ppi),
                                     exemplar.exhibitReference.toHtmlEscaped()));
    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(kAutosaveMs);
    connect(m_autosave, &QTimer::timeout, this, &ComparisonWindow::autosave);

    // The session runs calls in order: the stored work is known before either image arrives.
    auto stored = session->run([id = mark.id, ref = m_rightRef](WorkspaceSession &s) { return lookUp(s, id, ref); });
    whenFinished(this, stored, [this](const StoredWork &work) {
        if (work.refused) {
            m_loading->setText(tr("This comparison cannot be opened: %1").arg(work.refused->message()));
            m_loading->setWordWrap(true);
            showMessage(work.refused->message(), 0);
            Q_EMIT failed(work.refused->message());
            return;
        }
        m_markBaseRevision = work.markBase;
        m_comparisonBaseRevision = work.comparisonBase;
        m_storedMarkJson = work.markJson;
        m_storedBundleJson = work.bundleJson;
        m_storedKnown = true;
        bothLoaded();
    });
    auto markBytes = session->run([mark](WorkspaceSession &s) {
        return s.readOriginal(mark.originalSha256, QStringLiteral("mark"), mark.id.toString());
    });
    whenFinished(this, markBytes, [this](const Result<QByteArray> &bytes) {
        if (!bytes) {
            showMessage(tr("The mark %1 could not be read: %2").arg(m_mark.exhibitReference, bytes.error().message()),
                        0);
            return;
        }
        m_markDocument->load(bytes.value(), m_mark.exhibitReference,
                             m_mark.calibration.isCalibrated() ? m_mark.calibration.ppi : 0.0);
    });
    const QString type = m_rightObjectType;
    const QString objectId = m_rightObjectId.isEmpty() ? exemplar.id.toString() : m_rightObjectId;
    auto exemplarBytes = session->run([exemplar, type, objectId](WorkspaceSession &s) {
        return s.readOriginal(exemplar.originalSha256, type, objectId);
    });
    whenFinished(this, exemplarBytes, [this](const Result<QByteArray> &bytes) {
        if (!bytes) {
            showMessage(tr("The exemplar could not be read: %1").arg(bytes.error().message()), 0);
            return;
        }
        m_exemplarDocument->load(bytes.value(), m_exemplar.exhibitReference, m_exemplar.ppi);
    });
}

void ComparisonWindow::bothLoaded()
{
    if (!m_session || m_comparison || !m_loadedMark || !m_loadedExemplar || !m_storedKnown)
        return;
    const QString markSha = QString::fromLatin1(m_mark.originalSha256.toHex());
    const QString exemplarSha = QString::fromLatin1(m_exemplar.originalSha256.toHex());
    const ExemplarReference reference = m_reference;
    Status started;
    const QByteArray markJson = std::exchange(m_storedMarkJson, {});
    const QByteArray bundleJson = std::exchange(m_storedBundleJson, {});
    Markup mark = Markup::forImage(markSha, m_markDocument->imageSize());
    if (!markJson.isEmpty()) {
        Result<Markup> read = markupFromJson(markJson);
        if (read && read->imageSha256 == markSha)
            mark = read.value();
        else
            showMessage(tr("The stored markup of %1 could not be read and was left as it is: %2")
                            .arg(m_mark.exhibitReference, read ? tr("it is of another image") : read.error().message()),
                        0);
    }
    if (!bundleJson.isEmpty()) {
        Result<ComparisonBundle> read = comparisonBundleFromJson(bundleJson);
        if (!read) {
            showMessage(
                tr("The stored comparison could not be read and was left as it is: %1").arg(read.error().message()), 0);
            started = startWith(mark, Markup::forImage(exemplarSha, m_exemplarDocument->imageSize()), std::nullopt,
                                reference, m_userName);
        } else {
            read->mark = mark; // the mark's own markup, which may have moved on since
            started = start(read.value(), m_userName);
        }
    } else {
        started = startWith(mark, Markup::forImage(exemplarSha, m_exemplarDocument->imageSize()), std::nullopt,
                            reference, m_userName);
    }
    if (!started) {
        showMessage(started.error().message(), 0);
        return;
    }
    m_draftsOn = true;
    refreshActions();
}

Status ComparisonWindow::start(const QString &markSha256, const QString &exemplarSha256,
                               const ExemplarReference &exemplar, const QString &userName)
{
    return startWith(Markup::forImage(markSha256, m_markDocument->imageSize()),
                     Markup::forImage(exemplarSha256, m_exemplarDocument->imageSize()), std::nullopt, exemplar,
                     userName);
}

Status ComparisonWindow::start(const ComparisonBundle &stored, const QString &userName)
{
    return startWith(stored.mark, stored.exemplar, stored.comparison, stored.comparison.exemplar, userName);
}

Status ComparisonWindow::startWith(Markup mark, Markup exemplar, std::optional<MarkupComparison> comparison,
                                   const ExemplarReference &reference, const QString &userName)
{
    if (m_comparison)
        return Error(ErrorCode::Conflict, tr("The comparison is already open."));
    if (!m_markDocument->isLoaded() || !m_exemplarDocument->isLoaded())
        return Error(ErrorCode::BadInput, tr("The images are not open yet."));
    if (mark.imageSize != m_markDocument->imageSize() || exemplar.imageSize != m_exemplarDocument->imageSize())
        return Error(ErrorCode::BadInput, tr("The stored markup is of an image of another size than the one opened."));
    m_userName = userName;
    m_markMarkup->setUserName(userName);
    m_exemplarMarkup->setUserName(userName);
    if (Status s = m_markMarkup->setMarkup(std::move(mark)); !s)
        return s;
    if (Status s = m_exemplarMarkup->setMarkup(std::move(exemplar)); !s)
        return s;
    QStringList dropped;
    if (comparison) {
        // The mark's markup is its own and may have moved on (edited in the mark viewer): pairs
        // whose mark feature is gone are dropped, and with them an alignment made from them.
        for (qsizetype i = comparison->pairs.size() - 1; i >= 0; --i)
            if (!m_markMarkup->feature(comparison->pairs[i].left)) {
                dropped.prepend(QString::number(comparison->pairs[i].number));
                if (comparison->alignment && comparison->alignment->pairs.contains(comparison->pairs[i].number))
                    comparison->alignment.reset();
                comparison->pairs.removeAt(i);
            }
    }
    buildView();
    if (comparison) {
        if (Status s = m_comparison->setComparison(*comparison); !s) {
            showMessage(tr("The stored comparison could not be opened: %1").arg(s.error().message()), 0);
        }
    } else {
        m_comparison->setExemplar(reference);
    }
    if (!m_markMarkup->exemplarFirstSeen().isValid())
        m_markMarkup->setExemplarFirstSeen(m_markMarkup->now()); // from now on mark features are flagged orange
    m_undo->clear();
    refreshPairs();
    refreshAlignment();
    if (!dropped.isEmpty())
        showMessage(tr("Pairs %1 were left out: their features are no longer in the mark's markup.")
                        .arg(dropped.join(QStringLiteral(", "))),
                    0);
    Q_EMIT started();
    return {};
}

void ComparisonWindow::scheduleAutosave()
{
    if (m_draftsOn && !m_undo->isClean() && m_autosave && !m_autosave->isActive() && !m_committing)
        m_autosave->start();
}

void ComparisonWindow::autosave()
{
    if (!m_session || !m_draftsOn || m_undo->isClean())
        return;
    if (m_storing) {
        m_storeAgain = true;
        return;
    }
    m_storing = true;
    const int index = m_undo->index();
    auto stored = m_session->run(
        [id = m_mark.id, ref = m_rightRef, markBase = m_markBaseRevision, comparisonBase = m_comparisonBaseRevision,
         b = bundle()](WorkspaceSession &s) -> Status { return storeDrafts(s, id, ref, markBase, comparisonBase, b); });
    whenFinished(this, stored, [this, index](const Status &status) {
        m_storing = false;
        if (!status) {
            showMessage(tr("Your comparison could not be saved as a draft: %1").arg(status.error().message()), 0);
            return;
        }
        if (m_undo->index() == index)
            m_undo->setClean();
        Q_EMIT autosaved();
        if (m_storeAgain || !m_undo->isClean()) {
            m_storeAgain = false;
            scheduleAutosave();
        }
    });
}

void ComparisonWindow::commit()
{
    if (!m_session || !m_draftsOn || m_committing)
        return;
    m_committing = true;
    m_autosave->stop();
    refreshActions();
    showMessage(tr("Committing the comparison…"), 0);
    const int index = m_undo->index();
    auto job = m_session->run([id = m_mark.id, ref = m_rightRef, markBase = m_markBaseRevision,
                               comparisonBase = m_comparisonBaseRevision,
                               b = bundle()](WorkspaceSession &s) -> Result<std::pair<int, int>> {
        if (Status ok = storeDrafts(s, id, ref, markBase, comparisonBase, b); !ok)
            return ok.error();
        Result<ExaminationRevision> markRevision = s.commitMarkup(id);
        if (!markRevision)
            return markRevision.error();
        Result<ExaminationRevision> comparisonRevision = s.commitComparison(id, ref);
        if (!comparisonRevision)
            return comparisonRevision.error();
        return std::pair(markRevision->revision, comparisonRevision->revision);
    });
    whenFinished(this, job, [this, index](const Result<std::pair<int, int>> &revisions) {
        m_committing = false;
        if (!revisions) {
            showMessage(tr("The comparison could not be committed: %1").arg(revisions.error().message()), 0);
            Q_EMIT failed(revisions.error().message());
            refreshActions();
            return;
        }
        m_markBaseRevision = revisions->first;
        m_comparisonBaseRevision = revisions->second;
        if (m_undo->index() == index)
            m_undo->setClean();
        showMessage(tr("Comparison revision %1 committed (with markup revision %2 of the mark).")
                        .arg(revisions->second)
                        .arg(revisions->first),
                    0);
        refreshActions();
        scheduleAutosave();
        Q_EMIT committed(revisions->second);
    });
}

void ComparisonWindow::flushOnClose()
{
    if (!m_session || !m_draftsOn || m_undo->isClean() || m_committing)
        return;
    // Closing: the last changes go to the session's thread, which outlives this window.
    m_session->run(
        [id = m_mark.id, ref = m_rightRef, markBase = m_markBaseRevision, comparisonBase = m_comparisonBaseRevision,
         b = bundle()](WorkspaceSession &s) -> Status { return storeDrafts(s, id, ref, markBase, comparisonBase, b); });
}

} // namespace ridgeline
