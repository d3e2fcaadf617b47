// Globals with static initializers (scalars, arrays, structs, pointers to
// other globals, a string) start with their initial values and keep changes
// made by JIT'd functions; a static local keeps state across calls.
// RUN: %clang -O0 -S -emit-llvm %s -o %t.ll
// RUN: %compare-with-lli %t.ll | FileCheck %s
// CHECK: before: counter=41 primes=2,3,5,7,11 origin=(3,-4) name=initial *ptr=41 zeroed=0
// CHECK-NEXT: after: counter=47 primes=2,3,5,7,13 origin=(6,-8) name=changed *ptr=47 zeroed=9
// CHECK-NEXT: next_id: 1 2 3
// CHECK-NEXT: const table sum=15
// CHECK-NEXT: exit=0
#include <stdio.h>
#include <string.h>

int counter = 41;
static int primes[5] = {2, 3, 5, 7, 11};
struct Point { int x, y; };
struct Point origin = {3, -4};
static char name[16] = "initial";
int *ptr = &counter;
static long zeroed;
static const int table[] = {1, 2, 3, 4, 5};

static void bump(int by) { counter += by; }
static void fix_primes(void) { primes[4] = 13; }
static void scale(struct Point *p, int k) { p->x *= k; p->y *= k; }
static void rename_(const char *n) { strcpy(name, n); }
static int next_id(void) {
  static int id; /* zero-initialised static local */
  return ++id;
}

static void show(const char *when) {
  printf("%s: counter=%d primes=%d,%d,%d,%d,%d origin=(%d,%d) name=%s *ptr=%d zeroed=%ld\n",
         when, counter, primes[0], primes[1], primes[2], primes[3], primes[4], origin.x,
         origin.y, name, *ptr, zeroed);
}

int main(void) {
  show("before");
  bump(6);
  fix_primes();
  scale(&origin, 2);
  rename_("changed");
  zeroed = 9;
  show("after");
  int a = next_id(), b = next_id(), c = next_id();
  printf("next_id: %d %d %d\n", a, b, c);
  int s = 0;
  for (int i = 0; i < 5; i++)
    s += table[i];
  printf("const table sum=%d\n", s);
  return 0;
}
