// Reviewing a mark's markup in the real mark viewer window (issue 6), on the offscreen platform:
// "none present" records from the Features tab (refused while such a feature is marked), the
// engine's minutiae as suggestions accepted or rejected one by one or all at once (undoable), and
// the markup written to a JSON file and read back, refusing files of another image or broken ones.
#include "app/core/markupdocument.h"
#include "app/core/markupjson.h"
#include "app/gui/markviewerwindow.h"
#include "app/imaging/extractor.h"
#include "app/imaging/synthesizer.h"
#include "app/presentation/sessioncontroller.h"
#include "app/presentation/viewer/markdocument.h"
#include "app/presentation/viewer/markupfeaturemodel.h"
#include "app/presentation/viewer/markuptool.h"
#include "tests/app/presentation/fakesession.h"
#include "tests/testsupport/pngbytes.h"
#include "widgets/markviewer/featurelistpanel.h"
#include "widgets/markviewer/markcanvas.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QGroupBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

using namespace ridgeline;

namespace {
// A synthetic inked impression at 500 ppi: real ridges with real minutiae.
const imaging::SynthImpression &impression()
{
    static const imaging::SynthImpression made =
        imaging::synthesizeImpression(imaging::synthesizeMaster(11, 1), 11, 0, false);
    return made;
}

MarkupFeature feature(FeatureType type, QPointF at)
{
    MarkupFeature f;
    f.type = type;
    f.position = at;
    return f;
}

// Answers the next "replace the markup?" question with `button` once it is shown.
void answerReplaceQuestion(QMessageBox::StandardButton button, bool *asked)
{
    QTimer::singleShot(0, qApp, [button, asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("replaceMarkupBox")) {
            answerReplaceQuestion(button, asked);
            return;
        }
        *asked = true;
        box->button(button)->click();
    });
}
} // namespace

class TestMarkupReview : public QObject
{
    Q_OBJECT
    std::unique_ptr<SessionController> m_controller;
    QPointer<MarkViewerWindow> m_window;
    MarkupDocument *m_markup = nullptr;
    FeatureListPanel *m_panel = nullptr;
    QTemporaryDir m_dir;

    QString statusMessage() const { return m_window->statusBar()->currentMessage(); }

    void suggest()
    {
        QSignalSpy suggested(m_window.data(), &MarkViewerWindow::minutiaeSuggested);
        QVERIFY(m_window->suggestMinutiaeAction()->isEnabled());
        m_window->suggestMinutiaeAction()->trigger();
        QVERIFY(!m_window->suggestMinutiaeAction()->isEnabled()); // one run at a time
        QCOMPARE(statusMessage(), QStringLiteral("Finding minutiae in JS/7…"));
        QVERIFY(suggested.wait(60000));
        QVERIFY(suggested.first().first().toInt() > 5);
        QVERIFY(m_window->suggestMinutiaeAction()->isEnabled());
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<MarkupDocument *>(); }

    void init()
    {
        const QByteArray png = testing::pngBytes(impression().image);
        auto session = std::make_unique<test::FakeSession>();
        const QByteArray sha = QCryptographicHash::hash(png, QCryptographicHash::Sha256);
        session->originals.insert(sha, png);
        SessionInfo info{session->user(), session->databasePath(), {}};
        m_controller = std::make_unique<SessionController>(std::move(session), info);
        Mark mark;
        mark.id = MarkId::create();
        mark.exhibitReference = QStringLiteral("JS/7");
        mark.originalSha256 = sha;
        m_window = MarkViewerWindow::openMark(m_controller.get(), mark, 64, nullptr);
        QSignalSpy started(m_window.data(), &MarkViewerWindow::markupStarted);
        QVERIFY(started.wait(10000));
        QVERIFY(QTest::qWaitForWindowExposed(m_window.data()));
        m_markup = m_window->markupDocument();
        m_panel = m_window->featureListPanel();
        auto *tabs = qobject_cast<QTabWidget *>(m_panel->parentWidget()->parentWidget());
        QVERIFY(tabs);
        tabs->setCurrentWidget(m_panel); // the Features tab, where the examiner reviews
    }

