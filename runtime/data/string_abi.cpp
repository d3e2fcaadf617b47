// rt_string_*: strings at the ABI.
#include "data/string.h"
#include "error/checks.h"

#include <simple/runtime.h>

#include <cinttypes>

using namespace simple::rt;

extern "C" {

RtValue rt_string_new(const char *data, int64_t len) noexcept {
  if (!expectCount(len, kMaxStringBytes, "rt_string_new", "length"))
    return RT_NIL;
  if (len > 0 && !data) {
    recordError(RT_ERROR_BAD_ARGUMENT, "rt_string_new", "null data with length %" PRId64, len);
    return RT_NIL;
  }
  String *s = newString(std::string_view(data, static_cast<size_t>(len)));
  if (!s) {
    reportOutOfMemory("rt_string_new");
    return RT_NIL;
  }
  return rt_encode_heap(s);
}

int64_t rt_string_len(RtValue v) noexcept {
  String *s = expectObject<String>(v, "rt_string_len");
  return s ? static_cast<int64_t>(s->length()) : -1;
}

const char *rt_string_data(RtValue v) noexcept {
  String *s = expectObject<String>(v, "rt_string_data");
  return s ? s->bytes() : nullptr;
}

RtValue rt_string_concat(RtValue a, RtValue b) noexcept {
  String *left = expectObject<String>(a, "rt_string_concat");
  if (!left)
    return RT_NIL;
  String *right = expectObject<String>(b, "rt_string_concat");
  if (!right)
    return RT_NIL;
  String *s = allocateString(left->length() + right->length());
  if (!s) {
    reportOutOfMemory("rt_string_concat");
    return RT_NIL;
  }
  std::memcpy(s->bytes(), left->bytes(), left->length());
  std::memcpy(s->bytes() + left->length(), right->bytes(), right->length());
  return rt_encode_heap(s);
}

int64_t rt_string_eq(RtValue a, RtValue b) noexcept {
  String *left = expectObject<String>(a, "rt_string_eq");
  if (!left)
    return 0;
  String *right = expectObject<String>(b, "rt_string_eq");
  if (!right)
    return 0;
  return stringsEqual(left, right);
}

int64_t rt_string_char_count(RtValue v) noexcept {
  String *s = expectObject<String>(v, "rt_string_char_count");
  return s ? countCodePoints(s) : -1;
}

RtValue rt_string_slice(RtValue v, int64_t start, int64_t end) noexcept {
  String *s = expectObject<String>(v, "rt_string_slice");
  if (!s)
    return RT_NIL;
  size_t from, to;
  clampSlice(start, end, s->length(), from, to);
  if (from == 0 && to == s->length())
    return v; // strings are immutable: the whole string is itself
  String *slice = newString(s->view().substr(from, to - from));
  if (!slice) {
    reportOutOfMemory("rt_string_slice");
    return RT_NIL;
  }
  return rt_encode_heap(slice);
}

int64_t rt_string_find(RtValue v, RtValue needle) noexcept {
  String *s = expectObject<String>(v, "rt_string_find");
  if (!s)
    return -1;
  String *n = expectObject<String>(needle, "rt_string_find");
  if (!n)
    return -1;
  return findBytes(s->view(), n->view());
}

} // extern "C"
