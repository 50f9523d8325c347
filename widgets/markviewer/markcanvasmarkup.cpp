// MarkCanvas in markup mode (issue 6): the markup tool's wiring, its keys and its status text.
#include "widgets/markviewer/markcanvas.h"

#include "app/core/markupdocument.h"
#include "app/presentation/viewer/markuptool.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>

namespace ridgeline {

void MarkCanvas::setMarkupTool(MarkupTool *tool)
{
    if (m_markup) {
        disconnect(m_markup->document(), nullptr, this, nullptr);
        disconnect(m_markup, nullptr, this, nullptr);
    }
    m_markup = tool;
    if (tool) {
        tool->setView(m_view);
        tool->setSuggestionsPickable(m_showSuggestions);
        MarkupDocument *markup = tool->document();
        const auto repaint = qOverload<>(&QWidget::update);
        connect(markup, &MarkupDocument::featureAdded, this, repaint);
        connect(markup, &MarkupDocument::featureRemoved, this, repaint);
        connect(markup, &MarkupDocument::featureChanged, this, repaint);
        connect(markup, &MarkupDocument::suggestionsChanged, this, repaint);
        connect(markup, &MarkupDocument::regionOfInterestChanged, this, repaint);
        connect(markup, &MarkupDocument::clarityChanged, this, repaint);
        connect(markup, &MarkupDocument::markupReset, this, repaint);
        connect(tool, &MarkupTool::selectionChanged, this, repaint);
        connect(tool, &MarkupTool::suggestionSelected, this, &MarkCanvas::markupToolChanged);
        connect(tool, &MarkupTool::inProgressChanged, this, &MarkCanvas::markupToolChanged);
        connect(tool, &MarkupTool::modeChanged, this, &MarkCanvas::markupToolChanged);
        connect(tool, &MarkupTool::featureTypeChanged, this, &MarkCanvas::markupToolChanged);
        connect(tool, &MarkupTool::clarityLevelChanged, this, &MarkCanvas::markupToolChanged);
        connect(tool, &MarkupTool::brushRadiusChanged, this, &MarkCanvas::markupToolChanged);
    }
    update();
}

void MarkCanvas::markupToolChanged()
{
    update();
    if (m_markupMode)
        updateStatus();
}

void MarkCanvas::setMarkupMode(bool on)
{
    // Leaving markup mode ends a drag, a stroke or a polygon in progress.
    if (!on && m_markup && (m_markupDragging || !m_markup->regionInProgress().isEmpty()))
        m_markup->cancel();
    m_markupDragging = false;
    const bool next = on && m_markup;
    if (next == m_markupMode)
        return;
    m_markupMode = next;
    update();
    updateStatus();
}

void MarkCanvas::setShowClarity(bool show)
{
    m_showClarity = show;
    update();
}

void MarkCanvas::setShowSuggestions(bool show)
{
    m_showSuggestions = show;
    if (m_markup)
        m_markup->setSuggestionsPickable(show);
    update();
}

void MarkCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    // The first click of the two added the last point; the second closes the region.
    if (m_markupMode && m_markup && event->button() == Qt::LeftButton && !isPanGesture(event) &&
        m_markup->mode() == MarkupTool::Mode::RegionOfInterest) {
        m_markup->closeRegion();
        return;
    }
    QWidget::mouseDoubleClickEvent(event); // a second press
}

QString MarkCanvas::markupStatusText() const
{
    switch (m_markup->mode()) {
    case MarkupTool::Mode::Features:
        if (!m_markup->selectedSuggestion().isNull())
            return tr("Markup: suggestion selected, Enter accepts, Delete rejects");
        return tr("Markup: %1").arg(featureTypeDisplayName(m_markup->featureType()));
    case MarkupTool::Mode::RegionOfInterest:
        return tr("Region of interest: %n point(s); Enter or double-click closes, Escape drops", nullptr,
                  int(m_markup->regionInProgress().size()));
    case MarkupTool::Mode::Clarity:
        return tr("Clarity map: %1, brush %2 px; [ and ] size the brush; 2 green, 3 yellow, 4 red, 5 orange, "
                  "Delete erases")
            .arg(m_markup->clarityLevel() == ClarityLevel::None ? tr("eraser")
                                                                : clarityLevelDisplayName(m_markup->clarityLevel()),
                 QLocale().toString(m_markup->brushRadius(), 'f', 0));
    }
    return {};
}

