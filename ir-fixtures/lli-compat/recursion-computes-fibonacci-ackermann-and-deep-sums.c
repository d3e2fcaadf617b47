// Plain, mutual and deep recursion in JIT'd code give the same results as lli.
// RUN: %clang -O0 -S -emit-llvm %s -o %t.ll
// RUN: %compare-with-lli %t.ll | FileCheck %s
// CHECK: fib(0)=0
// CHECK: fib(20)=6765
// CHECK: ack(2,3)=9
// CHECK: ack(3,3)=61
// CHECK: is_even(1001)=0 is_odd(1001)=1
// CHECK: deep_sum(20000)=200010000
// CHECK: hanoi(10) moves=1023
// CHECK: exit=0
#include <stdio.h>

static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

static int ack(int m, int n) {
  if (m == 0)
    return n + 1;
  if (n == 0)
    return ack(m - 1, 1);
  return ack(m - 1, ack(m, n - 1));
}

static int is_odd(unsigned n);
static int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }
static int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }

/* Not a tail call at -O0: each level keeps a frame alive. */
static long deep_sum(long n) { return n == 0 ? 0 : n + deep_sum(n - 1); }

static long moves;
static void hanoi(int n, int from, int to, int via) {
  if (n == 0)
    return;
  hanoi(n - 1, from, via, to);
  moves++;
  hanoi(n - 1, via, to, from);
}

int main(void) {
  printf("fib(0)=%d\n", fib(0));
  printf("fib(20)=%d\n", fib(20));
  printf("ack(2,3)=%d\n", ack(2, 3));
  printf("ack(3,3)=%d\n", ack(3, 3));
  printf("is_even(1001)=%d is_odd(1001)=%d\n", is_even(1001), is_odd(1001));
  printf("deep_sum(20000)=%ld\n", deep_sum(20000));
  hanoi(10, 1, 3, 2);
  printf("hanoi(10) moves=%ld\n", moves);
  return 0;
}
