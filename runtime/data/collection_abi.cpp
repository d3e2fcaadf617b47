// rt_len, rt_index_get/set, rt_contains, rt_slice: Simple's generic
// collection operations. Each dispatches on the kind of the collection to the
// same thread-safe helpers the kind-specific rt_* functions use: arrays are
// read under the sequence-lock protocol of data/array.h (readArrayItem,
// snapshotArray, readConsistently) and written under their lock
// (setArrayItem); dicts go through dictFind/dictSet; tuple items are single
// shared words; strings are immutable.
#include "data/array.h"
#include "data/dict.h"
#include "data/string.h"
#include "data/tuple.h"
#include "error/checks.h"
#include "value/equality.h"
#include "value/type_name.h"

#include <simple/runtime.h>

#include <algorithm>
#include <cinttypes>

using namespace simple::rt;

namespace {

/// Records that v is not a collection the function takes (`accepted` names
/// the kinds): bad value for bits that are no value, else wrong kind.
[[gnu::cold]] void reportNotACollection(RtValue v, const char *function,
                                        const char *accepted) noexcept {
  recordError(isValue(v) ? RT_ERROR_WRONG_KIND : RT_ERROR_BAD_VALUE, function,
              "expected %s, got %s", accepted, typeNameOf(v));
}

/// The object of a heap value, or nullptr for anything else (immediates,
/// bits that are no value, raw rt_alloc blocks); validated (gc/heap.h).
ObjectHeader *heapObjectOf(RtValue v) noexcept {
  ObjectHeader *header = objectOf(v);
  return header && header->kind != Kind::RawBlock ? header : nullptr;
}

/// The integer of an index argument (an int value); false after recording
/// the error otherwise.
bool expectIndex(RtValue index, const char *function, int64_t &out) noexcept {
  if (rt_is_int(index)) [[likely]] {
    out = rt_decode_int(index);
    return true;
  }
  recordError(isValue(index) ? RT_ERROR_WRONG_KIND : RT_ERROR_BAD_VALUE, function,
              "expected an int index, got %s", typeNameOf(index));
  return false;
}

/// The array item at index (negative from the end), read atomically; an
/// array that shrank between the length and the read is read again.
bool arrayItemAt(Array *array, int64_t index, const char *function, RtValue &item) noexcept {
  for (;;) {
    size_t length = array->length(), at;
    if (!resolveIndex(index, length, function, at))
      return false;
    if (readArrayItem(array, at, item))
      return true;
  }
}

/// Python's bounds for a negative step: both count from the end when
/// negative, then clamp to [-1, length - 1]; the slice walks from `from`
/// down to just above `to`.
void clampDescending(int64_t start, int64_t end, int64_t length, int64_t &from,
                     int64_t &to) noexcept {
  auto clamp = [length](int64_t bound) {
    if (bound < 0)
      bound += length;
    if (bound < 0)
      return int64_t(-1);
    return bound >= length ? length - 1 : bound;
  };
  from = clamp(start);
  to = clamp(end);
}

RtValue sliceArray(Array *array, int64_t start, int64_t end, int64_t step) noexcept {
  // One snapshot: the bounds are clamped against the length of the same
  // moment the items are copied from.
  ArraySnapshot snapshot = snapshotArray(array);
  if (snapshot.outOfMemory) {
    reportOutOfMemory("rt_slice");
    return RT_NIL;
  }
  // The first position and how many: computed without overflow for any
  // step (|step| may be near 2^63).
  int64_t first;
  uint64_t count;
  if (step > 0) {
    size_t from, to;
    clampSlice(start, end, snapshot.count, from, to);
    first = static_cast<int64_t>(from);
    count = to > from ? (to - from - 1) / static_cast<uint64_t>(step) + 1 : 0;
  } else {
    int64_t from, to;
    clampDescending(start, end, static_cast<int64_t>(snapshot.count), from, to);
    uint64_t magnitude = uint64_t(0) - static_cast<uint64_t>(step);
    first = from;
    count = from > to ? (static_cast<uint64_t>(from - to) - 1) / magnitude + 1 : 0;
  }
  Array *result = newArray(count);
  if (!result) {
    reportOutOfMemory("rt_slice");
    return RT_NIL;
  }
  // first + k * step stays inside [0, length) for k < count.
  for (uint64_t k = 0; k < count; ++k) {
    uint64_t position = static_cast<uint64_t>(first) + k * static_cast<uint64_t>(step);
    if (!pushArray(result, snapshot.items[position])) {
      reportOutOfMemory("rt_slice");
      return RT_NIL;
    }
  }
  return rt_encode_heap(result);
}

RtValue sliceString(RtValue v, String *s, int64_t start, int64_t end) noexcept {
  size_t from, to;
  clampSlice(start, end, s->length(), from, to);
  if (from == 0 && to == s->length())
    return v; // immutable: the whole string is itself
  String *slice = newString(s->view().substr(from, to - from));
  if (!slice) {
    reportOutOfMemory("rt_slice");
    return RT_NIL;
  }
  return rt_encode_heap(slice);
}

} // namespace

