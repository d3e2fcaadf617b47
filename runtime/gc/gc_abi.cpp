// rt_alloc, rt_free and rt_gc_*: memory and the collector at the ABI.
#include "error/checks.h"
#include "gc/collector.h"
#include "gc/heap.h"

#include <simple/runtime.h>

#include <cinttypes>
#include <mutex>

using namespace simple::rt;

namespace {

/// Largest rt_alloc block.
constexpr int64_t kMaxRawBlock = kMaxStringBytes;

/// Locks that serialise rt_free calls of blocks whose addresses share a
/// stripe.
constexpr size_t kFreeStripes = 64;
std::mutex freeStripes[kFreeStripes];

} // namespace

extern "C" {

void *rt_alloc(int64_t size) noexcept {
  if (!expectCount(size, kMaxRawBlock, "rt_alloc", "size"))
    return nullptr;
  ensureThreadRegistered();
  // Uncollectable: scanned (values stored in it stay alive), freed only by
  // rt_free. The header in front lets rt_free reject foreign pointers.
  auto *header = static_cast<ObjectHeader *>(
      GC_malloc_uncollectable(sizeof(ObjectHeader) + static_cast<size_t>(size)));
  if (!header) {
    reportOutOfMemory("rt_alloc");
    return nullptr;
  }
  initHeader(header, Kind::RawBlock, static_cast<uint64_t>(size));
  return header + 1;
}

void rt_free(void *block) noexcept {
  if (!block)
    return;
  auto address = reinterpret_cast<uintptr_t>(block);
  // Racing frees of one block: each takes the lock of the block's stripe
  // before it validates, so they run one after the other and the later ones
  // find the magic gone (GC_free overwrites the header's first word, which
  // must not race with another free's validation of it).
  std::lock_guard<std::mutex> guard(freeStripes[(address >> 4) % kFreeStripes]);
  ObjectHeader *header = nullptr;
  if (address % alignof(ObjectHeader) == 0 && address > sizeof(ObjectHeader))
    header = objectOf(rt_encode_heap(reinterpret_cast<void *>(address - sizeof(ObjectHeader))));
  if (!header || header->kind != Kind::RawBlock || !claimMagic(header)) {
    recordError(RT_ERROR_BAD_ARGUMENT, "rt_free", "%p is not a live block of rt_alloc", block);
    return;
  }
  GC_free(header);
  advanceHeapEpoch();
}

void rt_gc_collect(void) noexcept { collectNow(); }

int64_t rt_gc_stats(int64_t which) noexcept {
  int64_t value;
  if (readGcStat(which, value))
    return value;
  recordError(RT_ERROR_BAD_ARGUMENT, "rt_gc_stats", "unknown statistic %" PRId64, which);
  return -1;
}

void rt_gc_disable(void) noexcept { disableCollections(); }

void rt_gc_enable(void) noexcept {
  if (!enableCollections())
    recordError(RT_ERROR_BAD_STATE, "rt_gc_enable", "collections are not disabled");
}

} // extern "C"
