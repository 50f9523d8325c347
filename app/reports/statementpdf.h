#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

namespace ridgeline {

// A witness statement in the layout of the England and Wales MG11 form (Criminal Justice Act 1967
// s.9 declaration, statement text, signature block), rendered to PDF with QPdfWriter. Used by the
// demo transmission generator and by tests that need real, text-bearing PDFs.
struct WitnessStatement
{
    QString caseReference;
    QString witnessName;
    QString occupation;
    int age = 0; // 0: "over 18"
    QDate date;
    QStringList paragraphs;
    QString officerTakingStatement;
};

QByteArray renderWitnessStatementPdf(const WitnessStatement &statement);

} // namespace ridgeline
