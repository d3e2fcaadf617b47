#include "data/array.h"

#include "value/equality.h"

#include <algorithm>
#include <new>

namespace simple::rt {
namespace {

constexpr size_t kMinimumCapacity = 4;
constexpr size_t kMaximumCapacity = (SIZE_MAX / sizeof(RtValue)) / 2;

ArrayStorage *allocateStorage(size_t capacity) noexcept {
  if (capacity > kMaximumCapacity - 1)
    return nullptr;
  auto *storage = static_cast<ArrayStorage *>(
      allocateScanned(sizeof(ArrayStorage) + capacity * sizeof(RtValue)));
  if (storage)
    storage->capacity = capacity;
  return storage;
}

/// Makes room for at least `needed` items. Caller holds the lock; false when
/// the heap is exhausted (the array is then unchanged).
bool reserveLocked(Array *array, size_t needed) noexcept {
  ArrayStorage *old = array->storage;
  if (needed <= old->capacity) [[likely]]
    return true;
  size_t capacity = std::max({needed, kMinimumCapacity, size_t(old->capacity) * 2});
  ArrayStorage *grown = allocateStorage(capacity);
  if (!grown)
    return false;
  copySharedWords(grown->items, old->items, array->header.size);
  publishShared(&array->storage, grown);
  return true;
}

/// Resolves an index against the length (negative counts from the end).
bool resolveLocked(int64_t index, size_t length, size_t &at) noexcept {
  int64_t resolved = index < 0 ? index + static_cast<int64_t>(length) : index;
  if (resolved < 0 || static_cast<uint64_t>(resolved) >= length)
    return false;
  at = static_cast<size_t>(resolved);
  return true;
}

/// Removes the item at `at` (< length). Caller holds the lock.
RtValue removeLocked(Array *array, size_t at) noexcept {
  size_t length = array->header.size;
  RtValue *items = array->storage->items;
  RtValue removed = items[at];
  moveSharedWords(items + at, items + at + 1, length - at - 1);
  storeShared(&items[length - 1], RT_NIL); // do not keep the last item alive
  storeShared(&array->header.size, uint64_t(length - 1));
  return removed;
}

} // namespace

ArrayStorage kNoArrayStorage = {0};

Array *newArray(size_t capacity) noexcept {
  auto *array = static_cast<Array *>(allocateScanned(sizeof(Array)));
  if (!array)
    return nullptr;
  initHeader(&array->header, Kind::Array, 0);
  new (&array->lock) SequenceLock();
  array->storage = &kNoArrayStorage;
  if (capacity > 0) {
    ArrayStorage *storage = allocateStorage(capacity);
    if (!storage)
      return nullptr;
    array->storage = storage;
  }
  return array;
}

ArraySnapshot snapshotArray(Array *array) noexcept {
  return readConsistently(array->lock, [array]() -> ArraySnapshot {
    ArrayStorage *storage = array->currentStorage();
    size_t count = std::min<size_t>(array->length(), storage->capacity);
    if (count == 0)
      return {nullptr, 0, false};
    auto *items = static_cast<RtValue *>(allocateScanned(count * sizeof(RtValue)));
    if (!items)
      return {nullptr, 0, true};
    copySharedWords(items, storage->items, count);
    return {items, count, false};
  });
}

bool arrayContains(Array *array, RtValue v) noexcept {
  // Every item of one moment (sync/sequence_lock.h): bounded by the
  // capacity of the storage loaded, validated after the scan.
  return readConsistently(array->lock, [&] {
    ArrayStorage *storage = array->currentStorage();
    size_t length = std::min<size_t>(array->length(), storage->capacity);
    for (size_t i = 0; i < length; ++i)
      if (valuesEqual(loadShared(&storage->items[i]), v))
        return true;
    return false;
  });
}

bool readArrayItem(Array *array, size_t index, RtValue &item) noexcept {
  struct Read {
    bool present;
    RtValue item;
  };
  Read read = readConsistently(array->lock, [array, index]() -> Read {
    ArrayStorage *storage = array->currentStorage();
    if (index >= array->length() || index >= storage->capacity)
      return {false, RT_NIL};
    return {true, loadShared(&storage->items[index])};
  });
  item = read.item;
  return read.present;
}

bool pushArray(Array *array, RtValue v) noexcept {
  WriteGuard guard(array->lock);
  size_t length = array->header.size;
  if (!reserveLocked(array, length + 1))
    return false;
  storeShared(&array->storage->items[length], v);
  storeShared(&array->header.size, uint64_t(length + 1));
  return true;
}

ArrayUpdate setArrayItem(Array *array, int64_t index, RtValue v, size_t &length) noexcept {
  WriteGuard guard(array->lock);
  length = array->header.size;
  size_t at;
  if (!resolveLocked(index, length, at))
    return ArrayUpdate::OutOfRange;
  storeShared(&array->storage->items[at], v);
  return ArrayUpdate::Done;
}

ArrayUpdate insertIntoArray(Array *array, int64_t index, RtValue v, size_t &length) noexcept {
  WriteGuard guard(array->lock);
  length = array->header.size;
  size_t at;
  if (index == static_cast<int64_t>(length))
    at = length;
  else if (!resolveLocked(index, length, at))
    return ArrayUpdate::OutOfRange;
  if (!reserveLocked(array, length + 1))
    return ArrayUpdate::OutOfMemory;
  RtValue *items = array->storage->items;
  moveSharedWords(items + at + 1, items + at, length - at);
  storeShared(&items[at], v);
  storeShared(&array->header.size, uint64_t(length + 1));
  return ArrayUpdate::Done;
}

ArrayUpdate removeFromArray(Array *array, int64_t index, RtValue &removed,
                            size_t &length) noexcept {
  WriteGuard guard(array->lock);
  length = array->header.size;
  size_t at;
  if (!resolveLocked(index, length, at))
    return ArrayUpdate::OutOfRange;
  removed = removeLocked(array, at);
  return ArrayUpdate::Done;
}

bool popArray(Array *array, RtValue &removed) noexcept {
  WriteGuard guard(array->lock);
  size_t length = array->header.size;
  if (length == 0)
    return false;
  removed = removeLocked(array, length - 1);
  return true;
}

void clearArray(Array *array) noexcept {
  WriteGuard guard(array->lock);
  storeShared(&array->header.size, uint64_t(0));
  publishShared(&array->storage, &kNoArrayStorage);
}

bool appendToArray(Array *array, const RtValue *values, size_t count) noexcept {
  WriteGuard guard(array->lock);
  size_t length = array->header.size;
  if (count == 0)
    return true;
  if (count > kMaximumCapacity - length || !reserveLocked(array, length + count))
    return false;
  copySharedWords(array->storage->items + length, values, count);
  storeShared(&array->header.size, uint64_t(length + count));
  return true;
}

} // namespace simple::rt
