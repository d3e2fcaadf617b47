// exit(37) called three JIT'd frames below main ends the program with status
// 37 and flushes buffered stdout; nothing after the call runs.
// (Not checked here: atexit handlers registered by the JIT'd code. lli-19's
// default ORC JIT does not run them when the program calls exit(), although
// a native build would.)
// RUN: %clang -O0 -S -emit-llvm %s -o %t.ll
// RUN: %compare-with-lli %t.ll | FileCheck %s
// CHECK: main: start
// CHECK-NEXT: level 1
// CHECK-NEXT: level 2
// CHECK-NEXT: level 3: calling exit(37) with unflushed output
// CHECK-NEXT: exit=37
// CHECK-NOT: after
#include <stdio.h>
#include <stdlib.h>

static void level3(void) {
  /* No newline flush forced: stdout is a pipe, so this stays buffered. */
  printf("level 3: calling exit(37) with unflushed output\n");
  exit(37);
  printf("after exit in level3\n");
}
static int level2(void) {
  printf("level 2\n");
  level3();
  printf("after level3\n");
  return 1;
}
static int level1(void) {
  printf("level 1\n");
  int r = level2();
  printf("after level2 %d\n", r);
  return r;
}

int main(void) {
  printf("main: start\n");
  level1();
  printf("after level1\n");
  return 0;
}
