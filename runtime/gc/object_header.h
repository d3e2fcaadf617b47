// The header every runtime object starts with.
//
// Invariant: a heap value (tag 0b001) that the runtime accepts points at the
// first byte of an object the collector allocated (GC_base(p) == p) whose
// first word carries kObjectMagic and a known Kind. Everything else - ints,
// pointers into the middle of an object, pointers outside the GC heap, GC
// objects that other code allocated, objects on a free list - is rejected
// before any field past the first word is read (see heap.h).
//
// Why the magic sits in the high half of the first word: when the collector
// puts a dead object on a free list it overwrites that word with a link
// pointer, whose top bits are zero in user space; a freed runtime object can
// therefore never look live. GC_malloc'd memory is cleared, and every runtime
// object is at least 16 bytes, so the whole header is always readable.
#ifndef SIMPLE_RT_GC_OBJECT_HEADER_H
#define SIMPLE_RT_GC_OBJECT_HEADER_H

#include <cstdint>

namespace simple::rt {

/// The kinds of runtime objects. Numbers are stable (tests and debuggers
/// read them); later sections of the ABI add kinds after Unique.
enum class Kind : uint8_t {
  String = 1,
  Array = 2,
  Tuple = 3,
  Dict = 4,
  Object = 5,
  Closure = 6,
  Enum = 7,
  Unique = 8,
  RawBlock = 9, ///< a block of rt_alloc; never a value
  Future = 10,
  Generator = 11,
  Channel = 12,
  Actor = 13,
  File = 14,
};
inline constexpr uint8_t kLastKind = 14;

/// The lower-case name of a kind ("string", "array", ...).
const char *kindName(Kind kind) noexcept;

inline constexpr uint32_t kObjectMagic = 0x51AB1E5Eu;

struct ObjectHeader {
  Kind kind;
  uint8_t flags;     ///< kind-specific bits
  uint16_t reserved; ///< zero
  uint32_t magic;    ///< kObjectMagic while the object is live
  uint64_t size;     ///< kind-specific count: string bytes, array length, fields, ...
};
static_assert(sizeof(ObjectHeader) == 16);

/// The magic, read atomically: another thread may clear it at the same time
/// (rt_free, rt_unique_free), which makes the object invalid from then on.
inline uint32_t loadMagic(const ObjectHeader *header) noexcept {
  return __atomic_load_n(&header->magic, __ATOMIC_RELAXED);
}

/// Clears the magic if it is still set; true for the one caller that did.
/// Racing frees of one object therefore free it once.
inline bool claimMagic(ObjectHeader *header) noexcept {
  uint32_t expected = kObjectMagic;
  return __atomic_compare_exchange_n(&header->magic, &expected, 0u, false, __ATOMIC_ACQ_REL,
                                     __ATOMIC_RELAXED);
}

/// Writes a fresh header.
inline void initHeader(ObjectHeader *header, Kind kind, uint64_t size) noexcept {
  header->kind = kind;
  header->flags = 0;
  header->reserved = 0;
  header->magic = kObjectMagic;
  header->size = size;
}

} // namespace simple::rt

#endif // SIMPLE_RT_GC_OBJECT_HEADER_H
