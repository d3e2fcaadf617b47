// rt_array_*: arrays at the ABI.
#include "data/array.h"
#include "error/checks.h"
#include "value/equality.h"

#include <simple/runtime.h>

using namespace simple::rt;

namespace {

[[gnu::noinline]] RtValue arrayGetChecked(RtValue v, int64_t index) noexcept {
  Array *array = expectObject<Array>(v, "rt_array_get");
  if (!array)
    return RT_NIL;
  // Resolve against the length now, read atomically; an array that shrank
  // in between is reported against its new length.
  for (;;) {
    size_t length = array->length(), at;
    if (!resolveIndex(index, length, "rt_array_get", at))
      return RT_NIL;
    RtValue item;
    if (readArrayItem(array, at, item))
      return item;
  }
}

void reportUpdateFailure(ArrayUpdate outcome, int64_t index, size_t length,
                         const char *function) noexcept {
  if (outcome == ArrayUpdate::OutOfRange)
    reportOutOfRange(index, length, function);
  else if (outcome == ArrayUpdate::OutOfMemory)
    reportOutOfMemory(function);
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
  // counted from the front, read optimistically (sync/sequence_lock.h): the
  // length and the storage are validated together before the item is read
  // (so the index is inside that storage), and the item after.
  ObjectHeader *object = recentObjectOf(v);
  if (object && object->kind == Kind::Array) [[likely]] {
    auto *array = reinterpret_cast<Array *>(object);
    uint64_t begin = array->lock.beginRead();
    size_t length = array->length();
    ArrayStorage *storage = array->currentStorage();
    if (static_cast<uint64_t>(index) < length && array->lock.endRead(begin)) [[likely]] {
      RtValue item = loadShared(&storage->items[index]);
      if (array->lock.endRead(begin)) [[likely]]
        return item;
    }
  }
  return arrayGetChecked(v, index);
}

int64_t rt_array_set(RtValue v, int64_t index, RtValue item) noexcept {
  Array *array = expectObject<Array>(v, "rt_array_set");
  if (!array || !expectValue(item, "rt_array_set", "value"))
    return 0;
  size_t length;
  ArrayUpdate outcome = setArrayItem(array, index, item, length);
  reportUpdateFailure(outcome, index, length, "rt_array_set");
  return outcome == ArrayUpdate::Done;
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
  RtValue removed = RT_NIL;
  if (array)
    popArray(array, removed);
  return removed;
}

int64_t rt_array_clear(RtValue v) noexcept {
  Array *array = expectObject<Array>(v, "rt_array_clear");
  if (!array)
    return 0;
  clearArray(array);
  return 1;
}

int64_t rt_array_insert(RtValue v, int64_t index, RtValue item) noexcept {
  Array *array = expectObject<Array>(v, "rt_array_insert");
  if (!array || !expectValue(item, "rt_array_insert", "value"))
    return 0;
  // Positions 0..length are valid; negative ones count from the end, so -1
  // inserts before the last element.
  size_t length;
  ArrayUpdate outcome = insertIntoArray(array, index, item, length);
  reportUpdateFailure(outcome, index, length, "rt_array_insert");
  return outcome == ArrayUpdate::Done;
}

RtValue rt_array_remove(RtValue v, int64_t index) noexcept {
  Array *array = expectObject<Array>(v, "rt_array_remove");
  if (!array)
    return RT_NIL;
  RtValue removed = RT_NIL;
  size_t length;
  ArrayUpdate outcome = removeFromArray(array, index, removed, length);
  reportUpdateFailure(outcome, index, length, "rt_array_remove");
  return removed;
}

RtValue rt_array_slice(RtValue v, int64_t start, int64_t end) noexcept {
  Array *array = expectObject<Array>(v, "rt_array_slice");
  if (!array)
    return RT_NIL;
  // The bounds are clamped against the length of the same state the items
  // are copied from.
  Array *slice = readConsistently(array->lock, [&]() -> Array * {
    ArrayStorage *storage = array->currentStorage();
    size_t from, to;
    clampSlice(start, end, std::min<size_t>(array->length(), storage->capacity), from, to);
    Array *result = newArray(to - from);
    if (result && to > from) {
      copySharedWords(result->storage->items, storage->items + from, to - from);
      result->header.size = to - from;
    }
    return result;
  });
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
  // Each side is read at one moment (the same moment when a and b are the
  // same array).
  ArraySnapshot first = snapshotArray(left);
  ArraySnapshot second = left == right ? first : snapshotArray(right);
  Array *result = nullptr;
  if (!first.outOfMemory && !second.outOfMemory &&
      (result = newArray(first.count + second.count))) {
    appendToArray(result, first.items, first.count);
    appendToArray(result, second.items, second.count);
  }
  if (!result) {
    reportOutOfMemory("rt_array_concat");
    return RT_NIL;
  }
  return rt_encode_heap(result);
}

RtValue rt_array_first(RtValue v) noexcept {
  Array *array = expectObject<Array>(v, "rt_array_first");
  if (!array)
    return RT_NIL;
  // readArrayItem fails only when the array shrank below the index since its
  // length was read; then it is read again.
  for (;;) {
    if (array->length() == 0)
      return RT_NIL;
    RtValue item;
    if (readArrayItem(array, 0, item))
      return item;
  }
}

RtValue rt_array_last(RtValue v) noexcept {
  Array *array = expectObject<Array>(v, "rt_array_last");
  if (!array)
    return RT_NIL;
  for (;;) {
    size_t length = array->length();
    if (length == 0)
      return RT_NIL;
    RtValue item;
    if (readArrayItem(array, length - 1, item))
      return item;
  }
}

int64_t rt_array_contains(RtValue v, RtValue item) noexcept {
  Array *array = expectObject<Array>(v, "rt_array_contains");
  if (!array || !expectValue(item, "rt_array_contains", "value"))
    return 0;
  return arrayContains(array, item) ? 1 : 0;
}

} // extern "C"
