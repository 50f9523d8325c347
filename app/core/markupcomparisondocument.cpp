#include "app/core/markupcomparisondocument.h"

#include "app/core/markupcommands.h"
#include "app/core/markupdocument.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace ridgeline {
namespace {

QString sideName(ComparisonSide side)
{
    return side == ComparisonSide::Left ? QCoreApplication::translate("ridgeline::Markup", "mark")
                                        : QCoreApplication::translate("ridgeline::Markup", "exemplar");
}

} // namespace

MarkupComparisonDocument::MarkupComparisonDocument(MarkupDocument *left, MarkupDocument *right, QObject *parent)
    : QObject(parent)
    , m_left(left)
    , m_right(right != left ? right : nullptr)
{
    m_comparison.id = ComparisonId::create();
    m_comparison.createdUtc = now();
    if (m_left) {
        m_left->attach(this);
        m_comparison.leftSha256 = m_left->markup().imageSha256;
    }
    if (m_right) {
        m_right->attach(this);
        m_comparison.rightSha256 = m_right->markup().imageSha256;
    }
}

MarkupComparisonDocument::~MarkupComparisonDocument()
{
    if (m_left)
        m_left->detach(this);
    if (m_right)
        m_right->detach(this);
}

Status MarkupComparisonDocument::setComparison(MarkupComparison comparison)
{
    if (!m_left || !m_right)
        return checkReady();
    if (Status ok = validateComparison(comparison, m_left->markup(), m_right->markup()); !ok)
        return ok;
    m_comparison = std::move(comparison);
    commandStack()->clear(); // the shared stack too: its steps refer to the old comparison
    Q_EMIT comparisonReset();
    return {};
}

std::optional<Correspondence> MarkupComparisonDocument::pair(int number) const
{
    const Correspondence *p = m_comparison.pair(number);
    return p ? std::optional(*p) : std::nullopt;
}

std::optional<Correspondence> MarkupComparisonDocument::pairOf(ComparisonSide side, const FeatureId &feature) const
{
    const Correspondence *p = m_comparison.pairOf(side, feature);
    return p ? std::optional(*p) : std::nullopt;
}

void MarkupComparisonDocument::setUserName(const QString &userName)
{
    m_userName = userName;
    if (m_comparison.author.isEmpty())
        m_comparison.author = userName;
}

QDateTime MarkupComparisonDocument::now() const
{
    return (m_clock ? m_clock() : QDateTime::currentDateTimeUtc()).toUTC();
}

Status MarkupComparisonDocument::refuse(ErrorCode code, const QString &reason) const
{
    return Error(code, reason);
}

Status MarkupComparisonDocument::checkReady() const
{
    if (!m_left || !m_right)
        return refuse(ErrorCode::NotFound,
                      QCoreApplication::translate("ridgeline::Markup",
                                                  "The comparison needs the markups of both the mark and the "
                                                  "exemplar open; open them again."));
    if (m_userName.isEmpty())
        return refuse(ErrorCode::PermissionDenied,
                      QCoreApplication::translate("ridgeline::Markup",
                                                  "No examiner is signed in, and the comparison records who changes "
                                                  "it. Sign in and try again."));
    return {};
}

ComparisonSide MarkupComparisonDocument::sideOf(const MarkupDocument *markup) const
{
    return markup == m_left.data() ? ComparisonSide::Left : ComparisonSide::Right;
}

Result<int> MarkupComparisonDocument::linkPair(const FeatureId &left, const FeatureId &right)
{
    if (Status ok = checkReady(); !ok)
        return ok.error();
    for (ComparisonSide side : {ComparisonSide::Left, ComparisonSide::Right}) {
        const FeatureId &id = side == ComparisonSide::Left ? left : right;
        const Markup &markup = this->markup(side)->markup();
        if (markup.indexOfSuggestion(id) >= 0)
            return Error(ErrorCode::Conflict,
                         QCoreApplication::translate("ridgeline::Markup",
                                                     "Feature %1 of the %2 is an engine's suggestion; accept it "
                                                     "before pairing it.")
                             .arg(id.toString(), sideName(side)));
        if (!markup.feature(id))
            return Error(ErrorCode::NotFound,
                         QCoreApplication::translate("ridgeline::Markup", "Feature %1 is not in the %2's markup.")
                             .arg(id.toString(), sideName(side)));
        if (const Correspondence *p = m_comparison.pairOf(side, id))
            return Error(ErrorCode::Conflict,
                         QCoreApplication::translate("ridgeline::Markup",
                                                     "Feature %1 of the %2 is already in pair %3; unlink that pair "
                                                     "first.")
                             .arg(id.toString(), sideName(side))
                             .arg(p->number));
    }
    const Correspondence pair{m_comparison.nextPairNumber(), left, right, m_userName, now()};
    commandStack()->push(new LinkPairCommand(this, pair));
    return pair.number;
}

