#pragma once

// Large buffers (a decoded 100-megapixel mark, its tile pyramid, originals read for import) are
// touched page by page as they are first written, and on the virtual machines Ridgeline runs on a
// page fault costs microseconds: filling 100 MB of fresh 4 KiB pages took 500 to 800 ms there,
// against about 40 ms with 2 MiB transparent huge pages (docs/benchmarks.md, issue 5). glibc asks
// the kernel for huge pages under malloc when its tunable glibc.malloc.hugetlb is 1, but it reads
// its tunables only when a process starts. So the workstation calls this first thing in main(): when the
// tunable is not yet set it is added to GLIBC_TUNABLES and the program starts itself again, once,
// with the same arguments, environment and open files. RIDGELINE_SMALL_PAGES=1 turns it off (for
// debuggers and memory checkers). Returns only when no restart happened.

namespace ridgeline {

void restartWithHugePageMalloc(char **argv);

// The other half of the same cost: glibc hands buffers above its mmap threshold (128 KiB at first,
// raised dynamically up to 32 MiB) to fresh mappings and trims the heap top soon after they are
// freed, so code that decodes image after image (the 14 WSQ fingerprints of a ten-print card) pays
// for every page again each time: 21.5 ms per megapixel instead of 9.9 (docs/benchmarks.md,
// issue 9). This keeps buffers up to 64 MiB in the heap for reuse and lets up to 128 MiB of free
// heap stay mapped; larger buffers (a 100-megapixel mark) are still mapped on their own and given
// back whole when freed. Call at the start of main(), before threads start. No-op off glibc.
void keepImageBuffersInTheHeap();

} // namespace ridgeline
