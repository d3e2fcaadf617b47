#include "gc/heap.h"

#include "task/task_context.h"

#include <atomic>

namespace simple::rt {
namespace {

/// The first number of the next block a serial cursor takes.
std::atomic<uint64_t> nextSerialBlock{1};

} // namespace

namespace detail {

// Entries hold addresses bit-inverted (hiddenAddress), so that the
// collector, which scans thread-local storage conservatively, never mistakes
// the cache for a reference and keeps a dead object alive. Empty entries hold
// 1, which no inverted 16-aligned address equals.
constinit thread_local ValidationCache tlsValidationCache = {0, {1, 1, 1, 1}};
std::atomic<uint64_t> heapEpoch{1};

constinit thread_local BlockCache tlsBlockCache = {};

namespace {

bool blockCacheEnabled = false;

/// Remembers the address in the first-level cache.
inline void rememberValidated(uintptr_t address, uint64_t epoch) noexcept {
  ValidationCache &cache = tlsValidationCache;
  if (cache.epoch != epoch)
    cache = ValidationCache{epoch, {1, 1, 1, 1}};
  cache.addresses[(address >> 4) & 3] = hiddenAddress(address);
}

/// The full check: GC_base, and the block of a small object remembered.
[[gnu::noinline]] ObjectHeader *objectByCollector(uintptr_t address, uint64_t epoch) noexcept {
  ensureThreadRegistered();
  void *pointer = reinterpret_cast<void *>(address);
  if (address == 0 || GC_base(pointer) != pointer)
    return nullptr;
  auto *header = static_cast<ObjectHeader *>(pointer);
  if (loadMagic(header) != kObjectMagic)
    return nullptr;
  rememberValidated(address, epoch);
  size_t objectBytes = GC_size(pointer);
  uintptr_t page = address & ~(kPageBytes - 1);
  if (blockCacheEnabled && objectBytes < kPageBytes &&
      GC_base(reinterpret_cast<void *>(page)) == reinterpret_cast<void *>(page)) {
    BlockCache &blocks = tlsBlockCache;
    if (blocks.epoch != epoch) {
      for (BlockCacheEntry &entry : blocks.entries)
        entry.hiddenPage = 0; // no page starts at ~0
      blocks.epoch = epoch;
    }
    blocks.entries[(page / kPageBytes) % 64] = BlockCacheEntry{
        hiddenAddress(page), static_cast<uint32_t>(objectBytes),
        static_cast<uint32_t>(((uint64_t(1) << 32) + objectBytes - 1) / objectBytes)};
  }
  return header;
}

} // namespace

ObjectHeader *objectOfSlow(uintptr_t address) noexcept {
  // A block cache hit needs no thread registration: only objectByCollector,
  // which registers the thread, fills this thread's cache.
  uint64_t epoch = heapEpoch.load(std::memory_order_relaxed);
  switch (blockCacheVerdict(address, epoch)) {
  case BlockVerdict::Object:
    rememberValidated(address, epoch);
    return reinterpret_cast<ObjectHeader *>(address);
  case BlockVerdict::NotObject:
    return nullptr;
  case BlockVerdict::Unknown:
    break;
  }
  return objectByCollector(address, epoch);
}

void enableBlockCache() noexcept {
  // Objects of 3000 bytes are small objects with one per block when blocks
  // are 4 KiB, so each starts on a page; with 8 KiB blocks every second one
  // would sit 3 KiB into its block, and with 2 KiB blocks they are large
  // objects aligned to 2 KiB (16 page-aligned ones by chance: 1 in 65536).
  bool pageBlocks = true;
  for (int i = 0; i < 16 && pageBlocks; ++i) {
    void *probe = GC_malloc_atomic(3000);
    pageBlocks = probe && reinterpret_cast<uintptr_t>(probe) % kPageBytes == 0;
  }
  blockCacheEnabled = pageBlocks;
}

} // namespace detail

uint64_t nextObjectSerial() noexcept {
  // The cursor of the current task, not of the thread: a task that parks and
  // resumes elsewhere keeps numbering from its own block. A leaf that cannot
  // park, not inlined into its callers: it may read the slot directly
  // (task_context.h).
  TaskContext *task = detail::tlsCurrentTask;
  if (!task) [[unlikely]]
    task = currentTask();
  SerialCursor &cursor = task->serials;
  if (cursor.next == cursor.end) [[unlikely]] {
    cursor.next = nextSerialBlock.fetch_add(kSerialBlock, std::memory_order_relaxed);
    cursor.end = cursor.next + kSerialBlock;
  }
  return cursor.next++;
}

const char *kindName(Kind kind) noexcept {
  switch (kind) {
  case Kind::String:
    return "string";
  case Kind::Array:
    return "array";
  case Kind::Tuple:
    return "tuple";
  case Kind::Dict:
    return "dict";
  case Kind::Object:
    return "object";
  case Kind::Closure:
    return "closure";
  case Kind::Enum:
    return "enum";
  case Kind::Unique:
    return "unique";
  case Kind::RawBlock:
    return "raw block";
  case Kind::Future:
    return "future";
  case Kind::Generator:
    return "generator";
  case Kind::Channel:
    return "channel";
  case Kind::Actor:
    return "actor";
  case Kind::File:
    return "file";
  }
  return "unknown";
}

} // namespace simple::rt
