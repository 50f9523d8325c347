#include "app/reports/statementpdf.h"

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextOption>

namespace ridgeline {
namespace {

constexpr int kDpi = 300;
constexpr double kMarginMm = 20.0;

int mm(double millimetres)
{
    return int(millimetres / 25.4 * kDpi + 0.5);
}

} // namespace

QByteArray renderWitnessStatementPdf(const WitnessStatement &s)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(kDpi);
    writer.setPageMargins(QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter);
    writer.setTitle(QStringLiteral("Witness statement of %1").arg(s.witnessName));
    writer.setCreator(QStringLiteral("Ridgeline"));

    QPainter painter(&writer);
    const QRect page = painter.viewport();
    const int width = page.width();
    QFont title(QStringLiteral("DejaVu Sans"), 13, QFont::Bold);
    QFont body(QStringLiteral("DejaVu Sans"), 10);
    QFont small(QStringLiteral("DejaVu Sans"), 8);

    int y = 0;
    painter.setFont(small);
    painter.drawText(QRect(0, y, width, mm(5)), Qt::AlignRight, QStringLiteral("RESTRICTED (when complete)    MG 11"));
    y += mm(7);
    painter.setFont(title);
    painter.drawText(QRect(0, y, width, mm(8)), Qt::AlignHCenter, QStringLiteral("WITNESS STATEMENT"));
    y += mm(8);
    painter.setFont(small);
    painter.drawText(QRect(0, y, width, mm(10)), Qt::AlignHCenter | Qt::TextWordWrap,
                     QStringLiteral("Criminal Procedure Rules, r 16.2; Criminal Justice Act 1967, s. 9; "
                                    "Magistrates' Courts Act 1980, s.5B"));
    y += mm(10);
    painter.setFont(body);
    const QString header =
        QStringLiteral("URN: %1\nStatement of: %2\nAge if under 18: %3    Occupation: %4")
            .arg(s.caseReference, s.witnessName,
                 s.age > 0 && s.age < 18 ? QString::number(s.age) : QStringLiteral("Over 18"), s.occupation);
    painter.drawRect(QRect(0, y, width, mm(18)));
    painter.drawText(QRect(mm(2), y + mm(1), width - mm(4), mm(17)), Qt::AlignLeft | Qt::TextWordWrap, header);
    y += mm(21);
    painter.setFont(small);
    const QString declaration =
        QStringLiteral("This statement (consisting of 1 page(s) each signed by me) is true to the best of my knowledge "
                       "and belief and I make it knowing that, if it is tendered in evidence, I shall be liable to "
                       "prosecution if I have wilfully stated in it anything which I know to be false, or do not "
                       "believe to be true.");
    painter.drawText(QRect(0, y, width, mm(14)), Qt::AlignLeft | Qt::TextWordWrap, declaration);
    y += mm(15);
    painter.setFont(body);
    painter.drawText(QRect(0, y, width, mm(6)), Qt::AlignLeft,
                     QStringLiteral("Signature: %1        Date: %2")
                         .arg(s.witnessName, s.date.toString(QStringLiteral("dd/MM/yyyy"))));
    y += mm(9);
    painter.drawLine(0, y, width, y);
    y += mm(3);
    for (const QString &paragraph : s.paragraphs) {
        const QRect bounds =
            painter.boundingRect(QRect(0, y, width, page.height()), Qt::AlignLeft | Qt::TextWordWrap, paragraph);
        if (y + bounds.height() > page.height() - mm(25)) {
            writer.newPage();
            y = 0;
        }
        painter.drawText(QRect(0, y, width, bounds.height()), Qt::AlignLeft | Qt::TextWordWrap, paragraph);
        y += bounds.height() + mm(3);
    }
    y = std::max(y + mm(6), page.height() - mm(20));
    painter.drawLine(0, y, width, y);
    painter.setFont(small);
    painter.drawText(
        QRect(0, y + mm(2), width, mm(12)), Qt::AlignLeft | Qt::TextWordWrap,
        QStringLiteral("Signature: %1    Signature witnessed by: %2").arg(s.witnessName, s.officerTakingStatement));
    painter.end();
    return bytes;
}

} // namespace ridgeline
