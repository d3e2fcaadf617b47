// Truthiness: false, nil, the int 0, the floats 0.0 and -0.0, and empty
// strings, arrays and dicts are falsy; every other value is truthy (NaN,
// symbols, empty tuples and objects included).
#ifndef SIMPLE_RT_VALUE_TRUTHINESS_H
#define SIMPLE_RT_VALUE_TRUTHINESS_H

#include <simple/value.h>

namespace simple::rt {

/// Whether a valid value is truthy.
bool isTruthy(RtValue v) noexcept;

} // namespace simple::rt

#endif // SIMPLE_RT_VALUE_TRUTHINESS_H
