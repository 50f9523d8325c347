#include "app/services/inboxwatcher.h"

#include "app/interop/transmissionpackage.h"
#include "app/services/an2kimport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace ridgeline {
namespace {

const QString kQuarantine = QStringLiteral(".quarantine");
const QString kImported = QStringLiteral(".imported");

} // namespace

InboxWatcher::InboxWatcher(QString inboxPath, std::chrono::milliseconds scanInterval, QObject *parent)
    : QObject(parent)
    , m_inbox(QDir(inboxPath).absolutePath())
{
    m_timer.setInterval(scanInterval);
    connect(&m_timer, &QTimer::timeout, this, &InboxWatcher::scanNow);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { scanNow(); });
}

QString InboxWatcher::quarantinePath() const
{
    return QDir(m_inbox).filePath(kQuarantine);
}

QString InboxWatcher::importedPath() const
{
    return QDir(m_inbox).filePath(kImported);
}

Status InboxWatcher::start()
{
    for (const QString &dir : {m_inbox, quarantinePath(), importedPath()}) {
        if (!QDir().mkpath(dir))
            return Error(ErrorCode::Io,
                         tr("Cannot create the inbox folder %1; check the disk and permissions").arg(dir));
    }
    m_watcher.addPath(m_inbox);
    m_timer.start();
    scanNow();
    return {};
}

void InboxWatcher::scanNow()
{
    const QFileInfoList entries =
        QDir(m_inbox).entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name);
    QSet<QString> present;
    for (const QFileInfo &entry : entries) {
        const QString path = entry.absoluteFilePath();
        present.insert(path);
        if (m_announced.contains(path))
            continue;
        if (entry.isDir()) {
            // Watch the folder itself so the ".ready" marker is noticed at once.
            if (!m_watcher.directories().contains(path))
                m_watcher.addPath(path);
            if (!TransmissionPackage::isComplete(path))
                continue;
        } else if (isAn2kFileName(path)) {
            // A transaction carries no completeness marker: it is taken once its size and time settle.
            if (!isSettled(path))
                continue;
        } else if (!entry.fileName().endsWith(QLatin1String(".zip"), Qt::CaseInsensitive) || !isSettled(path) ||
                   !TransmissionPackage::isComplete(path)) {
            continue;
        }
        m_announced.insert(path);
        m_seen.remove(path);
        Q_EMIT packageReady(path);
    }
    // Forget what disappeared, so a package of the same name delivered again is seen again.
    for (auto it = m_announced.begin(); it != m_announced.end();) {
        if (!present.contains(*it))
            it = m_announced.erase(it);
        else
            ++it;
    }
}

bool InboxWatcher::isSettled(const QString &path)
{
    // A zip still being copied may already end in a valid-looking directory record only by
    // accident; demanding the same size and time on two looks makes a partial copy wait.
    const QFileInfo info(path);
    Seen now{info.size(), info.lastModified()};
    auto it = m_seen.find(path);
    if (it == m_seen.end()) {
        m_seen.insert(path, now);
        return info.lastModified().secsTo(QDateTime::currentDateTime()) >= 2;
    }
    const bool same = it->size == now.size && it->modified == now.modified;
    *it = now;
    return same;
}

void InboxWatcher::forget(const QString &packagePath)
{
    m_announced.remove(QFileInfo(packagePath).absoluteFilePath());
}

QString InboxWatcher::inboxPathFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".inbox");
}

QString InboxWatcher::uniqueTarget(const QString &folder, const QString &fileName)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmsszzzZ"));
    QString target = QDir(folder).filePath(stamp + QLatin1Char('-') + fileName);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QDir(folder).filePath(stamp + QLatin1Char('-') + QString::number(n) + QLatin1Char('-') + fileName);
    return target;
}

Status InboxWatcher::writeReason(const QString &target, const QString &packageName, const QString &reason)
{
    QSaveFile file(target + QStringLiteral(".reason.txt"));
    if (file.open(QIODevice::WriteOnly)) {
        file.write(tr("Package: %1\nQuarantined: %2\nReason: %3\n")
                       .arg(packageName, QDateTime::currentDateTimeUtc().toString(Qt::ISODate), reason)
                       .toUtf8());
        if (file.commit())
            return {};
    }
    return Error(ErrorCode::Io, tr("Quarantined %1 but could not write its reason file").arg(target));
}

Result<QString> InboxWatcher::moveInto(const QString &folder, const QString &packagePath)
{
    const QFileInfo info(packagePath);
    const QString target = uniqueTarget(folder, info.fileName());
    // A rename within one file system: the package's bytes are never copied or rewritten.
    if (!QDir().rename(info.absoluteFilePath(), target))
        return Error(ErrorCode::Io,
                     tr("Cannot move %1 to %2; the package stays in the inbox").arg(packagePath, folder));
    forget(packagePath);
    return target;
}

Result<QString> InboxWatcher::moveToImported(const QString &packagePath)
{
    return moveInto(importedPath(), packagePath);
}

Result<QString> InboxWatcher::moveToQuarantine(const QString &packagePath, const QString &reason)
{
    auto moved = moveInto(quarantinePath(), packagePath);
    if (!moved)
        return moved;
    if (Status s = writeReason(*moved, QFileInfo(packagePath).fileName(), reason); !s)
        return s.error();
    return moved;
}

Result<QString> InboxWatcher::copyIntoQuarantine(const QString &quarantineDir, const QString &packagePath,
                                                 const QString &reason)
{
    if (!QDir().mkpath(quarantineDir))
        return Error(ErrorCode::Io, tr("Cannot create the quarantine folder %1").arg(quarantineDir));
    const QFileInfo info(packagePath);
    const QString target = uniqueTarget(quarantineDir, info.fileName());
    if (info.isDir()) {
        QDirIterator it(info.absoluteFilePath(), QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString source = it.next();
            const QString copy = QDir(target).filePath(QDir(info.absoluteFilePath()).relativeFilePath(source));
            if (!QDir().mkpath(QFileInfo(copy).absolutePath()) || !QFile::copy(source, copy))
                return Error(ErrorCode::Io, tr("Cannot copy %1 into quarantine").arg(source));
        }
    } else if (info.exists() && !QFile::copy(info.absoluteFilePath(), target)) {
        return Error(ErrorCode::Io, tr("Cannot copy %1 into quarantine").arg(packagePath));
    }
    if (Status s = writeReason(target, info.fileName(), reason); !s)
        return s.error();
    return target;
}

} // namespace ridgeline
