// The case details panel's intake parts: person links proposed for review with Confirm / Reject,
// exemplar counts, and reading a document on Enter.
#include "widgets/casedetailspanel.h"

#include <QGroupBox>
#include <QImage>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace ridgeline;

class TestCaseDetailsPanel : public QObject
{
    Q_OBJECT
private:
    static CaseDetails sampleDetails()
    {
        CaseDetails details;
        details.record.id = CaseId::create();
        details.record.reference = CaseReference(QStringLiteral("SYP"), 2026, 11902);
        Person suspect;
        suspect.id = PersonId::create();
        suspect.familyName = QStringLiteral("Barraclough");
        suspect.givenNames = QStringLiteral("Craig");
        Person victim;
        victim.id = PersonId::create();
        victim.familyName = QStringLiteral("Hirst");
        victim.givenNames = QStringLiteral("Deborah");
        details.persons = {{suspect, PersonRole::Suspect}, {victim, PersonRole::Victim}};
        details.exemplarCounts.insert(suspect.id, 10);
        Document statement;
        statement.id = DocumentId::create();
        statement.title = QStringLiteral("Witness statement (MG11)");
        statement.kind = DocumentKind::Statement;
        statement.pageCount = 1;
        details.documents = {statement};
        return details;
    }

private Q_SLOTS:
    // A transmission of hundreds of marks: every mark is listed in order, and a thumbnail that
    // arrives lands on the rows of its own original (two marks may share one), no other.
    void thumbnailsLandOnTheirOwnMarks()
    {
        CaseDetails details = sampleDetails();
        for (int i = 0; i < 300; ++i) {
            Mark mark;
            mark.id = MarkId::create();
            mark.exhibitReference = QStringLiteral("LM/%1").arg(i + 1);
            mark.originalSha256 = QByteArray(32, char(i % 150)); // marks i and i + 150 share an original
            details.marks.append(mark);
        }
        CaseDetailsPanel panel;
        panel.show();
        panel.showDetails(details);
        QTreeWidget *marks = panel.marksList();
        QCOMPARE(marks->topLevelItemCount(), 300);
        QCOMPARE(marks->topLevelItem(299)->text(0), QStringLiteral("LM/300"));
        const qint64 placeholder = marks->topLevelItem(7)->icon(0).cacheKey();
        QImage thumbnail(64, 64, QImage::Format_RGB32);
        thumbnail.fill(Qt::darkRed);
        panel.setMarkThumbnail(QByteArray(32, char(7)), thumbnail);
        QVERIFY(marks->topLevelItem(7)->icon(0).cacheKey() != placeholder);
        QVERIFY(marks->topLevelItem(157)->icon(0).cacheKey() != placeholder);
        QCOMPARE(marks->topLevelItem(8)->icon(0).cacheKey(), placeholder);
        const QImage shown = marks->topLevelItem(157)->icon(0).pixmap(64, 64).toImage();
        QCOMPARE(shown.pixelColor(32, 32), QColor(Qt::darkRed));
        panel.setMarkThumbnail(QByteArray(32, char(200)), thumbnail); // an original not in this case
        QCOMPARE(marks->topLevelItem(8)->icon(0).cacheKey(), placeholder);
    }

    void personsShowTheirExemplarCount()
    {
        CaseDetailsPanel panel;
        panel.showDetails(sampleDetails());
        QTreeWidget *persons = panel.personsList();
        QCOMPARE(persons->topLevelItemCount(), 2);
        QVERIFY(persons->topLevelItem(0)->text(2).startsWith(QStringLiteral("10 impression")));
        QCOMPARE(persons->topLevelItem(1)->text(2), QStringLiteral("None"));
    }

    void aProposedLinkIsConfirmedOrRejected()
    {
        CaseDetailsPanel panel;
        panel.show();
        const CaseDetails details = sampleDetails();
        panel.showDetails(details);
        auto *box = panel.findChild<QGroupBox *>(QStringLiteral("personLinksBox"));
        QVERIFY(box->isHidden());

        PersonLinkRow row;
        row.link.id = QStringLiteral("link-1");
        row.link.a = PersonId::create();
        row.link.b = details.persons.first().first.id;
        row.link.kind = QStringLiteral("near-match");
        row.link.status = QStringLiteral("proposed");
        row.link.score = 0.82;
        row.link.reasons = {QStringLiteral("name spelled differently (Baraclough / Barraclough)")};
        row.personName = details.persons.first().first.displayName();
        panel.showPersonLinks({row}, true);
        QVERIFY(!box->isHidden());
        QTreeWidget *links = panel.personLinksList();
        QCOMPARE(links->topLevelItemCount(), 1);
        QCOMPARE(links->topLevelItem(0)->text(1), QStringLiteral("A record in another case"));
        QCOMPARE(links->topLevelItem(0)->text(2), QStringLiteral("82 %"));

        auto *confirm = panel.findChild<QPushButton *>(QStringLiteral("confirmLinkButton"));
        auto *reject = panel.findChild<QPushButton *>(QStringLiteral("rejectLinkButton"));
        QVERIFY(!confirm->isEnabled()); // nothing selected yet
        QSignalSpy decided(&panel, &CaseDetailsPanel::personLinkDecisionRequested);
        links->setCurrentItem(links->topLevelItem(0));
        QVERIFY(confirm->isEnabled());
        QTest::mouseClick(reject, Qt::LeftButton);
        QCOMPARE(decided.size(), 1);
        QCOMPARE(decided.first().at(0).toString(), QStringLiteral("link-1"));
        QCOMPARE(decided.first().at(1).toBool(), false);

        // Roles that may not decide see the proposal but no buttons.
        panel.showPersonLinks({row}, false);
        QVERIFY(confirm->isHidden());
        QVERIFY(reject->isHidden());
    }

    void enterOnADocumentAsksToReadIt()
    {
        CaseDetailsPanel panel;
        panel.show();
        panel.showDetails(sampleDetails());
        QSignalSpy activated(&panel, &CaseDetailsPanel::documentActivated);
        QTreeWidget *documents = panel.documentsList();
        documents->setCurrentItem(documents->topLevelItem(0));
        documents->setFocus();
        QTest::keyClick(documents, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().at(0).value<Document>().title, QStringLiteral("Witness statement (MG11)"));
    }
};

QTEST_MAIN(TestCaseDetailsPanel)
#include "tst_casedetailspanel.moc"
