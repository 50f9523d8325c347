#include "app/storage/atomicfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ridgeline::storage {
namespace {

Error ioError(const QString &what, const QString &path)
{
    return Error(ErrorCode::Io, QCoreApplication::translate(
                                    "ridgeline::storage", "%1 %2 failed: %3. Check free space and folder permissions.")
                                    .arg(what, path, QString::fromLocal8Bit(std::strerror(errno))));
}

bool writeAll(int fd, const char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

} // namespace

Status writeFileAtomically(const QString &path, const QByteArray &contents)
{
    const QFileInfo info(path);
    const QByteArray target = QFile::encodeName(info.absoluteFilePath());
    const QByteArray folder = QFile::encodeName(info.absolutePath());
    char suffix[17];
    unsigned char random[8];
    randombytes_buf(random, sizeof random);
    sodium_bin2hex(suffix, sizeof suffix, random, sizeof random);
    const QByteArray temp = target + ".tmp-" + suffix;

    const int fd = ::open(temp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return ioError(QCoreApplication::translate("ridgeline::storage", "Creating"), QFile::decodeName(temp));
    const bool written = writeAll(fd, contents.constData(), contents.size()) && ::fsync(fd) == 0;
    const int savedErrno = errno;
    ::close(fd);
    if (!written) {
        ::unlink(temp.constData());
        errno = savedErrno;
        return ioError(QCoreApplication::translate("ridgeline::storage", "Writing"), QFile::decodeName(temp));
    }
    if (::rename(temp.constData(), target.constData()) != 0) {
        const int renameErrno = errno;
        ::unlink(temp.constData());
        errno = renameErrno;
        return ioError(QCoreApplication::translate("ridgeline::storage", "Replacing"), path);
    }
    // The rename is durable only once the folder entry is on disk.
    const int dirFd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd < 0)
        return ioError(QCoreApplication::translate("ridgeline::storage", "Opening folder"), QFile::decodeName(folder));
    const bool synced = ::fsync(dirFd) == 0;
    ::close(dirFd);
    if (!synced)
        return ioError(QCoreApplication::translate("ridgeline::storage", "Syncing folder"), QFile::decodeName(folder));
    return {};
}

Result<QByteArray> readWholeFile(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.exists())
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("ridgeline::storage", "%1 does not exist").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Error(
            ErrorCode::Io,
            QCoreApplication::translate("ridgeline::storage", "%1 cannot be read: %2").arg(path, file.errorString()));
    if (file.size() > maxBytes)
        return Error(
            ErrorCode::Corrupt,
            QCoreApplication::translate("ridgeline::storage", "%1 is %2 bytes, larger than any valid file of its kind")
                .arg(path)
                .arg(file.size()));
    return file.readAll();
}

} // namespace ridgeline::storage
