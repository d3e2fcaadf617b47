// Arrays: growable vectors of values.
//
// Layout: the header (size = length), the capacity and a pointer to a
// separately allocated item buffer (GC_malloc, scanned), so the array keeps
// its identity while the buffer is replaced. The buffer grows by doubling
// (at least 4 items), so pushes are amortised O(1) with no upper bound but
// memory. A replaced buffer is left to the collector, never freed by hand:
// another thread might still be reading it.
#ifndef SIMPLE_RT_DATA_ARRAY_H
#define SIMPLE_RT_DATA_ARRAY_H

#include "gc/heap.h"

namespace simple::rt {

struct Array {
  static constexpr Kind kKind = Kind::Array;
  ObjectHeader header;
  uint64_t capacity;
  RtValue *items;

  size_t length() const noexcept { return header.size; }
};

/// An empty array with room for `capacity` items; nullptr when the heap is
/// exhausted.
Array *newArray(size_t capacity) noexcept;

/// Makes room for at least `needed` items; false when the heap is exhausted.
bool reserveArray(Array *array, size_t needed) noexcept;

/// Appends v; false when the heap is exhausted.
inline bool pushArray(Array *array, RtValue v) noexcept {
  size_t length = array->header.size;
  if (length == array->capacity) [[unlikely]] {
    if (!reserveArray(array, length + 1))
      return false;
  }
  array->items[length] = v;
  array->header.size = length + 1;
  return true;
}

/// Inserts v before position `at` (0 <= at <= length); false when the heap is
/// exhausted.
bool insertIntoArray(Array *array, size_t at, RtValue v) noexcept;

/// Removes and returns the item at `at` (< length).
RtValue removeFromArray(Array *array, size_t at) noexcept;

/// A new array of items [start, end) of `source` (start <= end <= length).
Array *sliceArray(Array *source, size_t start, size_t end) noexcept;

/// A new array of a's items then b's.
Array *concatArrays(Array *a, Array *b) noexcept;

} // namespace simple::rt

#endif // SIMPLE_RT_DATA_ARRAY_H
