// Structs of every x86-64 ABI class (in registers, mixed int/SSE, in memory
// via sret/byval) survive being passed and returned by value.
// RUN: %clang -O0 -S -emit-llvm %s -o %t.ll
// RUN: %compare-with-lli %t.ll | FileCheck %s
// CHECK: small: 3 -4
// CHECK: mixed: 2.500000 7
// CHECK: floats: 1.500000 -2.250000 3.000000
// CHECK: big: 1 2 3 4 5 6 7 8 | sum=36
// CHECK: bytes: abc
// CHECK: caller copy untouched: 1 2 3 4 5 6 7 8
// CHECK: nested: 10 20 30.000000
// CHECK: exit=0
#include <stdio.h>

struct Small { int a, b; };                  /* one INTEGER eightbyte */
struct Mixed { double d; long l; };          /* SSE + INTEGER */
struct Floats { float x, y, z; };            /* SSE, SSE */
struct Big { long v[8]; };                   /* MEMORY: sret / byval */
struct Bytes { char c[3]; };                 /* odd size */
struct Inner { short s; int i; };
struct Outer { struct Inner in; double d; };

static struct Small swap_negate(struct Small s) {
  struct Small r = {s.b, -s.a};
  return r;
}
static struct Mixed halve(struct Mixed m) {
  m.d /= 2;
  m.l += 2;
  return m;
}
static struct Floats scale(struct Floats f, float k) {
  struct Floats r = {f.x * k, f.y * k, f.z * k};
  return r;
}
static struct Big fill(long start) {
  struct Big b;
  for (int i = 0; i < 8; i++)
    b.v[i] = start + i;
  return b;
}
static long sum_and_clobber(struct Big b) {
  long s = 0;
  for (int i = 0; i < 8; i++) {
    s += b.v[i];
    b.v[i] = -1; /* must not affect the caller's copy */
  }
  return s;
}
static struct Bytes make_bytes(char first) {
  struct Bytes b = {{first, (char)(first + 1), (char)(first + 2)}};
  return b;
}
static struct Outer grow(struct Outer o) {
  o.in.s *= 10;
  o.in.i *= 10;
  o.d *= 10;
  return o;
}

int main(void) {
  struct Small s = swap_negate((struct Small){4, 3});
  printf("small: %d %d\n", s.a, s.b);
  struct Mixed m = halve((struct Mixed){5.0, 5});
  printf("mixed: %f %ld\n", m.d, m.l);
  struct Floats f = scale((struct Floats){1.0f, -1.5f, 2.0f}, 1.5f);
  printf("floats: %f %f %f\n", f.x, f.y, f.z);
  struct Big b = fill(1);
  long sum = sum_and_clobber(b);
  printf("big:");
  for (int i = 0; i < 8; i++)
    printf(" %ld", b.v[i]);
  printf(" | sum=%ld\n", sum);
  struct Bytes by = make_bytes('a');
  printf("bytes: %c%c%c\n", by.c[0], by.c[1], by.c[2]);
  printf("caller copy untouched:");
  for (int i = 0; i < 8; i++)
    printf(" %ld", b.v[i]);
  printf("\n");
  struct Outer o = grow((struct Outer){{1, 2}, 3.0});
  printf("nested: %d %d %f\n", o.in.s, o.in.i, o.d);
  return 0;
}
