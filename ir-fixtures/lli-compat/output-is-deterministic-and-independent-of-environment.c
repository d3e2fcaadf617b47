// A program that reads no environment (PRNG with a fixed seed, hashing,
// floating point, sorting, string formatting) prints exactly the same bytes
// on every run, with the normal environment, with an empty environment and
// with unrelated variables set, under lli and simple-jit alike.
// RUN: %clang -O0 -S -emit-llvm %s -o %t.ll
// RUN: %compare-with-lli --repeat 3 %t.ll | FileCheck %s
// RUN: cp %t.sj.out %t.default.out
// RUN: %compare-with-lli --clear-env %t.ll | FileCheck %s
// RUN: diff %t.default.out %t.sj.out
// RUN: %compare-with-lli --set-env LANG=de_DE.UTF-8 --set-env LC_ALL=fr_FR.UTF-8 --set-env TZ=Asia/Tokyo --set-env MALLOC_PERTURB_=165 --set-env HOME=/nonexistent %t.ll | FileCheck %s
// RUN: diff %t.default.out %t.sj.out
// CHECK: lcg: 1103527590 377401575 662824084 1147902781 2035015474
// CHECK-NEXT: fnv1a("simple-jit")=0x36cb39e9
// CHECK-NEXT: harmonic(1000)=7.485470860550343
// CHECK-NEXT: pi/4 leibniz(100000)=0.785395663397430
// CHECK-NEXT: sorted sample: -686 -654 -409 -350 -107 -3 179 268
// CHECK-NEXT: float formats: 1.000000e-05 3.14159 1.5e+300 -0 inf
// CHECK-NEXT: uninitialised-heap-free check: 0
// CHECK-NEXT: exit=0
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long lcg_state = 1;
static unsigned lcg(void) {
  lcg_state = lcg_state * 1103515245UL + 12345UL;
  return (unsigned)(lcg_state % 2147483648UL);
}

static unsigned fnv1a(const char *s) {
  unsigned h = 2166136261u;
  for (; *s; s++) {
    h ^= (unsigned char)*s;
    h *= 16777619u;
  }
  return h;
}

static int cmp(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}

int main(void) {
  printf("lcg:");
  for (int i = 0; i < 5; i++)
    printf(" %u", lcg());
  printf("\n");
  printf("fnv1a(\"simple-jit\")=0x%08x\n", fnv1a("simple-jit"));
  double h = 0;
  for (int k = 1; k <= 1000; k++)
    h += 1.0 / k;
  printf("harmonic(1000)=%.15f\n", h);
  double pi4 = 0;
  for (int k = 0; k < 100000; k++)
    pi4 += (k % 2 ? -1.0 : 1.0) / (2 * k + 1);
  printf("pi/4 leibniz(100000)=%.15f\n", pi4);
  int sample[8];
  for (int i = 0; i < 8; i++)
    sample[i] = (int)(lcg() % 2001) - 1000;
  qsort(sample, 8, sizeof sample[0], cmp);
  printf("sorted sample:");
  for (int i = 0; i < 8; i++)
    printf(" %d", sample[i]);
  printf("\n");
  volatile double zero = 0.0;
  printf("float formats: %e %g %.1e %g %g\n", 1e-5, 3.14159265, 1.5e300, -zero, 1.0 / zero);
  /* Reads only memory it wrote: calloc'd memory is zero in every environment. */
  int *p = calloc(64, sizeof *p);
  long s = 0;
  for (int i = 0; i < 64; i++)
    s += p[i];
  free(p);
  printf("uninitialised-heap-free check: %ld\n", s);
  return 0;
}
