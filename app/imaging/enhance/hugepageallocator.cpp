// Memory for large step outputs.
//
// A fresh 48 MB image (a 2000 x 2000 colour mark resampled to 4000 x 4000) is new memory on every
// call: the C library maps it from the kernel and every 4 KB page faults on first touch. On the
// 2-core reference machine (a virtual machine) that first touch measured 60 to 330 ms, more than
// the resampling itself; with 2 MB pages it measured 8 ms. So outputs of 2 MB and more are
// allocated 2 MB-aligned and marked MADV_HUGEPAGE (a hint: without transparent huge pages they
// simply get small pages). The pixels written are the same either way.
#include "app/imaging/enhance/enhancesteps.h"

#include <cstdlib>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace ridgeline::imaging::steps {

namespace {

constexpr size_t kHugePage = size_t(2) << 20;

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
        void *p = nullptr;
        if (posix_memalign(&p, large ? kHugePage : 64, std::max<size_t>(total, 1)) != 0) {
            delete u;
            CV_Error(cv::Error::StsNoMem, cv::format("cannot allocate %zu bytes for an image", total));
        }
#if defined(__linux__) && defined(MADV_HUGEPAGE)
        if (large)
            (void)madvise(p, total, MADV_HUGEPAGE); // a hint; refused, the pages are just small
#endif
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