Status MarkupComparisonDocument::unlinkPair(int number)
{
    if (Status ok = checkReady(); !ok)
        return ok;
    if (!m_comparison.pair(number))
        return refuse(ErrorCode::NotFound,
                      QCoreApplication::translate("ridgeline::Markup", "There is no pair %1.").arg(number));
    commandStack()->push(new UnlinkPairCommand(this, number));
    return {};
}

Status MarkupComparisonDocument::renumberPairs()
{
    if (Status ok = checkReady(); !ok)
        return ok;
    if (m_comparison.pairs.isEmpty() || m_comparison.pairs.constLast().number == m_comparison.pairs.size())
        return {};
    commandStack()->push(new RenumberPairsCommand(this, m_comparison.pairs));
    return {};
}

Result<AnnotationId> MarkupComparisonDocument::addAnnotation(ComparisonAnnotationKind kind, ComparisonSide side,
                                                             const QList<QPointF> &points, const QString &text)
{
    if (Status ok = checkReady(); !ok)
        return ok.error();
    const ComparisonAnnotation annotation{AnnotationId::create(), kind, side, points, text, m_userName, now()};
    MarkupComparison probe;
    probe.id = m_comparison.id;
    probe.leftSha256 = m_left->markup().imageSha256;
    probe.rightSha256 = m_right->markup().imageSha256;
    probe.author = m_userName;
    probe.createdUtc = annotation.createdUtc;
    probe.annotations = {annotation};
    if (Status ok = validateComparison(probe, m_left->markup(), m_right->markup()); !ok)
        return ok.error();
    commandStack()->push(new AddAnnotationCommand(this, annotation));
    return annotation.id;
}

Status MarkupComparisonDocument::removeAnnotation(const AnnotationId &id)
{
    if (Status ok = checkReady(); !ok)
        return ok;
    const qsizetype index = m_comparison.indexOfAnnotation(id);
    if (index < 0)
        return refuse(ErrorCode::NotFound,
                      QCoreApplication::translate("ridgeline::Markup", "Annotation %1 is not there (any more).")
                          .arg(id.toString()));
    commandStack()->push(new RemoveAnnotationCommand(this, m_comparison.annotations[index]));
    return {};
}

Status MarkupComparisonDocument::setAlignment(AlignmentKind kind, const std::array<double, 6> &matrix, QList<int> pairs)
{
    if (Status ok = checkReady(); !ok)
        return ok;
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    MarkupComparison probe = m_comparison;
    probe.alignment = Alignment{kind, matrix, pairs, m_userName, now()};
    if (Status ok = validateComparison(probe, m_left->markup(), m_right->markup()); !ok)
        return ok;
    commandStack()->push(new SetAlignmentCommand(this, m_comparison.alignment, probe.alignment));
    return {};
}

Status MarkupComparisonDocument::clearAlignment()
{
    if (Status ok = checkReady(); !ok)
        return ok;
    if (m_comparison.alignment)
        commandStack()->push(new SetAlignmentCommand(this, m_comparison.alignment, std::nullopt));
    return {};
}

// Raw mutations -------------------------------------------------------------------------------

PairsDrop MarkupComparisonDocument::dropPairsOf(const MarkupDocument *markup, const FeatureId &feature)
{
    const Correspondence *p = m_comparison.pairOf(sideOf(markup), feature);
    return p ? takePair(p->number) : PairsDrop{};
}

