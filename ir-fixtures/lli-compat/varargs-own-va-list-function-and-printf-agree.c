// A variadic function written in C (va_start/va_arg/va_copy/va_end), a
// vprintf-style wrapper handing a va_list to libc, and printf itself with
// ints, longs, doubles and strings mixed beyond the register save area.
// RUN: %clang -O0 -S -emit-llvm %s -o %t.ll
// RUN: %compare-with-lli %t.ll | FileCheck %s
// CHECK: sum_ints(0)=0
// CHECK: sum_ints(3)=6
// CHECK: sum_ints(12)=78
// CHECK: mean(1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5, 10.5)=6.000000 twice=6.000000
// CHECK: [log] 3 apples, 2.250 kg, total 0x2a
// CHECK: mixed: 1 2 3 4 5 6 7 8 | 1.25 2.50 3.75 | long=-9000000000 str=end
// CHECK: exit=0
#include <stdarg.h>
#include <stdio.h>

static int sum_ints(int count, ...) {
  va_list ap;
  va_start(ap, count);
  int s = 0;
  for (int i = 0; i < count; i++)
    s += va_arg(ap, int);
  va_end(ap);
  return s;
}

/* Walks the doubles twice: once directly and once through a va_copy. */
static double mean(double *via_copy, int count, ...) {
  va_list ap, again;
  va_start(ap, count);
  va_copy(again, ap);
  double s = 0;
  for (int i = 0; i < count; i++)
    s += va_arg(ap, double);
  double t = 0;
  for (int i = 0; i < count; i++)
    t += va_arg(again, double);
  va_end(again);
  va_end(ap);
  *via_copy = t / count;
  return s / count;
}

static void logf_(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fputs("[log] ", stdout);
  vprintf(fmt, ap);
  va_end(ap);
}

int main(void) {
  printf("sum_ints(0)=%d\n", sum_ints(0));
  printf("sum_ints(3)=%d\n", sum_ints(3, 1, 2, 3));
  printf("sum_ints(12)=%d\n", sum_ints(12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
  double again;
  double m = mean(&again, 10, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5, 10.5);
  printf("mean(1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5, 10.5)=%f twice=%f\n", m, again);
  logf_("%d %s, %.3f kg, total %#x\n", 3, "apples", 2.25, 42);
  printf("mixed: %d %d %d %d %d %d %d %d | %.2f %.2f %.2f | long=%ld str=%s\n",
         1, 2, 3, 4, 5, 6, 7, 8, 1.25, 2.5, 3.75, -9000000000L, "end");
  return 0;
}
