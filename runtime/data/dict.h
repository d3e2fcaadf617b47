// Dicts: hash maps from values to values, iterated in insertion order.
//
// The table is a SwissTable (as absl::flat_hash_map) with an insertion-order
// array beside it:
//   - `control` has one byte per slot: kEmpty, kDeleted, or H2, the top byte
//     of the key's hash capped below them (254 tags where absl keeps 7 bits:
//     a lookup of an absent key then reads a slot after a false tag match
//     half as often, and that read - a cache miss in a large dict - was 40%
//     of the time of such a lookup). Slots are probed 16 at a time (one SSE2 compare
//     per group) along a triangular sequence of 16-aligned groups starting at
//     hash & mask. A lookup stops at the first group that holds an empty
//     byte, so a miss usually reads one 16-byte group of a table 1/24 the
//     size of the slots: that is what keeps misses cheap when the slots do not
//     fit in the cache. GC_malloc_atomic (no pointers).
//   - `slots` holds {key, value, hash} (GC_malloc: scanned). A hit reads the
//     group and one slot. The full hash in the slot rejects the 1-in-254 H2
//     false positives without following a key pointer (a string key lives in
//     its own object, one more cache miss away), and rebuilds never rehash. A new key takes the
//     first empty slot of its group at or after its own hash position, so lookups can prefetch that
//     slot while the control bytes load.
//   - `order` lists slot positions in insertion order (GC_malloc_atomic).
//     Iteration walks it and skips positions whose control byte is kDeleted.
//     That is sound because a deleted slot is never reused before the next
//     rebuild (insertion takes the first empty slot only), so an order entry
//     can never point at a slot that now holds another key.
//   - `used` counts order entries, live or removed; it never exceeds
//     maxUsed = 7/8 of the slots, so every probe sequence meets an empty
//     byte. When it would, the table is rebuilt for the live entries at a
//     load of at most 7/16: a growing dict doubles, one that lost many keys
//     is compacted or shrinks. Every rebuild follows at least (capacity * 7/16)
//     insertions, so insertion is amortised O(1), and no operation scans.
//   - Key comparison: identical bits first, then - for a key of another tag
//     or a heap key - valuesEqual (numbers by value, strings by bytes, tuples
//     element-wise).
//   - Lookups of ints and of strings shorter than 64 bytes (compared word by
//     word) run without calls (rt_dict_get's fast paths): with no call in
//     the way the processor overlaps the cache misses of several lookups,
//     which is most of their cost in a large dict.
//
// Keys must not change while in a dict (only tuples are mutable and compared
// by content).
//
// Storage: the control bytes, the slots and the order array live in one
// table allocation (GC_malloc: scanned) behind a 16-byte table header that
// holds the mask and the counts; the dict points to its table. A table's
// capacity never changes: a rebuild builds a new table and publishes it whole.
//
// Sharing (sync/sequence_lock.h has the protocol): every call that changes a
// dict holds its lock; lookups read optimistically and validate the
// sequence. What keeps a torn lookup safe:
//   - The table a reader loaded stays alive (the collector sees the reader's
//     pointer) and keeps its shape: mask, control, slots and order are
//     consistent with each other whatever a writer does meanwhile.
//   - A writer fills a slot before it stores the slot's control byte, and
//     every word readers load is stored atomically; a half-written entry
//     fails the key comparison or the validation, never a memory access.
//   - In place, control bytes only change from empty to a tag (insertion,
//     while used < maxUsed) and from a tag to deleted (removal), so at every
//     moment at least capacity - maxUsed bytes are empty and every probe
//     sequence still ends.
// So two threads setting keys both land, and a lookup during a rebuild sees
// the dict before or after the insertion that caused it.
#ifndef SIMPLE_RT_DATA_DICT_H
#define SIMPLE_RT_DATA_DICT_H

#include "data/string.h"
#include "gc/heap.h"
#include "sync/sequence_lock.h"
#include "sync/shared_words.h"
#include "value/hashing.h"

