// rt_value_*: construct, inspect and compare values, at the ABI.
#include "error/checks.h"
#include "value/equality.h"
#include "value/hashing.h"
#include "value/truthiness.h"
#include "value/type_name.h"

#include <simple/runtime.h>

#include <cinttypes>

using namespace simple::rt;

extern "C" {

RtValue rt_value_int(int64_t i) noexcept {
  if (i < RT_INT_MIN || i > RT_INT_MAX) [[unlikely]] {
    recordError(RT_ERROR_INT_OVERFLOW, "rt_value_int",
                "%" PRId64 " is outside the int range [-2^60, 2^60 - 1]", i);
    return RT_NIL;
  }
  return rt_encode_int(i);
}

RtValue rt_value_float(double d) noexcept { return rt_encode_float(d); }

RtValue rt_value_bool(int64_t b) noexcept { return b ? RT_TRUE : RT_FALSE; }

RtValue rt_value_nil(void) noexcept { return RT_NIL; }

int64_t rt_value_as_int(RtValue v) noexcept {
  if (rt_is_int(v)) [[likely]]
    return rt_decode_int(v);
  recordError(isValue(v) ? RT_ERROR_WRONG_KIND : RT_ERROR_BAD_VALUE, "rt_value_as_int",
              "expected an int, got %s", typeNameOf(v));
  return 0;
}

double rt_value_as_float(RtValue v) noexcept {
  if (rt_is_float(v)) [[likely]]
    return rt_decode_float(v);
  if (rt_is_int(v))
    return static_cast<double>(rt_decode_int(v));
  recordError(isValue(v) ? RT_ERROR_WRONG_KIND : RT_ERROR_BAD_VALUE, "rt_value_as_float",
              "expected a float or an int, got %s", typeNameOf(v));
  return 0.0;
}

int64_t rt_value_as_bool(RtValue v) noexcept {
  if (v == RT_TRUE)
    return 1;
  if (v == RT_FALSE)
    return 0;
  recordError(isValue(v) ? RT_ERROR_WRONG_KIND : RT_ERROR_BAD_VALUE, "rt_value_as_bool",
              "expected a bool, got %s", typeNameOf(v));
  return 0;
}

int64_t rt_value_is_nil(RtValue v) noexcept { return v == RT_NIL; }

int64_t rt_value_is_int(RtValue v) noexcept { return rt_is_int(v); }

int64_t rt_value_is_float(RtValue v) noexcept { return rt_is_float(v); }

int64_t rt_value_is_bool(RtValue v) noexcept { return v == RT_TRUE || v == RT_FALSE; }

// Validates (isValue reads only memory it has checked, see gc/heap.h), so a
// 1 tells compiled code the pointer is a live runtime object.
int64_t rt_value_is_heap(RtValue v) noexcept {
  if (!expectValue(v, "rt_value_is_heap", "value"))
    return 0;
  return rt_is_heap(v);
}

int64_t rt_value_truthy(RtValue v) noexcept {
  if (!expectValue(v, "rt_value_truthy", "value"))
    return 0;
  return isTruthy(v);
}

int64_t rt_value_eq(RtValue a, RtValue b) noexcept {
  if (!expectValue(a, "rt_value_eq", "left value") || !expectValue(b, "rt_value_eq", "right value"))
    return 0;
  return valuesEqual(a, b);
}

int64_t rt_value_hash(RtValue v) noexcept {
  if (!expectValue(v, "rt_value_hash", "value"))
    return 0;
  return static_cast<int64_t>(hashValue(v));
}

RtValue rt_value_type_name(RtValue v) noexcept {
  if (!isValue(v))
    reportBadValue(v, "rt_value_type_name", "value");
  RtValue name = typeNameValue(v);
  if (name == RT_NIL)
    reportOutOfMemory("rt_value_type_name");
  return name;
}

} // extern "C"
