#include "widgets/documentviewer/documentsearchbar.h"

#include "app/presentation/documents/documentsearchmodel.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

namespace ridgeline {

namespace {
// Search while typing once the reader pauses this long.
constexpr int kTypingPauseMs = 400;
} // namespace

DocumentSearchBar::DocumentSearchBar(DocumentSearchModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_field(new QLineEdit(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_close(new QToolButton(this))
    , m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("documentSearchBar"));
    m_field->setObjectName(QStringLiteral("documentSearchField"));
    m_field->setPlaceholderText(tr("Find in document"));
    m_field->setToolTip(tr("Text to find, case ignored. Enter: next match; Shift+Enter: previous; Escape: close."));
    m_field->setClearButtonEnabled(true);
    m_field->setMinimumWidth(220);
    m_field->setMaximumWidth(420);
    m_field->installEventFilter(this);
    m_previous->setObjectName(QStringLiteral("documentSearchPrevious"));
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_next->setObjectName(QStringLiteral("documentSearchNext"));
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolTip(tr("Next match (F3)"));
    m_status->setObjectName(QStringLiteral("documentSearchStatus"));
    m_status->setMinimumWidth(140);
    m_close->setObjectName(QStringLiteral("documentSearchClose"));
    m_close->setText(QStringLiteral("\u2715"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close the find bar (Escape)"));
    m_typing->setSingleShot(true);
    m_typing->setInterval(kTypingPauseMs);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(4);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addSpacing(6);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_close);

    connect(m_previous, &QToolButton::clicked, this, &DocumentSearchBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &DocumentSearchBar::findNext);
    connect(m_close, &QToolButton::clicked, this, &DocumentSearchBar::close);
    connect(m_field, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, &DocumentSearchBar::searchIfChanged);
    connect(m_model, &DocumentSearchModel::searchStarted, this, &DocumentSearchBar::updateStatus);
    connect(m_model, &DocumentSearchModel::progressChanged, this, &DocumentSearchBar::updateStatus);
    connect(m_model, &DocumentSearchModel::currentHitChanged, this, &DocumentSearchBar::updateStatus);
    connect(m_model, &DocumentSearchModel::cleared, this, &DocumentSearchBar::updateStatus);
    updateStatus();
}

void DocumentSearchBar::activate()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

bool DocumentSearchBar::searchIfChanged()
{
    m_typing->stop();
    const QString text = m_field->text();
    if (text == m_model->text())
        return false;
    if (text.isEmpty())
        m_model->clear();
    else
        m_model->search(text, m_startPage);
    return true;
}

void DocumentSearchBar::findNext()
{
    if (!searchIfChanged())
        m_model->next();
}

void DocumentSearchBar::findPrevious()
{
    if (!searchIfChanged())
        m_model->previous();
}

void DocumentSearchBar::close()
{
    m_typing->stop();
    m_model->clear();
    hide();
    Q_EMIT closed();
}

bool DocumentSearchBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DocumentSearchBar::updateStatus()
{
    const int count = int(m_model->hits().size());
    const bool searching = m_model->isSearching();
    QString text;
    if (m_model->text().isEmpty())
        text.clear();
    else if (count == 0 && searching)
        text = tr("Searching\u2026");
    else if (count == 0)
        text = tr("Not found");
    else if (m_model->currentIndex() >= 0)
        text = tr("%1 of %2").arg(m_model->currentIndex() + 1).arg(count);
    else
        text = tr("Matches: %1").arg(count);
    if (searching && count > 0)
        text += QLatin1Char(' ') + tr("(searching\u2026)");
    m_status->setText(text);
    QPalette palette = m_status->palette();
    const bool notFound = count == 0 && !searching && !m_model->text().isEmpty();
    palette.setColor(QPalette::WindowText,
                     notFound ? QColor(0xa4, 0x16, 0x1a) : this->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
    m_previous->setEnabled(count > 0);
    m_next->setEnabled(count > 0 || !m_field->text().isEmpty());
}

} // namespace ridgeline
