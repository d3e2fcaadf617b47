#include "data/dict.h"

#include "data/string.h"
#include "value/equality.h"
#include "value/hashing.h"

#include <gc.h>

#include <algorithm>
#include <bit>
#include <cstring>

namespace simple::rt {
namespace {

using detail::GroupMasks;
using detail::groupMasks;
using detail::h2Of;
using detail::keyHash;
using detail::keysEqual;
using detail::kGroupWidth;
using detail::Probe;

constexpr uint64_t kMinimumCapacity = 16;
constexpr uint64_t kMaximumCapacity = uint64_t(1) << 31;

inline uint64_t maxUsedFor(uint64_t capacity) noexcept { return capacity - capacity / 8; }

/// The smallest capacity whose load with `live` entries is at most 7/16, so
/// that at least as many insertions follow before the next rebuild (called
/// with the live count before the insertion that needs the room: a full
/// table of capacity C gives exactly 2C).
inline uint64_t capacityFor(uint64_t live) noexcept {
  return std::bit_ceil(std::max<uint64_t>(kMinimumCapacity, (live * 16 + 6) / 7));
}

/// The first empty slot of hash's probe sequence.
inline uint64_t findEmpty(const uint8_t *control, uint64_t capacity, uint64_t hash) noexcept {
  for (Probe probe(hash, capacity - 1);; probe.next()) {
    if (uint32_t empty = groupMasks(control + probe.group(), hash).empties)
      return probe.group() + detail::firstEmptyFrom(empty, hash);
  }
}
/// Rebuilds the live entries into a table of `capacity` slots; false when
/// the heap is exhausted (the dict is then unchanged).
bool rebuild(Dict *dict, uint64_t capacity) noexcept {
  if (capacity > kMaximumCapacity)
    return false;
  uint64_t maxUsed = maxUsedFor(capacity);
  auto *control = static_cast<uint8_t *>(allocateAtomic(capacity));
  auto *slots = static_cast<DictSlot *>(allocateScanned(capacity * sizeof(DictSlot)));
  auto *order = static_cast<uint32_t *>(allocateAtomic(maxUsed * sizeof(uint32_t)));
  if (!control || !slots || !order)
    return false;
  std::memset(control, kControlEmpty, capacity);
  uint32_t used = 0;
  for (uint32_t i = 0; i < dict->used; ++i) {
    uint32_t from = dict->order[i];
    if (dict->control[from] == kControlDeleted)
      continue;
    const DictSlot &slot = dict->slots[from];
    uint64_t to = findEmpty(control, capacity, slot.hash);
    control[to] = h2Of(slot.hash);
    slots[to] = slot;
    order[used++] = static_cast<uint32_t>(to);
  }
  dict->control = control;
  dict->slots = slots;
  dict->order = order;
  dict->mask = capacity - 1;
  dict->used = used;
  dict->maxUsed = static_cast<uint32_t>(maxUsed);
  return true;
}

} // namespace

namespace detail {

alignas(16) const uint8_t kEmptyGroup[kGroupWidth] = {
    kControlEmpty, kControlEmpty, kControlEmpty, kControlEmpty, kControlEmpty, kControlEmpty,
    kControlEmpty, kControlEmpty, kControlEmpty, kControlEmpty, kControlEmpty, kControlEmpty,
    kControlEmpty, kControlEmpty, kControlEmpty, kControlEmpty};

constinit Dict kNoDict = {ObjectHeader{Kind::Dict, 0, 0, 0, 0},
                          const_cast<uint8_t *>(kEmptyGroup),
                          nullptr,
                          nullptr,
                          kGroupWidth - 1,
                          0,
                          0};

[[gnu::tls_model("initial-exec")]] constinit thread_local Dict *tlsLastDict = &kNoDict;
constinit thread_local LastDictRoot tlsLastDictRoot = LastDictRoot::NotYet;

namespace {

/// Removes the thread's tlsLastDict root when the thread exits (before its
/// thread-local storage is released). Armed by makeLastDictARoot.
struct LastDictRootRemover {
  ~LastDictRootRemover() {
    tlsLastDict = &kNoDict;
    tlsLastDictRoot = LastDictRoot::Removed;
    GC_remove_roots(&tlsLastDict, &tlsLastDict + 1);
  }
};

} // namespace

bool makeLastDictARoot() noexcept {
  if (tlsLastDictRoot == LastDictRoot::Removed)
    return false;
  static thread_local LastDictRootRemover remover; // destroyed at thread exit
  (void)remover;
  GC_add_roots(&tlsLastDict, &tlsLastDict + 1);
  tlsLastDictRoot = LastDictRoot::Registered;
  return true;
}

uint64_t keyHashSlow(RtValue key) noexcept {
  if (rt_is_heap(key)) {
    ObjectHeader *object = trustedObject(key);
    if (object->kind == Kind::String)
      return stringHash(reinterpret_cast<String *>(object));
  }
  return hashValue(key);
}

bool differentBitsEqual(RtValue stored, RtValue key) noexcept {
  unsigned tag = rt_tag_of(stored);
  if (tag == rt_tag_of(key) && tag == RT_TAG_SPECIAL)
    return false;
  if (rt_is_heap(stored) && rt_is_heap(key)) {
    ObjectHeader *a = trustedObject(stored), *b = trustedObject(key);
    if (a->kind == Kind::String && b->kind == Kind::String)
      return stringsEqual(reinterpret_cast<String *>(a), reinterpret_cast<String *>(b));
  }
  return valuesEqual(stored, key);
}

} // namespace detail

Dict *newDict(size_t capacity) noexcept {
  auto *dict = static_cast<Dict *>(allocateScanned(sizeof(Dict)));
  if (!dict)
    return nullptr;
  initHeader(&dict->header, Kind::Dict, 0);
  dictClear(dict);
  if (capacity > 0) {
    uint64_t slots = kMinimumCapacity;
    while (maxUsedFor(slots) < capacity)
      slots *= 2;
    if (!rebuild(dict, slots))
      return nullptr;
  }
  return dict;
}

bool dictSet(Dict *dict, RtValue key, RtValue value) noexcept {
  uint64_t hash = keyHash(key);
  uint8_t h2 = h2Of(hash);
  {
    detail::prefetchHome(dict->slots, hash, dict->mask);
    for (Probe probe(hash, dict->mask);; probe.next()) {
      GroupMasks masks = groupMasks(dict->control + probe.group(), hash);
      for (uint32_t match = masks.matches; match; match &= match - 1) {
        uint64_t position = probe.group() + std::countr_zero(match);
        DictSlot &slot = dict->slots[position];
        if (slot.hash == hash && keysEqual(slot.key, key)) {
          slot.value = value;
          return true;
        }
      }
      if (uint32_t empty = masks.empties) {
        if (dict->used == dict->maxUsed) [[unlikely]]
          break; // rebuild, then insert
        uint64_t position = probe.group() + detail::firstEmptyFrom(empty, hash);
        dict->control[position] = h2;
        dict->slots[position] = DictSlot{key, value, hash};
        dict->order[dict->used++] = static_cast<uint32_t>(position);
        ++dict->header.size;
        return true;
      }
    }
  }
  if (!rebuild(dict, capacityFor(dict->header.size)))
    return false;
  uint64_t position = findEmpty(dict->control, dict->capacity(), hash);
  dict->control[position] = h2;
  dict->slots[position] = DictSlot{key, value, hash};
  dict->order[dict->used++] = static_cast<uint32_t>(position);
  ++dict->header.size;
  return true;
}

bool dictRemove(Dict *dict, RtValue key, RtValue &removed) noexcept {
  int64_t position = dictFindPosition(dict, key);
  if (position < 0)
    return false;
  DictSlot &slot = dict->slots[position];
  removed = slot.value;
  slot = DictSlot{RT_NIL, RT_NIL, 0}; // keep neither alive
  dict->control[position] = kControlDeleted;
  --dict->header.size;
  return true;
}

void dictClear(Dict *dict) noexcept {
  dict->control = const_cast<uint8_t *>(detail::kEmptyGroup); // never written: maxUsed is 0
  dict->slots = nullptr;
  dict->order = nullptr;
  dict->mask = kGroupWidth - 1;
  dict->used = 0;
  dict->maxUsed = 0;
  dict->header.size = 0;
}

} // namespace simple::rt
