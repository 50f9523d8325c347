#include "app/storage/secretbytes.h"

#include <sodium.h>

#include <new>
#include <utility>

namespace ridgeline::storage {

bool initializeSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

SecretBytes::SecretBytes(std::size_t size)
{
    if (size == 0)
        return;
    initializeSodium();
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    sodium_memzero(m_data, size);
    m_size = size;
}

SecretBytes::~SecretBytes()
{
    release();
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecretBytes::release()
{
    // sodium_free wipes the region before unmapping it.
    if (m_data)
        sodium_free(m_data);
    m_data = nullptr;
    m_size = 0;
}

SecretBytes SecretBytes::random(std::size_t size)
{
    SecretBytes out(size);
    if (size > 0)
        randombytes_buf(out.m_data, size);
    return out;
}

SecretBytes SecretBytes::copyOf(const void *data, std::size_t size)
{
    SecretBytes out(size);
    if (size > 0)
        memcpy(out.m_data, data, size);
    return out;
}

bool SecretBytes::equals(const SecretBytes &other) const
{
    if (m_size != other.m_size)
        return false;
    return m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

void wipe(QByteArray &bytes)
{
    // Only the sole owner's buffer can be wiped; a shared one would be detached into a copy.
    if (!bytes.isEmpty() && bytes.isDetached())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

} // namespace ridgeline::storage
