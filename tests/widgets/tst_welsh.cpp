#include "app/gui/mainactions.h"
#include "app/gui/preferencesdialog.h"
#include "app/imaging/enhance/evidenceimage.h"
#include "app/imaging/enhance/recipe.h"
#include "app/presentation/translationloader.h"
#include "app/storage/keyslots.h"
#include "tests/widgets/guitest.h"
#include "widgets/casebrowser.h"

#include <QFile>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ridgeline;

// Welsh is chosen in the preferences (or by a Welsh system locale) and loaded before the window
// is built; everything the user reads must then come out in Welsh.
class TestWelsh : public QObject
{
    Q_OBJECT
private:
    TranslationLoader m_loader;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_loader.apply(Language::Welsh)); }
    void cleanupTestCase() { m_loader.apply(Language::English); }

    void theMenusAreInWelsh()
    {
        test::WindowFixture f;
        auto window = f.makeWindow();
        QCOMPARE(test::menuTitles(window.get()), (QStringList{QStringLiteral("&Ffeil"), QStringLiteral("&Gweld"),
                                                              QStringLiteral("&Offer"), QStringLiteral("&Cymorth")}));
        QCOMPARE(window->mainActions()->lock->text().remove(QLatin1Char('&')), QStringLiteral("Cloi'r weithfan"));
        QCOMPARE(window->mainActions()->logout->text().remove(QLatin1Char('&')), QStringLiteral("Allgofnodi"));
        QCOMPARE(window->mainActions()->quit->text().remove(QLatin1Char('&')), QStringLiteral("Gadael"));
        QCOMPARE(window->mainActions()->preferences->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                 QStringLiteral("Dewisiadau"));
        QCOMPARE(window->mainActions()->showInbox->text().remove(QLatin1Char('&')), QStringLiteral("Blwch derbyn"));
        QCOMPARE(window->mainActions()->importPackage->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                 QStringLiteral("Mewnforio pecyn"));
        QCOMPARE(window->views()->tabText(1), QStringLiteral("Blwch derbyn"));
        QCOMPARE(window->views()->tabText(2), QStringLiteral("Chwilio"));
    }

    void theViewerMemoryPreferenceIsInWelsh()
    {
        PreferencesDialog dialog(Preferences{}, std::chrono::minutes(10));
        auto *memory = dialog.findChild<QSpinBox *>(QStringLiteral("tileCacheSpin"));
        QVERIFY(memory);
        QVERIFY2(memory->toolTip().startsWith(QStringLiteral("Faint o gof")), qPrintable(memory->toolTip()));
        QVERIFY(memory->statusTip().startsWith(QStringLiteral("Y cof")));
        QVERIFY(memory->whatsThis().contains(QStringLiteral("gwyliwr olion")));
        auto *group = qobject_cast<QGroupBox *>(memory->parentWidget());
        QVERIFY(group);
        QCOMPARE(group->title(), QStringLiteral("Gwyliwr olion"));
        auto *label = qobject_cast<QLabel *>(qobject_cast<QFormLayout *>(group->layout())->labelForField(memory));
        QCOMPARE(label->text(), QStringLiteral("C&of ar gyfer pob gwyliwr:"));
    }

    void theCaseListAndStatusBarAreInWelsh()
    {
        test::WindowFixture f;
        auto window = f.makeWindow();
        window->show();
        QTableView *table = window->caseBrowser()->table();
        QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Cyfeirnod"));
        QCOMPARE(table->model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Heddlu"));
        QCOMPARE(table->model()->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Trosedd"));
        QTRY_COMPARE(table->model()->rowCount(), 4);
        QVERIFY(
            window->findChild<QLabel *>(QStringLiteral("statusUser"))->text().contains(QStringLiteral("Goruchwylydd")));
        QCOMPARE(QLocale().language(), QLocale::Welsh);
    }

    // The mark viewer, its enhancement steps and the exemplar search came in after the first Welsh
    // tables; their messages are looked up the way the viewer and the recipe panel do.
    void theMarkViewerAndTheEnhancementStepsAreInWelsh()
    {
        const auto viewer = [](const char *source) {
            return QCoreApplication::translate("ridgeline::MarkViewerWindow", source);
        };
        QCOMPARE(viewer("&Save Work"), QStringLiteral("&Cadw'r gwaith"));
        QCOMPARE(viewer("%1[*] – Mark Viewer"), QStringLiteral("%1[*] – Gwyliwr olion"));
        QCOMPARE(viewer("&Export Calibrated Copy…"), QStringLiteral("&Allforio copi wedi'i raddnodi…"));

        const imaging::StepSpec *levels = imaging::findStepSpec(QStringLiteral("levels"));
        QVERIFY(levels);
        QCOMPARE(QCoreApplication::translate("ridgeline::imaging::Enhancement", levels->label),
                 QStringLiteral("Lefelau a gama"));
        const imaging::StepSpec *clahe = imaging::findStepSpec(QStringLiteral("clahe"));
        QVERIFY(clahe);
        QCOMPARE(QCoreApplication::translate("ridgeline::imaging::Enhancement", clahe->label),
                 QStringLiteral("Cyferbyniad lleol (CLAHE)"));

        QCOMPARE(QCoreApplication::translate("ridgeline::ExemplarCandidateModel", "Likelihood ratio"),
                 QStringLiteral("Cymhareb tebygolrwydd"));

        test::WindowFixture f;
        auto window = f.makeWindow();
        QCOMPARE(window->mainActions()->openInMarkViewer->text().remove(QLatin1Char('&')),
                 QStringLiteral("Agor yn y gwyliwr olion"));
        QCOMPARE(window->mainActions()->searchExemplars->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                 QStringLiteral("Chwilio'r enghreifftiau am yr ôl"));
    }

    // Messages the engine itself builds (refusals, errors) are looked up under the context their
    // code names, which must be the one the translations were filed under: produced for real here,
    // not looked up by hand.
    void theEnginesOwnMessagesAreInWelsh()
    {
        auto recipe = imaging::Recipe::fromJsonBytes(R"({"steps":[{"kind":"sharpen-magic"}]})");
        QVERIFY(!recipe);
        QVERIFY2(recipe.error().message().contains(QStringLiteral("Rysáit")) ||
                     recipe.error().message().contains(QStringLiteral("rysáit")),
                 qPrintable(recipe.error().message()));
        QVERIFY2(!recipe.error().message().contains(QStringLiteral("Recipe refused")),
                 qPrintable(recipe.error().message()));

        auto image = imaging::decodeEvidenceImage(QByteArray("not an image at all"), QStringLiteral("olion.png"));
        QVERIFY(!image);
        QVERIFY2(!image.error().message().contains(QStringLiteral(" is not an image")) &&
                     !image.error().message().contains(QStringLiteral("could not be")),
                 qPrintable(image.error().message()));

        QTemporaryDir dir;
        QFile header(dir.filePath(QStringLiteral("workspace.keys")));
        QVERIFY(header.open(QIODevice::WriteOnly));
        header.write("{ not json");
        header.close();
        auto slots = storage::KeySlotHeader::load(header.fileName());
        QVERIFY(!slots);
        QVERIFY2(!slots.error().message().contains(QStringLiteral("not valid JSON")),
                 qPrintable(slots.error().message()));
    }
};

QTEST_MAIN(TestWelsh)
#include "tst_welsh.moc"