#include <algorithm>
#include <bit>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace simple::rt {

struct DictSlot {
  RtValue key;
  RtValue value;
  uint64_t hash; ///< the key's full hash
};

/// A dict's storage: this header, then `capacity` control bytes, `capacity`
/// slots and `maxUsed` order entries, in one allocation.
struct DictTable {
  uint64_t mask;    ///< capacity - 1; the capacity is a power of two >= 16
  uint32_t used;    ///< order entries written (changes in place, under the lock)
  uint32_t maxUsed; ///< 7/8 of the capacity; 0 for the table of empty dicts

  uint64_t capacity() const noexcept { return mask + 1; }
  uint8_t *control() noexcept { return reinterpret_cast<uint8_t *>(this + 1); }
  const uint8_t *control() const noexcept { return reinterpret_cast<const uint8_t *>(this + 1); }
  DictSlot *slots() noexcept { return reinterpret_cast<DictSlot *>(control() + capacity()); }
  const DictSlot *slots() const noexcept {
    return reinterpret_cast<const DictSlot *>(control() + capacity());
  }
  uint32_t *order() noexcept { return reinterpret_cast<uint32_t *>(slots() + capacity()); }
  const uint32_t *order() const noexcept {
    return reinterpret_cast<const uint32_t *>(slots() + capacity());
  }
};
static_assert(sizeof(DictTable) == 16, "the control bytes start 16-aligned");

struct Dict {
  static constexpr Kind kKind = Kind::Dict;
  ObjectHeader header; ///< size = live entries (written under the lock)
  SequenceLock lock;
  DictTable *table; ///< never null: the static empty table while the dict has no storage

  /// The number of entries at this moment (an atomic read).
  size_t length() const noexcept { return loadShared(&header.size); }
  /// The table at this moment, its contents visible.
  DictTable *currentTable() const noexcept { return loadPublished(&table); }
};
static_assert(sizeof(Dict) == 32);

inline constexpr uint8_t kControlEmpty = 0xFF;
inline constexpr uint8_t kControlDeleted = 0xFE;

/// Largest capacity hint of rt_dict_new.
inline constexpr int64_t kMaxDictCapacity = int64_t(1) << 26;

/// An empty dict with room for `capacity` entries; nullptr when the heap is
/// exhausted.
Dict *newDict(size_t capacity) noexcept;

