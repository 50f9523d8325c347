#include "app/core/hugepagemalloc.h"

#include <cstdlib>
#include <cstring>
#include <string>

#include <unistd.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace ridgeline {

void restartWithHugePageMalloc(char **argv)
{
#if defined(__linux__) && defined(__GLIBC__)
    static constexpr const char *kTunable = "glibc.malloc.hugetlb";
    const char *off = std::getenv("RIDGELINE_SMALL_PAGES");
    if (off && std::strcmp(off, "1") == 0)
        return;
    const char *tunables = std::getenv("GLIBC_TUNABLES");
    if (tunables && std::strstr(tunables, kTunable))
        return; // set by us (or by the user, whose value stands)
    std::string value = tunables && *tunables ? std::string(tunables) + ":" : std::string();
    value += std::string(kTunable) + "=1";
    if (::setenv("GLIBC_TUNABLES", value.c_str(), 1) != 0)
        return;
    ::execv("/proc/self/exe", argv);
    // Still here: the restart failed (no /proc, say). Carry on with small pages; nothing is lost.
    ::unsetenv("GLIBC_TUNABLES");
    if (tunables)
        ::setenv("GLIBC_TUNABLES", tunables, 1);
#else
    (void)argv;
#endif
}

void keepImageBuffersInTheHeap()
{
#if defined(__GLIBC__)
    ::mallopt(M_MMAP_THRESHOLD, 64 << 20);
    ::mallopt(M_TRIM_THRESHOLD, 128 << 20);
#endif
}

} // namespace ridgeline
