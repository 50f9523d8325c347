// Choosing the exemplar impression a mark is compared with (issue 6) on a real encrypted workspace
// filled through intake, offscreen: the dialog lists the case's persons with their impression
// counts, shows one tenprint card at a time with thumbnails made from the originals (and stored
// for next time), enables OK only with a choice, honours a preselection, accepts on Return, and
// says plainly when a case has no exemplars or the listing is refused.
#include "app/gui/exemplarchooserdialog.h"
#include "app/presentation/sessioncontroller.h"
#include "app/services/importservice.h"
#include "app/services/thumbnails.h"
#include "tests/app/services/searchtestpackage.h"
#include "tests/app/services/workspacetestsupport.h"
#include "widgets/exemplarcard/exemplarcardview.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ridgeline;

class TestExemplarChooser : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    CaseId m_case;
    CaseId m_emptyCase;
    const QByteArray m_passphrase = QByteArrayLiteral("exemplar chooser passphrase");

    std::unique_ptr<SessionController> signIn(const QString &user)
    {
        auto opened = LocalWorkspaceSession::open(m_path, user, m_passphrase, testing::fastOptions());
        if (!opened) {
            qWarning() << opened.error().message();
            return nullptr;
        }
        SessionInfo info{(*opened)->user(), m_path, (*opened)->policy()};
        return std::make_unique<SessionController>(std::move(*opened), info);
    }

    static QPushButton *okButton(ExemplarChooserDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ImpressionId>();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("chooser.ridgeline"));
        auto admin =
            LocalWorkspaceSession::create(m_path, QStringLiteral("admin"), m_passphrase, testing::fastOptions());
        QVERIFY(admin);
        QVERIFY((*admin)->addUser(QStringLiteral("aokafor"), QStringLiteral("Adaeze Okafor"), Role::Examiner,
                                  m_passphrase));
        QVERIFY((*admin)->addUser(QStringLiteral("dhartley"), QStringLiteral("David Hartley"), Role::CaseOfficer,
                                  m_passphrase));
        WorkspacePolicy policy = (*admin)->policy();
        policy.acceptUnsignedPackages = true;
        QVERIFY((*admin)->setPolicy(policy));
        QVERIFY((*admin)->logout());
        auto officer =
            LocalWorkspaceSession::open(m_path, QStringLiteral("dhartley"), m_passphrase, testing::fastOptions());
        QVERIFY(officer);
        auto folder = testing::searchTestPackage().writeFolder(m_dir.filePath(QStringLiteral("pkg")));
        QVERIFY(folder);
        const ImportService::Result imported = ImportService(**officer).importPackage(*folder);
        QVERIFY2(!imported.refused(), qPrintable(imported.error ? imported.error->message() : QString()));
        m_case = imported.outcome->caseId;
        CaseRecord empty;
        empty.reference = CaseReference(QStringLiteral("WYP"), 2026, 8201);
        empty.force = QStringLiteral("West Yorkshire Police");
        empty.offence = QStringLiteral("Criminal damage");
        auto created = (*officer)->cases().saveCase(empty);
        QVERIFY(created);
        m_emptyCase = created->id;
        QVERIFY((*officer)->logout());
    }

    void examinerChoosesAnImpressionFromTheCard()
    {
        auto session = signIn(QStringLiteral("aokafor"));
        QVERIFY(session);
        ExemplarChooserDialog dialog(session.get(), m_case);
        QSignalSpy loaded(&dialog, &ExemplarChooserDialog::loaded);
        QSignalSpy thumbnails(&dialog, &ExemplarChooserDialog::thumbnailShown);
        dialog.show();
        QCOMPARE(dialog.messageLabel()->text(), QStringLiteral("Loading exemplars…"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(loaded.wait(15000));
        QCOMPARE(loaded.first().first().toBool(), true);

        QComboBox *persons = dialog.personBox();
        QCOMPARE(persons->count(), 2);
        // "impression(s)" until the English plural forms are loaded.
        QVERIFY2(persons->itemText(0).startsWith(QStringLiteral("ACKROYD, Margaret — 3 impression")),
                 qPrintable(persons->itemText(0)));
        QVERIFY2(persons->itemText(1).startsWith(QStringLiteral("BROOK, Samuel — 3 impression")),
                 qPrintable(persons->itemText(1)));
        ExemplarCardView *card = dialog.cardView();
        QCOMPARE(card->impressions().size(), 3);
        QVERIFY(!okButton(dialog)->isEnabled());
        // No thumbnail was stored at intake: each is made from its original on the session thread.
        QTRY_COMPARE_WITH_TIMEOUT(thumbnails.size(), 3, 15000);

        QTest::mouseClick(card->findChild<QWidget *>(QStringLiteral("exemplarCell_2")), Qt::LeftButton);
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(dialog.chosen());
        QCOMPARE(dialog.chosen()->exhibitReference, QStringLiteral("TA/2"));
        QCOMPARE(dialog.chosen()->fingerPosition, 2);

        persons->setCurrentIndex(1); // Brook's card: the choice on Ackroyd's is gone
        QCOMPARE(card->impressions().first().personName, QStringLiteral("BROOK, Samuel"));
        QVERIFY(!dialog.chosen());
        QVERIFY(!okButton(dialog)->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(thumbnails.size(), 6, 15000);

        QTest::keyClick(card, Qt::Key_Right);
        QCOMPARE(dialog.chosen()->exhibitReference, QStringLiteral("TB/1"));
        if (!qEnvironmentVariableIsEmpty("RIDGELINE_SCREENSHOT_DIR")) {
            dialog.grab().save(qEnvironmentVariable("RIDGELINE_SCREENSHOT_DIR") +
                               QStringLiteral("/exemplar-chooser.png"));
        }
        QTest::keyClick(card, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.chosen()->exhibitReference, QStringLiteral("TB/1"));
        // The session runs calls in order: once this one has run, the thumbnails are stored. Polled,
        // not waited for: QFuture::waitForFinished would run it at once on this thread, ahead of them.
        auto barrier = session->run([](WorkspaceSession &) { return true; });
        QTRY_VERIFY_WITH_TIMEOUT(barrier.isFinished(), 15000);
    }

    // The thumbnails made the first time were stored for the next dialog; a preselected impression's
    // card is the one shown (only its thumbnails are fetched), with it chosen.
    void storedThumbnailsAndPreselection()
    {
        auto session = signIn(QStringLiteral("aokafor"));
        QVERIFY(session);
        auto listed =
            session->run([id = m_case](WorkspaceSession &s) { return s.exemplarImpressionsOfCase(id); }).result();
        QVERIFY(listed);
        const ExemplarImpressionRecord brookMiddle = listed->at(5);
        QCOMPARE(brookMiddle.exhibitReference, QStringLiteral("TB/3"));
        auto stored = session
                          ->run([sha = brookMiddle.originalSha256](WorkspaceSession &s) {
                              return s.derivedData(sha, kThumbnailKind);
                          })
                          .result();
        QVERIFY2(stored, "the thumbnail made from the original was not stored");

        ExemplarChooserDialog dialog(session.get(), m_case);
        dialog.preselect(brookMiddle.id);
        QSignalSpy loaded(&dialog, &ExemplarChooserDialog::loaded);
        QSignalSpy thumbnails(&dialog, &ExemplarChooserDialog::thumbnailShown);
        dialog.show();
        QVERIFY(loaded.wait(15000));
        QCOMPARE(dialog.personBox()->currentIndex(), 1);
        QVERIFY(dialog.chosen());
        QCOMPARE(dialog.chosen()->id, brookMiddle.id);
        QVERIFY(okButton(dialog)->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(thumbnails.size(), 3, 15000);
        QSet<ImpressionId> brooks;
        for (const ExemplarImpressionRecord &r : std::as_const(*listed)) {
            if (r.person == brookMiddle.person)
                brooks.insert(r.id);
        }
        for (const QVariantList &shown : std::as_const(thumbnails))
            QVERIFY(brooks.contains(shown.first().value<ImpressionId>()));
        okButton(dialog)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void aCaseWithoutExemplarsSaysSo()
    {
        auto session = signIn(QStringLiteral("aokafor"));
        QVERIFY(session);
        ExemplarChooserDialog dialog(session.get(), m_emptyCase);
        QSignalSpy loaded(&dialog, &ExemplarChooserDialog::loaded);
        dialog.show();
        QVERIFY(loaded.wait(15000));
        QCOMPARE(dialog.messageLabel()->text(),
                 QStringLiteral("No tenprint exemplars are filed for the persons of this case."));
        QCOMPARE(dialog.personBox()->count(), 0);
        QVERIFY(!okButton(dialog)->isEnabled());
    }

    void aRefusedListingShowsTheError()
    {
        auto session = signIn(QStringLiteral("admin")); // administrators may not view cases
        QVERIFY(session);
        ExemplarChooserDialog dialog(session.get(), m_case);
        QSignalSpy loaded(&dialog, &ExemplarChooserDialog::loaded);
        dialog.show();
        QVERIFY(loaded.wait(15000));
        QCOMPARE(loaded.first().first().toBool(), false);
        QVERIFY2(dialog.messageLabel()->text().contains(QStringLiteral("the refusal was recorded")),
                 qPrintable(dialog.messageLabel()->text()));
        QVERIFY(!okButton(dialog)->isEnabled());
    }
};

QTEST_MAIN(TestExemplarChooser)
#include "tst_exemplarchooser.moc"
