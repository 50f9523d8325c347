#include "app/core/markupcomparison.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace ridgeline {
namespace {

struct Name
{
    int value;
    const char *key;
    const char *display; // context "ridgeline::Markup"
};

constexpr std::array kAnnotationKinds{
    Name{int(ComparisonAnnotationKind::NonCorrespondence), "non-correspondence",
         QT_TRANSLATE_NOOP("ridgeline::Markup", "Non-correspondence")},
    Name{int(ComparisonAnnotationKind::Unclear), "unclear", QT_TRANSLATE_NOOP("ridgeline::Markup", "Unclear area")},
};

Error bad(const QString &message)
{
    return Error(ErrorCode::BadInput, message);
}

QString sideName(ComparisonSide side)
{
    return side == ComparisonSide::Left ? QCoreApplication::translate("ridgeline::Markup", "mark")
                                        : QCoreApplication::translate("ridgeline::Markup", "exemplar");
}

Status checkPair(const Correspondence &p, const Markup &left, const Markup &right, QHash<FeatureId, int> &leftUsed,
                 QHash<FeatureId, int> &rightUsed)
{
    const QString name = QCoreApplication::translate("ridgeline::Markup", "pair %1").arg(p.number);
    for (ComparisonSide side : {ComparisonSide::Left, ComparisonSide::Right}) {
        const FeatureId &id = side == ComparisonSide::Left ? p.left : p.right;
        const Markup &markup = side == ComparisonSide::Left ? left : right;
        QHash<FeatureId, int> &used = side == ComparisonSide::Left ? leftUsed : rightUsed;
        if (!markup.feature(id))
            return bad(
                QCoreApplication::translate("ridgeline::Markup", "%1: the %2 feature %3 is not in the %2's markup%4")
                    .arg(name, sideName(side), id.toString(),
                         markup.indexOfSuggestion(id) >= 0
                             ? QCoreApplication::translate("ridgeline::Markup", " (it is a suggestion)")
                             : QString()));
        if (const auto other = used.constFind(id); other != used.cend())
            return bad(QCoreApplication::translate("ridgeline::Markup", "%1: the %2 feature %3 is already in pair %4")
                           .arg(name, sideName(side), id.toString())
                           .arg(*other));
        used.insert(id, p.number);
    }
    if (p.author.isEmpty() || !p.createdUtc.isValid())
        return bad(QCoreApplication::translate("ridgeline::Markup", "%1 records no author or time").arg(name));
    return {};
}

Status checkAlignment(const Alignment &a, const MarkupComparison &c)
{
    for (double v : a.matrix)
        if (!std::isfinite(v))
            return bad(QCoreApplication::translate("ridgeline::Markup", "the alignment matrix is not finite"));
    const auto &m = a.matrix;
    const double scale = std::max({std::abs(m[0]), std::abs(m[1]), std::abs(m[3]), std::abs(m[4])});
    if (std::abs(m[0] * m[4] - m[1] * m[3]) <= 1e-12 * std::max(scale * scale, 1e-300))
        return bad(QCoreApplication::translate("ridgeline::Markup", "the alignment matrix is singular"));
    if (a.kind == AlignmentKind::Similarity &&
        (std::abs(m[0] - m[4]) > 1e-9 * scale || std::abs(m[1] + m[3]) > 1e-9 * scale))
        return bad(QCoreApplication::translate("ridgeline::Markup",
                                               "the alignment is called a similarity but its matrix is not one"));
    for (qsizetype i = 0; i < a.pairs.size(); ++i) {
        if (!c.pair(a.pairs[i]))
            return bad(
                QCoreApplication::translate("ridgeline::Markup", "the alignment uses pair %1, which is not there")
                    .arg(a.pairs[i]));
        if (i > 0 && a.pairs[i] <= a.pairs[i - 1])
            return bad(
                QCoreApplication::translate("ridgeline::Markup", "the alignment's pairs are not in ascending order"));
    }
    if (a.author.isEmpty() || !a.createdUtc.isValid())
        return bad(QCoreApplication::translate("ridgeline::Markup", "the alignment records no author or time"));
    return {};
}

Status checkAnnotation(const ComparisonAnnotation &a, qsizetype index, const Markup &markup)
{
    const QString name =
        QCoreApplication::translate("ridgeline::Markup", "annotation %1 (%2)").arg(index + 1).arg(a.id.toString());
    if (a.id.isNull())
        return bad(QCoreApplication::translate("ridgeline::Markup", "%1 has no id").arg(name));
    if (a.points.size() != 1 && a.points.size() < 3)
        return bad(QCoreApplication::translate("ridgeline::Markup",
                                               "%1 has %2 points: give one point or a polygon of at least 3")
                       .arg(name)
                       .arg(a.points.size()));
    for (const QPointF &p : a.points)
        if (!markup.contains(p))
            return bad(QCoreApplication::translate("ridgeline::Markup",
                                                   "%1: point (%2, %3) is outside the %4 (%5 × %6 pixels)")
                           .arg(name, QString::number(p.x(), 'g', QLocale::FloatingPointShortest),
                                QString::number(p.y(), 'g', QLocale::FloatingPointShortest), sideName(a.side))
                           .arg(markup.imageSize.width())
                           .arg(markup.imageSize.height()));
    if (a.author.isEmpty() || !a.createdUtc.isValid())
        return bad(QCoreApplication::translate("ridgeline::Markup", "%1 records no author or time").arg(name));
    return {};
}

} // namespace

