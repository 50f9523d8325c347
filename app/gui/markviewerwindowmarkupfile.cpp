// MarkViewerWindow: the markup as a ridgeline-markup JSON file (issue 6, docs/formats/markup.md).
// Export writes all or nothing; import reads strictly (markupFromJson) and takes only the markup
// of the open image. The dialogs only choose the path: exportMarkupTo / importMarkupFrom do the
// work, so tests drive them with a path.
#include "app/gui/markviewerwindow.h"

#include "app/core/markupdocument.h"
#include "app/core/markupjson.h"
#include "app/presentation/viewer/markdocument.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

namespace ridgeline {

namespace {
// Far above any real markup (a few hundred features and a clarity grid are a few megabytes).
constexpr qint64 kMaxMarkupFileBytes = 256LL * 1024 * 1024;

QString shortHash(const QString &sha256)
{
    return sha256.left(12) + QStringLiteral("…");
}
} // namespace

void MarkViewerWindow::createMarkupFileActions()
{
    m_exportMarkup = new QAction(tr("E&xport Markup…"), this);
    m_exportMarkup->setObjectName(QStringLiteral("actionExportMarkup"));
    QString tip = tr("Write the markup to a ridgeline-markup JSON file");
    m_exportMarkup->setToolTip(tip);
    m_exportMarkup->setStatusTip(tip);
    connect(m_exportMarkup, &QAction::triggered, this, &MarkViewerWindow::exportMarkup);
    m_importMarkup = new QAction(tr("&Import Markup…"), this);
    m_importMarkup->setObjectName(QStringLiteral("actionImportMarkup"));
    tip = tr("Replace the markup with one read from a ridgeline-markup JSON file of this same image");
    m_importMarkup->setToolTip(tip);
    m_importMarkup->setStatusTip(tip);
    connect(m_importMarkup, &QAction::triggered, this, &MarkViewerWindow::importMarkup);
}

Status MarkViewerWindow::markupFileError(const QString &message)
{
    showError(message);
    return Error(ErrorCode::BadInput, message);
}

void MarkViewerWindow::exportMarkup()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Markup"), m_document->name() + QStringLiteral("-markup.json"),
                                     tr("Ridgeline markup (*.json)"));
    if (!path.isEmpty())
        static_cast<void>(exportMarkupTo(path)); // a failure is shown in the status bar
}

void MarkViewerWindow::importMarkup()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Markup"), QString(), tr("Ridgeline markup (*.json)"));
    if (!path.isEmpty())
        static_cast<void>(importMarkupFrom(path)); // a refusal is shown in the status bar
}

Status MarkViewerWindow::exportMarkupTo(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const Markup &markup = m_markup->markup();
    if (markup.imageSha256.isEmpty())
        return markupFileError(
            tr("The markup of %1 was not exported: its original is still being read").arg(m_mark.exhibitReference));
    const QByteArray json = markupToJson(markup);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return markupFileError(tr("The markup was not written to %1: %2").arg(shown, file.errorString()));
    statusBar()->showMessage(
        tr("Wrote the markup (%n feature(s)) to %1", nullptr, int(markup.features.size())).arg(shown), 20000);
    return {};
}

Status MarkViewerWindow::importMarkupFrom(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const Markup &current = m_markup->markup();
    if (current.imageSha256.isEmpty())
        return markupFileError(
            tr("%1 was not imported: the original of %2 is still being read").arg(shown, m_mark.exhibitReference));
    QFile file(path);
    if (QFileInfo(file).size() > kMaxMarkupFileBytes)
        return markupFileError(tr("%1 was not imported: at %2 MB it is too large to be a markup file")
                                   .arg(shown)
                                   .arg(QFileInfo(file).size() / (1024 * 1024)));
    if (!file.open(QIODevice::ReadOnly))
        return markupFileError(tr("%1 was not imported: %2").arg(shown, file.errorString()));
    auto read = markupFromJson(file.readAll());
    if (!read)
        return markupFileError(
            tr("%1 was not imported: it is not a valid markup file: %2").arg(shown, read.error().message()));
    Markup markup = std::move(read.value());
    if (markup.imageSha256 != current.imageSha256 || markup.imageSize != current.imageSize)
        return markupFileError(
            tr("%1 was not imported: it is the markup of another image (SHA-256 %2, %3×%4 px), not of %5 "
               "(SHA-256 %6, %7×%8 px)")
                .arg(shown, shortHash(markup.imageSha256))
                .arg(markup.imageSize.width())
                .arg(markup.imageSize.height())
                .arg(m_document->name(), shortHash(current.imageSha256))
                .arg(current.imageSize.width())
                .arg(current.imageSize.height()));
    if (!current.features.isEmpty() || !current.suggestions.isEmpty()) {
        QMessageBox box(
            QMessageBox::Question, tr("Import Markup"),
            tr("Replace the markup of %1 (%n feature(s)) with the one in %2?", nullptr, int(current.features.size()))
                .arg(m_document->name(), shown),
            QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("replaceMarkupBox"));
        box.setInformativeText(tr("Its features, suggestions, region of interest, clarity map and \"none present\" "
                                  "records replace the current ones. This cannot be undone: the markup's undo "
                                  "history is cleared. Export the markup first to keep a copy."));
        box.button(QMessageBox::Yes)->setText(tr("&Replace"));
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Yes)
            return Error(ErrorCode::Cancelled, tr("%1 was not imported: cancelled").arg(shown));
    }
    // The moment an exemplar was first seen happened; a file cannot take it back.
    const QDateTime exemplarSeen = current.exemplarFirstSeenUtc;
    const int features = int(markup.features.size());
    if (Status set = m_markup->setMarkup(std::move(markup)); !set)
        return markupFileError(tr("%1 was not imported: %2").arg(shown, set.error().message()));
    if (exemplarSeen.isValid())
        m_markup->setExemplarFirstSeen(exemplarSeen);
    // setMarkup leaves a clean, empty history: mark it unsaved so the autosave keeps the import.
    m_markup->undoStack()->resetClean();
    if (m_markupDraftsOn)
        m_autosave->start();
    updateMarkupActions();
    statusBar()->showMessage(
        tr("Imported the markup in %1 (%n feature(s)); it is saved as your draft", nullptr, features).arg(shown),
        20000);
    return {};
}

} // namespace ridgeline