    void cleanup()
    {
        if (m_window)
            m_window->close();
        QTRY_VERIFY(m_window.isNull());
        m_controller.reset();
    }

    void nonePresentIsRecordedAndUndone()
    {
        QAction *deltas = m_panel->nonePresentAction(FeatureType::Delta);
        QAction *cores = m_panel->nonePresentAction(FeatureType::Core);
        QVERIFY(deltas && cores);
        QCOMPARE(deltas->text(), QStringLiteral("No deltas present"));
        QVERIFY(m_panel->nonePresentLabel()->isHidden());
        deltas->trigger();
        cores->trigger();
        QVERIFY(m_markup->isNonePresent(FeatureType::Delta));
        QVERIFY(m_markup->isNonePresent(FeatureType::Core));
        QVERIFY(deltas->isChecked());
        QCOMPARE(m_panel->nonePresentLabel()->text(), QStringLiteral("Recorded: No cores present; No deltas present"));
        QVERIFY(!m_panel->nonePresentLabel()->isHidden());

        m_markup->undoStack()->undo(); // the cores record
        QVERIFY(!m_markup->isNonePresent(FeatureType::Core));
        QVERIFY(!cores->isChecked());
        QCOMPARE(m_panel->nonePresentLabel()->text(), QStringLiteral("Recorded: No deltas present"));
        deltas->trigger(); // withdrawn: also one step
        QVERIFY(!m_markup->isNonePresent(FeatureType::Delta));
        QVERIFY(m_panel->nonePresentLabel()->isHidden());
        QCOMPARE(m_markup->undoStack()->count(), 2);
    }

    void nonePresentIsRefusedWhileSuchAFeatureIsMarked()
    {
        QVERIFY(m_markup->addFeature(feature(FeatureType::Delta, QPointF(120.5, 140.5))));
        const int steps = m_markup->undoStack()->count();
        QAction *deltas = m_panel->nonePresentAction(FeatureType::Delta);
        deltas->trigger();             // the user ticks it
        QVERIFY(!deltas->isChecked()); // put back
        QVERIFY(!m_markup->isNonePresent(FeatureType::Delta));
        QCOMPARE(m_markup->undoStack()->count(), steps);
        QVERIFY2(statusMessage().contains(QStringLiteral("Cannot record \"No deltas present\"")),
                 qPrintable(statusMessage()));
        QVERIFY(statusMessage().contains(QStringLiteral("remove it first")));
        QVERIFY(m_panel->nonePresentLabel()->isHidden());
    }

