// main without a return statement returns 0 (C99 5.1.2.2.3), even after a
// helper left a nonzero value around; a void helper returning early works.
// RUN: %clang -O0 -S -emit-llvm %s -o %t.ll
// RUN: %compare-with-lli %t.ll | FileCheck %s
// CHECK: helper returned early for 3
// CHECK-NEXT: helper ran to the end for 4
// CHECK-NEXT: last value 99
// CHECK-NEXT: exit=0
#include <stdio.h>

static int last;

static void helper(int x) {
  last = 99;
  if (x % 2) {
    printf("helper returned early for %d\n", x);
    return;
  }
  printf("helper ran to the end for %d\n", x);
}

int main(void) {
  helper(3);
  helper(4);
  printf("last value %d\n", last);
}
