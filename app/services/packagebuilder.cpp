#include "app/services/packagebuilder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <zip.h>

namespace ridgeline {
namespace {} // namespace

PackageBuilder::PackageBuilder(TransmissionManifest manifest)
    : m_manifest(std::move(manifest))
{}

void PackageBuilder::addFile(TransmissionItem item, const QByteArray &bytes)
{
    item.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    m_files.append({item.path, bytes});
    m_manifest.items.append(item);
}

void PackageBuilder::addUnlistedFile(const QString &path, const QByteArray &bytes)
{
    m_files.append({path, bytes});
}

QList<PackageBuilder::File> PackageBuilder::allFiles() const
{
    QList<File> files = m_files;
    const QByteArray json = m_manifest.toJson();
    files.append({QStringLiteral("manifest.json"), json});
    if (m_signer)
        files.append({QStringLiteral("manifest.json.sig"), m_signer(json).toBase64()});
    return files;
}

Result<QString> PackageBuilder::writeFolder(const QString &path, bool markReady) const
{
    const QDir root(path);
    for (const File &f : allFiles()) {
        const QString target = root.filePath(f.path);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly) || out.write(f.bytes) != f.bytes.size())
            return Error(ErrorCode::Io, QCoreApplication::translate("ridgeline::PackageBuilder", "Cannot write %1: %2")
                                            .arg(target, out.errorString()));
    }
    if (markReady) {
        QFile ready(root.filePath(QStringLiteral(".ready")));
        if (!ready.open(QIODevice::WriteOnly))
            return Error(
                ErrorCode::Io,
                QCoreApplication::translate("ridgeline::PackageBuilder", "Cannot write %1").arg(ready.fileName()));
    }
    return path;
}

Result<QString> PackageBuilder::writeZip(const QString &path) const
{
    // Written beside the target and renamed, so a watcher never sees half a zip under the name.
    const QString partial = path + QStringLiteral(".part");
    int err = 0;
    zip_t *zip = zip_open(QFile::encodeName(partial).constData(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    if (!zip)
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("ridgeline::PackageBuilder", "Cannot create %1").arg(partial));
    const QList<File> files = allFiles(); // kept alive until zip_close copies them
    for (const File &f : files) {
        zip_source_t *src = zip_source_buffer(zip, f.bytes.constData(), zip_uint64_t(f.bytes.size()), 0);
        if (!src || zip_file_add(zip, f.path.toUtf8().constData(), src, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(src);
            zip_discard(zip);
            return Error(
                ErrorCode::Io,
                QCoreApplication::translate("ridgeline::PackageBuilder", "Cannot add %1 to %2").arg(f.path, path));
        }
    }
    if (zip_close(zip) != 0) {
        const QString reason = QString::fromUtf8(zip_strerror(zip));
        zip_discard(zip);
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("ridgeline::PackageBuilder", "Cannot write %1: %2").arg(path, reason));
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path))
        return Error(
            ErrorCode::Io,
            QCoreApplication::translate("ridgeline::PackageBuilder", "Cannot rename %1 to %2").arg(partial, path));
    return path;
}

} // namespace ridgeline