QString comparisonSideKey(ComparisonSide side)
{
    return side == ComparisonSide::Left ? QStringLiteral("left") : QStringLiteral("right");
}

std::optional<ComparisonSide> comparisonSideFromKey(QStringView key)
{
    if (key == u"left")
        return ComparisonSide::Left;
    if (key == u"right")
        return ComparisonSide::Right;
    return std::nullopt;
}

QString comparisonAnnotationKindKey(ComparisonAnnotationKind kind)
{
    return QString::fromLatin1(kAnnotationKinds[size_t(kind) % kAnnotationKinds.size()].key);
}

std::optional<ComparisonAnnotationKind> comparisonAnnotationKindFromKey(QStringView key)
{
    for (const Name &n : kAnnotationKinds)
        if (key == QLatin1String(n.key))
            return ComparisonAnnotationKind(n.value);
    return std::nullopt;
}

QString comparisonAnnotationKindDisplayName(ComparisonAnnotationKind kind)
{
    return QCoreApplication::translate("ridgeline::Markup",
                                       kAnnotationKinds[size_t(kind) % kAnnotationKinds.size()].display);
}

QString alignmentKindKey(AlignmentKind kind)
{
    return kind == AlignmentKind::Similarity ? QStringLiteral("similarity") : QStringLiteral("affine");
}

std::optional<AlignmentKind> alignmentKindFromKey(QStringView key)
{
    if (key == u"similarity")
        return AlignmentKind::Similarity;
    if (key == u"affine")
        return AlignmentKind::Affine;
    return std::nullopt;
}

QPointF Alignment::map(QPointF p) const
{
    return {matrix[0] * p.x() + matrix[1] * p.y() + matrix[2], matrix[3] * p.x() + matrix[4] * p.y() + matrix[5]};
}

QTransform Alignment::transform() const
{
    // QTransform maps x' = m11 x + m21 y + dx, y' = m12 x + m22 y + dy.
    return QTransform(matrix[0], matrix[3], matrix[1], matrix[4], matrix[2], matrix[5]);
}

const Correspondence *MarkupComparison::pair(int number) const
{
    for (const Correspondence &p : pairs)
        if (p.number == number)
            return &p;
    return nullptr;
}

const Correspondence *MarkupComparison::pairOf(ComparisonSide side, const FeatureId &feature) const
{
    for (const Correspondence &p : pairs)
        if ((side == ComparisonSide::Left ? p.left : p.right) == feature)
            return &p;
    return nullptr;
}

int MarkupComparison::nextPairNumber() const
{
    // pairs are in ascending number, so the first gap is the answer.
    int number = 1;
    for (const Correspondence &p : pairs) {
        if (p.number > number)
            break;
        if (p.number == number)
            ++number;
    }
    return number;
}

qsizetype MarkupComparison::indexOfAnnotation(const AnnotationId &id) const
{
    for (qsizetype i = 0; i < annotations.size(); ++i)
        if (annotations[i].id == id)
            return i;
    return -1;
}

Status validateComparison(const MarkupComparison &c, const Markup &left, const Markup &right)
{
    if (c.id.isNull())
        return bad(QCoreApplication::translate("ridgeline::Markup", "the comparison has no id"));
    if (c.leftSha256 != left.imageSha256 || c.rightSha256 != right.imageSha256)
        return bad(QCoreApplication::translate("ridgeline::Markup",
                                               "the comparison is of images %1 and %2, not of the markups given "
                                               "(%3 and %4)")
                       .arg(c.leftSha256, c.rightSha256, left.imageSha256, right.imageSha256));
    if (c.author.isEmpty() || !c.createdUtc.isValid())
        return bad(QCoreApplication::translate("ridgeline::Markup", "the comparison records no author or time"));
    QHash<FeatureId, int> leftUsed;
    QHash<FeatureId, int> rightUsed;
    for (qsizetype i = 0; i < c.pairs.size(); ++i) {
        const Correspondence &p = c.pairs[i];
        if (p.number < 1)
            return bad(
                QCoreApplication::translate("ridgeline::Markup", "pair number %1 is not 1 or more").arg(p.number));
        if (i > 0 && p.number <= c.pairs[i - 1].number)
            return bad(QCoreApplication::translate("ridgeline::Markup", "pair %1 is listed twice or out of order")
                           .arg(p.number));
        if (Status ok = checkPair(p, left, right, leftUsed, rightUsed); !ok)
            return ok;
    }
    QHash<AnnotationId, qsizetype> ids;
    for (qsizetype i = 0; i < c.annotations.size(); ++i) {
        const ComparisonAnnotation &a = c.annotations[i];
        if (Status ok = checkAnnotation(a, i, a.side == ComparisonSide::Left ? left : right); !ok)
            return ok;
        if (ids.contains(a.id))
            return bad(QCoreApplication::translate("ridgeline::Markup", "annotation %1 (%2) repeats the id of %3")
                           .arg(i + 1)
                           .arg(a.id.toString())
                           .arg(ids.value(a.id) + 1));
        ids.insert(a.id, i);
    }
    if (c.alignment)
        return checkAlignment(*c.alignment, c);
    return {};
}

} // namespace ridgeline
