// Objects: a class id and a fixed number of fields, which start as nil.
// Layout: the header (size = field count), a serial number for printing
// (<object#N>), the class id, the fields. GC_malloc (scanned).
//
// Sharing: the count never changes and each of the fields is one word, read
// and written with single-word atomic accesses (sync/shared_words.h), so every
// call is atomic without a lock. Functions that read several fields (equality,
// hashing, printing) see each one as some call stored it.
#ifndef SIMPLE_RT_DATA_OBJECT_H
#define SIMPLE_RT_DATA_OBJECT_H

#include "gc/heap.h"

namespace simple::rt {

struct Object {
  static constexpr Kind kKind = Kind::Object;
  ObjectHeader header;
  uint64_t serial;
  int64_t classId;

  RtValue *fields() noexcept { return reinterpret_cast<RtValue *>(this + 1); }
  size_t fieldCount() const noexcept { return header.size; }
};

/// A new object with `fieldCount` nil fields; nullptr when the heap is
/// exhausted.
Object *newObject(int64_t classId, size_t fieldCount) noexcept;

} // namespace simple::rt

#endif // SIMPLE_RT_DATA_OBJECT_H
