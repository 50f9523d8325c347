#include "app/documents/pdfdocument.h"
#include "app/reports/statementpdf.h"

#include <QGuiApplication>
#include <QTest>

using namespace ridgeline;

class TestStatementPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersAReadableStatement()
    {
        WitnessStatement s;
        s.caseReference = QStringLiteral("NWP/2026/000815");
        s.witnessName = QStringLiteral("Gwenllian Price");
        s.occupation = QStringLiteral("Teacher");
        s.date = QDate(2026, 11, 23);
        s.officerTakingStatement = QStringLiteral("PC 1142 Rhys Morgan");
        for (int i = 0; i < 12; ++i)
            s.paragraphs << QStringLiteral("Paragraph %1. On Sunday evening I returned home to Ffordd yr Eglwys and "
                                           "found the back door forced and the kitchen window broken.")
                                .arg(i + 1);
        const QByteArray pdf = renderWitnessStatementPdf(s);
        auto doc = PdfDocument::fromData(pdf, QStringLiteral("statement.pdf"));
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().message()));
        QVERIFY(doc->pageCount() >= 1);
        const QString text = doc->allText();
        QVERIFY(text.contains(QStringLiteral("WITNESS STATEMENT")));
        QVERIFY(text.contains(QStringLiteral("NWP/2026/000815")));
        QVERIFY(text.contains(QStringLiteral("Gwenllian Price")));
        QVERIFY(text.contains(QStringLiteral("Paragraph 12.")));
        QCOMPARE(doc->title(), QStringLiteral("Witness statement of Gwenllian Price"));
    }
};

QTEST_MAIN(TestStatementPdf)
#include "tst_statementpdf.moc"
