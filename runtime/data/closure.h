// Closures: a function pointer (possibly null) and captured values, which
// start as nil. The runtime never calls the function; the IR does.
// Layout: the header (size = capture count), a serial number for printing
// (<closure#N>), the function pointer, the captures. GC_malloc (scanned).
//
// Sharing: the count never changes and each of the captures is one word, read
// and written with single-word atomic accesses (sync/shared_words.h), so every
// call is atomic without a lock. Functions that read several captures (equality,
// hashing, printing) see each one as some call stored it.
#ifndef SIMPLE_RT_DATA_CLOSURE_H
#define SIMPLE_RT_DATA_CLOSURE_H

#include "gc/heap.h"

namespace simple::rt {

struct Closure {
  static constexpr Kind kKind = Kind::Closure;
  ObjectHeader header;
  uint64_t serial;
  void *function;

  RtValue *captures() noexcept { return reinterpret_cast<RtValue *>(this + 1); }
  size_t captureCount() const noexcept { return header.size; }
};

/// A new closure with `captureCount` nil captures; nullptr when the heap is
/// exhausted.
Closure *newClosure(void *function, size_t captureCount) noexcept;

} // namespace simple::rt

#endif // SIMPLE_RT_DATA_CLOSURE_H
