// rt_dict_*: dicts at the ABI.
#include "data/array.h"
#include "data/dict.h"
#include "data/string.h"
#include "data/tuple.h"
#include "error/checks.h"

#include <simple/runtime.h>

#include <bit>

using namespace simple::rt;

namespace {

RtValue collect(RtValue v, bool keys, const char *function) noexcept {
  Dict *dict = expectObject<Dict>(v, function);
  if (!dict)
    return RT_NIL;
  DictSnapshot snapshot = snapshotDict(dict);
  Array *array = snapshot.outOfMemory ? nullptr : newArray(snapshot.count);
  if (!array) {
    reportOutOfMemory(function);
    return RT_NIL;
  }
  // A fresh array with room for every entry: no other thread sees it yet.
  for (size_t i = 0; i < snapshot.count; ++i)
    array->storage->items[i] = snapshot.entries[2 * i + (keys ? 0 : 1)];
  array->header.size = snapshot.count;
  return rt_encode_heap(array);
}

/// The dict at v (recording the error otherwise), remembered for the fast
/// paths.
inline Dict *checkedDict(RtValue v, const char *function) noexcept {
  Dict *dict = expectObject<Dict>(v, function);
  if (dict)
    detail::rememberDict(v);
  return dict;
}

// The general paths, with every check. The fast paths in rt_dict_get/set
// below handle a recently validated dict and an int key (the common case of
// hot loops) and tail-call these for anything else, so that they compile to
// leaf functions: a lookup is then short enough for the processor to keep
// several cache misses in flight.
//
// Every lookup reads optimistically and validates the dict's sequence
// (sync/sequence_lock.h, data/dict.h): a fast path that finds a writer in
// the way hands over to the general path, which retries and in the end
// takes the lock.

/// Whether v is a dict this thread used recently that is not the last one:
/// the previous one, or one its validation cache vouches for (a program that
/// works on two or three dicts in turn). It becomes the last one then, so
/// that the caller can go back to the fast path.
inline bool switchToRecentDict(RtValue v) noexcept {
  if (detail::recallPreviousDict(v)) [[likely]]
    return true;
  ObjectHeader *object = recentObjectOf(v);
  if (!object || object->kind != Kind::Dict || detail::isLastDict(v))
    return false;
  detail::rememberDict(v);
  return detail::isLastDict(v); // false once this thread's exit removed the root
}

[[gnu::noinline]] RtValue dictGetChecked(RtValue v, RtValue key) noexcept {
  Dict *dict = checkedDict(v, "rt_dict_get");
  if (!dict || !expectValue(key, "rt_dict_get", "key"))
    return RT_NIL;
  RtValue value = RT_NIL;
  dictFind(dict, key, value);
  return value;
}

/// rt_dict_get of a dict that is not the remembered one: a recently
/// validated dict becomes the remembered one and takes the fast path again;
/// anything else is checked.
[[gnu::noinline]] RtValue dictGetSlow(RtValue v, RtValue key) noexcept {
  if (switchToRecentDict(v)) [[likely]]
    return rt_dict_get(v, key);
  return dictGetChecked(v, key);
}

/// rt_dict_get of a remembered dict with a key that is neither an int nor
/// a string this thread's block cache vouches for.
[[gnu::noinline]] RtValue dictGetOtherKey(Dict *dict, RtValue key) noexcept {
  RtValue value = RT_NIL;
  if (expectValue(key, "rt_dict_get", "key"))
    dictFind(dict, key, value);
  return value;
}

/// Looks up a string key whose hash is known in a remembered dict, validated.
/// Sets `decided` to false when the lookup must take the general path (a
/// long string to compare, or a writer in the way).
inline RtValue lookUpHashedString(Dict *dict, const String *string, RtValue key, uint64_t hash,
                                  bool &decided) noexcept {
  uint64_t begin = dict->lock.beginRead();
  const DictTable *table = dict->currentTable();
  uint64_t position;
  RtValue value = RT_NIL;
  switch (tableFindString(table, string, key, hash, position)) {
  case StringLookup::Found:
    value = loadShared(&table->slots()[position].value);
    break;
  case StringLookup::Absent:
    break;
  case StringLookup::Undecided:
    decided = false;
    return RT_NIL;
  }
  decided = dict->lock.endRead(begin);
  return value;
}

/// rt_dict_get of a remembered dict with a string key the block cache
/// vouches for whose hash is not cached yet (a string just read or built):
/// hashes it, then looks it up as the fast path does, without validating
/// the key again.
[[gnu::noinline]] RtValue dictGetFreshString(Dict *dict, String *string, RtValue key) noexcept {
  bool decided = true;
  RtValue value = lookUpHashedString(dict, string, key, stringHash(string), decided);
  return decided ? value : dictGetOtherKey(dict, key);
}

/// rt_dict_get of a remembered dict with a key that is not an int. A string
/// key whose hash is known (after its first use) in a block this thread has
/// validated before is looked up in this leaf function, without calls.
[[gnu::noinline]] RtValue dictGetNonIntKey(Dict *dict, RtValue key) noexcept {
  ObjectHeader *object = knownObjectOf(key);
  if (!object || object->kind != Kind::String) [[unlikely]]
    return dictGetOtherKey(dict, key);
  auto *string = reinterpret_cast<String *>(object);
  uint64_t hash = __atomic_load_n(&string->cachedHash, __ATOMIC_RELAXED);
  if (hash == 0) [[unlikely]]
    return dictGetFreshString(dict, string, key);
  bool decided = true;
  RtValue value = lookUpHashedString(dict, string, key, hash, decided);
  return decided ? value : dictGetOtherKey(dict, key);
}

/// rt_dict_get of an int key in a remembered dict whose first group is
/// full, or that a writer changed during the fast path: the whole probe
/// sequence, validated.
[[gnu::noinline]] RtValue dictGetIntKeyProbing(RtValue v, Dict *dict, RtValue key) noexcept {
  uint64_t hash = hashIntBits(key);
  uint64_t begin = dict->lock.beginRead();
  const DictTable *table = dict->currentTable();
  const uint8_t *control = table->control();
  const DictSlot *slots = table->slots();
  RtValue value = RT_NIL;
  for (detail::Probe probe(hash, table->mask);; probe.next()) {
    detail::GroupMasks masks = detail::groupMasks(control + probe.group(), hash);
    for (uint32_t match = masks.matches; match; match &= match - 1) {
      const DictSlot &slot = slots[probe.group() + std::countr_zero(match)];
      RtValue stored = loadShared(&slot.key);
      if (stored == key) {
        value = loadShared(&slot.value);
        goto found;
      }
      if (!rt_is_int(stored)) // a float key may equal the int
        return dictGetSlow(v, key);
    }
    if (masks.empties)
      break;
  }
found:
  if (!dict->lock.endRead(begin)) [[unlikely]]
    return dictGetSlow(v, key);
  return value;
}

[[gnu::noinline]] int64_t dictSetChecked(RtValue v, RtValue key, RtValue value) noexcept {
  Dict *dict = checkedDict(v, "rt_dict_set");
  if (!dict || !expectValue(key, "rt_dict_set", "key") ||
      !expectValue(value, "rt_dict_set", "value"))
    return 0;
  if (!dictSet(dict, key, value)) {
    reportOutOfMemory("rt_dict_set");
    return 0;
  }
  return 1;
}

/// rt_dict_set off its fast path: a recently validated dict that is not the
/// remembered one becomes it and takes the fast path again (when the key
/// and value suit it); everything else is checked.
[[gnu::noinline]] int64_t dictSetSlow(RtValue v, RtValue key, RtValue value) noexcept {
  if (rt_is_int(key) && rt_tag_of(value) != RT_TAG_HEAP && rt_tag_of(value) <= RT_TAG_SPECIAL &&
      switchToRecentDict(v))
    return rt_dict_set(v, key, value);
  return dictSetChecked(v, key, value);
}

} // namespace

