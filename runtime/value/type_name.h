// Type names: "int", "float", "bool", "nil", "symbol", then the heap kinds
// ("string", "array", ...), and "invalid" for bits that are no value.
#ifndef SIMPLE_RT_VALUE_TYPE_NAME_H
#define SIMPLE_RT_VALUE_TYPE_NAME_H

#include <simple/value.h>

namespace simple::rt {

/// The type name of any 64 bits (checked: garbage gives "invalid").
const char *typeNameOf(RtValue v) noexcept;

/// The type name as a shared string value (each name is allocated once per
/// process and kept alive by a static root); nil when the heap is exhausted.
RtValue typeNameValue(RtValue v) noexcept;

} // namespace simple::rt

#endif // SIMPLE_RT_VALUE_TYPE_NAME_H