namespace detail {

inline constexpr uint64_t kGroupWidth = 16;

/// The table of a dict without storage: one group of control bytes, all
/// empty, and maxUsed 0, so lookups need no special case and insertions
/// rebuild first. Never written.
struct EmptyDictTable {
  alignas(16) DictTable header;
  uint8_t control[kGroupWidth];
};
extern EmptyDictTable kEmptyTable;

/// The last two dicts this thread validated: the fast paths of rt_dict_get/
/// set compare their argument with `last` instead of checking the object,
/// and a program that works on two dicts in turn swaps `previous` in with
/// one more compare (dict_abi.cpp).
///
/// GC invariant: a remembered dict is live and a dict. Both slots are a
/// collector root (registered before the thread's first remember, removed
/// at thread exit), so a dict cannot be collected while it is remembered,
/// and nothing frees a dict explicitly (rt_free takes rt_alloc blocks only).
/// The cost is that each thread keeps its last two dicts alive until it
/// uses others. While a slot remembers none, it holds kNoDict.
///
/// Per thread, not per task, on purpose: it states a fact about the heap
/// ("this dict is live"), which holds on whatever thread reads it; no call
/// parks between remembering a dict and using it (DESIGN.md, "State that
/// belongs to a task").
///
/// Initial-exec: one %fs-relative load on the fast paths (a TLS descriptor
/// costs three instructions and a stack frame there). It takes 16 bytes of
/// the static TLS block, which glibc keeps spare for libraries loaded with
/// dlopen as well.
struct RecentDicts {
  Dict *last;
  Dict *previous;
};
[[gnu::tls_model("initial-exec")]] extern constinit thread_local RecentDicts tlsRecentDicts;
/// Whether this thread's tlsRecentDicts is a collector root: not yet, yes,
/// or no longer (the thread is exiting; nothing is remembered from then on).
enum class LastDictRoot : uint8_t { NotYet, Registered, Removed };
extern constinit thread_local LastDictRoot tlsLastDictRoot;

/// What tlsRecentDicts holds while a thread remembers no dict: a static dict
/// without storage (and without the live-object magic). A caller whose
/// garbage argument happens to equal its tagged address gets an empty dict
/// from rt_dict_get, and rt_dict_set, which needs room, takes the checked
/// path and is refused; nothing faults.
extern constinit Dict kNoDict;

/// Registers this thread's tlsRecentDicts as a root until the thread exits;
/// false once the thread's exit has removed it.
bool makeLastDictARoot() noexcept;

/// The dict a dict value points to, without checks (untagging is a
/// subtraction the compiler folds into the field offsets).
inline Dict *rememberedDict(RtValue v) noexcept {
  return reinterpret_cast<Dict *>(static_cast<uintptr_t>(v) - RT_TAG_HEAP);
}

/// Whether v is the last dict this thread validated.
inline bool isLastDict(RtValue v) noexcept { return rememberedDict(v) == tlsRecentDicts.last; }

/// Remembers a validated dict (v must be a live dict) as the last one; the
/// last one so far becomes the previous one.
inline void rememberDict(RtValue v) noexcept {
  if (tlsLastDictRoot != LastDictRoot::Registered && !makeLastDictARoot()) [[unlikely]]
    return;
  RecentDicts &recent = tlsRecentDicts;
  Dict *dict = rememberedDict(v);
  if (recent.last != dict) {
    recent.previous = recent.last;
    recent.last = dict;
  }
}

/// Makes v the last dict if it is the previous one (it is then known to be
/// a live dict); false otherwise.
inline bool recallPreviousDict(RtValue v) noexcept {
  RecentDicts &recent = tlsRecentDicts;
  Dict *dict = rememberedDict(v);
  if (dict != recent.previous || dict == &kNoDict)
    return false;
  recent.previous = recent.last;
  recent.last = dict;
  return true;
}

/// The control byte of a key: its hash's top byte, capped below kControlDeleted.
inline uint8_t h2Of(uint64_t hash) noexcept {
  return std::min<uint8_t>(static_cast<uint8_t>(hash >> 56), 0xFD);
}

/// The bit masks of the control bytes of one group that equal the tag of a
/// key with this hash (h2Of) and that are empty, computed together so that
/// no vector register lives on.
struct GroupMasks {
  uint32_t matches;
  uint32_t empties;
};
inline GroupMasks groupMasks(const uint8_t *control, uint64_t hash) noexcept {
#ifdef __SSE2__
  // The tag is made in the vector unit: the hash's top byte in every lane,
  // capped by one unsigned minimum - fewer instructions than h2Of's scalar
  // cap followed by the broadcast.
#ifdef SIMPLE_RT_TSAN
  // Writers change single control bytes atomically while lookups read the
  // group (sync/shared_words.h): ThreadSanitizer checks two atomic 8-byte
  // loads; other builds load the 16 bytes at once (each aligned 8-byte half
  // is single-copy atomic, and the lookup validates its result anyway).
  const auto *halves = reinterpret_cast<const uint64_t *>(control);
  __m128i bytes = _mm_set_epi64x(static_cast<long long>(loadShared(halves + 1)),
                                 static_cast<long long>(loadShared(halves)));
#else
  __m128i bytes = _mm_load_si128(reinterpret_cast<const __m128i *>(control));
#endif
  __m128i tag = _mm_min_epu8(_mm_set1_epi8(static_cast<char>(hash >> 56)),
                             _mm_set1_epi8(static_cast<char>(kControlDeleted - 1)));
  return {static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, tag))),
          static_cast<uint32_t>(_mm_movemask_epi8(
              _mm_cmpeq_epi8(bytes, _mm_set1_epi8(static_cast<char>(kControlEmpty)))))};