    // The suggestions are the extractor's minutiae, moved to the markup's pixel convention (the
    // extractor's pixel centres are whole numbers, the markup's are at .5) with the same angles.
    void suggestedMinutiaeAreTheEnginesInMarkupCoordinates()
    {
        QVERIFY(m_panel->suggestionBox()->isHidden());
        suggest();
        const QList<MarkupFeature> suggestions = m_markup->suggestions();
        imaging::ExtractionOptions options;
        options.ppi = m_window->document()->isCalibrated() ? m_window->document()->ppi() : 500.0;
        const auto extracted = imaging::extractMinutiae(impression().image, options);
        QVERIFY(extracted);
        QCOMPARE(suggestions.size(), extracted->minutiae.size());
        for (qsizetype i = 0; i < suggestions.size(); ++i) {
            const imaging::Minutia &m = extracted->minutiae[i];
            const MarkupFeature &s = suggestions[i];
            QCOMPARE(s.position, QPointF(m.x + 0.5, m.y + 0.5));
            QCOMPARE(s.type, m.type == imaging::MinutiaType::Ending ? FeatureType::MinutiaEnding
                                                                    : FeatureType::MinutiaBifurcation);
            QVERIFY(s.direction);
            QVERIFY(std::abs(*s.direction - imaging::angleDegrees(m)) < 1e-9);
            QVERIFY(s.origin.isAutomatic() && !s.origin.isReviewed());
            QCOMPARE(s.origin.engine, QStringLiteral("ridgeline-extractor"));
            QCOMPARE(s.author, QStringLiteral("sam"));
        }
        // Against the synthesizer's truth: a suggestion on a true minutia points the same way,
        // so the direction convention is the examiner's (counter-clockwise on screen, y down).
        QList<double> errors;
        for (const MarkupFeature &s : suggestions)
            for (const imaging::Minutia &t : impression().minutiae)
                if (QLineF(s.position, QPointF(t.x + 0.5, t.y + 0.5)).length() < 5.0) {
                    const double d = std::fmod(std::abs(*s.direction - imaging::angleDegrees(t)), 360.0);
                    errors.append(std::min(d, 360.0 - d));
                    break;
                }
        QVERIFY(errors.size() >= 5);
        std::sort(errors.begin(), errors.end());
        QVERIFY2(errors[errors.size() / 2] < 30.0, qPrintable(QString::number(errors[errors.size() / 2])));

        QVERIFY(m_window->featureModel()->rowCount() == 0); // not features until accepted
        QCOMPARE(m_window->suggestionModel()->rowCount(), int(suggestions.size()));
        QVERIFY(!m_panel->suggestionBox()->isHidden());
        QCOMPARE(m_panel->suggestionBox()->title(), QStringLiteral("Suggestions (%1)").arg(suggestions.size()));
        m_markup->undoStack()->undo(); // the run is one step
        QVERIFY(m_markup->suggestions().isEmpty());
        QVERIFY(m_panel->suggestionBox()->isHidden());
    }

    void suggestionsAreAcceptedAndRejected()
    {
        suggest();
        const int total = int(m_markup->suggestions().size());
        QTableView *list = m_panel->suggestionTable();
        QVERIFY(!m_panel->acceptButton()->isEnabled()); // nothing chosen

        // Choosing one centres the canvas on it.
        list->selectRow(2);
        const MarkupFeature third = m_markup->suggestions().at(2);
        QVERIFY(QLineF(m_window->canvas()->view().center(), third.position).length() < 1e-6);
        QCOMPARE(m_window->markupTool()->selectedSuggestion(), third.id); // highlighted on the canvas
        // One picked on the canvas (the tool) is chosen in the list; the view stays where it is.
        const QPointF centre = m_window->canvas()->view().center();
        m_window->markupTool()->selectSuggestion(m_markup->suggestions().at(5).id);
        QCOMPARE(list->selectionModel()->selectedRows().value(0).row(), 5);
        QCOMPARE(m_window->canvas()->view().center(), centre);
        list->selectRow(2);
        QTest::mouseClick(m_panel->acceptButton(), Qt::LeftButton);
        QCOMPARE(m_markup->features().size(), 1);
        const MarkupFeature accepted = m_markup->features().first();
        QCOMPARE(accepted.id, third.id);
        QVERIFY(accepted.origin.isAutomatic());
        QCOMPARE(accepted.origin.engine, third.origin.engine);
        QCOMPARE(accepted.origin.reviewedBy, QStringLiteral("sam"));
        QVERIFY(accepted.origin.reviewedUtc.isValid());
        QCOMPARE(accepted.position, third.position);
        QCOMPARE(m_markup->suggestions().size(), total - 1);
        QCOMPARE(m_panel->suggestionBox()->title(), QStringLiteral("Suggestions (%1)").arg(total - 1));
        // The next one is chosen, so Reject goes on with it.
        const MarkupFeature next = m_markup->suggestions().at(2);
        QCOMPARE(m_panel->suggestionTable()->selectionModel()->selectedRows().value(0).row(), 2);
        QTest::mouseClick(m_panel->rejectButton(), Qt::LeftButton);
        QCOMPARE(m_markup->suggestions().size(), total - 2);
        QVERIFY(m_markup->markup().indexOfSuggestion(next.id) < 0);
        QCOMPARE(m_markup->features().size(), 1);

        m_markup->undoStack()->undo(); // the reject
        QCOMPARE(m_markup->suggestions().size(), total - 1);
        m_markup->undoStack()->undo(); // the accept
        QCOMPARE(m_markup->suggestions().size(), total);
        QVERIFY(m_markup->features().isEmpty());

        QTest::mouseClick(m_panel->acceptAllButton(), Qt::LeftButton);
        QCOMPARE(m_markup->features().size(), total);
        QVERIFY(m_markup->suggestions().isEmpty());
        QVERIFY(std::all_of(m_markup->features().cbegin(), m_markup->features().cend(), [](const MarkupFeature &f) {
            return f.origin.isAutomatic() && f.origin.reviewedBy == QLatin1String("sam");
        }));
        QVERIFY(m_panel->suggestionBox()->isHidden());
        m_markup->undoStack()->undo();
        QCOMPARE(m_markup->suggestions().size(), total);
        QTest::mouseClick(m_panel->rejectAllButton(), Qt::LeftButton);
        QVERIFY(m_markup->suggestions().isEmpty());
        QVERIFY(m_markup->features().isEmpty());
        m_markup->undoStack()->undo();
        QCOMPARE(m_markup->suggestions().size(), total);
    }

