#include "gc/collector.h"

#include "gc/heap.h"
#include "gc/thread_registration.h"

#include <gc.h>

#include <atomic>
#include <cstdlib>
#include <mutex>

namespace simple::rt {
namespace {

std::once_flag initializeOnce;
std::atomic<int64_t> disableDepth{0};
// Serialises rt_gc_disable/rt_gc_enable with an explicit collection, which
// lifts bdwgc's disable count for its duration (see collectNow).
std::mutex toggleMutex;
std::atomic<int64_t> liveBytesAfterCollection{0};

void GC_CALLBACK quietWarning(char *message, GC_word argument) {}

/// Runs with the allocation lock held: only the unlocked getters are safe.
void GC_CALLBACK onCollectionEvent(GC_EventType event) {
  advanceHeapEpoch(); // objects may be freed from now on: drop validation caches
  if (event == GC_EVENT_RECLAIM_END) {
    // Empty blocks are free again at this point; partly used ones count in full.
    size_t used = GC_get_heap_size() - GC_get_free_bytes();
    liveBytesAfterCollection.store(static_cast<int64_t>(used), std::memory_order_relaxed);
  }
}

void initializeCollector() {
  GC_set_all_interior_pointers(1);
  if (!std::getenv("SIMPLE_GC_WARNINGS"))
    GC_set_warn_proc(quietWarning);
  GC_INIT();
  GC_set_on_collection_event(onCollectionEvent);
  detail::enableBlockCache();
  GC_allow_register_threads();
}

/// The runtime sets itself up before main() runs, on the main thread, which
/// is where bdwgc wants GC_INIT.
[[gnu::constructor]] void initializeAtLoad() { initialize(); }

} // namespace

void initialize() { std::call_once(initializeOnce, initializeCollector); }

void addRoots(void *begin, void *end) {
  initialize();
  if (begin && end && begin < end)
    GC_add_roots(begin, end);
}

void removeRoots(void *begin, void *end) {
  initialize();
  if (begin && end && begin < end)
    GC_remove_roots(begin, end);
}

void collectNow() noexcept {
  ensureThreadRegistered();
  // rt_gc_disable stops automatic collections only; an explicit request
  // still collects. bdwgc's GC_gcollect does nothing while GC_disable is in
  // force, so lift the count for this one collection and restore it.
  std::lock_guard lock(toggleMutex);
  int lifted = 0;
  while (GC_is_disabled()) {
    GC_enable();
    ++lifted;
  }
  GC_gcollect();
  while (lifted-- > 0)
    GC_disable();
}

bool readGcStat(int64_t which, int64_t &out) noexcept {
  switch (static_cast<GcStat>(which)) {
  case GcStat::HeapBytes:
    out = static_cast<int64_t>(GC_get_heap_size());
    return true;
  case GcStat::LiveBytesAfterLastCollection:
    out = liveBytesAfterCollection.load(std::memory_order_relaxed);
    return true;
  case GcStat::Collections:
    out = static_cast<int64_t>(GC_get_gc_no());
    return true;
  case GcStat::BytesSinceLastCollection:
    out = static_cast<int64_t>(GC_get_bytes_since_gc());
    return true;
  }
  return false;
}

void disableCollections() noexcept {
  std::lock_guard lock(toggleMutex);
  disableDepth.fetch_add(1, std::memory_order_relaxed);
  GC_disable();
}

bool enableCollections() noexcept {
  std::lock_guard lock(toggleMutex);
  int64_t depth = disableDepth.load(std::memory_order_relaxed);
  do {
    if (depth <= 0)
      return false;
  } while (!disableDepth.compare_exchange_weak(depth, depth - 1, std::memory_order_relaxed));
  GC_enable();
  return true;
}

void setFinalizer(void *object, void (*finalize)(void *object)) noexcept {
  GC_register_finalizer(
      object,
      [](void *target, void *callback) { reinterpret_cast<void (*)(void *)>(callback)(target); },
      reinterpret_cast<void *>(finalize), nullptr, nullptr);
}

} // namespace simple::rt