extern "C" {

RtValue rt_dict_new(int64_t capacity) noexcept {
  if (!expectCount(capacity, kMaxDictCapacity, "rt_dict_new", "capacity"))
    return RT_NIL;
  Dict *dict = newDict(static_cast<size_t>(capacity));
  if (!dict) {
    reportOutOfMemory("rt_dict_new");
    return RT_NIL;
  }
  return rt_encode_heap(dict);
}

int64_t rt_dict_len(RtValue v) noexcept {
  Dict *dict = expectObject<Dict>(v, "rt_dict_len");
  return dict ? static_cast<int64_t>(dict->length()) : -1;
}

RtValue rt_dict_get(RtValue v, RtValue key) noexcept {
  // The last dict, or the one before it (swapped in: a program that works
  // on two dicts in turn stays on this path).
  if (!detail::isLastDict(v) && !detail::recallPreviousDict(v)) [[unlikely]]
    return dictGetSlow(v, key);
  Dict *dict = detail::rememberedDict(v);
  if (!rt_is_int(key))
    return dictGetNonIntKey(dict, key);
  // The key's first group only, which decides nearly every lookup: without
  // a loop the lookup needs no saved registers. A full group, or a writer
  // in the way, goes on in dictGetIntKeyProbing.
  uint64_t begin = dict->lock.beginRead();
  const DictTable *table = dict->currentTable();
  uint64_t mask = table->mask;
  const uint8_t *control = table->control();
  const DictSlot *slots = reinterpret_cast<const DictSlot *>(control + mask + 1);
  uint64_t hash = hashIntBits(key);
  detail::prefetchHome(slots, hash, mask);
  uint64_t group = hash & mask & ~(detail::kGroupWidth - 1);
  detail::GroupMasks masks = detail::groupMasks(control + group, hash);
  RtValue value = RT_NIL;
  for (uint32_t match = masks.matches; match; match &= match - 1) {
    const DictSlot &slot = slots[group + std::countr_zero(match)];
    RtValue stored = loadShared(&slot.key);
    if (stored == key) [[likely]] {
      value = loadShared(&slot.value);
      goto found;
    }
    if (!rt_is_int(stored)) // a float key may equal the int
      return dictGetSlow(v, key);
  }
  if (!masks.empties) [[unlikely]]
    return dictGetIntKeyProbing(v, dict, key);
found:
  if (!dict->lock.endRead(begin)) [[unlikely]]
    return dictGetIntKeyProbing(v, dict, key);
  return value;
}

int64_t rt_dict_set(RtValue v, RtValue key, RtValue value) noexcept {
  // Fast path: an int key and an int value (or a special) in a dict with
  // room; an existing entry is overwritten, a new one goes to the first
  // empty slot, under the dict's lock. Everything else - heap values to
  // check, growth - is general.
  if ((!detail::isLastDict(v) && !detail::recallPreviousDict(v)) || !rt_is_int(key) ||
      rt_tag_of(value) == RT_TAG_HEAP || rt_tag_of(value) > RT_TAG_SPECIAL) [[unlikely]]
    return dictSetSlow(v, key, value);
  Dict *dict = detail::rememberedDict(v);
  uint64_t hash = hashIntBits(key);
  dict->lock.lock();
  DictTable *table = dict->table;
  if (table->used == table->maxUsed) [[unlikely]] {
    dict->lock.unlock();
    return dictSetSlow(v, key, value);
  }
  DictSlot *slots = table->slots();
  detail::prefetchHome(slots, hash, table->mask);
  for (detail::Probe probe(hash, table->mask);; probe.next()) {
    detail::GroupMasks masks = detail::groupMasks(table->control() + probe.group(), hash);
    for (uint32_t match = masks.matches; match; match &= match - 1) {
      DictSlot &slot = slots[probe.group() + std::countr_zero(match)];
      if (slot.key == key) [[likely]] {
        storeShared(&slot.value, value);
        dict->lock.unlock();
        return 1;
      }
      if (!rt_is_int(slot.key)) {
        dict->lock.unlock();
        return dictSetSlow(v, key, value);
      }
    }
    if (masks.empties) [[likely]] {
      uint64_t position = probe.group() + detail::firstEmptyFrom(masks.empties, hash);
      detail::addEntryLocked(dict, table, position, key, value, hash);
      dict->lock.unlock();
      return 1;
    }
  }
}

int64_t rt_dict_clear(RtValue v) noexcept {
  Dict *dict = expectObject<Dict>(v, "rt_dict_clear");
  if (!dict)
    return 0;
  dictClear(dict);
  return 1;
}

RtValue rt_dict_keys(RtValue v) noexcept { return collect(v, true, "rt_dict_keys"); }

RtValue rt_dict_values(RtValue v) noexcept { return collect(v, false, "rt_dict_values"); }

int64_t rt_dict_contains(RtValue v, RtValue key) noexcept {
  Dict *dict = expectObject<Dict>(v, "rt_dict_contains");
  if (!dict || !expectValue(key, "rt_dict_contains", "key"))
    return 0;
  RtValue value;
  return dictFind(dict, key, value);
}

RtValue rt_dict_entries(RtValue v) noexcept {
  Dict *dict = expectObject<Dict>(v, "rt_dict_entries");
  if (!dict)
    return RT_NIL;
  // One snapshot, so the pairs are those of a single moment even while
  // other threads write. The snapshot (GC memory, scanned) keeps the keys
  // and values alive while the tuples are allocated.
  DictSnapshot snapshot = snapshotDict(dict);
  Array *entries = snapshot.outOfMemory ? nullptr : newArray(snapshot.count);
  if (!entries) {
    reportOutOfMemory("rt_dict_entries");
    return RT_NIL;
  }
  for (size_t i = 0; i < snapshot.count; ++i) {
    Tuple *pair = newTuple(2);
    if (!pair) {
      reportOutOfMemory("rt_dict_entries");
      return RT_NIL;
    }
    storeShared(&pair->items()[0], snapshot.entries[2 * i]);
    storeShared(&pair->items()[1], snapshot.entries[2 * i + 1]);
    if (!pushArray(entries, rt_encode_heap(pair))) {
      reportOutOfMemory("rt_dict_entries");
      return RT_NIL;
    }
  }
  return rt_encode_heap(entries);
}

int64_t rt_dict_free(RtValue v) noexcept {
  // The collector owns a dict's memory: freeing is only a check.
  return expectObject<Dict>(v, "rt_dict_free") ? 1 : 0;
}

RtValue rt_dict_remove(RtValue v, RtValue key) noexcept {
  Dict *dict = expectObject<Dict>(v, "rt_dict_remove");
  if (!dict || !expectValue(key, "rt_dict_remove", "key"))
    return RT_NIL;
  RtValue removed = RT_NIL;
  dictRemove(dict, key, removed);
  return removed;
}

} // extern "C"
