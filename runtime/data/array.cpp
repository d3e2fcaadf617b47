#include "data/array.h"

#include <algorithm>
#include <cstring>

namespace simple::rt {
namespace {

constexpr size_t kMinimumCapacity = 4;
constexpr size_t kMaximumCapacity = (SIZE_MAX / sizeof(RtValue)) / 2;

RtValue *allocateItems(size_t capacity) noexcept {
  if (capacity > kMaximumCapacity)
    return nullptr;
  return static_cast<RtValue *>(allocateScanned(capacity * sizeof(RtValue)));
}

} // namespace

Array *newArray(size_t capacity) noexcept {
  auto *array = static_cast<Array *>(allocateScanned(sizeof(Array)));
  if (!array)
    return nullptr;
  initHeader(&array->header, Kind::Array, 0);
  array->capacity = 0;
  array->items = nullptr;
  if (capacity > 0 && !reserveArray(array, capacity))
    return nullptr;
  return array;
}

bool reserveArray(Array *array, size_t needed) noexcept {
  if (needed <= array->capacity)
    return true;
  size_t capacity = std::max({needed, kMinimumCapacity, array->capacity * 2});
  RtValue *items = allocateItems(capacity);
  if (!items)
    return false;
  if (array->header.size > 0)
    std::memcpy(items, array->items, array->header.size * sizeof(RtValue));
  array->items = items;
  array->capacity = capacity;
  return true;
}

bool insertIntoArray(Array *array, size_t at, RtValue v) noexcept {
  size_t length = array->header.size;
  if (!reserveArray(array, length + 1))
    return false;
  std::memmove(array->items + at + 1, array->items + at, (length - at) * sizeof(RtValue));
  array->items[at] = v;
  array->header.size = length + 1;
  return true;
}

RtValue removeFromArray(Array *array, size_t at) noexcept {
  size_t length = array->header.size;
  RtValue removed = array->items[at];
  std::memmove(array->items + at, array->items + at + 1, (length - at - 1) * sizeof(RtValue));
  array->items[length - 1] = RT_NIL; // do not keep the last item alive
  array->header.size = length - 1;
  return removed;
}

Array *sliceArray(Array *source, size_t start, size_t end) noexcept {
  Array *slice = newArray(end - start);
  if (slice && end > start) {
    std::memcpy(slice->items, source->items + start, (end - start) * sizeof(RtValue));
    slice->header.size = end - start;
  }
  return slice;
}

Array *concatArrays(Array *a, Array *b) noexcept {
  size_t la = a->length(), lb = b->length(); // read once: a and b may be the same
  Array *result = newArray(la + lb);
  if (!result)
    return nullptr;
  if (la)
    std::memcpy(result->items, a->items, la * sizeof(RtValue));
  if (lb)
    std::memcpy(result->items + la, b->items, lb * sizeof(RtValue));
  result->header.size = la + lb;
  return result;
}

} // namespace simple::rt
