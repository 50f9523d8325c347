#include "app/core/personmatching.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace ridgeline {
namespace {

constexpr double kNameAlike = 0.90;

QString dateDigits(const QDate &d)
{
    return d.toString(QStringLiteral("yyyyMMdd"));
}

bool sameIdentifier(const Person &a, const Person &b, QString *which)
{
    for (const PersonIdentifier &x : a.identifiers) {
        for (const PersonIdentifier &y : b.identifiers) {
            if (x.scheme.compare(y.scheme, Qt::CaseInsensitive) == 0 && !x.value.isEmpty() &&
                normalisedIdentifier(x.value) == normalisedIdentifier(y.value)) {
                *which = x.scheme.toUpper() + QLatin1Char(' ') + x.value;
                return true;
            }
        }
    }
    return false;
}

QString firstGivenName(const QString &givenNames)
{
    return normalisedName(givenNames.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty));
}

// Family names weigh most; of the given names only the first counts, because middle names are
// often missing from one force's record.
double fullNameSimilarity(const QString &family1, const QString &given1, const QString &family2, const QString &given2)
{
    const double family = jaroWinkler(family1, family2);
    if (given1.isEmpty() || given2.isEmpty())
        return family;
    return 0.6 * family + 0.4 * jaroWinkler(given1, given2);
}

// The best similarity of the two names, allowing family and given names to have been entered in
// each other's fields.
double nameSimilarity(const Person &a, const Person &b, bool *swapped)
{
    const QString af = normalisedName(a.familyName), ag = firstGivenName(a.givenNames);
    const QString bf = normalisedName(b.familyName), bg = firstGivenName(b.givenNames);
    const double straight = fullNameSimilarity(af, ag, bf, bg);
    const double crossed = fullNameSimilarity(af, ag, bg, bf);
    *swapped = crossed > straight + 0.05;
    return std::max(straight, crossed);
}

} // namespace

QString normalisedName(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.isLetter())
            out.append(c);
    }
    return out;
}

QString normalisedIdentifier(const QString &value)
{
    QString out;
    for (QChar c : value) {
        if (c.isLetterOrNumber())
            out.append(c.toUpper());
    }
    return out;
}

double jaroWinkler(const QString &a, const QString &b)
{
    if (a.isEmpty() && b.isEmpty())
        return 1.0;
    if (a.isEmpty() || b.isEmpty())
        return 0.0;
    const qsizetype window = std::max<qsizetype>(0, std::max(a.size(), b.size()) / 2 - 1);
    std::vector<bool> aUsed(size_t(a.size()), false), bUsed(size_t(b.size()), false);
    qsizetype matches = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const qsizetype lo = std::max<qsizetype>(0, i - window), hi = std::min(b.size() - 1, i + window);
        for (qsizetype j = lo; j <= hi; ++j) {
            if (!bUsed[size_t(j)] && a.at(i) == b.at(j)) {
                aUsed[size_t(i)] = bUsed[size_t(j)] = true;
                ++matches;
                break;
            }
        }
    }
    if (matches == 0)
        return 0.0;
    qsizetype transpositions = 0;
    for (qsizetype i = 0, j = 0; i < a.size(); ++i) {
        if (!aUsed[size_t(i)])
            continue;
        while (!bUsed[size_t(j)])
            ++j;
        if (a.at(i) != b.at(j))
            ++transpositions;
        ++j;
    }
    const double m = double(matches);
    const double jaro = (m / double(a.size()) + m / double(b.size()) + (m - double(transpositions) / 2.0) / m) / 3.0;
    qsizetype prefix = 0;
    while (prefix < 4 && prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    return jaro + double(prefix) * 0.1 * (1.0 - jaro);
}

bool isLikelyDateTypo(const QDate &a, const QDate &b)
{
    if (!a.isValid() || !b.isValid() || a == b)
        return false;
    if (a.year() == b.year() && a.month() == b.day() && a.day() == b.month())
        return true; // 02/03 written for 03/02
    const QString x = dateDigits(a), y = dateDigits(b);
    int differing = 0;
    qsizetype first = -1;
    for (qsizetype i = 0; i < x.size(); ++i) {
        if (x.at(i) != y.at(i)) {
            if (first < 0)
                first = i;
            ++differing;
        }
    }
    if (differing == 1)
        return true; // one mistyped digit
    return differing == 2 && first + 1 < x.size() && x.at(first) == y.at(first + 1) && x.at(first + 1) == y.at(first) &&
           x.at(first + 1) != y.at(first + 1); // adjacent digits swapped
}

PersonMatch comparePersons(const Person &a, const Person &b)
{
    PersonMatch match;
    QString identifier;
    if (sameIdentifier(a, b, &identifier)) {
        match.kind = PersonMatchKind::SameIdentifier;
        match.score = 1.0;
        match.reasons << QCoreApplication::translate("ridgeline::PersonMatching", "same identifier %1").arg(identifier);
        return match;
    }
    bool swapped = false;
    const double names = nameSimilarity(a, b, &swapped);
    const bool exactNames = normalisedName(a.familyName) == normalisedName(b.familyName) &&
                            normalisedName(a.givenNames) == normalisedName(b.givenNames);
    const bool bothDates = a.dateOfBirth.isValid() && b.dateOfBirth.isValid();
    const bool sameDate = bothDates && a.dateOfBirth == b.dateOfBirth;
    if (exactNames && sameDate) {
        match.kind = PersonMatchKind::SameNameAndBirthDate;
        match.score = 1.0;
        match.reasons << QCoreApplication::translate("ridgeline::PersonMatching", "same name and date of birth");
        return match;
    }
    const bool dateTypo = bothDates && isLikelyDateTypo(a.dateOfBirth, b.dateOfBirth);
    match.score = names * (sameDate ? 1.0 : dateTypo ? 0.9 : 0.6);
    if (names >= kNameAlike && (sameDate || dateTypo)) {
        match.kind = PersonMatchKind::NearMatch;
        if (swapped)
            match.reasons << QCoreApplication::translate("ridgeline::PersonMatching",
                                                         "family and given names entered the other way round");
        else if (!exactNames)
            match.reasons << QCoreApplication::translate("ridgeline::PersonMatching",
                                                         "name spelled differently (%1 / %2)")
                                 .arg(a.displayName(), b.displayName());
        else
            match.reasons << QCoreApplication::translate("ridgeline::PersonMatching", "same name");
        if (sameDate)
            match.reasons << QCoreApplication::translate("ridgeline::PersonMatching", "same date of birth");
        else
            match.reasons << QCoreApplication::translate("ridgeline::PersonMatching",
                                                         "dates of birth differ as a typing slip would (%1 / %2)")
                                 .arg(a.dateOfBirth.toString(Qt::ISODate), b.dateOfBirth.toString(Qt::ISODate));
    }
    return match;
}

} // namespace ridgeline
