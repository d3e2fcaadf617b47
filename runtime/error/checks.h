// Argument checks for the rt_* boundary layer (the *_abi.cpp files): each
// check either passes or records the error (with the caller's rt_* name) and
// fails, so that a boundary function reads
//
//   Array *array = expectObject<Array>(v, "rt_array_len");
//   if (!array) return -1;
//
// The checks never read memory they have not validated (see gc/heap.h).
#ifndef SIMPLE_RT_ERROR_CHECKS_H
#define SIMPLE_RT_ERROR_CHECKS_H

#include "error/error.h"
#include "gc/heap.h"

#include <cstddef>
#include <cstdint>

namespace simple::rt {

/// Records why v is not a T: a bad value or a value of another kind.
[[gnu::cold]] void reportNotA(RtValue v, Kind expected, const char *function) noexcept;
/// Records that v (an argument called `what`) is bits that are no value.
[[gnu::cold]] void reportBadValue(RtValue v, const char *function, const char *what) noexcept;
[[gnu::cold]] void reportOutOfRange(int64_t index, size_t length, const char *function) noexcept;
[[gnu::cold]] void reportOutOfMemory(const char *function) noexcept;

/// The T at v, or nullptr after recording the error.
template <class T> inline T *expectObject(RtValue v, const char *function) noexcept {
  if (T *object = objectAs<T>(v)) [[likely]]
    return object;
  reportNotA(v, T::kKind, function);
  return nullptr;
}

/// Whether v is a value; records the error otherwise.
inline bool expectValue(RtValue v, const char *function, const char *what) noexcept {
  if (rt_tag_of(v) != RT_TAG_HEAP) {
    if (rt_tag_of(v) <= RT_TAG_SPECIAL) [[likely]]
      return true;
  } else if (isValue(v)) {
    return true;
  }
  reportBadValue(v, function, what);
  return false;
}

/// Resolves an index (negative counts from the end) against a length; false
/// after recording the error when it is out of range.
inline bool resolveIndex(int64_t index, size_t length, const char *function, size_t &at) noexcept {
  int64_t resolved = index < 0 ? index + static_cast<int64_t>(length) : index;
  if (resolved >= 0 && static_cast<uint64_t>(resolved) < length) [[likely]] {
    at = static_cast<size_t>(resolved);
    return true;
  }
  reportOutOfRange(index, length, function);
  return false;
}

/// Records that a count called `what` is negative or above its limit.
void reportBadCount(int64_t count, int64_t limit, const char *function, const char *what) noexcept;

/// Whether 0 <= count <= limit; records a bad argument called `what`
/// otherwise.
inline bool expectCount(int64_t count, int64_t limit, const char *function,
                        const char *what) noexcept {
  if (count >= 0 && count <= limit) [[likely]]
    return true;
  reportBadCount(count, limit, function, what);
  return false;
}

/// Clamps slice bounds like Python: negative bounds count from the end, then
/// both are clamped to [0, length]; an empty range gives start == end.
void clampSlice(int64_t start, int64_t end, size_t length, size_t &from, size_t &to) noexcept;

} // namespace simple::rt

#endif // SIMPLE_RT_ERROR_CHECKS_H
