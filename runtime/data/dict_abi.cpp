// rt_dict_*: dicts at the ABI.
#include "data/array.h"
#include "data/dict.h"
#include "data/string.h"
#include "error/checks.h"

#include <simple/runtime.h>

#include <bit>

using namespace simple::rt;

namespace {

RtValue collect(RtValue v, bool keys, const char *function) noexcept {
  Dict *dict = expectObject<Dict>(v, function);
  if (!dict)
    return RT_NIL;
  Array *array = newArray(dict->length());
  if (!array) {
    reportOutOfMemory(function);
    return RT_NIL;
  }
  forEachEntry(dict, [&](RtValue key, RtValue value) { pushArray(array, keys ? key : value); });
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

[[gnu::noinline]] RtValue dictGetSlow(RtValue v, RtValue key) noexcept {
  Dict *dict = checkedDict(v, "rt_dict_get");
  if (!dict || !expectValue(key, "rt_dict_get", "key"))
    return RT_NIL;
  RtValue value = RT_NIL;
  dictFind(dict, key, value);
  return value;
}

/// rt_dict_get of a remembered dict with a key that is neither an int nor
/// a string this thread's block cache vouches for.
[[gnu::noinline]] RtValue dictGetOtherKey(Dict *dict, RtValue key) noexcept {
  RtValue value = RT_NIL;
  if (expectValue(key, "rt_dict_get", "key"))
    dictFind(dict, key, value);
  return value;
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
    return dictGetOtherKey(dict, key);
  uint64_t position;
  switch (dictFindString(dict, string, key, hash, position)) {
  case StringLookup::Found:
    return dict->slots[position].value;
  case StringLookup::Absent:
    return RT_NIL;
  case StringLookup::Undecided:
    break;
  }
  return dictGetOtherKey(dict, key);
}

/// rt_dict_get of an int key in a remembered dict whose first group is
/// full: the whole probe sequence.
[[gnu::noinline]] RtValue dictGetIntKeyProbing(RtValue v, Dict *dict, RtValue key) noexcept {
  uint64_t hash = hashIntBits(key);
  for (detail::Probe probe(hash, dict->mask);; probe.next()) {
    detail::GroupMasks masks = detail::groupMasks(dict->control + probe.group(), hash);
    for (uint32_t match = masks.matches; match; match &= match - 1) {
      const DictSlot &slot = dict->slots[probe.group() + std::countr_zero(match)];
      if (slot.key == key)
        return slot.value;
      if (!rt_is_int(slot.key)) // a float key may equal the int
        return dictGetSlow(v, key);
    }
    if (masks.empties)
      return RT_NIL;
  }
}

[[gnu::noinline]] int64_t dictSetSlow(RtValue v, RtValue key, RtValue value) noexcept {
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
  if (!detail::isLastDict(v)) [[unlikely]]
    return dictGetSlow(v, key);
  Dict *dict = detail::rememberedDict(v);
  if (!rt_is_int(key))
    return dictGetNonIntKey(dict, key);
  // The key's first group only, which decides nearly every lookup: without
  // a loop the lookup needs no saved registers. A full group goes on in
  // dictGetIntKeyProbing.
  uint64_t hash = hashIntBits(key);
  detail::prefetchHome(dict->slots, hash, dict->mask);
  uint64_t group = hash & dict->mask & ~(detail::kGroupWidth - 1);
  detail::GroupMasks masks = detail::groupMasks(dict->control + group, hash);
  for (uint32_t match = masks.matches; match; match &= match - 1) {
    const DictSlot &slot = dict->slots[group + std::countr_zero(match)];
    if (slot.key == key) [[likely]]
      return slot.value;
    if (!rt_is_int(slot.key)) // a float key may equal the int
      return dictGetSlow(v, key);
  }
  if (masks.empties) [[likely]]
    return RT_NIL;
  return dictGetIntKeyProbing(v, dict, key);
}

int64_t rt_dict_set(RtValue v, RtValue key, RtValue value) noexcept {
  // Fast path: an int key and an int value (or a special) in a dict with
  // room; an existing entry is overwritten, a new one goes to the first
  // empty slot. Everything else - heap values to check, growth - is general.
  if (!detail::isLastDict(v) || !rt_is_int(key) || rt_tag_of(value) == RT_TAG_HEAP ||
      rt_tag_of(value) > RT_TAG_SPECIAL) [[unlikely]]
    return dictSetSlow(v, key, value);
  Dict *dict = detail::rememberedDict(v);
  if (dict->used == dict->maxUsed) [[unlikely]]
    return dictSetSlow(v, key, value);
  uint64_t hash = hashIntBits(key);
  uint8_t h2 = detail::h2Of(hash);
  detail::prefetchHome(dict->slots, hash, dict->mask);
  for (detail::Probe probe(hash, dict->mask);; probe.next()) {
    detail::GroupMasks masks = detail::groupMasks(dict->control + probe.group(), hash);
    for (uint32_t match = masks.matches; match; match &= match - 1) {
      DictSlot &slot = dict->slots[probe.group() + std::countr_zero(match)];
      if (slot.key == key) [[likely]] {
        slot.value = value;
        return 1;
      }
      if (!rt_is_int(slot.key))
        return dictSetSlow(v, key, value);
    }
    if (masks.empties) [[likely]] {
      uint64_t position = probe.group() + detail::firstEmptyFrom(masks.empties, hash);
      dict->control[position] = h2;
      dict->slots[position] = DictSlot{key, value, hash};
      dict->order[dict->used++] = static_cast<uint32_t>(position);
      ++dict->header.size;
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

RtValue rt_dict_remove(RtValue v, RtValue key) noexcept {
  Dict *dict = expectObject<Dict>(v, "rt_dict_remove");
  if (!dict || !expectValue(key, "rt_dict_remove", "key"))
    return RT_NIL;
  RtValue removed = RT_NIL;
  dictRemove(dict, key, removed);
  return removed;
}

} // extern "C"
