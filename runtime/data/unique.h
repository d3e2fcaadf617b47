// Unique boxes: a single-owner box holding one value, and an explicit GC
// root until it is freed.
//
// The box is allocated with GC_malloc_uncollectable: the collector scans it
// (so the boxed value stays alive) but never frees it, whether or not
// anything points to it. freeUnique clears the magic, then GC_free's it, so
// a freed handle is rejected by every later call (a double free included),
// until the memory is reused for a new box.
#ifndef SIMPLE_RT_DATA_UNIQUE_H
#define SIMPLE_RT_DATA_UNIQUE_H

#include "gc/heap.h"

namespace simple::rt {

struct Unique {
  static constexpr Kind kKind = Kind::Unique;
  ObjectHeader header;
  uint64_t serial;
  RtValue value;
};

/// A new box holding v; nullptr when the heap is exhausted.
Unique *newUnique(RtValue v) noexcept;

/// Ends the box.
void freeUnique(Unique *unique) noexcept;

} // namespace simple::rt

#endif // SIMPLE_RT_DATA_UNIQUE_H
