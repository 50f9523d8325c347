#pragma once

#include "app/core/error.h"
#include "app/interop/transmissionmanifest.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace ridgeline {

// Writes a transmission package the way a scene device does: the files, a manifest whose hashes
// are computed from them, optionally a signature, and the completion marker last (a ".ready" file
// for a folder; for a zip, the finished file is renamed into place). Used by the demo generator,
// the benchmarks and the tests.
class PackageBuilder
{
public:
    explicit PackageBuilder(TransmissionManifest manifest);

    // Adds a file and its manifest item; fills in the item's path and SHA-256.
    void addFile(TransmissionItem item, const QByteArray &bytes);
    // Adds a file the manifest does not list (to test refusals).
    void addUnlistedFile(const QString &path, const QByteArray &bytes);
    // signer(manifestJson) returns the 64-byte Ed25519 signature.
    void setSigner(std::function<QByteArray(const QByteArray &)> signer) { m_signer = std::move(signer); }

    TransmissionManifest &manifest() { return m_manifest; }

    Result<QString> writeFolder(const QString &path, bool markReady = true) const;
    Result<QString> writeZip(const QString &path) const;

private:
    struct File
    {
        QString path;
        QByteArray bytes;
    };
    QList<File> allFiles() const;

    TransmissionManifest m_manifest;
    QList<File> m_files;
    std::function<QByteArray(const QByteArray &)> m_signer;
};

} // namespace ridgeline
