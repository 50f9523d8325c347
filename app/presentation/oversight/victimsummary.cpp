#include "app/presentation/oversight/victimsummary.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace ridgeline {
QString victimStatusSummary(const VictimSummaryFacts &facts, const QDate &asOf, const QLocale &locale)
{
    const QString format = QStringLiteral("d MMMM yyyy");
    QString status;
    if (facts.marksReceived == 0)
        status =
            QCoreApplication::translate("ridgeline::VictimSummary", "No marks have been received for examination yet.");
    else if (facts.isSignedOff() && facts.signedOffOn.isValid())
        status = QCoreApplication::translate(
                     "ridgeline::VictimSummary",
                     "The examination is complete. Its results were checked and signed off by a supervisor on %1.")
                     .arg(locale.toString(facts.signedOffOn, format));
    else if (facts.isSignedOff())
        status = QCoreApplication::translate(
            "ridgeline::VictimSummary",
            "The examination is complete. Its results were checked and signed off by a supervisor.");
    else if (facts.isComplete())
        status = QCoreApplication::translate(
            "ridgeline::VictimSummary",
            "Every mark has been examined. The results are waiting to be checked and signed off by a "
            "supervisor.");
    else
        status = QCoreApplication::translate("ridgeline::VictimSummary", "The examination is still in progress.");

    QStringList lines;
    lines
        << QCoreApplication::translate("ridgeline::VictimSummary", "Fingerprint examination: status summary")
        << QString()
        << QCoreApplication::translate("ridgeline::VictimSummary", "Case reference: %1").arg(facts.caseReference)
        << QCoreApplication::translate("ridgeline::VictimSummary", "Offence: %1").arg(facts.offence)
        << QCoreApplication::translate("ridgeline::VictimSummary", "Date of this summary: %1")
               .arg(locale.toString(asOf, format))
        << QString()
        << QCoreApplication::translate("ridgeline::VictimSummary", "Marks received for examination: %1")
               .arg(facts.marksReceived)
        << QCoreApplication::translate("ridgeline::VictimSummary", "Marks examined so far: %1").arg(facts.marksExamined)
        << QCoreApplication::translate("ridgeline::VictimSummary", "Marks with results checked and signed off: %1")
               .arg(facts.marksSignedOff)
        << QString() << status << QString()
        << QCoreApplication::translate("ridgeline::VictimSummary",
                                       "For more information, please contact the officer in the case.");
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

Status saveTextFile(const QString &path, const QString &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return Error(ErrorCode::Io, QCoreApplication::translate("ridgeline::VictimSummary",
                                                                "%1 could not be written: %2. Choose another folder.")
                                        .arg(path, file.errorString()));
    file.write(text.toUtf8());
    if (!file.commit())
        return Error(ErrorCode::Io, QCoreApplication::translate("ridgeline::VictimSummary",
                                                                "%1 could not be written: %2. Choose another folder.")
                                        .arg(path, file.errorString()));
    return {};
}

} // namespace ridgeline
