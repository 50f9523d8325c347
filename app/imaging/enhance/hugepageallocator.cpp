// Memory for large step outputs.
//
// A fresh 48 MB image (a 2000 x 2000 colour mark resampled to 4000 x 4000) is new memory on every
// call: the C library maps it from the kernel and every 4 KB page faults on first touch. On the
// 2-core reference machine (a virtual machine) that first touch measured 60 to 330 ms, more than
// the resampling itself; with 2 MB pages it measured 8 ms. So outputs of 2 MB and more are
// allocated 2 MB-aligned and marked MADV_HUGEPAGE (a hint: without transparent huge pages they
// simply get small pages), and a few freed ones are kept for the next call of the same size (a
// recipe replayed while a slider moves, each channel of the FFT step): no page faults and no
// unmapping (which stops every core to flush its address cache) in the steady state. The pixels
// written are the same either way: a step overwrites all of its output.
#include "app/imaging/enhance/enhancesteps.h"

#include <cstdlib>
#include <mutex>
#include <vector>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace ridgeline::imaging::steps {

namespace {

constexpr size_t kHugePage = size_t(2) << 20;
constexpr size_t kCacheBytes = size_t(256) << 20; // kept freed blocks, at most
constexpr size_t kCacheBlocks = 8;

size_t blockBytes(size_t total)
{
    return (total + kHugePage - 1) / kHugePage * kHugePage;
}

// Freed large blocks, by size, for reuse; bounded in count and bytes.
class BlockCache
{
public:
    void *take(size_t bytes)
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        for (auto it = m_blocks.begin(); it != m_blocks.end(); ++it)
            if (it->bytes == bytes) {
                void *p = it->pointer;
                m_total -= bytes;
                m_blocks.erase(it);
                return p;
            }
        return nullptr;
    }
    void give(void *pointer, size_t bytes)
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            if (bytes <= kCacheBytes) {
                m_blocks.push_back(Block{pointer, bytes});
                m_total += bytes;
                pointer = nullptr;
                while (m_blocks.size() > kCacheBlocks || m_total > kCacheBytes) { // oldest out
                    m_evicted.push_back(m_blocks.front().pointer);
                    m_total -= m_blocks.front().bytes;
                    m_blocks.erase(m_blocks.begin());
                }
            }
        }
        std::free(pointer);
        releaseEvicted();
    }

private:
    struct Block
    {
        void *pointer = nullptr;
        size_t bytes = 0;
    };
    void releaseEvicted()
    {
        std::vector<void *> evicted;
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            evicted.swap(m_evicted);
        }
        for (void *p : evicted)
            std::free(p);
    }

    std::mutex m_mutex;
    std::vector<Block> m_blocks;
    std::vector<void *> m_evicted;
    size_t m_total = 0;
};

BlockCache &blockCache()
{
    static auto *cache = new BlockCache; // never destroyed, like the allocator
    return *cache;
}

class HugePageAllocator final : public cv::MatAllocator
{
public:
    cv::UMatData *allocate(int dims, const int *sizes, int type, void *data0, size_t *step, cv::AccessFlag,
                           cv::UMatUsageFlags) const override
    {
        // Only Mat::create calls it (newImage): no user data, continuous rows.
        CV_Assert(data0 == nullptr);
        size_t total = CV_ELEM_SIZE(type);
        for (int i = dims - 1; i >= 0; --i) {
            if (step)
                step[i] = total;
            total *= size_t(sizes[i]);
        }
        auto *u = new cv::UMatData(this);
        u->size = total;
        const bool large = total >= kHugePage;
        const size_t bytes = large ? blockBytes(total) : std::max<size_t>(total, 1);
        void *p = large ? blockCache().take(bytes) : nullptr;
        if (!p) {
            if (posix_memalign(&p, large ? kHugePage : 64, bytes) != 0) {
                delete u;
                CV_Error(cv::Error::StsNoMem, cv::format("cannot allocate %zu bytes for an image", total));
            }
#if defined(__linux__) && defined(MADV_HUGEPAGE)
            if (large)
                (void)madvise(p, bytes, MADV_HUGEPAGE); // a hint; refused, the pages are just small
#endif
        }
        u->data = u->origdata = static_cast<uchar *>(p);
        return u;
    }

    bool allocate(cv::UMatData *u, cv::AccessFlag, cv::UMatUsageFlags) const override
    {
        return u != nullptr;
    }

    void deallocate(cv::UMatData *u) const override
    {
        if (!u)
            return;
        CV_Assert(u->urefcount == 0 && u->refcount == 0);
        if (u->size >= kHugePage)
            blockCache().give(u->origdata, blockBytes(u->size));
        else
            std::free(u->origdata);
        delete u;
    }
};

} // namespace

cv::Mat newImage(cv::Size size, int type)
{
    // Never destroyed: Mats allocated by it may outlive any static destruction order.
    static const auto *allocator = new HugePageAllocator;
    cv::Mat m;
    m.allocator = const_cast<HugePageAllocator *>(allocator);
    m.create(size, type);
    return m;
}

} // namespace ridgeline::imaging::steps
