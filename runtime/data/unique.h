// Unique boxes: a single-owner box holding one value, and an explicit GC
// root until it is freed.
//
// Boxes are ordinary scanned GC objects linked into a doubly linked list
// whose head is in static storage (a root of the collector), so every live
// box - and the value in it - stays reachable until freeUnique unlinks it.
// freeUnique also clears the box's magic, so a freed handle is rejected by
// every later call (a second free included). The memory of a freed box is
// reused only after a collection finds no reference to it, so a handle that
// the program still holds keeps being recognised as freed (a box freed with
// GC_free would be handed out again by the very next allocation).
// Creating and freeing take a process-wide lock; reading and writing the
// boxed value do not: it is one word, read and written atomically, so every
// call is atomic without a lock.
#ifndef SIMPLE_RT_DATA_UNIQUE_H
#define SIMPLE_RT_DATA_UNIQUE_H

#include "gc/heap.h"

namespace simple::rt {

struct Unique {
  static constexpr Kind kKind = Kind::Unique;
  ObjectHeader header;
  uint64_t serial;
  RtValue value;
  Unique *previous; ///< in the list of live boxes
  Unique *next;
};

/// A new box holding v; nullptr when the heap is exhausted.
Unique *newUnique(RtValue v) noexcept;

/// Ends the box; false when another thread ended it first (racing frees
/// end it once).
bool freeUnique(Unique *unique) noexcept;

} // namespace simple::rt

#endif // SIMPLE_RT_DATA_UNIQUE_H
