#include "app/documents/pdfdocument.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTest>

using namespace ridgeline;

namespace {

// A real two-page PDF made by Qt's PDF writer, with text on each page.
QByteArray makeStatement()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(QStringLiteral("Witness statement"));
    writer.setResolution(300);
    QPainter painter(&writer);
    painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 14));
    painter.drawText(QPointF(200, 400), QStringLiteral("Statement of Gareth Llewellyn, witness"));
    painter.drawText(QPointF(200, 600), QStringLiteral("I saw a blue Vauxhall Corsa outside number 14."));
    writer.newPage();
    painter.drawText(QPointF(200, 400), QStringLiteral("Signed on the second page."));
    painter.end();
    return bytes;
}

// A PDF whose /Encrypt dictionary needs a user password nobody gave us.
QByteArray makeEncrypted()
{
    QByteArray body = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    auto obj = [&](const QByteArray &text) {
        offsets.append(body.size());
        body += text;
    };
    obj("1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
    obj("2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n");
    obj("3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\n");
    obj("4 0 obj << /Filter /Standard /V 1 /R 2 /P -44 "
        "/O <" +
        QByteArray(64, 'a') + "> /U <" + QByteArray(64, 'b') + "> >> endobj\n");
    const qsizetype xref = body.size();
    body += "xref\n0 5\n0000000000 65535 f \n";
    for (qsizetype o : offsets)
        body += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    body += "trailer << /Size 5 /Root 1 0 R /Encrypt 4 0 R /ID [<0123456789abcdef0123456789abcdef> "
            "<0123456789abcdef0123456789abcdef>] >>\nstartxref\n" +
            QByteArray::number(xref) + "\n%%EOF\n";
    return body;
}

} // namespace

class TestPdfDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsPagesTextAndTitle()
    {
        auto pdf = PdfDocument::fromData(makeStatement(), QStringLiteral("statement.pdf"));
        QVERIFY2(pdf.ok(), qPrintable(pdf.ok() ? QString() : pdf.error().message()));
        QCOMPARE(pdf->pageCount(), 2);
        QCOMPARE(pdf->title(), QStringLiteral("Witness statement"));
        QVERIFY(pdf->pageText(0).contains(QStringLiteral("Gareth Llewellyn")));
        QVERIFY(pdf->pageText(1).contains(QStringLiteral("second page")));
        QVERIFY(pdf->allText().contains(QStringLiteral("Vauxhall Corsa")));
    }

    void rendersAndFindsText()
    {
        auto pdf = PdfDocument::fromData(makeStatement(), QStringLiteral("statement.pdf"));
        QVERIFY(pdf.ok());
        auto page = pdf->renderPage(0, 100);
        QVERIFY(page.ok());
        // A4 at 100 dpi is about 827 x 1169 pixels; the page is white with dark text on it.
        QVERIFY(qAbs(page->width() - 827) <= 2);
        QVERIFY(qAbs(page->height() - 1169) <= 2);
        bool dark = false;
        for (int y = 0; y < page->height() && !dark; y += 2) {
            for (int x = 0; x < page->width(); x += 2) {
                if (qGray(page->pixel(x, y)) < 80) {
                    dark = true;
                    break;
                }
            }
        }
        QVERIFY(dark);
        const auto hits = pdf->search(0, QStringLiteral("vauxhall"));
        QCOMPARE(hits.size(), 1);
        QVERIFY(hits.first().width() > 10);
        auto thumb = pdf->thumbnail(200);
        QVERIFY(thumb.ok());
        QCOMPARE(std::max(thumb->width(), thumb->height()), 200);
    }

    void refusesWhatIsNotAReadablePdf_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not a pdf") << QByteArray("PK\x03\x04 this is a zip, not a statement") << "not a PDF";
        QTest::newRow("empty") << QByteArray() << "not a PDF";
        QTest::newRow("truncated") << makeStatement().left(300) << "damaged";
        QTest::newRow("encrypted") << makeEncrypted() << "encrypted";
    }

    void refusesWhatIsNotAReadablePdf()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, reason);
        auto pdf = PdfDocument::fromData(data, QStringLiteral("exhibit-7.pdf"));
        QVERIFY(!pdf.ok());
        QCOMPARE(pdf.error().code(), ErrorCode::BadInput);
        QVERIFY2(pdf.error().message().contains(QStringLiteral("exhibit-7.pdf")), qPrintable(pdf.error().message()));
        QVERIFY2(pdf.error().message().contains(reason), qPrintable(pdf.error().message()));
    }

    void refusesHugeRenders()
    {
        auto pdf = PdfDocument::fromData(makeStatement(), QStringLiteral("statement.pdf"));
        QVERIFY(pdf.ok());
        auto page = pdf->renderPage(0, 20000);
        QVERIFY(!page.ok());
        QCOMPARE(page.error().code(), ErrorCode::BadInput);
    }
};

QTEST_MAIN(TestPdfDocument)
#include "tst_pdfdocument.moc"
