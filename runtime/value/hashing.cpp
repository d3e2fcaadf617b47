#include "value/hashing.h"

#include "data/string.h"
#include "data/tuple.h"
#include "sync/shared_words.h"

#include <cmath>
#include <cstring>

namespace simple::rt {
namespace {

inline uint64_t read64(const uint8_t *p) noexcept {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}
inline uint64_t read32(const uint8_t *p) noexcept {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

uint64_t hashFloat(double d) noexcept {
  if (d >= -0x1p60 && d < 0x1p60 && std::trunc(d) == d)
    return hashInt(static_cast<int64_t>(d));
  uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  return mixWords(bits ^ kHashP2, kHashP3);
}

/// The hash a tuple of `length` elements starts from; also the whole hash
/// of a tuple nested deeper than kTupleHashDepth.
inline uint64_t tupleSeed(size_t length) noexcept { return mixWords(length ^ kHashP3, kHashP1); }

/// Folds the hashes of the tuple's elements into its seed, in pre-order over
/// the unfolded tree, at most kTupleHashBudget elements in all and
/// kTupleHashDepth tuples deep, on an inline frame stack: no recursion and
/// no allocation (kTupleHashDepth frames, 1.5 KiB of stack). Equal tuples
/// unfold to equal trees, so they agree on every prefix and every cut.
uint64_t hashTuple(Tuple *root) noexcept {
  struct Frame {
    Tuple *tuple;
    size_t next;
    uint64_t hash;
  };
  Frame frames[kTupleHashDepth];
  int depth = 0;
  int budget = kTupleHashBudget;
  frames[depth++] = Frame{root, 0, tupleSeed(root->length())};
  for (;;) {
    Frame &frame = frames[depth - 1];
    uint64_t element;
    if (frame.next < frame.tuple->length() && budget > 0) {
      RtValue v = loadShared(&frame.tuple->items()[frame.next++]);
      --budget;
      Tuple *nested = nullptr;
      if (rt_is_heap(v) && trustedObject(v)->kind == Kind::Tuple)
        nested = reinterpret_cast<Tuple *>(trustedObject(v));
      if (!nested) {
        element = hashValue(v); // no tuple: never comes back here
      } else if (depth < kTupleHashDepth) {
        frames[depth++] = Frame{nested, 0, tupleSeed(nested->length())};
        continue;
      } else {
        element = tupleSeed(nested->length());
      }
    } else { // the innermost tuple is done: fold it into its parent
      element = frame.hash;
      if (--depth == 0)
        return element;
    }
    Frame &parent = frames[depth - 1];
    parent.hash = mixWords(parent.hash ^ element, kHashP2);
  }
}

} // namespace

uint64_t hashBytes(const void *data, size_t len) noexcept {
  const auto *p = static_cast<const uint8_t *>(data);
  uint64_t seed = kHashP0 ^ len;
  uint64_t a, b;
  if (len <= 16) {
    if (len >= 4) {
      size_t shift = (len >> 3) << 2;
      a = (read32(p) << 32) | read32(p + shift);
      b = (read32(p + len - 4) << 32) | read32(p + len - 4 - shift);
    } else if (len > 0) {
      a = (uint64_t(p[0]) << 16) | (uint64_t(p[len >> 1]) << 8) | p[len - 1];
      b = 0;
    } else {
      a = b = 0;
    }
  } else {
    size_t remaining = len;
    if (remaining > 48) {
      uint64_t s1 = seed, s2 = seed;
      do {
        seed = mixWords(read64(p) ^ kHashP1, read64(p + 8) ^ seed);
        s1 = mixWords(read64(p + 16) ^ kHashP2, read64(p + 24) ^ s1);
        s2 = mixWords(read64(p + 32) ^ kHashP3, read64(p + 40) ^ s2);
        p += 48;
        remaining -= 48;
      } while (remaining > 48);
      seed ^= s1 ^ s2;
    }
    while (remaining > 16) {
      seed = mixWords(read64(p) ^ kHashP1, read64(p + 8) ^ seed);
      p += 16;
      remaining -= 16;
    }
    a = read64(p + remaining - 16);
    b = read64(p + remaining - 8);
  }
  return mixWords(kHashP1 ^ len, mixWords(a ^ kHashP1, b ^ seed));
}

uint64_t hashValue(RtValue v) noexcept {
  switch (rt_tag_of(v)) {
  case RT_TAG_INT:
    return hashIntBits(v);
  case RT_TAG_FLOAT:
    return hashFloat(rt_decode_float(v));
  case RT_TAG_HEAP: {
    ObjectHeader *object = trustedObject(v);
    if (object->kind == Kind::String)
      return stringHash(reinterpret_cast<String *>(object));
    if (object->kind == Kind::Tuple)
      return hashTuple(reinterpret_cast<Tuple *>(object));
    return mixWords(v ^ kHashP1, kHashP3);
  }
  default:
    return mixWords(v ^ kHashP3, kHashP2);
  }
}

} // namespace simple::rt
