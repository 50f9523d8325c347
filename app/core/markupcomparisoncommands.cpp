// The undo commands of MarkupComparisonDocument (declared in markupcommands.h).

#include "app/core/markupcommands.h"

#include <QCoreApplication>
#include <QHash>

namespace ridgeline {

ComparisonCommand::ComparisonCommand(MarkupComparisonDocument *document, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
{}

LinkPairCommand::LinkPairCommand(MarkupComparisonDocument *document, const Correspondence &pair)
    : ComparisonCommand(document, QCoreApplication::translate("ridgeline::Markup", "Link pair %1").arg(pair.number))
    , m_pair(pair)
{}

void LinkPairCommand::redo()
{
    if (MarkupComparisonDocument *d = document())
        restorePairs(d, m_drop.isEmpty() ? PairsDrop{{m_pair}, std::nullopt} : m_drop);
}

void LinkPairCommand::undo()
{
    if (MarkupComparisonDocument *d = document())
        m_drop = takePair(d, m_pair.number);
}

UnlinkPairCommand::UnlinkPairCommand(MarkupComparisonDocument *document, int number)
    : ComparisonCommand(document, QCoreApplication::translate("ridgeline::Markup", "Unlink pair %1").arg(number))
    , m_number(number)
{}

void UnlinkPairCommand::redo()
{
    if (MarkupComparisonDocument *d = document())
        m_drop = takePair(d, m_number);
}

void UnlinkPairCommand::undo()
{
    if (MarkupComparisonDocument *d = document())
        restorePairs(d, m_drop);
}

RenumberPairsCommand::RenumberPairsCommand(MarkupComparisonDocument *document, const QList<Correspondence> &pairs)
    : ComparisonCommand(document, QCoreApplication::translate("ridgeline::Markup", "Renumber the pairs"))
{
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        m_forward.insert(pairs[i].number, int(i + 1));
        m_backward.insert(int(i + 1), pairs[i].number);
    }
}

void RenumberPairsCommand::redo()
{
    if (MarkupComparisonDocument *d = document())
        renumber(d, m_forward);
}

void RenumberPairsCommand::undo()
{
    if (MarkupComparisonDocument *d = document())
        renumber(d, m_backward);
}

AddAnnotationCommand::AddAnnotationCommand(MarkupComparisonDocument *document, const ComparisonAnnotation &annotation)
    : ComparisonCommand(document, QCoreApplication::translate("ridgeline::Markup", "Mark %1")
                                      .arg(comparisonAnnotationKindDisplayName(annotation.kind)))
    , m_annotation(annotation)
    , m_index(document->annotations().size())
{}

void AddAnnotationCommand::redo()
{
    if (MarkupComparisonDocument *d = document())
        insertAnnotation(d, m_index, m_annotation);
}

void AddAnnotationCommand::undo()
{
    if (MarkupComparisonDocument *d = document())
        if (const qsizetype index = eraseAnnotation(d, m_annotation.id); index >= 0)
            m_index = index;
}

RemoveAnnotationCommand::RemoveAnnotationCommand(MarkupComparisonDocument *document,
                                                 const ComparisonAnnotation &annotation)
    : ComparisonCommand(document, QCoreApplication::translate("ridgeline::Markup", "Remove %1")
                                      .arg(comparisonAnnotationKindDisplayName(annotation.kind)))
    , m_annotation(annotation)
{}

void RemoveAnnotationCommand::redo()
{
    if (MarkupComparisonDocument *d = document())
        m_index = eraseAnnotation(d, m_annotation.id);
}

void RemoveAnnotationCommand::undo()
{
    if (MarkupComparisonDocument *d = document(); d && m_index >= 0)
        insertAnnotation(d, m_index, m_annotation);
}

SetAlignmentCommand::SetAlignmentCommand(MarkupComparisonDocument *document, const std::optional<Alignment> &before,
                                         const std::optional<Alignment> &after)
    : ComparisonCommand(document, after ? QCoreApplication::translate("ridgeline::Markup", "Record the alignment")
                                        : QCoreApplication::translate("ridgeline::Markup", "Clear the alignment"))
    , m_before(before)
    , m_after(after)
{}

void SetAlignmentCommand::redo()
{
    if (MarkupComparisonDocument *d = document())
        replaceAlignment(d, m_after);
}

void SetAlignmentCommand::undo()
{
    if (MarkupComparisonDocument *d = document())
        replaceAlignment(d, m_before);
}

} // namespace ridgeline