    void acceptingIsRefusedWhereTheTypeIsRecordedAbsent()
    {
        suggest();
        const int ending =
            int(std::find_if(m_markup->suggestions().cbegin(), m_markup->suggestions().cend(),
                             [](const MarkupFeature &f) { return f.type == FeatureType::MinutiaEnding; }) -
                m_markup->suggestions().cbegin());
        QVERIFY(ending < m_markup->suggestions().size());
        m_panel->nonePresentAction(FeatureType::MinutiaEnding)->trigger();
        QVERIFY(m_markup->isNonePresent(FeatureType::MinutiaEnding));
        m_panel->suggestionTable()->selectRow(ending);
        QTest::mouseClick(m_panel->acceptButton(), Qt::LeftButton);
        QVERIFY(m_markup->features().isEmpty());
        QVERIFY2(statusMessage().contains(QStringLiteral("No ridge endings present")), qPrintable(statusMessage()));
    }

    void exportThenImportGivesTheSameMarkup()
    {
        QVERIFY(m_markup->addFeature(feature(FeatureType::MinutiaEnding, QPointF(100.25, 80.75))));
        QVERIFY(m_markup->addFeature(feature(FeatureType::Core, QPointF(200.5, 210.5))));
        QVERIFY(m_markup->setNonePresent(FeatureType::Delta, true));
        suggest();
        QVERIFY(m_markup->acceptSuggestion(m_markup->suggestions().first().id));
        const Markup exported = m_markup->markup();
        const QString path = m_dir.filePath(QStringLiteral("js7-markup.json"));
        QVERIFY(m_window->exportMarkupTo(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), markupToJson(exported));
        file.close();

        // Changed after the export; importing asks first, and Cancel keeps everything.
        QVERIFY(m_markup->rejectAllSuggestions());
        QVERIFY(m_markup->addFeature(feature(FeatureType::Dot, QPointF(50.5, 60.5))));
        const Markup changed = m_markup->markup();
        bool asked = false;
        answerReplaceQuestion(QMessageBox::Cancel, &asked);
        const Status cancelled = m_window->importMarkupFrom(path);
        QVERIFY(asked);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code(), ErrorCode::Cancelled);
        QCOMPARE(m_markup->markup(), changed);

