#pragma once

// SHA-256 through OpenSSL's libcrypto (already loaded by SQLCipher). It uses the CPU's SHA
// instructions where present: about ten times QCryptographicHash of Qt 6.4 on the same machine
// (docs/benchmarks.md, issue 4), which matters when every original is hashed on import and read.
// Thread-safe: each Sha256 object is used by one thread at a time.

#include <QByteArray>
#include <QByteArrayView>

struct evp_md_ctx_st;

namespace ridgeline::storage {

class Sha256
{
public:
    static constexpr int kSize = 32;

    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView bytes);
    // The raw 32-byte digest; the object starts over afterwards.
    QByteArray result();

    // One-shot: the raw 32-byte SHA-256 of `bytes`.
    static QByteArray hash(QByteArrayView bytes);

private:
    evp_md_ctx_st *m_context = nullptr;
};

} // namespace ridgeline::storage