PairsDrop MarkupComparisonDocument::takePair(int number)
{
    PairsDrop drop;
    const auto it = std::find_if(m_comparison.pairs.begin(), m_comparison.pairs.end(),
                                 [number](const Correspondence &p) { return p.number == number; });
    if (it == m_comparison.pairs.end())
        return drop;
    drop.pairs.append(*it);
    m_comparison.pairs.erase(it);
    // An alignment computed from a pair that is gone no longer says what it was made from.
    if (m_comparison.alignment && m_comparison.alignment->pairs.contains(number)) {
        drop.alignment = std::exchange(m_comparison.alignment, std::nullopt);
        Q_EMIT alignmentChanged();
    }
    Q_EMIT pairsChanged();
    return drop;
}

void MarkupComparisonDocument::restorePairs(const PairsDrop &drop)
{
    bool changed = false;
    for (const Correspondence &p : drop.pairs) {
        // Only what still keeps the rules comes back (another stack may have moved on meanwhile).
        if (!m_left || !m_right || m_comparison.pair(p.number) || !m_left->markup().feature(p.left) ||
            !m_right->markup().feature(p.right) || m_comparison.pairOf(ComparisonSide::Left, p.left) ||
            m_comparison.pairOf(ComparisonSide::Right, p.right))
            continue;
        const auto at = std::find_if(m_comparison.pairs.begin(), m_comparison.pairs.end(),
                                     [&p](const Correspondence &q) { return q.number > p.number; });
        m_comparison.pairs.insert(at, p);
        changed = true;
    }
    if (changed)
        Q_EMIT pairsChanged();
    if (drop.alignment && !m_comparison.alignment &&
        std::all_of(drop.alignment->pairs.cbegin(), drop.alignment->pairs.cend(),
                    [this](int number) { return m_comparison.pair(number) != nullptr; })) {
        m_comparison.alignment = drop.alignment;
        Q_EMIT alignmentChanged();
    }
}

void MarkupComparisonDocument::renumber(const QHash<int, int> &numbers)
{
    QList<Correspondence> pairs = m_comparison.pairs;
    QSet<int> taken;
    QList<qsizetype> clashes;
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        pairs[i].number = numbers.value(pairs[i].number, pairs[i].number);
        if (taken.contains(pairs[i].number))
            clashes.append(i);
        taken.insert(pairs[i].number);
    }
    for (qsizetype i : clashes) {
        int free = 1;
        while (taken.contains(free))
            ++free;
        pairs[i].number = free;
        taken.insert(free);
    }
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const Correspondence &a, const Correspondence &b) { return a.number < b.number; });
    m_comparison.pairs = pairs;
    Q_EMIT pairsChanged();
    if (m_comparison.alignment) {
        std::optional<Alignment> alignment = m_comparison.alignment;
        for (int &number : alignment->pairs)
            number = numbers.value(number, number);
        std::sort(alignment->pairs.begin(), alignment->pairs.end());
        replaceAlignment(alignment);
    }
}

void MarkupComparisonDocument::insertAnnotation(qsizetype index, const ComparisonAnnotation &annotation)
{
    if (m_comparison.indexOfAnnotation(annotation.id) >= 0)
        return;
    m_comparison.annotations.insert(std::clamp(index, qsizetype(0), m_comparison.annotations.size()), annotation);
    Q_EMIT annotationsChanged();
}

qsizetype MarkupComparisonDocument::eraseAnnotation(const AnnotationId &id)
{
    const qsizetype index = m_comparison.indexOfAnnotation(id);
    if (index >= 0) {
        m_comparison.annotations.removeAt(index);
        Q_EMIT annotationsChanged();
    }
    return index;
}

void MarkupComparisonDocument::replaceAlignment(const std::optional<Alignment> &alignment)
{
    // An alignment only ever names pairs that are there (another stack may have removed one).
    const bool complete = alignment && std::all_of(alignment->pairs.cbegin(), alignment->pairs.cend(),
                                                   [this](int n) { return m_comparison.pair(n) != nullptr; });
    m_comparison.alignment = complete ? alignment : std::nullopt;
    Q_EMIT alignmentChanged();
}

} // namespace ridgeline
