// The process exit status is the int that main returns: a plain nonzero
// constant, selected at run time by the argument count.
// RUN: %clang -O0 -S -emit-llvm %s -o %t.ll
// RUN: %compare-with-lli %t.ll | FileCheck --check-prefix=THREE %s
// RUN: %compare-with-lli %t.ll a | FileCheck --check-prefix=ONE %s
// RUN: %compare-with-lli %t.ll a b | FileCheck --check-prefix=MAX %s
// THREE: returning 3
// THREE-NEXT: exit=3
// ONE: returning 1
// ONE-NEXT: exit=1
// MAX: returning 255
// MAX-NEXT: exit=255
#include <stdio.h>

int main(int argc, char **argv) {
  (void)argv;
  int code = argc == 1 ? 3 : argc == 2 ? 1 : 255;
  printf("returning %d\n", code);
  return code;
}
