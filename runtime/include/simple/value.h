// The value encoding shared by the runtime, the JIT and compiled programs.
//
// Every runtime value is one 64-bit word (an i64 in IR). Its three low bits
// are a tag:
//
//   tag 0b000  int      signed 61-bit integer in bits 3..63: v = (uint64_t)i << 3,
//                       read back with an arithmetic shift right by 3.
//   tag 0b001  heap     pointer to a GC object (8-byte aligned): v = ptr | 1.
//   tag 0b010  float    the top 61 bits of an IEEE-754 double: v = (bits >> 3) << 3 | 2;
//                       reading clears the tag, so the 3 lowest mantissa bits are lost.
//   tag 0b011  special  payload (bits 3..63) 0 = nil, 1 = true, 2 = false,
//                       larger payloads are symbol ids.
//   tags 4..7  invalid  never produced; every rt_* function treats them as bad input.
//
// So nil is 0x3, true is 0xB, false is 0x13 and the int 5 is 0x28. The
// inline helpers below only encode and decode bits; they never look at the
// heap. Checking that a heap value really points at a live runtime object is
// the runtime's job (see runtime/gc/heap.h).
#ifndef SIMPLE_VALUE_H
#define SIMPLE_VALUE_H

#include <stdint.h>
#include <string.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef uint64_t RtValue;

enum {
  RT_TAG_MASK = 0x7,
  RT_TAG_INT = 0x0,
  RT_TAG_HEAP = 0x1,
  RT_TAG_FLOAT = 0x2,
  RT_TAG_SPECIAL = 0x3,
};

#define RT_NIL ((RtValue)0x3)
#define RT_TRUE ((RtValue)0xB)
#define RT_FALSE ((RtValue)0x13)

/// Smallest and largest integers an int value holds (61-bit two's complement).
#define RT_INT_MIN (-((int64_t)1 << 60))
#define RT_INT_MAX (((int64_t)1 << 60) - 1)

static inline unsigned rt_tag_of(RtValue v) { return (unsigned)(v & RT_TAG_MASK); }
static inline int rt_is_int(RtValue v) { return rt_tag_of(v) == RT_TAG_INT; }
static inline int rt_is_heap(RtValue v) { return rt_tag_of(v) == RT_TAG_HEAP; }
static inline int rt_is_float(RtValue v) { return rt_tag_of(v) == RT_TAG_FLOAT; }
static inline int rt_is_bool(RtValue v) { return v == RT_TRUE || v == RT_FALSE; }

/// Encodes i without a range check: bits above the 61st are lost.
static inline RtValue rt_encode_int(int64_t i) { return (RtValue)((uint64_t)i << 3); }
static inline int64_t rt_decode_int(RtValue v) { return (int64_t)v >> 3; }

static inline RtValue rt_encode_float(double d) {
  uint64_t bits;
  memcpy(&bits, &d, sizeof bits);
  return ((bits >> 3) << 3) | RT_TAG_FLOAT;
}
static inline double rt_decode_float(RtValue v) {
  uint64_t bits = v & ~(uint64_t)RT_TAG_MASK;
  double d;
  memcpy(&d, &bits, sizeof d);
  return d;
}

static inline RtValue rt_encode_heap(const void *object) {
  return (RtValue)(uintptr_t)object | RT_TAG_HEAP;
}
static inline void *rt_decode_heap(RtValue v) {
  return (void *)(uintptr_t)(v & ~(uint64_t)RT_TAG_MASK);
}

#ifdef __cplusplus
} // extern "C"
#endif

#endif // SIMPLE_VALUE_H