// In the clarity map tool [ and ] size the brush, over the window's rotate actions.
bool MarkCanvas::takesOverShortcut(const QKeyEvent *event) const
{
    if (!m_markupMode || !m_markup || m_markup->mode() != MarkupTool::Mode::Clarity)
        return false;
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    return modifiers == Qt::NoModifier && (event->key() == Qt::Key_BracketLeft || event->key() == Qt::Key_BracketRight);
}

// Shift + a type's letter, Shift+R, Shift+L: the mode (and type). See the key map in the header.
bool MarkCanvas::markupModeKey(QKeyEvent *event)
{
    if (event->modifiers() != Qt::ShiftModifier)
        return false;
    const auto toggle = [this](MarkupTool::Mode mode) {
        m_markupDragging = false;
        m_markup->setMode(m_markup->mode() == mode ? MarkupTool::Mode::Features : mode);
    };
    if (event->key() == Qt::Key_R) {
        toggle(MarkupTool::Mode::RegionOfInterest);
        return true;
    }
    if (event->key() == Qt::Key_L) {
        toggle(MarkupTool::Mode::Clarity);
        return true;
    }
    for (FeatureType type : kFeatureTypes) {
        if (event->key() == featureTypeInfo(type).shortcut) {
            m_markupDragging = false;
            m_markup->setMode(MarkupTool::Mode::Features);
            m_markup->setFeatureType(type);
            return true;
        }
    }
    return false;
}

bool MarkCanvas::markupKey(QKeyEvent *event)
{
    if (!m_markupMode || !m_markup)
        return false;
    if (event->key() == Qt::Key_Escape) {
        m_markupDragging = false;
        m_markup->cancel();
        return true;
    }
    if (markupModeKey(event))
        return true;
    const int key = event->key();
    const bool enter = key == Qt::Key_Return || key == Qt::Key_Enter;
    const bool erase = key == Qt::Key_Delete || key == Qt::Key_Backspace;
    switch (m_markup->mode()) {
    case MarkupTool::Mode::Features:
        if (erase && !m_markup->selectedSuggestion().isNull())
            m_markup->rejectSelectedSuggestion();
        else if (erase)
            m_markup->removeSelected();
        else if (enter)
            m_markup->acceptSelectedSuggestion();
        return erase || enter;
    case MarkupTool::Mode::RegionOfInterest:
        if (enter)
            m_markup->closeRegion();
        else if (key == Qt::Key_Backspace || (key == Qt::Key_Delete && !m_markup->regionInProgress().isEmpty()))
            m_markup->removeLastVertex();
        else if (key == Qt::Key_Delete)
            m_markup->clearRegionOfInterest();
        return enter || erase;
    case MarkupTool::Mode::Clarity:
        if (event->modifiers() & ~Qt::KeypadModifier)
            return false;
        switch (key) {
        case Qt::Key_BracketLeft:
            m_markup->shrinkBrush();
            return true;
        case Qt::Key_BracketRight:
            m_markup->growBrush();
            return true;
        case Qt::Key_2:
            m_markup->setClarityLevel(ClarityLevel::Green);
            return true;
        case Qt::Key_3:
            m_markup->setClarityLevel(ClarityLevel::Yellow);
            return true;
        case Qt::Key_4:
            m_markup->setClarityLevel(ClarityLevel::Red);
            return true;
        case Qt::Key_5:
            m_markup->setClarityLevel(ClarityLevel::Orange);
            return true;
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            m_markup->setClarityLevel(ClarityLevel::None);
            return true;
        default:
            return false;
        }
    }
    return false;
}

} // namespace ridgeline
