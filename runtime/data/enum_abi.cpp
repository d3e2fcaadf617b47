// rt_enum_*: enum values at the ABI.
#include "data/enum.h"
#include "error/checks.h"

#include <simple/runtime.h>

#include <cinttypes>

using namespace simple::rt;

extern "C" {

RtValue rt_enum_new(int64_t enum_id, int64_t discriminant, RtValue payload) noexcept {
  if (enum_id < 0 || discriminant < 0) {
    recordError(RT_ERROR_BAD_ARGUMENT, "rt_enum_new",
                "negative enum id %" PRId64 " or discriminant %" PRId64, enum_id, discriminant);
    return RT_NIL;
  }
  if (!expectValue(payload, "rt_enum_new", "payload"))
    return RT_NIL;
  EnumValue *value = newEnumValue(enum_id, discriminant, payload);
  if (!value) {
    reportOutOfMemory("rt_enum_new");
    return RT_NIL;
  }
  return rt_encode_heap(value);
}

int64_t rt_enum_discriminant(RtValue v) noexcept {
  EnumValue *value = expectObject<EnumValue>(v, "rt_enum_discriminant");
  return value ? value->discriminant : -1;
}

RtValue rt_enum_payload(RtValue v) noexcept {
  EnumValue *value = expectObject<EnumValue>(v, "rt_enum_payload");
  return value ? value->payload : RT_NIL;
}

int64_t rt_enum_id(RtValue v) noexcept {
  EnumValue *value = expectObject<EnumValue>(v, "rt_enum_id");
  return value ? value->enumId : -1;
}

} // extern "C"
