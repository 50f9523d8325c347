#include "app/interop/transmissionpackage.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <sys/stat.h>
#include <zip.h>

namespace ridgeline {
namespace {

const QString kManifest = QStringLiteral("manifest.json");
const QString kSignature = QStringLiteral("manifest.json.sig");
const QString kReady = QStringLiteral(".ready");

struct ZipCloser
{
    void operator()(zip_t *z) const { zip_discard(z); }
};

} // namespace

struct PackageEntry
{
    QString name;
    qint64 size = 0;
    zip_uint64_t index = 0; // zip only
};

struct TransmissionPackage::Impl
{
    QString path;
    PackageLimits limits;
    std::unique_ptr<zip_t, ZipCloser> zip;
    QStringList files;
    QHash<QString, PackageEntry> entries;

    Error bad(const QString &reason) const
    {
        return Error(ErrorCode::BadInput,
                     QCoreApplication::translate("ridgeline::TransmissionPackage", "Package %1: %2")
                         .arg(QFileInfo(path).fileName(), reason));
    }

    Status addEntry(const PackageEntry &entry, qint64 &total)
    {
        if (!isSafePackagePath(entry.name))
            return bad(QCoreApplication::translate("ridgeline::TransmissionPackage", "entry \"%1\" has an unsafe name")
                           .arg(entry.name));
        if (entries.size() >= limits.maxEntries)
            return bad(QCoreApplication::translate("ridgeline::TransmissionPackage", "has more than %1 files")
                           .arg(limits.maxEntries));
        if (entry.size > limits.maxFileBytes)
            return bad(QCoreApplication::translate("ridgeline::TransmissionPackage",
                                                   "entry \"%1\" is larger than the %2 MB limit")
                           .arg(entry.name)
                           .arg(limits.maxFileBytes >> 20));
        total += entry.size;
        if (total > limits.maxTotalBytes)
            return bad(QCoreApplication::translate("ridgeline::TransmissionPackage", "holds more than %1 MB in all")
                           .arg(limits.maxTotalBytes >> 20));
        if (entries.contains(entry.name))
            return bad(QCoreApplication::translate("ridgeline::TransmissionPackage", "entry \"%1\" appears twice")
                           .arg(entry.name));
        entries.insert(entry.name, entry);
        files.append(entry.name);
        return {};
    }

    Status listFolder()
    {
        qint64 total = 0;
        const QDir root(path);
        QDirIterator it(path, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo info(it.next());
            const QString rel = root.relativeFilePath(info.filePath());
            if (info.isSymLink())
                return bad(QCoreApplication::translate("ridgeline::TransmissionPackage",
                                                       "\"%1\" is a symbolic link; links are never followed")
                               .arg(rel));
            if (info.isDir())
                continue;
            if (!info.isFile())
                return bad(QCoreApplication::translate("ridgeline::TransmissionPackage", "\"%1\" is not a regular file")
                               .arg(rel));
            if (Status s = addEntry({rel, info.size(), 0}, total); !s)
                return s;
        }
        return {};
    }

    Status listZip()
    {
        int err = 0;
        zip.reset(zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &err));
        if (!zip) {
            zip_error_t error;
            zip_error_init_with_code(&error, err);
            const QString reason = QString::fromUtf8(zip_error_strerror(&error));
            zip_error_fini(&error);
            return bad(QCoreApplication::translate("ridgeline::TransmissionPackage", "is not a readable zip file (%1)")
                           .arg(reason));
        }
        const zip_int64_t count = zip_get_num_entries(zip.get(), 0);
        if (count > limits.maxEntries)
            return bad(QCoreApplication::translate("ridgeline::TransmissionPackage", "has more than %1 files")
                           .arg(limits.maxEntries));
        qint64 total = 0;
        for (zip_int64_t i = 0; i < count; ++i) {
            zip_stat_t st;
            zip_stat_init(&st);
            if (zip_stat_index(zip.get(), zip_uint64_t(i), 0, &st) != 0 || !(st.valid & ZIP_STAT_NAME))
                return bad(
                    QCoreApplication::translate("ridgeline::TransmissionPackage", "entry %1 cannot be read").arg(i));
            const QString name = QString::fromUtf8(st.name);
            zip_uint8_t opsys = 0;
            zip_uint32_t attributes = 0;
            zip_file_get_external_attributes(zip.get(), zip_uint64_t(i), 0, &opsys, &attributes);
            if (opsys == ZIP_OPSYS_UNIX && ((attributes >> 16) & S_IFMT) == S_IFLNK)
                return bad(QCoreApplication::translate("ridgeline::TransmissionPackage",
                                                       "entry \"%1\" is a symbolic link; links are never followed")
                               .arg(name));
            if (name.endsWith(QLatin1Char('/')))
                continue; // a directory entry
            const qint64 size = qint64(st.size);
            const qint64 compressed = qint64(st.comp_size);
            if (size < 0 || (size > 0 && compressed <= 0) ||
                (compressed > 0 && size / compressed > limits.maxCompressionRatio && size > 1024 * 1024))
                return bad(QCoreApplication::translate("ridgeline::TransmissionPackage",
                                                       "entry \"%1\" expands %2 times; refused as a possible zip bomb")
                               .arg(name)
                               .arg(compressed > 0 ? size / compressed : size));
            if (Status s = addEntry({name, size, zip_uint64_t(i)}, total); !s)
                return s;
        }
        return {};
    }
};

TransmissionPackage::TransmissionPackage(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{}
TransmissionPackage::~TransmissionPackage() = default;
TransmissionPackage::TransmissionPackage(TransmissionPackage &&) noexcept = default;
TransmissionPackage &TransmissionPackage::operator=(TransmissionPackage &&) noexcept = default;

bool TransmissionPackage::isComplete(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return QFileInfo::exists(QDir(path).filePath(kReady));
    if (!info.isFile() || info.size() < 22)
        return false;
    int err = 0;
    zip_t *z = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &err);
    if (!z)
        return false;
    zip_discard(z);
    return true;
}

