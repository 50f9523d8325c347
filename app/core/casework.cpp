#include "app/core/casework.h"

#include "app/core/keytable.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <array>

namespace ridgeline {
namespace {

using keytable::fromKey;
using keytable::keyOf;
using keytable::Name;

template<class E, size_t N> QString displayOf(const std::array<Name<E>, N> &table, E value)
{
    return keytable::displayOf("ridgeline::Casework", table, value);
}

constexpr std::array kValue{
    Name<ValueDecision>{ValueDecision::OfValueForIdentification, "identification",
                        QT_TRANSLATE_NOOP("ridgeline::Casework", "Of value for identification")},
    Name<ValueDecision>{ValueDecision::ExclusionOnly, "exclusion-only",
                        QT_TRANSLATE_NOOP("ridgeline::Casework", "Of value for exclusion only")},
    Name<ValueDecision>{ValueDecision::NoValue, "no-value", QT_TRANSLATE_NOOP("ridgeline::Casework", "No value")},
};

constexpr std::array kConclusion{
    Name<ConclusionKind>{ConclusionKind::Identification, "identification",
                         QT_TRANSLATE_NOOP("ridgeline::Casework", "Identification")},
    Name<ConclusionKind>{ConclusionKind::Exclusion, "exclusion", QT_TRANSLATE_NOOP("ridgeline::Casework", "Exclusion")},
    Name<ConclusionKind>{ConclusionKind::Inconclusive, "inconclusive",
                         QT_TRANSLATE_NOOP("ridgeline::Casework", "Inconclusive")},
};

constexpr std::array kStage{
    Name<ConclusionStage>{ConclusionStage::Evaluation, "evaluation", ""},
    Name<ConclusionStage>{ConclusionStage::Verification, "verification", ""},
    Name<ConclusionStage>{ConclusionStage::Resolution, "resolution", ""},
};

} // namespace

QString valueDecisionKey(ValueDecision value)
{
    return keyOf(kValue, value);
}
std::optional<ValueDecision> valueDecisionFromKey(QStringView key)
{
    return fromKey(kValue, key);
}
QString valueDecisionDisplayName(ValueDecision value)
{
    return displayOf(kValue, value);
}

QString conclusionKey(ConclusionKind kind)
{
    return keyOf(kConclusion, kind);
}
std::optional<ConclusionKind> conclusionFromKey(QStringView key)
{
    return fromKey(kConclusion, key);
}
QString conclusionDisplayName(ConclusionKind kind)
{
    return displayOf(kConclusion, kind);
}

QString conclusionStageKey(ConclusionStage stage)
{
    return keyOf(kStage, stage);
}
std::optional<ConclusionStage> conclusionStageFromKey(QStringView key)
{
    return fromKey(kStage, key);
}

QString markupChangeKindKey(MarkupChange::Kind kind)
{
    switch (kind) {
    case MarkupChange::Kind::Added:
        return QStringLiteral("added");
    case MarkupChange::Kind::Moved:
        return QStringLiteral("moved");
    case MarkupChange::Kind::Retyped:
        return QStringLiteral("retyped");
    case MarkupChange::Kind::Deleted:
        return QStringLiteral("deleted");
    case MarkupChange::Kind::Edited:
        return QStringLiteral("edited");
    }
    return {};
}

QString SignOffRecord::keyFingerprint() const
{
    const QString hex =
        QString::fromLatin1(QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex().left(16));
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

} // namespace ridgeline
