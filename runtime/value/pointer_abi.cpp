// rt_ptr_to_value / rt_value_to_ptr: Simple's conversions between a heap
// value and the raw pointer to its object, validated at the ABI.
#include "error/checks.h"
#include "value/type_name.h"

#include <simple/runtime.h>

#include <cinttypes>

using namespace simple::rt;

extern "C" {

RtValue rt_ptr_to_value(void *ptr) noexcept {
  // Tag first, then validate the tagged bits as any heap argument (isValue
  // reads only memory it has checked): a pointer that is no live runtime
  // object never becomes a value.
  RtValue v = static_cast<RtValue>(reinterpret_cast<uintptr_t>(ptr)) | RT_TAG_HEAP;
  if ((reinterpret_cast<uintptr_t>(ptr) & 7) == 0 && isValue(v)) [[likely]]
    return v;
  recordError(RT_ERROR_BAD_ARGUMENT, "rt_ptr_to_value",
              "%p is not the start of a live runtime object", ptr);
  return RT_NIL;
}

void *rt_value_to_ptr(RtValue v) noexcept {
  if (rt_is_heap(v) && isValue(v)) [[likely]]
    return reinterpret_cast<void *>(static_cast<uintptr_t>(v & ~uint64_t(7)));
  recordError(isValue(v) ? RT_ERROR_WRONG_KIND : RT_ERROR_BAD_VALUE, "rt_value_to_ptr",
              "expected a heap value, got %s", typeNameOf(v));
  return nullptr;
}

} // extern "C"
