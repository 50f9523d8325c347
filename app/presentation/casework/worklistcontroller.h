#pragma once

#include "app/presentation/casework/worklistmodel.h"

#include <QObject>
#include <QTimer>

namespace ridgeline {

class SessionController;

// Loads the signed-in examiner's worklist (caseworkQueue(CaseworkQueue::MyWork)) through the
// session on its thread into a WorklistModel, and keeps the ages current (once a minute). A reply
// that arrives after a newer request is dropped. UI thread.
class WorklistController : public QObject
{
    Q_OBJECT
public:
    explicit WorklistController(SessionController *session, QObject *parent = nullptr);

    WorklistModel *model() { return &m_model; }
    bool isLoading() const { return m_loading; }
    bool hasLoaded() const { return m_loaded; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded(int count);
    void failed(const QString &message);

private:
    SessionController *m_session;
    WorklistModel m_model;
    QTimer m_ticker;
    quint64 m_request = 0;
    bool m_loading = false;
    bool m_loaded = false;
};

} // namespace ridgeline