Result<TransmissionPackage> TransmissionPackage::open(const QString &path, const PackageLimits &limits)
{
    auto impl = std::make_unique<Impl>();
    const QFileInfo info(path);
    impl->path = info.absoluteFilePath();
    impl->limits = limits;
    if (!info.exists())
        return Error(
            ErrorCode::NotFound,
            QCoreApplication::translate("ridgeline::TransmissionPackage", "Package %1 does not exist").arg(path));
    if (info.isSymLink())
        return impl->bad(
            QCoreApplication::translate("ridgeline::TransmissionPackage", "the package itself is a symbolic link"));
    Status listed = info.isDir() ? impl->listFolder() : impl->listZip();
    if (!listed)
        return listed.error();
    impl->files.sort();
    if (!impl->entries.contains(kManifest))
        return impl->bad(
            QCoreApplication::translate("ridgeline::TransmissionPackage", "has no manifest.json at its top level"));
    return TransmissionPackage(std::move(impl));
}

const QString &TransmissionPackage::path() const
{
    return m_impl->path;
}

bool TransmissionPackage::isZip() const
{
    return m_impl->zip != nullptr;
}

const QStringList &TransmissionPackage::files() const
{
    return m_impl->files;
}

Result<QByteArray> TransmissionPackage::manifestBytes() const
{
    return readFile(kManifest);
}

Result<std::optional<QByteArray>> TransmissionPackage::signature() const
{
    if (!m_impl->entries.contains(kSignature))
        return std::optional<QByteArray>();
    auto bytes = readFile(kSignature);
    if (!bytes)
        return bytes.error();
    const auto decoded = QByteArray::fromBase64Encoding(bytes->trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 64)
        return m_impl->bad(QCoreApplication::translate(
            "ridgeline::TransmissionPackage", "manifest.json.sig is not a base64 Ed25519 signature of 64 bytes"));
    return std::optional<QByteArray>(decoded.decoded);
}

Status TransmissionPackage::checkListing(const TransmissionManifest &manifest) const
{
    QSet<QString> listed{kManifest, kSignature, kReady};
    for (const TransmissionItem &item : manifest.items) {
        listed.insert(item.path);
        if (!m_impl->entries.contains(item.path))
            return m_impl->bad(
                QCoreApplication::translate("ridgeline::TransmissionPackage", "file \"%1\" of item %2 is missing")
                    .arg(item.path, item.exhibitReference));
    }
    for (const QString &file : m_impl->files) {
        if (!listed.contains(file))
            return m_impl->bad(QCoreApplication::translate("ridgeline::TransmissionPackage",
                                                           "file \"%1\" is not listed in manifest.json")
                                   .arg(file));
    }
    return {};
}

Result<QByteArray> TransmissionPackage::readFile(const QString &relativePath) const
{
    const auto it = m_impl->entries.constFind(relativePath);
    if (it == m_impl->entries.constEnd())
        return m_impl->bad(
            QCoreApplication::translate("ridgeline::TransmissionPackage", "file \"%1\" is missing").arg(relativePath));
    const PackageEntry &entry = it.value();
    if (!m_impl->zip) {
        QFile file(QDir(m_impl->path).filePath(relativePath));
        if (!file.open(QIODevice::ReadOnly))
            return Error(ErrorCode::Io,
                         QCoreApplication::translate("ridgeline::TransmissionPackage", "Cannot read %1: %2")
                             .arg(file.fileName(), file.errorString()));
        // Read into a buffer of the file's own size: asking QIODevice for up to the limit makes it
        // allocate the whole limit (1 GiB) for every file, and the kernel then faults in every page
        // of a fresh mapping per file (a tenth of the import's CPU time on a 600 MB package).
        const qint64 size = file.size();
        if (size > m_impl->limits.maxFileBytes)
            return m_impl->bad(QCoreApplication::translate("ridgeline::TransmissionPackage",
                                                           "file \"%1\" is larger than the limit of %2 MB")
                                   .arg(relativePath)
                                   .arg(m_impl->limits.maxFileBytes >> 20));
        QByteArray data(qsizetype(size), Qt::Uninitialized);
        char extra = 0;
        if (file.read(data.data(), size) != size || file.read(&extra, 1) != 0)
            return m_impl->bad(QCoreApplication::translate("ridgeline::TransmissionPackage",
                                                           "file \"%1\" changed size while being read")
                                   .arg(relativePath));
        return data;
    }
    zip_file_t *zf = zip_fopen_index(m_impl->zip.get(), entry.index, 0);
    if (!zf)
        return m_impl->bad(
            QCoreApplication::translate("ridgeline::TransmissionPackage", "entry \"%1\" cannot be opened (%2)")
                .arg(relativePath, QString::fromUtf8(zip_strerror(m_impl->zip.get()))));
    QByteArray data(entry.size, Qt::Uninitialized);
    const zip_int64_t got = zip_fread(zf, data.data(), zip_uint64_t(entry.size));
    char extra = 0;
    // Reading past the end makes libzip check the CRC; more bytes than declared is a lie.
    const zip_int64_t more = got == entry.size ? zip_fread(zf, &extra, 1) : 0;
    zip_fclose(zf);
    if (got != entry.size || more != 0)
        return m_impl->bad(
            QCoreApplication::translate("ridgeline::TransmissionPackage",
                                        "entry \"%1\" is damaged: its data does not match its size or checksum")
                .arg(relativePath));
    return data;
}

} // namespace ridgeline