extern "C" {

int64_t rt_len(RtValue c) noexcept {
  if (ObjectHeader *header = heapObjectOf(c)) {
    switch (header->kind) {
    case Kind::String:
      return static_cast<int64_t>(reinterpret_cast<String *>(header)->length());
    case Kind::Array:
      return static_cast<int64_t>(reinterpret_cast<Array *>(header)->length());
    case Kind::Tuple:
      return static_cast<int64_t>(reinterpret_cast<Tuple *>(header)->length());
    case Kind::Dict:
      return static_cast<int64_t>(reinterpret_cast<Dict *>(header)->length());
    default:
      break;
    }
  }
  reportNotACollection(c, "rt_len", "a string, array, tuple or dict");
  return -1;
}

RtValue rt_index_get(RtValue c, RtValue index) noexcept {
  const char *function = "rt_index_get";
  ObjectHeader *header = heapObjectOf(c);
  Kind kind = header ? header->kind : Kind::RawBlock;
  if (kind == Kind::Dict) {
    // A dict's value for that key; nil when absent (not an error).
    if (!expectValue(index, function, "key"))
      return RT_NIL;
    RtValue value = RT_NIL;
    dictFind(reinterpret_cast<Dict *>(header), index, value);
    return value;
  }
  if (kind != Kind::Array && kind != Kind::Tuple && kind != Kind::String) {
    reportNotACollection(c, function, "a string, array, tuple or dict");
    return RT_NIL;
  }
  int64_t i;
  if (!expectIndex(index, function, i))
    return RT_NIL;
  RtValue item = RT_NIL;
  size_t at;
  switch (kind) {
  case Kind::Array:
    arrayItemAt(reinterpret_cast<Array *>(header), i, function, item);
    return item;
  case Kind::Tuple: {
    auto *tuple = reinterpret_cast<Tuple *>(header);
    if (!resolveIndex(i, tuple->length(), function, at))
      return RT_NIL;
    return loadShared(&tuple->items()[at]);
  }
  default: { // a string's byte at that index, as an int 0..255
    auto *s = reinterpret_cast<String *>(header);
    if (!resolveIndex(i, s->length(), function, at))
      return RT_NIL;
    return rt_encode_int(static_cast<unsigned char>(s->bytes()[at]));
  }
  }
}

int64_t rt_index_set(RtValue c, RtValue index, RtValue v) noexcept {
  const char *function = "rt_index_set";
  ObjectHeader *header = heapObjectOf(c);
  Kind kind = header ? header->kind : Kind::RawBlock;
  if (kind != Kind::Array && kind != Kind::Tuple && kind != Kind::Dict) {
    // Strings are immutable.
    reportNotACollection(c, function, "an array, tuple or dict");
    return 0;
  }
  if (!expectValue(v, function, "value"))
    return 0;
  if (kind == Kind::Dict) {
    if (!expectValue(index, function, "key"))
      return 0;
    if (!dictSet(reinterpret_cast<Dict *>(header), index, v)) {
      reportOutOfMemory(function);
      return 0;
    }
    return 1;
  }
  int64_t i;
  if (!expectIndex(index, function, i))
    return 0;
  if (kind == Kind::Array) {
    size_t length;
    switch (setArrayItem(reinterpret_cast<Array *>(header), i, v, length)) {
    case ArrayUpdate::Done:
      return 1;
    case ArrayUpdate::OutOfRange:
      reportOutOfRange(i, length, function);
      return 0;
    case ArrayUpdate::OutOfMemory:
      reportOutOfMemory(function);
      return 0;
    }
    return 0;
  }
  auto *tuple = reinterpret_cast<Tuple *>(header);
  size_t at;
  if (!resolveIndex(i, tuple->length(), function, at))
    return 0;
  storeShared(&tuple->items()[at], v);
  return 1;
}

int64_t rt_contains(RtValue c, RtValue v) noexcept {
  const char *function = "rt_contains";
  ObjectHeader *header = heapObjectOf(c);
  Kind kind = header ? header->kind : Kind::RawBlock;
  if (kind != Kind::Array && kind != Kind::Tuple && kind != Kind::Dict && kind != Kind::String) {
    reportNotACollection(c, function, "a string, array, tuple or dict");
    return 0;
  }
  if (!expectValue(v, function, "value"))
    return 0;
  switch (kind) {
  case Kind::Array:
    return arrayContains(reinterpret_cast<Array *>(header), v) ? 1 : 0;
  case Kind::Tuple: {
    auto *tuple = reinterpret_cast<Tuple *>(header);
    for (size_t i = 0; i < tuple->length(); ++i) {
      if (valuesEqual(loadShared(&tuple->items()[i]), v))
        return 1;
    }
    return 0;
  }
  case Kind::Dict: {
    RtValue value;
    return dictFind(reinterpret_cast<Dict *>(header), v, value);
  }
  default: { // a substring
    String *needle = objectAs<String>(v);
    if (!needle) {
      reportNotACollection(v, function, "a string to look for in a string");
      return 0;
    }
    return findBytes(reinterpret_cast<String *>(header)->view(), needle->view()) >= 0;
  }
  }
}

RtValue rt_slice(RtValue c, int64_t start, int64_t end, int64_t step) noexcept {
  const char *function = "rt_slice";
  ObjectHeader *header = heapObjectOf(c);
  Kind kind = header ? header->kind : Kind::RawBlock;
  if (kind != Kind::Array && kind != Kind::String) {
    reportNotACollection(c, function, "an array or a string");
    return RT_NIL;
  }
  if (step == 0 || (kind == Kind::String && step != 1)) {
    recordError(RT_ERROR_BAD_ARGUMENT, function, "step %" PRId64 " is not allowed for %s", step,
                kind == Kind::String ? "a string (only 1 is)" : "an array (0 never is)");
    return RT_NIL;
  }
  if (kind == Kind::String)
    return sliceString(c, reinterpret_cast<String *>(header), start, end);
  return sliceArray(reinterpret_cast<Array *>(header), start, end, step);
}

} // extern "C"
