#include "app/gui/mainactions.h"
#include "app/gui/preferencesdialog.h"
#include "app/imaging/enhance/evidenceimage.h"
#include "app/imaging/enhance/recipe.h"
#include "app/interop/iso19794.h"
#include "app/presentation/translationloader.h"
#include "app/presentation/viewer/markdocument.h"
#include "app/storage/keyslots.h"
#include "tests/widgets/guitest.h"
#include "widgets/casebrowser.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace ridgeline;

namespace {

QStringList buttonTexts(const QDialogButtonBox &box)
{
    QStringList texts;
    for (QAbstractButton *button : box.buttons())
        texts << button->text();
    texts.sort();
    return texts;
}

QString labelText(const QWidget &parent, const char *name)
{
    auto *label = parent.findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
}

} // namespace

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

    // Qt's own texts: Debian ships no Welsh for Qt, so the program carries its own (qtbase_cy.ts).
    void theStandardButtonsAreInWelsh()
    {
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(buttonTexts(box), (QStringList{QStringLiteral("Diddymu"), QStringLiteral("Iawn")}));
        box.setStandardButtons(QDialogButtonBox::Save | QDialogButtonBox::Discard | QDialogButtonBox::Close);
        QCOMPARE(buttonTexts(box),
                 (QStringList{QStringLiteral("Cadw"), QStringLiteral("Cau"), QStringLiteral("Gwaredu")}));
        box.setStandardButtons(QDialogButtonBox::Yes | QDialogButtonBox::No);
        QCOMPARE(buttonTexts(box), (QStringList{QStringLiteral("&Ie"), QStringLiteral("&Na")}));
    }

    void theFileDialogIsInWelsh()
    {
        QFileDialog dialog(nullptr, QString(), QDir::tempPath());
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        QCOMPARE(labelText(dialog, "lookInLabel"), QStringLiteral("Edrych yn:"));
        QCOMPARE(labelText(dialog, "fileNameLabel"), QStringLiteral("&Enw'r ffeil:"));
        QCOMPARE(labelText(dialog, "fileTypeLabel"), QStringLiteral("Ffeiliau o'r math:"));
        auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        QVERIFY(buttons);
        QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Diddymu"));
        QCOMPARE(dialog.labelText(QFileDialog::Accept), QStringLiteral("&Cadw"));
        dialog.setAcceptMode(QFileDialog::AcceptOpen);
        QCOMPARE(dialog.labelText(QFileDialog::Accept), QStringLiteral("&Agor"));
        auto *details = dialog.findChild<QTreeView *>(QStringLiteral("treeView"));
        QVERIFY(details);
        QCOMPARE(details->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Enw"));
    }

    // Choosing English again takes Qt's Welsh away too.
    void englishRemovesQtsWelsh()
    {
        QVERIFY(m_loader.apply(Language::English));
        QCOMPARE(buttonTexts(QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel)),
                 (QStringList{QStringLiteral("Cancel"), QStringLiteral("OK")}));
        QVERIFY(m_loader.apply(Language::Welsh));
        QCOMPARE(buttonTexts(QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel)),
                 (QStringList{QStringLiteral("Diddymu"), QStringLiteral("Iawn")}));
    }

    // Dates name the Welsh months and days; numbers are grouped and pointed as the locale does.
    void datesAndNumbersAreInTheWelshFormat()
    {
        QCOMPARE(QLocale().name(), QStringLiteral("cy_GB"));
        test::WindowFixture f;
        auto window = f.makeWindow();
        QAbstractItemModel *cases = window->caseBrowser()->table()->model();
        QTRY_VERIFY(cases->rowCount() > 0);
        int updated = -1;
        for (int c = 0; c < cases->columnCount(); ++c)
            if (cases->headerData(c, Qt::Horizontal).toString() ==
                QCoreApplication::translate("ridgeline::CaseListModel", "Updated"))
                updated = c;
        QVERIFY2(updated >= 0, "no Updated column");
        const QString longDate = cases->index(0, updated).data(Qt::ToolTipRole).toString();
        static const QRegularExpression welshMonth(
            QStringLiteral("Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr"));
        static const QRegularExpression englishMonth(
            QStringLiteral("January|February|March|April|May|June|July|August|September|October|November|December"));
        QVERIFY2(longDate.contains(welshMonth), qPrintable(longDate));
        QVERIFY2(!longDate.contains(englishMonth), qPrintable(longDate));
        QVERIFY2(longDate.startsWith(QStringLiteral("Dydd "), Qt::CaseInsensitive), qPrintable(longDate));

        Measurement distance;
        distance.pixels = 48260.0;
        distance.millimetres = 1234.5;
        QCOMPARE(distance.text(), QStringLiteral("1,234.50 mm (48,260.0 px)"));
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
        // Free functions' tr() is filed by lupdate under their namespace: the interop readers
        // must look their texts up there.
        auto iso = interop::readIso19794(QByteArrayView("FMR\0 20\0\0\0", 12));
        QVERIFY(!iso);
        QVERIFY2(iso.error().message().startsWith(QStringLiteral("Cofnod ISO/IEC 19794-2, beit")),
                 qPrintable(iso.error().message()));

        auto slots = storage::KeySlotHeader::load(header.fileName());
        QVERIFY(!slots);
        QVERIFY2(!slots.error().message().contains(QStringLiteral("not valid JSON")),
                 qPrintable(slots.error().message()));
    }
};

QTEST_MAIN(TestWelsh)
#include "tst_welsh.moc"
