// Arrays: growable vectors of values, safe to share between threads.
//
// Layout: the header (size = length), the container's sequence lock and a
// pointer to separately allocated storage (GC_malloc, scanned): its capacity,
// then the items. The array keeps its identity while the storage is
// replaced. Storage grows by doubling (at least 4 items), so pushes are
// amortised O(1) with no upper bound but memory.
//
// Sharing (sync/sequence_lock.h has the protocol): every call that changes an
// array holds its lock; every call that only reads it reads optimistically
// and validates the sequence. What keeps a torn read safe:
//   - Storage is never freed or shrunk in place: growth and clear publish
//     new storage (a release store) and leave the old one to the collector,
//     which keeps it alive while any reader still points into it.
//   - A storage's capacity never changes, so a reader bounds its index by
//     the capacity of the storage it loaded, or by a length it validated
//     together with that storage.
//   - Items are read and written with single-word atomic accesses.
// So two concurrent pushes both land, and a read during a growth sees the
// array before or after it, never a mix.
#ifndef SIMPLE_RT_DATA_ARRAY_H
#define SIMPLE_RT_DATA_ARRAY_H

#include "gc/heap.h"
#include "sync/sequence_lock.h"
#include "sync/shared_words.h"

namespace simple::rt {

/// An array's items. Immutable capacity; the items change in place under the
/// array's lock.
struct ArrayStorage {
  uint64_t capacity;
  RtValue items[];
};

struct Array {
  static constexpr Kind kKind = Kind::Array;
  ObjectHeader header; ///< size = length (written under the lock)
  SequenceLock lock;
  ArrayStorage *storage; ///< never null: kNoArrayStorage while empty

  /// The length at this moment (an atomic read).
  size_t length() const noexcept { return loadShared(&header.size); }
  /// The storage at this moment, its contents visible.
  ArrayStorage *currentStorage() const noexcept { return loadPublished(&storage); }
};
static_assert(sizeof(Array) == 32);

/// The storage of arrays that have none: capacity 0, never written.
extern ArrayStorage kNoArrayStorage;

/// An empty array with room for `capacity` items; nullptr when the heap is
/// exhausted.
Array *newArray(size_t capacity) noexcept;

/// A private copy of an array's items taken at one moment (an atomic read of
/// the whole array): `items` is GC memory (scanned) or null when `count` is 0.
struct ArraySnapshot {
  RtValue *items;
  size_t count;
  bool outOfMemory;
};
ArraySnapshot snapshotArray(Array *array) noexcept;

/// The item at `index` (< the length it had), read atomically; false when the
/// array has fewer items now.
bool readArrayItem(Array *array, size_t index, RtValue &item) noexcept;

/// Whether an item equals `v` (value equality), over the items of one
/// moment. Never allocates.
bool arrayContains(Array *array, RtValue v) noexcept;

// The mutating operations below take the array's lock themselves.

/// Appends v; false when the heap is exhausted.
bool pushArray(Array *array, RtValue v) noexcept;

/// Replaces the item at `index` (negative counts from the end). Fails with
/// the length it saw when the index is out of range.
enum class ArrayUpdate { Done, OutOfRange, OutOfMemory };
ArrayUpdate setArrayItem(Array *array, int64_t index, RtValue v, size_t &length) noexcept;

/// Inserts v before position `index`: 0..length, negative counting from the
/// end (so -1 inserts before the last item).
ArrayUpdate insertIntoArray(Array *array, int64_t index, RtValue v, size_t &length) noexcept;

/// Removes and returns the item at `index` (negative counts from the end).
ArrayUpdate removeFromArray(Array *array, int64_t index, RtValue &removed, size_t &length) noexcept;

/// Removes and returns the last item; false when the array is empty.
bool popArray(Array *array, RtValue &removed) noexcept;

/// Drops every item and the storage.
void clearArray(Array *array) noexcept;

/// Copies `count` values to the end (one atomic append); false when the heap
/// is exhausted.
bool appendToArray(Array *array, const RtValue *values, size_t count) noexcept;

} // namespace simple::rt

#endif // SIMPLE_RT_DATA_ARRAY_H
