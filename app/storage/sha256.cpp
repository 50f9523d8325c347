#include "app/storage/sha256.h"

#include <openssl/evp.h>

#include <cstdlib>

namespace ridgeline::storage {
namespace {

// A digest that cannot be computed is a broken installation, not a condition to recover from: a
// wrong hash would silently file evidence under the wrong address.
void require(int ok)
{
    if (ok != 1)
        std::abort();
}

} // namespace

Sha256::Sha256()
    : m_context(EVP_MD_CTX_new())
{
    require(m_context != nullptr);
    require(EVP_DigestInit_ex(m_context, EVP_sha256(), nullptr));
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_context);
}

void Sha256::addData(QByteArrayView bytes)
{
    require(EVP_DigestUpdate(m_context, bytes.data(), std::size_t(bytes.size())));
}

QByteArray Sha256::result()
{
    QByteArray digest(kSize, Qt::Uninitialized);
    unsigned int length = 0;
    require(EVP_DigestFinal_ex(m_context, reinterpret_cast<unsigned char *>(digest.data()), &length));
    require(length == kSize);
    require(EVP_DigestInit_ex(m_context, EVP_sha256(), nullptr));
    return digest;
}

QByteArray Sha256::hash(QByteArrayView bytes)
{
    QByteArray digest(kSize, Qt::Uninitialized);
    unsigned int length = 0;
    require(EVP_Digest(bytes.data(), std::size_t(bytes.size()), reinterpret_cast<unsigned char *>(digest.data()),
                       &length, EVP_sha256(), nullptr));
    require(length == kSize);
    return digest;
}

} // namespace ridgeline::storage
