// Strings: immutable UTF-8 bytes (not checked: any bytes are kept as given),
// followed by a NUL so that C code can read them in place.
//
// Layout: the header (size = length in bytes), the cached hash, the bytes,
// then a NUL and zero bytes up to the next multiple of 8 (kStringWord), so
// that strings compare as whole words (wordsEqual). The padding
// costs no memory, as the collector hands out 16-byte granules anyway. The
// whole object comes from GC_malloc_atomic: nothing in it is a pointer.
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

inline constexpr size_t kStringWord = 8;
/// Strings shorter than this compare word by word, without a call (see
/// wordsEqual); longer ones through memcmp.
inline constexpr size_t kWordCompareLimit = 64;

/// The bytes a string of `len` bytes occupies after its header: the
/// contents, the NUL, and zeros up to a multiple of kStringWord.
constexpr size_t paddedStringBytes(size_t len) noexcept {
  return (len + kStringWord) & ~(kStringWord - 1);
}

/// A string of `len` bytes whose contents the caller fills in (the NUL and
/// padding after them are written); nullptr when the heap is exhausted.
inline String *allocateString(size_t len) noexcept {
  size_t padded = paddedStringBytes(len);
  auto *s = static_cast<String *>(allocateAtomic(sizeof(String) + padded));
  if (!s) [[unlikely]]
    return nullptr;
  initHeader(&s->header, Kind::String, len);
  s->cachedHash = 0;
  // The last word holds the NUL (padded - 8 <= len < padded) and the padding.
  std::memset(s->bytes() + padded - kStringWord, 0, kStringWord);
  return s;
}

/// A string holding a copy of `text`; nullptr when the heap is exhausted.
inline String *newString(std::string_view text) noexcept {
  String *s = allocateString(text.size());
  if (s && !text.empty())
    std::memcpy(s->bytes(), text.data(), text.size());
  return s;
}

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

/// Whether two strings of the same length hold the same bytes, compared as
/// whole words, padding included (zero in both); no call. For lengths below
/// kWordCompareLimit (it works for any, but memcmp is faster on long ones).
inline bool wordsEqual(const String *a, const String *b) noexcept {
  auto word = [](const String *s, size_t at) {
    uint64_t w;
    std::memcpy(&w, s->bytes() + at, sizeof w);
    return w;
  };
  // The first two words without a loop: keys are mostly shorter than 16.
  uint64_t difference = word(a, 0) ^ word(b, 0);
  if (a->length() >= kStringWord) // then the string has a second word
    difference |= word(a, kStringWord) ^ word(b, kStringWord);
  size_t padded = paddedStringBytes(a->length());
  for (size_t at = 2 * kStringWord; at < padded; at += kStringWord)
    difference |= word(a, at) ^ word(b, at);
  return difference == 0;
}

/// Whether a and b hold the same bytes.
inline bool stringsEqual(const String *a, const String *b) noexcept {
  if (a == b)
    return true;
  if (a->length() != b->length())
    return false;
  if (a->length() < kWordCompareLimit)
    return wordsEqual(a, b);
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
