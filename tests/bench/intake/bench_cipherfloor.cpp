// The floor under issue 4's import target: what one thread must spend to encrypt 604 MB the way
// SQLCipher 3.4.1's codec does (per 4096-byte page: a random 16-byte IV, AES-256-CBC over the
// page less its 48 reserved bytes, HMAC-SHA1 over ciphertext, IV and page number), and to hand
// the pages to the kernel as SQLite's WAL does (two pwrite calls per page: 24-byte frame header,
// then the page). Beside it, the raw limit the target is measured against (SHA-256 + one write of
// the same bytes, fsync) and, for the decision in docs/decisions/0003-intake.md, the same bytes
// sealed with libsodium's XChaCha20-Poly1305 in 1 MiB chunks spread over every core.
//
// Not a test of Ridgeline's code: a measurement of this machine, printed for docs/benchmarks.md.
// SQLCipher 3.4.1 drives OpenSSL through the HMAC_CTX interface that OpenSSL 3 deprecates; the
// measurement uses the same calls on purpose.
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <sodium.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

constexpr size_t kPage = 4096;
constexpr size_t kReserve = 48; // SQLCipher 3.4.1: 16-byte IV + 20-byte SHA1 HMAC, rounded to the AES block
constexpr size_t kBytes = size_t(604) * 1000 * 1000 / kPage * kPage;

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double threadCpu()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

// One page as SQLCipher 3.4.1 encrypts it (sqlcipher_page_cipher): returns false on an OpenSSL error.
bool sqlcipherPage(const unsigned char *in, unsigned char *out, uint32_t pgno, const unsigned char *key,
                   const unsigned char *hmacKey, EVP_CIPHER_CTX *ctx, HMAC_CTX *hmac)
{
    const size_t size = kPage - kReserve;
    unsigned char *iv = out + size;
    if (RAND_bytes(iv, 16) != 1)
        return false;
    int len = 0;
    int tail = 0;
    if (EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), nullptr, key, iv) != 1 || EVP_CIPHER_CTX_set_padding(ctx, 0) != 1 ||
        EVP_EncryptUpdate(ctx, out, &len, in, int(size)) != 1 || EVP_EncryptFinal_ex(ctx, out + len, &tail) != 1)
        return false;
    unsigned int macLen = 0;
    return HMAC_Init_ex(hmac, hmacKey, 32, EVP_sha1(), nullptr) == 1 && HMAC_Update(hmac, out, size + 16) == 1 &&
           HMAC_Update(hmac, reinterpret_cast<const unsigned char *>(&pgno), 4) == 1 &&
           HMAC_Final(hmac, iv + 16, &macLen) == 1;
}

std::string scratchFile(const char *dir, const char *name)
{
    return std::string(dir) + "/" + name;
}

} // namespace

