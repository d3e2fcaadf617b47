// Allocation from the garbage-collected heap and the checks that turn a
// 64-bit value into a runtime object safely.
//
// Allocation: objects that hold values or pointers come from GC_malloc (the
// collector scans them conservatively), pointer-free payloads (string bytes,
// hash index tables) from GC_malloc_atomic (never scanned, not cleared).
// Large blocks use the *_ignore_off_page variants: the runtime always keeps a
// pointer to their first byte, and it saves the collector from blacklisting
// and warnings. Every allocation first makes sure the calling thread is
// registered with the collector (see thread_registration.h): threads that
// JIT-compiled code starts with pthread_create are not registered otherwise.
//
// Validation: objectOf(v) asks the collector where the object containing the
// address starts (GC_base, which reads only the collector's own block
// tables), requires that to be the address itself, then checks the magic in
// the header. See object_header.h for why this is enough. GC_base is a call,
// a walk of the collector's block tables and a division, so each thread
// keeps two caches in front of it, both emptied by the next collection: the
// last few addresses it validated (containers used many times in a row), and
// the object size of the last 64 blocks it found objects in (keys and
// elements, each seen once, usually in blocks of objects allocated together).
#ifndef SIMPLE_RT_GC_HEAP_H
#define SIMPLE_RT_GC_HEAP_H

#include "gc/object_header.h"
#include "gc/thread_registration.h"

#include <simple/value.h>

#include <gc.h>

#include <atomic>
#include <cstddef>
#include <cstdint>

