#include "app/core/casereference.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ridgeline {

CaseReference::CaseReference(QString forceCode, int year, qint64 number)
    : m_force(std::move(forceCode))
    , m_year(year)
    , m_number(number)
{}

Result<CaseReference> CaseReference::parse(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral("^([A-Z]{2,6})/(\\d{4})/(\\d{1,9})$"));
    const auto match = pattern.match(text.trimmed().toString().toUpper());
    if (!match.hasMatch()) {
        return Error(ErrorCode::BadInput,
                     QCoreApplication::translate("ridgeline::CaseReference",
                                                 "\"%1\" is not a case reference; expected FORCE/YEAR/NUMBER, "
                                                 "for example WYP/2026/000123")
                         .arg(text.toString()));
    }
    const int year = match.captured(2).toInt();
    if (year < 1900 || year > 2999) {
        return Error(ErrorCode::BadInput, QCoreApplication::translate("ridgeline::CaseReference",
                                                                      "Case reference \"%1\" has year %2 out of range")
                                              .arg(text.toString())
                                              .arg(year));
    }
    return CaseReference(match.captured(1), year, match.captured(3).toLongLong());
}

QString CaseReference::toString() const
{
    if (!isValid())
        return {};
    return QStringLiteral("%1/%2/%3").arg(m_force).arg(m_year).arg(m_number, 6, 10, QLatin1Char('0'));
}

} // namespace ridgeline
