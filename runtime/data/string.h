// Strings: immutable UTF-8 bytes (not checked: any bytes are kept as given),
// followed by a NUL so that C code can read them in place.
//
// Layout: the header (size = length in bytes), the cached hash, the bytes.
// The whole object comes from GC_malloc_atomic: nothing in it is a pointer.
#ifndef SIMPLE_RT_DATA_STRING_H
#define SIMPLE_RT_DATA_STRING_H

#include "gc/heap.h"
#include "value/hashing.h"

#include <cstring>
#include <string_view>

namespace simple::rt {

struct String {
  static constexpr Kind kKind = Kind::String;
  ObjectHeader header;
  uint64_t cachedHash; ///< 0 until computed (a computed 0 is stored as 1)

  char *bytes() noexcept { return reinterpret_cast<char *>(this + 1); }
  const char *bytes() const noexcept { return reinterpret_cast<const char *>(this + 1); }
  size_t length() const noexcept { return header.size; }
  std::string_view view() const noexcept { return {bytes(), length()}; }
};
static_assert(sizeof(String) == 24);

/// A string of `len` bytes whose contents the caller fills in (the NUL after
/// them is written); nullptr when the heap is exhausted.
String *allocateString(size_t len) noexcept;

/// A string holding a copy of `text`; nullptr when the heap is exhausted.
String *newString(std::string_view text) noexcept;

/// The string value holding a copy of `text`; nil when the heap is exhausted.
RtValue newStringValue(std::string_view text) noexcept;

/// The hash of the string's bytes, computed once.
inline uint64_t stringHash(String *s) noexcept {
  uint64_t hash = __atomic_load_n(&s->cachedHash, __ATOMIC_RELAXED);
  if (hash == 0) [[unlikely]] {
    hash = hashBytes(s->bytes(), s->length());
    hash += hash == 0;
    __atomic_store_n(&s->cachedHash, hash, __ATOMIC_RELAXED);
  }
  return hash;
}

/// Whether a and b hold the same bytes.
inline bool stringsEqual(const String *a, const String *b) noexcept {
  if (a == b)
    return true;
  if (a->length() != b->length())
    return false;
  uint64_t ha = __atomic_load_n(&a->cachedHash, __ATOMIC_RELAXED);
  uint64_t hb = __atomic_load_n(&b->cachedHash, __ATOMIC_RELAXED);
  if (ha != 0 && hb != 0 && ha != hb)
    return false;
  return std::memcmp(a->bytes(), b->bytes(), a->length()) == 0;
}

/// The number of code points: bytes that do not start with the bits 10.
int64_t countCodePoints(const String *s) noexcept;

/// The byte offset of the first occurrence of needle in haystack, or -1.
int64_t findBytes(std::string_view haystack, std::string_view needle) noexcept;

} // namespace simple::rt

#endif // SIMPLE_RT_DATA_STRING_H
