// Functions marked __attribute__((constructor)) run before main (lower
// priority number first, default priority last) and an
// __attribute__((destructor)) function runs after main returns, seeing the
// globals main changed. (Only one destructor: lli-19 runs several
// destructors in ascending priority order, the reverse of a native program.)
// RUN: %clang -O0 -S -emit-llvm %s -o %t.ll
// RUN: %compare-with-lli %t.ll | FileCheck %s
// CHECK: ctor 101 (state=0)
// CHECK-NEXT: ctor 202 (state=1)
// CHECK-NEXT: ctor default (state=2)
// CHECK-NEXT: main (state=3)
// CHECK-NEXT: dtor (state=30)
// CHECK-NEXT: exit=6
#include <stdio.h>

static int state;

__attribute__((constructor(202))) static void ctor202(void) { printf("ctor 202 (state=%d)\n", state++); }
__attribute__((constructor(101))) static void ctor101(void) { printf("ctor 101 (state=%d)\n", state++); }
__attribute__((constructor)) static void ctor_default(void) { printf("ctor default (state=%d)\n", state++); }
__attribute__((destructor)) static void dtor(void) { printf("dtor (state=%d)\n", state++); }

int main(void) {
  printf("main (state=%d)\n", state);
  state = 30;
  return 6;
}