#else
  uint8_t h2 = h2Of(hash);
  GroupMasks masks{0, 0};
  for (unsigned i = 0; i < kGroupWidth; ++i) {
    uint8_t byte = loadShared(control + i);
    masks.matches |= uint32_t(byte == h2) << i;
    masks.empties |= uint32_t(byte == kControlEmpty) << i;
  }
  return masks;
#endif
}

/// The probe sequence: 16-aligned groups at triangular offsets, which visit
/// every group of a power-of-two table.
class Probe {
public:
  Probe(uint64_t hash, uint64_t mask) noexcept : mask(mask), at(hash & mask & ~(kGroupWidth - 1)) {}
  uint64_t group() const noexcept { return at; }
  void next() noexcept {
    step += kGroupWidth;
    at = (at + step) & mask;
  }

private:
  uint64_t mask;
  uint64_t at;
  uint64_t step = 0;
};

/// The slot for a new key in a group with empty slots: the first empty one
/// at or after the key's own offset in the group (hash & 15), wrapping.
/// Keys therefore usually sit at their hash position, which lookups
/// prefetch while they load the control bytes: the slot and control loads
/// overlap instead of following each other.
inline unsigned firstEmptyFrom(uint32_t empties, uint64_t hash) noexcept {
  uint32_t fromOffset = empties & (~0u << (hash & (kGroupWidth - 1)));
  return std::countr_zero(fromOffset ? fromOffset : empties);
}

/// Starts loading the slot where the key with this hash most likely is.
inline void prefetchHome(const void *slots, uint64_t hash, uint64_t mask) noexcept {
  // Integer arithmetic: an empty dict has no slots (a prefetch of any
  // address is harmless, pointer arithmetic on null is not).
  __builtin_prefetch(reinterpret_cast<const void *>(reinterpret_cast<uintptr_t>(slots) +
                                                    (hash & mask) * sizeof(DictSlot)));
}

/// The hash of a key that is not an int.
uint64_t keyHashSlow(RtValue key) noexcept;

/// The hash of a key; ints inline.
inline uint64_t keyHash(RtValue key) noexcept {
  return rt_is_int(key) ? hashIntBits(key) : keyHashSlow(key);
}

/// Whether a stored key equals `key` when their bits differ.
bool differentBitsEqual(RtValue stored, RtValue key) noexcept;

/// Whether a stored key equals `key` (their H2 bytes matched).
inline bool keysEqual(RtValue stored, RtValue key) noexcept {
  if (stored == key)
    return true;
  // Two ints with different bits differ; everything else takes the call.
  if (rt_is_int(stored) && rt_is_int(key))
    return false;
  return differentBitsEqual(stored, key);
}

} // namespace detail

namespace detail {

/// Writes a new entry into a slot of a table that lookups may be reading:
/// the slot first, then its control byte (see the protocol above), then the
/// order entry and the counts. The caller holds the lock and has checked
/// that used < maxUsed.
inline void addEntryLocked(Dict *dict, DictTable *table, uint64_t position, RtValue key,
                           RtValue value, uint64_t hash) noexcept {
  DictSlot &slot = table->slots()[position];
  storeShared(&slot.key, key);
  storeShared(&slot.value, value);
  storeShared(&slot.hash, hash);
  storeShared(&table->control()[position], h2Of(hash));
  storeShared(&table->order()[table->used], static_cast<uint32_t>(position));
  storeShared(&table->used, table->used + 1);
  storeShared(&dict->header.size, dict->header.size + 1);
}

} // namespace detail

