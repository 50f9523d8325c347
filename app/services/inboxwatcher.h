#pragma once

#include "app/core/error.h"

#include <QDateTime>
#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <chrono>

namespace ridgeline {

// Watches the inbox folder that scene devices and other forces deliver transmissions into, and
// announces each package once it is complete: a folder with its ".ready" marker, or a zip whose
// central directory reads and whose size has stopped changing, or an ANSI/NIST-ITL transaction
// (.an2, .an2k, .eft, .nist) whose size has stopped changing. File-system notifications make it
// quick; a periodic scan makes it certain (notifications are lost on network shares and on
// overflow). Lives on the thread that created it; does no decoding or hashing itself.
//
// Layout under the inbox folder:
//   <inbox>/<package>                   waiting to be imported
//   <inbox>/.imported/<time>-<package>  moved here once imported (never deleted)
//   <inbox>/.quarantine/<time>-<package> plus <time>-<package>.reason.txt
class InboxWatcher : public QObject
{
    Q_OBJECT

public:
    explicit InboxWatcher(QString inboxPath, std::chrono::milliseconds scanInterval = std::chrono::seconds(5),
                          QObject *parent = nullptr);

    const QString &inboxPath() const { return m_inbox; }
    QString quarantinePath() const;
    QString importedPath() const;

    // Creates the folders and starts watching; emits packageReady for what is already there.
    Status start();
    void scanNow();
    // Forget that a package was announced (after it was moved away, or to retry it).
    void forget(const QString &packagePath);

    // Moves a package out of the inbox; its bytes are not changed. Returns the new path.
    Result<QString> moveToImported(const QString &packagePath);
    Result<QString> moveToQuarantine(const QString &packagePath, const QString &reason);

    // The inbox folder of a workspace: "<database>.inbox" beside the database file.
    static QString inboxPathFor(const QString &databasePath);
    // For packages imported from elsewhere (the CLI): a copy goes into quarantine with its reason
    // file; the original stays where it was.
    static Result<QString> copyIntoQuarantine(const QString &quarantineDir, const QString &packagePath,
                                              const QString &reason);

Q_SIGNALS:
    void packageReady(const QString &packagePath);

private:
    struct Seen
    {
        qint64 size = -1;
        QDateTime modified;
    };
    bool isSettled(const QString &path);
    Result<QString> moveInto(const QString &folder, const QString &packagePath);
    static QString uniqueTarget(const QString &folder, const QString &fileName);
    static Status writeReason(const QString &target, const QString &packageName, const QString &reason);

    QString m_inbox;
    QFileSystemWatcher m_watcher;
    QTimer m_timer;
    QHash<QString, Seen> m_seen; // zips whose size is being watched
    QSet<QString> m_announced;
};

} // namespace ridgeline
