// main returns a value computed at run time (a checksum); the exit status is
// that value modulo 256, as for a native process, including values above 255
// and negative values.
// RUN: %clang -O0 -S -emit-llvm %s -o %t.ll
// RUN: %compare-with-lli %t.ll | FileCheck %s
// RUN: %compare-with-lli %t.ll big | FileCheck --check-prefix=BIG %s
// RUN: %compare-with-lli %t.ll big negative | FileCheck --check-prefix=NEG %s
// CHECK: checksum=77
// CHECK-NEXT: exit=77
// BIG: checksum=333
// BIG-NEXT: exit=77
// NEG: checksum=-2
// NEG-NEXT: exit=254
#include <stdio.h>

static int checksum(const char *s) {
  int h = 0;
  for (; *s; s++)
    h = (h * 31 + *s) % 1000;
  return h;
}

int main(int argc, char **argv) {
  (void)argv;
  int v = checksum("simple") % 100 + 7; /* 70 + 7 = 77 */
  if (argc >= 2)
    v += 256;
  if (argc >= 3)
    v = -2;
  printf("checksum=%d\n", v);
  return v;
}