namespace simple::rt {

/// Largest element count of a new tuple, object or closure, and largest
/// array capacity hint (2 GiB of values); larger requests are errors rather
/// than attempts to clear terabytes. Arrays still grow past it by pushing.
inline constexpr int64_t kMaxElements = int64_t(1) << 28;
/// Largest string, and largest rt_alloc block, in bytes.
inline constexpr int64_t kMaxStringBytes = int64_t(1) << 31;
/// Blocks from this size on are allocated "ignore off page".
inline constexpr size_t kLargeBlock = 64 * 1024;

namespace detail {

/// The addresses this thread validated recently, valid while the heap epoch
/// is unchanged. The epoch advances at every collection event and every
/// explicit GC_free: an object validated in the current epoch cannot have
/// been freed since (nothing frees memory without advancing it), so a hit
/// only needs the magic re-checked. Direct-mapped on address bits 4-5
/// (objects are 16-byte aligned), so a container and a key both stay cached.
struct ValidationCache {
  uint64_t epoch;
  uintptr_t addresses[4]; // hiddenAddress() of each cached object
};

/// An address in a form the conservative collector cannot read as a
/// pointer: the cache must not be a root, or the last objects a thread
/// validated would outlive their last reference.
constexpr uintptr_t hiddenAddress(uintptr_t address) noexcept { return ~address; }
extern constinit thread_local ValidationCache tlsValidationCache;
// Hidden: the fast paths read it with one instruction instead of through
// the GOT.
[[gnu::visibility("hidden")]] extern std::atomic<uint64_t> heapEpoch;

inline constexpr uintptr_t kPageBytes = 4096;

/// The second level of validation: the object size of heap blocks this
/// thread found objects in, so that any other object of the same block is
/// validated by arithmetic instead of GC_base. Sound because
///   - the collector's blocks are one 4 KiB page (checked at start-up, see
///     enableBlockCache), and a block of objects smaller than a page holds
///     objects of one size laid out from its first byte;
///   - an in-use block is freed, and possibly re-used for another size, only
///     by a collection (freeing a small object never frees its block), and
///     every collection advances the epoch.
/// Objects on a free list of a cached block fail the magic check as before.
/// Direct-mapped on page-number bits 0-5.
struct BlockCacheEntry {
  uintptr_t hiddenPage; ///< hiddenAddress() of the page's first byte
  uint32_t objectBytes;
  uint32_t reciprocal; ///< ceil(2^32 / objectBytes): offset / size as a multiply
};
struct BlockCache {
  uint64_t epoch;
  BlockCacheEntry entries[64];
};
extern constinit thread_local BlockCache tlsBlockCache;

/// Checks whether the collector lays out small objects as the block cache
/// assumes; the cache stays unused otherwise. Called once, after GC_INIT.
void enableBlockCache() noexcept;

/// What the block cache knows about an address.
enum class BlockVerdict { Object, NotObject, Unknown };

/// Looks the address up in this thread's block cache: an object start of a
/// remembered block with the magic in place, an address that cannot be a
/// live object, or not known.
inline BlockVerdict blockCacheVerdict(uintptr_t address, uint64_t epoch) noexcept {
  uintptr_t page = address & ~(kPageBytes - 1);
  const BlockCache &blocks = tlsBlockCache;
  const BlockCacheEntry &entry = blocks.entries[(page / kPageBytes) % 64];
  if (entry.hiddenPage != hiddenAddress(page) || blocks.epoch != epoch)
    return BlockVerdict::Unknown;
  // Objects of this block start at multiples of objectBytes and end inside
  // it. The quotient is exact: offset and objectBytes < 2^12.
  auto offset = static_cast<uint32_t>(address - page);
  auto index = static_cast<uint32_t>((uint64_t(offset) * entry.reciprocal) >> 32);
  if (index * entry.objectBytes != offset || offset + entry.objectBytes > kPageBytes ||
      loadMagic(reinterpret_cast<const ObjectHeader *>(address)) != kObjectMagic)
    return BlockVerdict::NotObject;
  return BlockVerdict::Object;
}

ObjectHeader *objectOfSlow(uintptr_t address) noexcept;

} // namespace detail

/// Invalidates every thread's validation caches; call after freeing memory.
inline void advanceHeapEpoch() noexcept {
  detail::heapEpoch.fetch_add(1, std::memory_order_relaxed);
}

/// The object at v when this thread validated it in the current epoch (it is
/// then still live), else nullptr - which is no verdict: the caller falls
/// back to objectOf. Inline and call-free, for the fast paths of functions
/// on containers, which are used many times in a row.
inline ObjectHeader *recentObjectOf(RtValue v) noexcept {
  uintptr_t address = static_cast<uintptr_t>(v & ~uint64_t(RT_TAG_MASK));
  const detail::ValidationCache &cache = detail::tlsValidationCache;
  if (rt_is_heap(v) && cache.addresses[(address >> 4) & 3] == detail::hiddenAddress(address) &&
      cache.epoch == detail::heapEpoch.load(std::memory_order_relaxed)) [[likely]] {
    auto *header = reinterpret_cast<ObjectHeader *>(address);
    if (loadMagic(header) == kObjectMagic) [[likely]]
      return header;
  }
  return nullptr;
}

/// The object at v when this thread's block cache proves it a live runtime
/// object, else nullptr - which is no verdict: the caller falls back to
/// objectOf. Inline and call-free, for the fast paths of functions that take
/// values seen once (keys, elements).
inline ObjectHeader *knownObjectOf(RtValue v) noexcept {
  uintptr_t address = static_cast<uintptr_t>(v & ~uint64_t(RT_TAG_MASK));
  if (rt_is_heap(v) &&
      detail::blockCacheVerdict(address, detail::heapEpoch.load(std::memory_order_relaxed)) ==
          detail::BlockVerdict::Object) [[likely]]
    return reinterpret_cast<ObjectHeader *>(address);
  return nullptr;
}

/// The runtime object at v, or nullptr when v is not a heap value pointing at
/// the start of a live runtime object. Never reads memory it has not proven
/// to be inside a live GC object. The slow path also registers the calling
/// thread with the collector: a thread that handles heap values must be
/// scanned.
inline ObjectHeader *objectOf(RtValue v) noexcept {
  if (!rt_is_heap(v))
    return nullptr;
  if (ObjectHeader *header = recentObjectOf(v)) [[likely]]
    return header;
  return detail::objectOfSlow(static_cast<uintptr_t>(v & ~uint64_t(RT_TAG_MASK)));
}

/// The object of a heap value that is already known to be valid (stored in
/// a container, or checked by the caller): no check at all.
inline ObjectHeader *trustedObject(RtValue v) noexcept {
  return static_cast<ObjectHeader *>(rt_decode_heap(v));
}

/// Whether v is a value at all: tag 0-3, and a heap tag only on a live
/// runtime object that can be a value (not a raw rt_alloc block).
inline bool isValue(RtValue v) noexcept {
  unsigned tag = rt_tag_of(v);
  if (tag == RT_TAG_HEAP) {
    ObjectHeader *header = objectOf(v);
    return header && header->kind != Kind::RawBlock;
  }
  return tag <= RT_TAG_SPECIAL;
}

/// The object of kind K at v, or nullptr.
template <class T> inline T *objectAs(RtValue v) noexcept {
  ObjectHeader *header = objectOf(v);
  if (header && header->kind == T::kKind) [[likely]]
    return reinterpret_cast<T *>(header);
  return nullptr;
}

/// `bytes` of cleared, scanned memory; nullptr when the heap is exhausted.
inline void *allocateScanned(size_t bytes) noexcept {
  ensureThreadRegistered();
  return bytes >= kLargeBlock ? GC_malloc_ignore_off_page(bytes) : GC_malloc(bytes);
}

/// `bytes` of uncleared memory the collector never scans; nullptr when the
/// heap is exhausted.
inline void *allocateAtomic(size_t bytes) noexcept {
  ensureThreadRegistered();
  return bytes >= kLargeBlock ? GC_malloc_atomic_ignore_off_page(bytes) : GC_malloc_atomic(bytes);
}

/// A serial number for objects printed as <kind#N>: 1, 2, 3, ... in a
/// single-threaded program; unique in the process (until 2^64). Each task
/// context takes blocks of numbers (gc/serial_cursor.h), so this is an
/// increment in the current task's context (task/task_context.h).
[[gnu::noinline]] uint64_t nextObjectSerial() noexcept;

} // namespace simple::rt

#endif // SIMPLE_RT_GC_HEAP_H
