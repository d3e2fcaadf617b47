#include "data/dict.h"

#include "data/string.h"
#include "value/equality.h"
#include "value/hashing.h"

#include <gc.h>

#include <algorithm>
#include <bit>
#include <cstring>
#include <new>

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

/// Builds a table of `capacity` slots holding the live entries of the
/// current one and publishes it; false when the heap is exhausted (the dict
/// is then unchanged). The caller holds the lock.
bool rebuild(Dict *dict, uint64_t capacity) noexcept {
  if (capacity > kMaximumCapacity)
    return false;
  uint64_t maxUsed = maxUsedFor(capacity);
  size_t bytes =
      sizeof(DictTable) + capacity + capacity * sizeof(DictSlot) + maxUsed * sizeof(uint32_t);
  auto *table = static_cast<DictTable *>(allocateScanned(bytes));
  if (!table)
    return false;
  table->mask = capacity - 1;
  table->maxUsed = static_cast<uint32_t>(maxUsed);
  uint8_t *control = table->control();
  DictSlot *slots = table->slots();
  uint32_t *order = table->order();
  std::memset(control, kControlEmpty, capacity);
  // The old table changes only under the lock this thread holds: plain
  // reads. The new one is private until published.
  const DictTable *old = dict->table;
  const uint8_t *oldControl = old->control();
  const DictSlot *oldSlots = old->slots();
  const uint32_t *oldOrder = old->order();
  uint32_t used = 0;
  for (uint32_t i = 0; i < old->used; ++i) {
    uint32_t from = oldOrder[i];
    if (oldControl[from] == kControlDeleted)
      continue;
    const DictSlot &slot = oldSlots[from];
    uint64_t to = findEmpty(control, capacity, slot.hash);
    control[to] = h2Of(slot.hash);
    slots[to] = slot;
    order[used++] = static_cast<uint32_t>(to);
  }
  table->used = used;
  publishShared(&dict->table, table);
  return true;
}

} // namespace

namespace detail {

EmptyDictTable kEmptyTable = {{kGroupWidth - 1, 0, 0},
                              {kControlEmpty, kControlEmpty, kControlEmpty, kControlEmpty,
                               kControlEmpty, kControlEmpty, kControlEmpty, kControlEmpty,
                               kControlEmpty, kControlEmpty, kControlEmpty, kControlEmpty,
                               kControlEmpty, kControlEmpty, kControlEmpty, kControlEmpty}};

constinit Dict kNoDict = {ObjectHeader{Kind::Dict, 0, 0, 0, 0}, SequenceLock{},
                          &kEmptyTable.header};

[[gnu::tls_model("initial-exec")]] constinit thread_local RecentDicts tlsRecentDicts = {&kNoDict,
                                                                                        &kNoDict};
constinit thread_local LastDictRoot tlsLastDictRoot = LastDictRoot::NotYet;

namespace {

/// Removes the thread's tlsRecentDicts root when the thread exits (before its
/// thread-local storage is released). Armed by makeLastDictARoot.
struct LastDictRootRemover {
  ~LastDictRootRemover() {
    tlsRecentDicts = {&kNoDict, &kNoDict};
    tlsLastDictRoot = LastDictRoot::Removed;
    GC_remove_roots(&tlsRecentDicts, &tlsRecentDicts + 1);
  }
};

} // namespace

bool makeLastDictARoot() noexcept {
  if (tlsLastDictRoot == LastDictRoot::Removed)
    return false;
  static thread_local LastDictRootRemover remover; // destroyed at thread exit
  (void)remover;
  GC_add_roots(&tlsRecentDicts, &tlsRecentDicts + 1);
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
  new (&dict->lock) SequenceLock();
  dict->table = &detail::kEmptyTable.header;
  if (capacity > 0) {
    uint64_t slots = kMinimumCapacity;
    while (maxUsedFor(slots) < capacity)
      slots *= 2;
    if (!rebuild(dict, slots))
      return nullptr;
  }
  return dict;
}

bool dictFind(Dict *dict, RtValue key, RtValue &value) noexcept {
  uint64_t hash = keyHash(key);
  struct Found {
    bool present;
    RtValue value;
  };
  Found found = readConsistently(dict->lock, [dict, key, hash]() -> Found {
    const DictTable *table = dict->currentTable();
    int64_t position = tableFindPosition(table, key, hash);
    if (position < 0)
      return {false, RT_NIL};
    return {true, loadShared(&table->slots()[position].value)};
  });
  value = found.value;
  return found.present;
}

bool dictSet(Dict *dict, RtValue key, RtValue value) noexcept {
  uint64_t hash = keyHash(key); // outside the lock: a string hashes its bytes once
  WriteGuard guard(dict->lock);
  DictTable *table = dict->table;
  int64_t found = tableFindPosition(table, key, hash);
  if (found >= 0) {
    storeShared(&table->slots()[found].value, value);
    return true;
  }
  if (table->used == table->maxUsed) [[unlikely]] {
    if (!rebuild(dict, capacityFor(dict->header.size)))
      return false;
    table = dict->table;
  }
  detail::addEntryLocked(dict, table, findEmpty(table->control(), table->capacity(), hash), key,
                         value, hash);
  return true;
}

bool dictRemove(Dict *dict, RtValue key, RtValue &removed) noexcept {
  uint64_t hash = keyHash(key);
  WriteGuard guard(dict->lock);
  DictTable *table = dict->table;
  int64_t position = tableFindPosition(table, key, hash);
  if (position < 0)
    return false;
  DictSlot &slot = table->slots()[position];
  removed = slot.value;
  storeShared(&table->control()[position], kControlDeleted);
  // Keep neither alive.
  storeShared(&slot.key, RT_NIL);
  storeShared(&slot.value, RT_NIL);
  storeShared(&slot.hash, uint64_t(0));
  storeShared(&dict->header.size, dict->header.size - 1);
  return true;
}

void dictClear(Dict *dict) noexcept {
  WriteGuard guard(dict->lock);
  storeShared(&dict->header.size, uint64_t(0));
  publishShared(&dict->table, &detail::kEmptyTable.header);
}

DictSnapshot snapshotDict(Dict *dict) noexcept {
  return readConsistently(dict->lock, [dict]() -> DictSnapshot {
    const DictTable *table = dict->currentTable();
    uint32_t used = std::min(loadShared(&table->used), table->maxUsed);
    if (used == 0)
      return {nullptr, 0, false};
    auto *entries = static_cast<RtValue *>(allocateScanned(2 * used * sizeof(RtValue)));
    if (!entries)
      return {nullptr, 0, true};
    const uint8_t *control = table->control();
    const DictSlot *slots = table->slots();
    const uint32_t *order = table->order();
    size_t count = 0;
    for (uint32_t i = 0; i < used; ++i) {
      uint32_t position = loadShared(&order[i]);
      if (position > table->mask || loadShared(&control[position]) == kControlDeleted)
        continue;
      entries[2 * count] = loadShared(&slots[position].key);
      entries[2 * count + 1] = loadShared(&slots[position].value);
      ++count;
    }
    return {entries, count, false};
  });
}

} // namespace simple::rt
