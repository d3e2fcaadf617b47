// scanf/getchar on stdin work in JIT'd code: numbers piped in are parsed and
// summed, EOF is detected.
// RUN: %clang -O0 -S -emit-llvm %s -o %t.ll
// RUN: echo "17 25 -8 1000 3" | %compare-with-lli %t.ll | FileCheck %s
// RUN: %compare-with-lli %t.ll < /dev/null | FileCheck --check-prefix=EMPTY %s
// CHECK: read 17
// CHECK-NEXT: read 25
// CHECK-NEXT: read -8
// CHECK-NEXT: read 1000
// CHECK-NEXT: read 3
// CHECK-NEXT: count=5 sum=1037 max=1000
// CHECK-NEXT: exit=0
// EMPTY: count=0 sum=0 max=none
// EMPTY-NEXT: exit=1
#include <stdio.h>

int main(void) {
  int x, count = 0;
  long sum = 0;
  int max = 0;
  while (scanf("%d", &x) == 1) {
    printf("read %d\n", x);
    if (count == 0 || x > max)
      max = x;
    count++;
    sum += x;
  }
  if (count == 0) {
    printf("count=0 sum=0 max=none\n");
    return 1;
  }
  printf("count=%d sum=%ld max=%d\n", count, sum, max);
  return 0;
}
