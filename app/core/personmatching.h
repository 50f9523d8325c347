#pragma once

// Deciding whether two person records (from two forces, or from a package and the workspace) are
// the same person. Forces must not duplicate each other's nominals, but a wrong merge is worse
// than a duplicate: only an identical identifier, or identical name and date of birth, links
// automatically; anything looser is proposed to a case officer, with the reasons, to confirm or
// reject.

#include "app/core/domain.h"

#include <QString>
#include <QStringList>

namespace ridgeline {

enum class PersonMatchKind
{
    Different,
    NearMatch,            // propose to a case officer; never merge silently
    SameNameAndBirthDate, // link automatically
    SameIdentifier,       // link automatically
};

struct PersonMatch
{
    PersonMatchKind kind = PersonMatchKind::Different;
    double score = 0.0;  // 0..1, how alike the two records are
    QStringList reasons; // translated, for the case officer: "family name spelled differently (Hughes / Hughs)"
    bool isAutomaticLink() const
    {
        return kind == PersonMatchKind::SameIdentifier || kind == PersonMatchKind::SameNameAndBirthDate;
    }
};

// Lower case, accents removed (Siân -> sian), only letters kept.
QString normalisedName(const QString &name);
// Identifier value with case and separators removed ("84/123456x" -> "84123456X").
QString normalisedIdentifier(const QString &value);
// Jaro-Winkler similarity of two strings, 0..1.
double jaroWinkler(const QString &a, const QString &b);
// True when the two dates differ only by swapped day and month, two adjacent swapped digits, or
// one mistyped digit.
bool isLikelyDateTypo(const QDate &a, const QDate &b);

PersonMatch comparePersons(const Person &a, const Person &b);

} // namespace ridgeline