        asked = false;
        answerReplaceQuestion(QMessageBox::Yes, &asked);
        const Status imported = m_window->importMarkupFrom(path);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message()));
        QVERIFY(asked);
        QCOMPARE(m_markup->markup(), exported);
        QCOMPARE(m_window->featureModel()->rowCount(), int(exported.features.size()));
        QCOMPARE(m_window->suggestionModel()->rowCount(), int(exported.suggestions.size()));
        QVERIFY(m_panel->nonePresentAction(FeatureType::Delta)->isChecked());
        QVERIFY(!m_markup->undoStack()->isClean()); // to be autosaved
    }

    void anotherImagesMarkupAndBrokenFilesAreRefused()
    {
        QVERIFY(m_markup->addFeature(feature(FeatureType::MinutiaEnding, QPointF(100.25, 80.75))));
        const Markup before = m_markup->markup();
        const int steps = m_markup->undoStack()->count();

        Markup other = Markup::forImage(QStringLiteral("ab").repeated(32), before.imageSize);
        const QString otherPath = m_dir.filePath(QStringLiteral("other-image.json"));
        QFile file(otherPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(markupToJson(other));
        file.close();
        Status refused = m_window->importMarkupFrom(otherPath);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message().contains(QDir::toNativeSeparators(otherPath)),
                 qPrintable(refused.error().message()));
        QVERIFY(refused.error().message().contains(QStringLiteral("markup of another image")));
        QCOMPARE(statusMessage(), refused.error().message());

        // Same hash, another size: still another image.
        other = Markup::forImage(before.imageSha256, before.imageSize + QSize(1, 0));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(markupToJson(other));
        file.close();
        refused = m_window->importMarkupFrom(otherPath);
        QVERIFY(!refused);
        QVERIFY(refused.error().message().contains(QStringLiteral("markup of another image")));

        const QString brokenPath = m_dir.filePath(QStringLiteral("broken.json"));
        QFile broken(brokenPath);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(markupToJson(before).replace("\"features\"", "\"featurez\""));
        broken.close();
        refused = m_window->importMarkupFrom(brokenPath);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message().startsWith(QDir::toNativeSeparators(brokenPath) +
                                                      QStringLiteral(" was not imported: it is not a valid markup")),
                 qPrintable(refused.error().message()));

        refused = m_window->importMarkupFrom(m_dir.filePath(QStringLiteral("missing.json")));
        QVERIFY(!refused);
        QVERIFY(refused.error().message().contains(QStringLiteral("missing.json")));

        QCOMPARE(m_markup->markup(), before);
        QCOMPARE(m_markup->undoStack()->count(), steps);
    }

    void exportRefusesAnUnwritablePlace()
    {
        const QString path = m_dir.filePath(QStringLiteral("no-such-folder/markup.json"));
        const Status refused = m_window->exportMarkupTo(path);
        QVERIFY(!refused);
        QVERIFY(refused.error().message().contains(QDir::toNativeSeparators(path)));
        QVERIFY(!QFile::exists(path));
    }

    void theActionsAreInTheMarkupMenu()
    {
        for (QAction *action :
             {m_window->suggestMinutiaeAction(), m_window->showSuggestionsAction(), m_window->commitMarkupAction(),
              m_window->exportMarkupAction(), m_window->importMarkupAction()}) {
            QVERIFY(!action->toolTip().isEmpty());
            QCOMPARE(action->statusTip(), action->toolTip());
            QVERIFY(!action->associatedObjects().isEmpty());
        }
        // Show Suggestions is the canvas's layer; a run with results shows it again.
        QAction *show = m_window->showSuggestionsAction();
        QVERIFY(show->isChecked() && m_window->canvas()->showsSuggestions());
        show->trigger();
        QVERIFY(!m_window->canvas()->showsSuggestions());
        suggest();
        QVERIFY(show->isChecked() && m_window->canvas()->showsSuggestions());
        // The fake session keeps no drafts: nothing can be committed.
        QVERIFY(!m_window->commitMarkupAction()->isEnabled());
    }
};

QTEST_MAIN(TestMarkupReview)
#include "tst_markupreview.moc"
