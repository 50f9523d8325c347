#pragma once

// Key material in memory that libsodium guards (sodium_malloc: guard pages, mlock where allowed)
// and wipes when freed. Move-only, so a key never gets copied into ordinary heap memory by accident.
// Not thread-safe; any thread may own one.

#include <QByteArray>

#include <cstddef>

namespace ridgeline::storage {

// Initialises libsodium once. Every storage entry point calls it; false means the library could
// not start (no entropy source) and nothing cryptographic may proceed.
bool initializeSodium();

class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size); // zero-filled
    ~SecretBytes();
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    static SecretBytes random(std::size_t size);
    static SecretBytes copyOf(const void *data, std::size_t size);

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    char *chars() { return reinterpret_cast<char *>(m_data); }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    // Constant-time comparison.
    bool equals(const SecretBytes &other) const;

private:
    void release();
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

// Overwrites a QByteArray that held a passphrase (the callers' copies live outside sodium memory).
void wipe(QByteArray &bytes);

} // namespace ridgeline::storage