/// The slot position holding key in `table`, or -1. key must be a valid
/// value. Safe on a table other threads change (reads only; the caller
/// validates what it found, see the protocol above).
inline int64_t tableFindPosition(const DictTable *table, RtValue key, uint64_t hash) noexcept {
  const uint8_t *control = table->control();
  const DictSlot *slots = table->slots();
  // A heap key's slot starts a chain of misses (slot, then key object), so
  // its load starts with the control bytes'. An int key is compared in the
  // slot alone, and there the prefetch costs misses more than it saves hits
  // (measured in tests/bench, BM_Int*_Table).
  if (!rt_is_int(key))
    detail::prefetchHome(slots, hash, table->mask);
  for (detail::Probe probe(hash, table->mask);; probe.next()) {
    detail::GroupMasks masks = detail::groupMasks(control + probe.group(), hash);
    for (uint32_t match = masks.matches; match; match &= match - 1) {
      uint64_t position = probe.group() + std::countr_zero(match);
      const DictSlot &slot = slots[position];
      // Identical bits first: an int key then never reads the slot's hash,
      // which may sit in the next cache line.
      RtValue stored = loadShared(&slot.key);
      if (stored == key || (loadShared(&slot.hash) == hash && detail::keysEqual(stored, key)))
          [[likely]]
        return static_cast<int64_t>(position);
    }
    if (masks.empties) [[likely]]
      return -1;
  }
}

/// What the call-free lookup of a string key found.
enum class StringLookup { Found, Absent, Undecided };

/// Looks up a string key whose hash is known without calls: a lookup that
/// stays short lets the processor overlap the cache misses of several.
/// Undecided when a stored string of the same hash and length is too long
/// to compare word by word; the caller then takes tableFindPosition. Reads
/// only (the caller validates).
inline StringLookup tableFindString(const DictTable *table, const String *string, RtValue key,
                                    uint64_t hash, uint64_t &position) noexcept {
  const uint8_t *control = table->control();
  const DictSlot *slots = table->slots();
  detail::prefetchHome(slots, hash, table->mask);
  for (detail::Probe probe(hash, table->mask);; probe.next()) {
    detail::GroupMasks masks = detail::groupMasks(control + probe.group(), hash);
    for (uint32_t match = masks.matches; match; match &= match - 1) {
      position = probe.group() + std::countr_zero(match);
      const DictSlot &slot = slots[position];
      if (loadShared(&slot.hash) != hash) [[unlikely]]
        continue;
      RtValue stored = loadShared(&slot.key);
      if (stored == key)
        return StringLookup::Found;
      if (!rt_is_heap(stored))
        continue; // only strings equal strings
      const auto *storedString = reinterpret_cast<const String *>(trustedObject(stored));
      if (storedString->header.kind != Kind::String || storedString->length() != string->length())
        continue;
      if (string->length() >= kWordCompareLimit)
        return StringLookup::Undecided;
      if (wordsEqual(storedString, string)) [[likely]]
        return StringLookup::Found;
    }
    if (masks.empties) [[likely]]
      return StringLookup::Absent;
  }
}

/// The value of key, or false when absent: one consistent lookup (see the
/// protocol above). key must be a valid value.
bool dictFind(Dict *dict, RtValue key, RtValue &value) noexcept;

/// Inserts or overwrites; false when the heap is exhausted (or the dict
/// would exceed 2^31 entries). key and value must be valid values. Takes the
/// dict's lock.
bool dictSet(Dict *dict, RtValue key, RtValue value) noexcept;

/// Removes key; false when absent (removed gets its value otherwise). Takes
/// the dict's lock.
bool dictRemove(Dict *dict, RtValue key, RtValue &removed) noexcept;

/// Drops every entry and the storage. Takes the dict's lock.
void dictClear(Dict *dict) noexcept;

/// A private copy of a dict's entries at one moment, in insertion order:
/// `entries` holds key, value, key, value, ... (GC memory, scanned), null
/// when `count` is 0.
struct DictSnapshot {
  RtValue *entries;
  size_t count;
  bool outOfMemory;
};
DictSnapshot snapshotDict(Dict *dict) noexcept;

} // namespace simple::rt

#endif // SIMPLE_RT_DATA_DICT_H
