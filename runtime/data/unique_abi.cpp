// rt_unique_*: unique boxes at the ABI.
#include "data/unique.h"
#include "error/checks.h"
#include "sync/shared_words.h"

#include <simple/runtime.h>

using namespace simple::rt;

extern "C" {

RtValue rt_unique_new(RtValue v) noexcept {
  if (!expectValue(v, "rt_unique_new", "value"))
    return RT_NIL;
  Unique *unique = newUnique(v);
  if (!unique) {
    reportOutOfMemory("rt_unique_new");
    return RT_NIL;
  }
  return rt_encode_heap(unique);
}

RtValue rt_unique_get(RtValue v) noexcept {
  Unique *unique = expectObject<Unique>(v, "rt_unique_get");
  return unique ? loadShared(&unique->value) : RT_NIL;
}

RtValue rt_unique_set(RtValue v, RtValue item) noexcept {
  Unique *unique = expectObject<Unique>(v, "rt_unique_set");
  if (!unique || !expectValue(item, "rt_unique_set", "value"))
    return RT_FALSE;
  storeShared(&unique->value, item);
  return RT_TRUE;
}

RtValue rt_unique_needs_trace(RtValue v) noexcept {
  Unique *unique = expectObject<Unique>(v, "rt_unique_needs_trace");
  if (!unique)
    return RT_FALSE;
  return rt_is_heap(loadShared(&unique->value)) ? RT_TRUE : RT_FALSE;
}

int64_t rt_unique_free(RtValue v) noexcept {
  Unique *unique = expectObject<Unique>(v, "rt_unique_free");
  if (!unique)
    return 0;
  if (!freeUnique(unique)) {
    reportNotA(v, Kind::Unique, "rt_unique_free"); // lost a race with another free
    return 0;
  }
  return 1;
}

} // extern "C"
