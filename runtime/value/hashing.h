// Hash functions for values: consistent with valuesEqual (equality.h).
//
//   int i             mixWords(its encoded bits, P1)
//   float d           integral and inside the int range: as the int (so 1.0
//                     hashes like 1, and -0.0 like 0); else mixWords of its bits, salted
//   nil/bool/symbol   mixWords of the bits, salted
//   string            hashBytes of its bytes, cached in the string
//   tuple             its length and its elements' hashes, in pre-order over
//                     at most kTupleHashBudget nested elements, and tuples
//                     nested kTupleHashDepth deep by their length alone
//                     (equal tuples unfold to the same tree, so they agree
//                     on the prefix and the cut); no recursion, so hashing
//                     fits a fiber's stack whatever the nesting
//   other heap value  the address (identity)
//
// The mixing is a 64x64->128-bit multiply folded to 64 bits (as in wyhash and
// absl): every input bit reaches the low bits, which pick a dict slot, and the
// high bits, which dicts keep as a tag.
#ifndef SIMPLE_RT_VALUE_HASHING_H
#define SIMPLE_RT_VALUE_HASHING_H

#include <simple/value.h>

#include <cstddef>
#include <cstdint>

namespace simple::rt {

inline constexpr uint64_t kHashP0 = 0xa0761d6478bd642full;
inline constexpr uint64_t kHashP1 = 0xe7037ed1a0b428dbull;
inline constexpr uint64_t kHashP2 = 0x8ebc6af09c88c6e3ull;
inline constexpr uint64_t kHashP3 = 0x589965cc75374cc3ull;
inline constexpr int kTupleHashBudget = 4096;
inline constexpr int kTupleHashDepth = 64;

inline uint64_t mixWords(uint64_t a, uint64_t b) noexcept {
  unsigned __int128 product = static_cast<unsigned __int128>(a) * b;
  return static_cast<uint64_t>(product) ^ static_cast<uint64_t>(product >> 64);
}

/// The hash of an int value, from its bits (the integer shifted left by 3):
/// one multiply, no decoding, for the dict fast paths.
inline uint64_t hashIntBits(RtValue v) noexcept { return mixWords(v, kHashP1); }

/// The hash of an int value's integer: that of its encoding.
inline uint64_t hashInt(int64_t i) noexcept { return hashIntBits(rt_encode_int(i)); }

/// The hash of len bytes.
uint64_t hashBytes(const void *data, size_t len) noexcept;

/// The hash of a valid value (a heap value must be a live runtime object:
/// the caller has checked it).
uint64_t hashValue(RtValue v) noexcept;

} // namespace simple::rt

#endif // SIMPLE_RT_VALUE_HASHING_H
