// libc's qsort and bsearch call comparison functions that live in JIT'd code.
// RUN: %clang -O0 -S -emit-llvm %s -o %t.ll
// RUN: %compare-with-lli %t.ll | FileCheck %s
// CHECK: ints ascending: -7 0 3 3 8 15 42 99
// CHECK: ints descending: 99 42 15 8 3 3 0 -7
// CHECK: names: alice bob carol dave eve
// CHECK: people by age: eve(19) bob(25) alice(31) dave(40) carol(52)
// CHECK: bsearch 15 -> index 5
// CHECK: bsearch 16 -> not found
// CHECK: comparator calls > 0: 1
// CHECK: exit=0
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int calls;
static int asc(const void *a, const void *b) {
  calls++;
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}
static int desc(const void *a, const void *b) { return asc(b, a); }
static int by_name(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}
struct Person { const char *name; int age; };
static int by_age(const void *a, const void *b) {
  return ((const struct Person *)a)->age - ((const struct Person *)b)->age;
}

static void print_ints(const char *label, const int *v, int n) {
  printf("%s:", label);
  for (int i = 0; i < n; i++)
    printf(" %d", v[i]);
  printf("\n");
}

int main(void) {
  int v[] = {42, 3, -7, 15, 0, 99, 3, 8};
  int n = sizeof v / sizeof v[0];
  qsort(v, n, sizeof v[0], asc);
  print_ints("ints ascending", v, n);
  int key = 15;
  int *hit = bsearch(&key, v, n, sizeof v[0], asc);
  int w[8];
  memcpy(w, v, sizeof w);
  qsort(w, n, sizeof w[0], desc);
  print_ints("ints descending", w, n);

  const char *names[] = {"dave", "bob", "eve", "alice", "carol"};
  qsort(names, 5, sizeof names[0], by_name);
  printf("names:");
  for (int i = 0; i < 5; i++)
    printf(" %s", names[i]);
  printf("\n");

  struct Person ps[] = {{"alice", 31}, {"bob", 25}, {"carol", 52}, {"dave", 40}, {"eve", 19}};
  qsort(ps, 5, sizeof ps[0], by_age);
  printf("people by age:");
  for (int i = 0; i < 5; i++)
    printf(" %s(%d)", ps[i].name, ps[i].age);
  printf("\n");

  printf("bsearch 15 -> index %ld\n", hit ? (long)(hit - v) : -1L);
  key = 16;
  printf("bsearch 16 -> %s\n", bsearch(&key, v, n, sizeof v[0], asc) ? "found" : "not found");
  printf("comparator calls > 0: %d\n", calls > 0);
  return 0;
}
