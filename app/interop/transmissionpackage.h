#pragma once

// Reading a transmission package (docs/formats/transmission.md) from a folder or a .zip file,
// without trusting anything in it: paths, sizes, links and completeness are checked before any
// byte is handed on. Read-only: the sender's files are never changed.

#include "app/core/error.h"
#include "app/interop/transmissionmanifest.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace ridgeline {

struct PackageLimits
{
    qint64 maxFileBytes = 1024LL * 1024 * 1024;  // one listed file
    qint64 maxTotalBytes = 2048LL * 1024 * 1024; // everything, uncompressed
    qint64 maxCompressionRatio = 200;            // zip entries: uncompressed / compressed
    int maxEntries = 20000;
};

class TransmissionPackage
{
public:
    ~TransmissionPackage();
    TransmissionPackage(TransmissionPackage &&) noexcept;
    TransmissionPackage &operator=(TransmissionPackage &&) noexcept;

    // True when the sender has finished writing: a folder with ".ready", or a zip whose central
    // directory reads. The inbox takes nothing that is not complete.
    static bool isComplete(const QString &path);

    // Opens a folder or a zip, lists its files and refuses (BadInput, naming the package and the
    // entry) symbolic links, unsafe names, too many entries, zip bombs.
    static Result<TransmissionPackage> open(const QString &path, const PackageLimits &limits = {});

    const QString &path() const;
    bool isZip() const;
    // Relative paths of every regular file in the package, '/'-separated, sorted.
    const QStringList &files() const;

    Result<QByteArray> manifestBytes() const;
    // The base64-decoded detached signature, when manifest.json.sig is present.
    Result<std::optional<QByteArray>> signature() const;

    // Every file the manifest lists is present and nothing else is (besides manifest.json,
    // manifest.json.sig and .ready). Does not read file contents.
    Status checkListing(const TransmissionManifest &manifest) const;

    // Reads one file whole, refusing more than limits.maxFileBytes.
    Result<QByteArray> readFile(const QString &relativePath) const;

private:
    struct Impl;
    explicit TransmissionPackage(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace ridgeline
