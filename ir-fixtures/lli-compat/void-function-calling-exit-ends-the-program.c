// A void function that ends the program with exit(0) after printing: the
// caller's code after the call never runs, the status is 0 even though main
// would have returned 9, and stdout buffered so far is flushed. A second RUN
// ends through _Exit(4) from a void function instead: status 4, no atexit
// handlers, and stdout flushed by hand first.
// RUN: %clang -O0 -S -emit-llvm %s -o %t.ll
// RUN: %compare-with-lli %t.ll | FileCheck %s
// RUN: %compare-with-lli %t.ll quick | FileCheck --check-prefix=QUICK %s
// CHECK: main: calling finish()
// CHECK-NEXT: finish: done, exiting with 0
// CHECK-NEXT: exit=0
// CHECK-NOT: after
// QUICK: main: calling quick_finish()
// QUICK-NEXT: quick_finish: _Exit(4)
// QUICK-NEXT: exit=4
// QUICK-NOT: after
#include <stdio.h>
#include <stdlib.h>

static void finish(void) {
  printf("finish: done, exiting with 0\n");
  exit(0);
}

static void quick_finish(void) {
  printf("quick_finish: _Exit(4)\n");
  fflush(stdout);
  _Exit(4);
}

int main(int argc, char **argv) {
  (void)argv;
  if (argc > 1) {
    printf("main: calling quick_finish()\n");
    quick_finish();
  } else {
    printf("main: calling finish()\n");
    finish();
  }
  printf("after the call\n");
  return 9;
}
