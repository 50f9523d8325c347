#pragma once

#include "app/core/error.h"

#include <QString>

namespace ridgeline {

// A case reference: force code, year and number, written "WYP/2026/000123". The force code is
// 2-6 capital letters, the number 1-9 digits; the canonical form zero-pads the number to 6 digits.
class CaseReference
{
public:
    CaseReference() = default;
    CaseReference(QString forceCode, int year, qint64 number);

    static Result<CaseReference> parse(QStringView text);

    bool isValid() const { return !m_force.isEmpty(); }
    const QString &forceCode() const { return m_force; }
    int year() const { return m_year; }
    qint64 number() const { return m_number; }
    QString toString() const;

    friend bool operator==(const CaseReference &, const CaseReference &) = default;

private:
    QString m_force;
    int m_year = 0;
    qint64 m_number = 0;
};

} // namespace ridgeline