int main(int argc, char **argv)
{
    if (sodium_init() < 0)
        return 1;
    const char *dir = argc > 1 ? argv[1] : "/tmp";
    std::vector<unsigned char> data(kBytes);
    randombytes_buf(data.data(), data.size()); // incompressible, like image data
    std::vector<unsigned char> out(kBytes);
    unsigned char key[32];
    unsigned char hmacKey[32];
    randombytes_buf(key, sizeof key);
    randombytes_buf(hmacKey, sizeof hmacKey);
    std::printf("%.1f MB in %zu pages of %zu bytes, %u hardware threads\n", kBytes / 1e6, kBytes / kPage, kPage,
                std::thread::hardware_concurrency());

    // 1. The raw limit's work on bytes already in memory: SHA-256, one write, fsync.
    {
        const std::string path = scratchFile(dir, "ridgeline-floor-raw.bin");
        const auto start = std::chrono::steady_clock::now();
        unsigned char digest[32];
        unsigned int digestLen = 0;
        EVP_Digest(data.data(), data.size(), digest, &digestLen, EVP_sha256(), nullptr);
        const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        for (size_t off = 0; off < kBytes; off += size_t(1) << 20)
            if (::write(fd, data.data() + off, std::min(size_t(1) << 20, kBytes - off)) < 0)
                return 2;
        ::fsync(fd);
        ::close(fd);
        std::printf("raw (SHA-256, write in 1 MiB calls, fsync):               %.2f s\n", secondsSince(start));
        ::unlink(path.c_str());
    }

    // 2. SQLCipher's per-page encryption alone, one thread (the codec runs on the writing connection's thread).
    {
        EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
        HMAC_CTX *hmac = HMAC_CTX_new();
        const double cpu0 = threadCpu();
        const auto start = std::chrono::steady_clock::now();
        for (size_t p = 0; p < kBytes / kPage; ++p)
            if (!sqlcipherPage(data.data() + p * kPage, out.data() + p * kPage, uint32_t(p + 1), key, hmacKey, ctx,
                               hmac))
                return 3;
        std::printf("SQLCipher 3.4.1 page encryption, one thread:               %.2f s (%.2f CPU-s)\n",
                    secondsSince(start), threadCpu() - cpu0);
        EVP_CIPHER_CTX_free(ctx);
        HMAC_CTX_free(hmac);
    }

    // 3. The same pages handed to the kernel as SQLite's WAL does, then fsynced.
    {
        const std::string path = scratchFile(dir, "ridgeline-floor-wal.bin");
        const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        unsigned char header[24] = {};
        const double cpu0 = threadCpu();
        const auto start = std::chrono::steady_clock::now();
        off_t offset = 32;
        for (size_t p = 0; p < kBytes / kPage; ++p) {
            if (::pwrite(fd, header, sizeof header, offset) < 0 ||
                ::pwrite(fd, out.data() + p * kPage, kPage, offset + off_t(sizeof header)) < 0)
                return 4;
            offset += off_t(sizeof header + kPage);
        }
        const double written = secondsSince(start);
        const double writtenCpu = threadCpu() - cpu0;
        ::fsync(fd);
        std::printf("WAL-style writes (2 pwrite per page): %.2f s (%.2f CPU-s), then fsync: %.2f s\n", written,
                    writtenCpu, secondsSince(start));
        ::close(fd);
        ::unlink(path.c_str());
    }

    // 4. The same frames gathered into 1 MiB writes (what a VFS layer under the WAL could do).
    {
        const std::string path = scratchFile(dir, "ridgeline-floor-gathered.bin");
        const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        std::vector<unsigned char> buffer;
        buffer.reserve((size_t(1) << 20) + kPage + 24);
        const double cpu0 = threadCpu();
        const auto start = std::chrono::steady_clock::now();
        off_t offset = 32;
        for (size_t p = 0; p < kBytes / kPage; ++p) {
            buffer.insert(buffer.end(), 24, 0);
            buffer.insert(buffer.end(), out.data() + p * kPage, out.data() + (p + 1) * kPage);
            if (buffer.size() >= (size_t(1) << 20) || p + 1 == kBytes / kPage) {
                if (::pwrite(fd, buffer.data(), buffer.size(), offset) < 0)
                    return 5;
                offset += off_t(buffer.size());
                buffer.clear();
            }
        }
        const double written = secondsSince(start);
        const double writtenCpu = threadCpu() - cpu0;
        ::fsync(fd);
        std::printf("WAL frames gathered into 1 MiB writes:  %.2f s (%.2f CPU-s), then fsync: %.2f s\n", written,
                    writtenCpu, secondsSince(start));
        ::close(fd);
        ::unlink(path.c_str());
    }

    // 5. The alternative: XChaCha20-Poly1305 (libsodium), 1 MiB chunks, one worker per core.
    {
        const unsigned workers = std::max(1u, std::thread::hardware_concurrency());
        constexpr size_t chunk = size_t(1) << 20;
        const size_t chunks = (kBytes + chunk - 1) / chunk;
        std::vector<unsigned char> sealed(kBytes + chunks * crypto_aead_xchacha20poly1305_ietf_ABYTES);
        std::atomic<size_t> next{0};
        const auto start = std::chrono::steady_clock::now();
        std::vector<std::thread> threads;
        for (unsigned w = 0; w < workers; ++w)
            threads.emplace_back([&] {
                unsigned char nonce[crypto_aead_xchacha20poly1305_ietf_NPUBBYTES];
                for (size_t c = next++; c < chunks; c = next++) {
                    const size_t len = std::min(chunk, kBytes - c * chunk);
                    randombytes_buf(nonce, sizeof nonce);
                    unsigned long long sealedLen = 0;
                    crypto_aead_xchacha20poly1305_ietf_encrypt(
                        sealed.data() + c * (chunk + crypto_aead_xchacha20poly1305_ietf_ABYTES), &sealedLen,
                        data.data() + c * chunk, len, nullptr, 0, nullptr, nonce, key);
                }
            });
        for (auto &t : threads)
            t.join();
        std::printf("XChaCha20-Poly1305, 1 MiB chunks, %u threads:              %.2f s\n", workers,
                    secondsSince(start));
    }
    return 0;
}
