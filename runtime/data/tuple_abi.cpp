// rt_tuple_*: tuples at the ABI.
#include "data/tuple.h"
#include "error/checks.h"
#include "sync/shared_words.h"

#include <simple/runtime.h>

using namespace simple::rt;

extern "C" {

RtValue rt_tuple_new(int64_t length) noexcept {
  if (!expectCount(length, kMaxElements, "rt_tuple_new", "length"))
    return RT_NIL;
  Tuple *tuple = newTuple(static_cast<size_t>(length));
  if (!tuple) {
    reportOutOfMemory("rt_tuple_new");
    return RT_NIL;
  }
  return rt_encode_heap(tuple);
}

int64_t rt_tuple_len(RtValue v) noexcept {
  Tuple *tuple = expectObject<Tuple>(v, "rt_tuple_len");
  return tuple ? static_cast<int64_t>(tuple->length()) : -1;
}

RtValue rt_tuple_get(RtValue v, int64_t index) noexcept {
  Tuple *tuple = expectObject<Tuple>(v, "rt_tuple_get");
  size_t at;
  if (!tuple || !resolveIndex(index, tuple->length(), "rt_tuple_get", at))
    return RT_NIL;
  return loadShared(&tuple->items()[at]);
}

int64_t rt_tuple_set(RtValue v, int64_t index, RtValue item) noexcept {
  Tuple *tuple = expectObject<Tuple>(v, "rt_tuple_set");
  size_t at;
  if (!tuple || !resolveIndex(index, tuple->length(), "rt_tuple_set", at) ||
      !expectValue(item, "rt_tuple_set", "value"))
    return 0;
  storeShared(&tuple->items()[at], item);
  return 1;
}

} // extern "C"
