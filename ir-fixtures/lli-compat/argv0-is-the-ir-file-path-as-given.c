// argv[0] is the IR file's path exactly as it was given on the command line
// (as lli passes it), for an absolute and for a relative path.
// RUN: %clang -O0 -S -emit-llvm %s -o %t.ll
// RUN: %compare-with-lli %t.ll one | FileCheck -DIRFILE=%t.ll %s
// RUN: cd %T && %compare-with-lli %basename_t.tmp.ll | FileCheck -DIRFILE=%basename_t.tmp.ll --check-prefix=REL %s
// CHECK: argv[0]=[[IRFILE]]
// CHECK-NEXT: argc=2
// CHECK-NEXT: exit=0
// REL: argv[0]=[[IRFILE]]
// REL-NEXT: argc=1
#include <stdio.h>

int main(int argc, char **argv) {
  printf("argv[0]=%s\n", argv[0]);
  printf("argc=%d\n", argc);
  return 0;
}
