#include "data/dict.h"

#include "data/string.h"
#include "value/equality.h"
#include "value/hashing.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace simple::rt {
namespace {

constexpr uint64_t kEmptySlot = 0;
constexpr uint64_t kTombstone = 1;
constexpr uint64_t kMinimumIndexSize = 8;
constexpr uint64_t kMaximumEntries = (uint64_t(1) << 32) - 3;

inline uint64_t slotFor(uint64_t hash, uint32_t entry) noexcept {
  return (hash & 0xFFFFFFFF00000000ull) | (uint64_t(entry) + 2);
}
inline uint32_t entryOfSlot(uint64_t slot) noexcept { return uint32_t(slot) - 2; }
inline uint64_t entriesFor(uint64_t indexSize) noexcept { return indexSize * 2 / 3; }

/// The hash of a key; strings use their cached hash without the generic
/// dispatch.
inline uint64_t keyHash(RtValue key) noexcept {
  if (rt_is_int(key))
    return hashInt(rt_decode_int(key));
  if (rt_is_heap(key)) {
    ObjectHeader *object = trustedObject(key);
    if (object->kind == Kind::String)
      return stringHash(reinterpret_cast<String *>(object));
  }
  return hashValue(key);
}

/// Whether a stored key equals `key` (whose hashes are already equal).
inline bool keysEqual(RtValue stored, RtValue key) noexcept {
  if (stored == key)
    return true;
  // Two ints, or two specials, with different bits differ.
  unsigned tag = rt_tag_of(stored);
  if (tag == rt_tag_of(key) && (tag == RT_TAG_INT || tag == RT_TAG_SPECIAL))
    return false;
  if (rt_is_heap(stored) && rt_is_heap(key)) {
    ObjectHeader *a = trustedObject(stored), *b = trustedObject(key);
    if (a->kind == Kind::String && b->kind == Kind::String)
      return stringsEqual(reinterpret_cast<String *>(a), reinterpret_cast<String *>(b));
  }
  return valuesEqual(stored, key);
}

/// The index slot position holding key, or -1.
inline int64_t findSlot(const Dict *dict, RtValue key, uint64_t hash) noexcept {
  const uint64_t *index = dict->index;
  if (!index)
    return -1;
  uint64_t mask = dict->indexMask;
  uint64_t tag = hash >> 32;
  for (uint64_t position = hash & mask;; position = (position + 1) & mask) {
    uint64_t slot = index[position];
    if (slot == kEmptySlot)
      return -1;
    if ((slot >> 32) == tag && slot != kTombstone) {
      const DictEntry &entry = dict->entries[entryOfSlot(slot)];
      if (entry.hash == hash && keysEqual(entry.key, key)) [[likely]]
        return static_cast<int64_t>(position);
    }
  }
}

/// Puts `entry` into the first empty slot of its probe sequence (rebuilds
/// only: the index has no tombstones then).
inline void placeInIndex(uint64_t *index, uint64_t mask, uint64_t hash, uint32_t entry) noexcept {
  uint64_t position = hash & mask;
  while (index[position] != kEmptySlot)
    position = (position + 1) & mask;
  index[position] = slotFor(hash, entry);
}

/// The index size for a rebuild that must hold `live` entries.
inline uint64_t indexSizeFor(uint64_t live) noexcept {
  return std::bit_ceil(std::max<uint64_t>(kMinimumIndexSize, 2 * live + 2));
}

/// Rebuilds the dict's live entries into an index of indexSize slots; false
/// when the heap is exhausted (the dict is then unchanged).
bool rebuild(Dict *dict, uint64_t indexSize) noexcept {
  uint64_t entryCapacity = entriesFor(indexSize);
  if (entryCapacity > kMaximumEntries)
    return false;
  auto *entries = static_cast<DictEntry *>(allocateScanned(entryCapacity * sizeof(DictEntry)));
  if (!entries)
    return false;
  auto *index = static_cast<uint64_t *>(allocateAtomic(indexSize * sizeof(uint64_t)));
  if (!index)
    return false;
  std::memset(index, 0, indexSize * sizeof(uint64_t));
  uint64_t mask = indexSize - 1;
  uint32_t count = 0;
  for (uint32_t i = 0; i < dict->used; ++i) {
    const DictEntry &entry = dict->entries[i];
    if (entry.key == kDeletedKey)
      continue;
    entries[count] = entry;
    placeInIndex(index, mask, entry.hash, count);
    ++count;
  }
  dict->entries = entries;
  dict->index = index;
  dict->indexMask = mask;
  dict->used = count;
  dict->entryCapacity = static_cast<uint32_t>(entryCapacity);
  return true;
}

} // namespace

