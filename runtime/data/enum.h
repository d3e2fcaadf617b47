// Enum values: an enum id, a discriminant (the variant) and one payload
// value. Immutable. Layout: the header (size = 0), a serial number for
// printing (<enum#N>), the ids, the payload. GC_malloc (scanned).
#ifndef SIMPLE_RT_DATA_ENUM_H
#define SIMPLE_RT_DATA_ENUM_H

#include "gc/heap.h"

namespace simple::rt {

struct EnumValue {
  static constexpr Kind kKind = Kind::Enum;
  ObjectHeader header;
  uint64_t serial;
  int64_t enumId;
  int64_t discriminant;
  RtValue payload;
};

/// A new enum value; nullptr when the heap is exhausted.
EnumValue *newEnumValue(int64_t enumId, int64_t discriminant, RtValue payload) noexcept;

} // namespace simple::rt

#endif // SIMPLE_RT_DATA_ENUM_H
