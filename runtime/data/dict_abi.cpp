// rt_dict_*: dicts at the ABI.
#include "data/array.h"
#include "data/dict.h"
#include "error/checks.h"

#include <simple/runtime.h>

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
  Dict *dict = expectObject<Dict>(v, "rt_dict_get");
  if (!dict || !expectValue(key, "rt_dict_get", "key"))
    return RT_NIL;
  RtValue value = RT_NIL;
  dictFind(dict, key, value);
  return value;
}

int64_t rt_dict_set(RtValue v, RtValue key, RtValue value) noexcept {
  Dict *dict = expectObject<Dict>(v, "rt_dict_set");
  if (!dict || !expectValue(key, "rt_dict_set", "key") ||
      !expectValue(value, "rt_dict_set", "value"))
    return 0;
  if (!dictSet(dict, key, value)) {
    reportOutOfMemory("rt_dict_set");
    return 0;
  }
  return 1;
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
