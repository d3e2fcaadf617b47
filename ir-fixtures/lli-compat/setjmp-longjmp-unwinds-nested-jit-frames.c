// longjmp from several JIT'd frames deep lands back in setjmp with the value
// passed; volatile locals keep their values; setjmp can be re-armed.
// RUN: %clang -O0 -S -emit-llvm %s -o %t.ll
// RUN: %compare-with-lli %t.ll | FileCheck %s
// CHECK: setjmp returned 0 (first pass)
// CHECK-NEXT: descending: 1 2 3 4
// CHECK-NEXT: setjmp returned 4, counter=4
// CHECK-NEXT: attempt 1 failed with code 11
// CHECK-NEXT: attempt 2 failed with code 12
// CHECK-NEXT: attempt 3 succeeded
// CHECK-NEXT: longjmp(0) arrives as 1
// CHECK-NEXT: exit=0
#include <setjmp.h>
#include <stdio.h>

static jmp_buf env;

static void dive(int depth, int limit) {
  printf(depth == 1 ? "descending: %d" : " %d", depth);
  if (depth == limit) {
    printf("\n");
    longjmp(env, depth);
  }
  dive(depth + 1, limit);
  printf("never printed\n");
}

static jmp_buf retry;
static void attempt(int n) {
  if (n < 3)
    longjmp(retry, 10 + n);
  printf("attempt %d succeeded\n", n);
}

int main(void) {
  volatile int counter = 0;
  int r = setjmp(env);
  if (r == 0) {
    printf("setjmp returned 0 (first pass)\n");
    counter = 4;
    dive(1, 4);
  }
  printf("setjmp returned %d, counter=%d\n", r, counter);

  volatile int n = 1;
  int code = setjmp(retry);
  if (code != 0) {
    printf("attempt %d failed with code %d\n", n, code);
    n++;
  }
  attempt(n);

  if (setjmp(env) == 0)
    longjmp(env, 0);
  else
    printf("longjmp(0) arrives as 1\n");
  return 0;
}
