// rt_array_*: arrays at the ABI.
#include "data/array.h"
#include "error/checks.h"
#include "value/equality.h"

#include <simple/runtime.h>

using namespace simple::rt;

namespace {

[[gnu::noinline]] RtValue arrayGetChecked(RtValue v, int64_t index) noexcept {
  Array *array = expectObject<Array>(v, "rt_array_get");
  size_t at;
  if (!array || !resolveIndex(index, array->length(), "rt_array_get", at))
    return RT_NIL;
  return array->items[at];
}

} // namespace

extern "C" {

RtValue rt_array_new(int64_t capacity) noexcept {
  if (!expectCount(capacity, kMaxElements, "rt_array_new", "capacity"))
    return RT_NIL;
  Array *array = newArray(static_cast<size_t>(capacity));
  if (!array) {
    reportOutOfMemory("rt_array_new");
    return RT_NIL;
  }
  return rt_encode_heap(array);
}

int64_t rt_array_len(RtValue v) noexcept {
  Array *array = expectObject<Array>(v, "rt_array_len");
  return array ? static_cast<int64_t>(array->length()) : -1;
}

RtValue rt_array_get(RtValue v, int64_t index) noexcept {
  // Fast path, a leaf: an array this thread validated recently and an index
  // counted from the front. Everything else takes the checked path.
  ObjectHeader *object = recentObjectOf(v);
  if (object && object->kind == Kind::Array) [[likely]] {
    auto *array = reinterpret_cast<Array *>(object);
    if (static_cast<uint64_t>(index) < array->length()) [[likely]]
      return array->items[index];
  }
  return arrayGetChecked(v, index);
}

int64_t rt_array_set(RtValue v, int64_t index, RtValue item) noexcept {
  Array *array = expectObject<Array>(v, "rt_array_set");
  size_t at;
  if (!array || !resolveIndex(index, array->length(), "rt_array_set", at) ||
      !expectValue(item, "rt_array_set", "value"))
    return 0;
  array->items[at] = item;
  return 1;
}

int64_t rt_array_push(RtValue v, RtValue item) noexcept {
  Array *array = expectObject<Array>(v, "rt_array_push");
  if (!array || !expectValue(item, "rt_array_push", "value"))
    return 0;
  if (!pushArray(array, item)) {
    reportOutOfMemory("rt_array_push");
    return 0;
  }
  return 1;
}

RtValue rt_array_pop(RtValue v) noexcept {
  Array *array = expectObject<Array>(v, "rt_array_pop");
  if (!array || array->length() == 0)
    return RT_NIL;
  return removeFromArray(array, array->length() - 1);
}

int64_t rt_array_clear(RtValue v) noexcept {
  Array *array = expectObject<Array>(v, "rt_array_clear");
  if (!array)
    return 0;
  array->header.size = 0;
  array->capacity = 0;
  array->items = nullptr;
  return 1;
}

int64_t rt_array_insert(RtValue v, int64_t index, RtValue item) noexcept {
  Array *array = expectObject<Array>(v, "rt_array_insert");
  if (!array)
    return 0;
  // Positions 0..length are valid; negative ones count from the end, so -1
  // inserts before the last element.
  size_t at;
  if (index == static_cast<int64_t>(array->length()))
    at = array->length();
  else if (!resolveIndex(index, array->length(), "rt_array_insert", at))
    return 0;
  if (!expectValue(item, "rt_array_insert", "value"))
    return 0;
  if (!insertIntoArray(array, at, item)) {
    reportOutOfMemory("rt_array_insert");
    return 0;
  }
  return 1;
}

RtValue rt_array_remove(RtValue v, int64_t index) noexcept {
  Array *array = expectObject<Array>(v, "rt_array_remove");
  size_t at;
  if (!array || !resolveIndex(index, array->length(), "rt_array_remove", at))
    return RT_NIL;
  return removeFromArray(array, at);
}

RtValue rt_array_slice(RtValue v, int64_t start, int64_t end) noexcept {
  Array *array = expectObject<Array>(v, "rt_array_slice");
  if (!array)
    return RT_NIL;
  size_t from, to;
  clampSlice(start, end, array->length(), from, to);
  Array *slice = sliceArray(array, from, to);
  if (!slice) {
    reportOutOfMemory("rt_array_slice");
    return RT_NIL;
  }
  return rt_encode_heap(slice);
}

RtValue rt_array_concat(RtValue a, RtValue b) noexcept {
  Array *left = expectObject<Array>(a, "rt_array_concat");
  if (!left)
    return RT_NIL;
  Array *right = expectObject<Array>(b, "rt_array_concat");
  if (!right)
    return RT_NIL;
  Array *result = concatArrays(left, right);
  if (!result) {
    reportOutOfMemory("rt_array_concat");
    return RT_NIL;
  }
  return rt_encode_heap(result);
}

int64_t rt_array_contains(RtValue v, RtValue item) noexcept {
  Array *array = expectObject<Array>(v, "rt_array_contains");
  if (!array || !expectValue(item, "rt_array_contains", "value"))
    return 0;
  for (size_t i = 0; i < array->length(); ++i) {
    if (valuesEqual(array->items[i], item))
      return 1;
  }
  return 0;
}

} // extern "C"
