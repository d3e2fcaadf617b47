// Dicts: hash maps from values to values, iterated in insertion order.
//
// The design is CPython's compact dict:
//   - `entries` is an insertion-ordered array of {hash, key, value}
//     (GC_malloc: it holds values). A removed entry stays as a hole whose key
//     is kDeletedKey (bits that are no value, so no lookup matches them) until
//     the next rebuild.
//   - `index` is an open-addressing table of 64-bit slots (GC_malloc_atomic:
//     no pointers), probed linearly from hash & mask. A slot is 0 (empty),
//     1 (tombstone of a removed entry) or (hash >> 32) << 32 | (entry + 2):
//     the high half of the hash is a tag, so a probe rejects almost every
//     foreign slot without touching the entries, and a miss usually reads a
//     single cache line of the index.
//   - At most 2/3 of the index slots are ever non-empty: the entries array
//     holds exactly 2/3 of the index size and every insertion uses one entry.
//     When the entries are used up, the dict is rebuilt into an index of the
//     smallest power of two >= 2 * live + 2 (min 8): that doubles a growing
//     dict, compacts one with many holes in place, and shrinks a dict that
//     lost most of its keys. Every rebuild follows at least (capacity / 3)
//     insertions, so insertion is amortised O(1), and nothing ever scans.
//   - The full 64-bit hash is kept in the entry: rebuilding never rehashes a
//     key, and lookups compare it before comparing keys.
//   - Key comparison: identical bits first (ints, interned strings, the same
//     object), then valuesEqual for numbers of different tags, strings
//     (whose hashes are cached in the string) and tuples.
//
// Keys must not change while in a dict (only tuples are mutable and compared
// by content). Dicts are not synchronised.
#ifndef SIMPLE_RT_DATA_DICT_H
#define SIMPLE_RT_DATA_DICT_H

#include "gc/heap.h"

namespace simple::rt {

struct DictEntry {
  uint64_t hash;
  RtValue key;
  RtValue value;
};

struct Dict {
  static constexpr Kind kKind = Kind::Dict;
  ObjectHeader header; ///< size = live entries
  DictEntry *entries;  ///< entryCapacity entries, `used` of them written
  uint64_t *index;     ///< indexMask + 1 slots, or nullptr while empty
  uint64_t indexMask;  ///< 0 while index is nullptr
  uint32_t used;       ///< entries written, live or removed
  uint32_t entryCapacity;

  size_t length() const noexcept { return header.size; }
};

/// Marks a removed entry (a tag-7 pattern: never a value).
inline constexpr RtValue kDeletedKey = 0x7;

/// Largest capacity hint of rt_dict_new.
inline constexpr int64_t kMaxDictCapacity = int64_t(1) << 30;

/// An empty dict with room for `capacity` entries; nullptr when the heap is
/// exhausted.
Dict *newDict(size_t capacity) noexcept;

/// The value of key, or false when absent. key must be a valid value.
bool dictFind(Dict *dict, RtValue key, RtValue &value) noexcept;

/// Inserts or overwrites; false when the heap is exhausted (or the dict
/// would exceed 2^32 - 3 entries). key and value must be valid values.
bool dictSet(Dict *dict, RtValue key, RtValue value) noexcept;

/// Removes key; false when absent (removed gets its value otherwise).
bool dictRemove(Dict *dict, RtValue key, RtValue &removed) noexcept;

/// Drops every entry and the storage.
void dictClear(Dict *dict) noexcept;

/// Calls visit(key, value) for each live entry in insertion order.
template <class Visit> void forEachEntry(Dict *dict, Visit visit) {
  for (uint32_t i = 0; i < dict->used; ++i) {
    DictEntry &entry = dict->entries[i];
    if (entry.key != kDeletedKey)
      visit(entry.key, entry.value);
  }
}

} // namespace simple::rt

#endif // SIMPLE_RT_DATA_DICT_H
