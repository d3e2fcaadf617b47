// atexit handlers registered from JIT'd code run after main returns, last
// registered first, see the globals as main left them, and their stdout
// output still gets flushed. The same handler may be registered twice.
// (lli-19's default ORC JIT drops handlers registered while the handlers are
// running, unlike a native program, so this test does not do that.)
// RUN: %clang -O0 -S -emit-llvm %s -o %t.ll
// RUN: %compare-with-lli %t.ll | FileCheck %s
// CHECK: main: registering
// CHECK-NEXT: main: returning 5
// CHECK-NEXT: handler third
// CHECK-NEXT: handler second
// CHECK-NEXT: handler first, counter=12
// CHECK-NEXT: handler third
// CHECK-NEXT: handler first, counter=13
// CHECK-NEXT: exit=5
#include <stdio.h>
#include <stdlib.h>

static int counter;
static void first(void) { printf("handler first, counter=%d\n", counter); }
static void second(void) {
  counter++;
  printf("handler second\n");
}
static void third(void) {
  counter++;
  printf("handler third\n");
}

int main(void) {
  printf("main: registering\n");
  atexit(first);
  atexit(third);
  atexit(first);
  atexit(second);
  atexit(third);
  counter = 10;
  printf("main: returning 5\n");
  return 5;
}
