#pragma once

#include <QDialog>

namespace ridgeline {

class DocumentPageSource;
class DocumentViewer;

// A window reading one document of a case: the DocumentViewer over a DocumentPageSource that
// this dialog owns and opens with bytes read through the session (never from a file). UI thread.
class DocumentDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DocumentDialog(QWidget *parent = nullptr);

    // Shows `bytes` (a PDF); `title` names the window and appears in error messages.
    void showDocument(const QByteArray &bytes, const QString &title);

    DocumentViewer *viewer() const { return m_viewer; }
    DocumentPageSource *source() const { return m_source; }

private:
    DocumentPageSource *m_source;
    DocumentViewer *m_viewer;
};

} // namespace ridgeline
