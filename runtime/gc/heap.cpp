#include "gc/heap.h"

#include <atomic>

namespace simple::rt {
namespace {

constexpr uint64_t kSerialBlock = 256;
std::atomic<uint64_t> nextSerialBlock{1};

struct SerialCursor {
  uint64_t next = 0;
  uint64_t end = 0;
};
thread_local SerialCursor tlsSerial;

} // namespace

namespace detail {

// Entries hold addresses bit-inverted (hiddenAddress), so that the
// collector, which scans thread-local storage conservatively, never mistakes
// the cache for a reference and keeps a dead object alive. Empty entries hold
// 1, which no inverted 16-aligned address equals.
constinit thread_local ValidationCache tlsValidationCache = {0, {1, 1, 1, 1}};
std::atomic<uint64_t> heapEpoch{1};

ObjectHeader *objectOfSlow(uintptr_t address) noexcept {
  ensureThreadRegistered();
  void *pointer = reinterpret_cast<void *>(address);
  if (address == 0 || GC_base(pointer) != pointer)
    return nullptr;
  auto *header = static_cast<ObjectHeader *>(pointer);
  if (header->magic != kObjectMagic)
    return nullptr;
  ValidationCache &cache = tlsValidationCache;
  uint64_t epoch = heapEpoch.load(std::memory_order_relaxed);
  if (cache.epoch != epoch) {
    cache = ValidationCache{epoch, {1, 1, 1, 1}};
  }
  cache.addresses[(address >> 4) & 3] = hiddenAddress(address);
  return header;
}

} // namespace detail

uint64_t nextObjectSerial() noexcept {
  SerialCursor &cursor = tlsSerial;
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
