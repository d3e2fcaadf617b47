// Tuples: a fixed number of values, which start as nil and may be replaced.
// Layout: the header (size = length), then the values. GC_malloc (scanned).
//
// Sharing: the count never changes and each of the items is one word, read
// and written with single-word atomic accesses (sync/shared_words.h), so every
// call is atomic without a lock. Functions that read several items (equality,
// hashing, printing) see each one as some call stored it.
#ifndef SIMPLE_RT_DATA_TUPLE_H
#define SIMPLE_RT_DATA_TUPLE_H

#include "gc/heap.h"

namespace simple::rt {

struct Tuple {
  static constexpr Kind kKind = Kind::Tuple;
  ObjectHeader header;

  RtValue *items() noexcept { return reinterpret_cast<RtValue *>(this + 1); }
  size_t length() const noexcept { return header.size; }
};

/// A tuple of `length` nils; nullptr when the heap is exhausted.
Tuple *newTuple(size_t length) noexcept;

} // namespace simple::rt

#endif // SIMPLE_RT_DATA_TUPLE_H