Dict *newDict(size_t capacity) noexcept {
  auto *dict = static_cast<Dict *>(allocateScanned(sizeof(Dict)));
  if (!dict)
    return nullptr;
  initHeader(&dict->header, Kind::Dict, 0);
  dict->entries = nullptr;
  dict->index = nullptr;
  dict->indexMask = 0;
  dict->used = 0;
  dict->entryCapacity = 0;
  if (capacity > 0) {
    uint64_t indexSize = kMinimumIndexSize;
    while (entriesFor(indexSize) < capacity)
      indexSize *= 2;
    if (!rebuild(dict, indexSize))
      return nullptr;
  }
  return dict;
}

bool dictFind(Dict *dict, RtValue key, RtValue &value) noexcept {
  if (dict->header.size == 0)
    return false;
  int64_t position = findSlot(dict, key, keyHash(key));
  if (position < 0)
    return false;
  value = dict->entries[entryOfSlot(dict->index[position])].value;
  return true;
}

bool dictSet(Dict *dict, RtValue key, RtValue value) noexcept {
  uint64_t hash = keyHash(key);
  uint64_t *index = dict->index;
  if (index) {
    uint64_t mask = dict->indexMask;
    uint64_t tag = hash >> 32;
    int64_t firstTombstone = -1;
    uint64_t position = hash & mask;
    for (;; position = (position + 1) & mask) {
      uint64_t slot = index[position];
      if (slot == kEmptySlot)
        break;
      if (slot == kTombstone) {
        if (firstTombstone < 0)
          firstTombstone = static_cast<int64_t>(position);
        continue;
      }
      if ((slot >> 32) == tag) {
        DictEntry &entry = dict->entries[entryOfSlot(slot)];
        if (entry.hash == hash && keysEqual(entry.key, key)) {
          entry.value = value;
          return true;
        }
      }
    }
    if (dict->used < dict->entryCapacity) [[likely]] {
      uint32_t entry = dict->used++;
      dict->entries[entry] = DictEntry{hash, key, value};
      index[firstTombstone >= 0 ? static_cast<uint64_t>(firstTombstone) : position] =
          slotFor(hash, entry);
      ++dict->header.size;
      return true;
    }
  }
  if (!rebuild(dict, indexSizeFor(dict->header.size + 1)))
    return false;
  uint32_t entry = dict->used++;
  dict->entries[entry] = DictEntry{hash, key, value};
  placeInIndex(dict->index, dict->indexMask, hash, entry);
  ++dict->header.size;
  return true;
}

bool dictRemove(Dict *dict, RtValue key, RtValue &removed) noexcept {
  if (dict->header.size == 0)
    return false;
  int64_t position = findSlot(dict, key, keyHash(key));
  if (position < 0)
    return false;
  DictEntry &entry = dict->entries[entryOfSlot(dict->index[position])];
  removed = entry.value;
  entry.key = kDeletedKey; // hash stays: rebuilds skip the entry anyway
  entry.value = RT_NIL;    // do not keep the value alive
  dict->index[position] = kTombstone;
  --dict->header.size;
  return true;
}

void dictClear(Dict *dict) noexcept {
  dict->entries = nullptr;
  dict->index = nullptr;
  dict->indexMask = 0;
  dict->used = 0;
  dict->entryCapacity = 0;
  dict->header.size = 0;
}

} // namespace simple::rt
