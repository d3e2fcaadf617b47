// libm functions resolved from the host process (sin, cos, pow, sqrt, fmod,
// exp, log, atan2, floor, ceil) return the same values, printed with %.6f.
// RUN: %clang -O0 -S -emit-llvm %s -o %t.ll
// RUN: %compare-with-lli %t.ll | FileCheck %s
// CHECK: sin(0.5)=0.479426
// CHECK: sin(pi/2)=1.000000
// CHECK: cos(1)=0.540302
// CHECK: pow(2,10)=1024.000000
// CHECK: pow(2.5,1.5)=3.952847
// CHECK: sqrt(2)=1.414214
// CHECK: fmod(10.5,3)=1.500000
// CHECK: fmod(-7.25,2)=-1.250000
// CHECK: exp(1)=2.718282
// CHECK: log(100)=4.605170
// CHECK: atan2(1,-1)=2.356194
// CHECK: floor(-2.5)=-3.000000 ceil(-2.5)=-2.000000
// CHECK: sqrtf(9)=3.000000
// CHECK: sum of sin(k) k=1..100: -0.127171
// CHECK: exit=0
#include <math.h>
#include <stdio.h>

/* volatile stops clang folding the calls into constants at compile time. */
static volatile double half = 0.5, one = 1.0, two = 2.0, ten = 10.0;

int main(void) {
  double pi = acos(-1.0);
  printf("sin(0.5)=%.6f\n", sin(half));
  printf("sin(pi/2)=%.6f\n", sin(pi / 2));
  printf("cos(1)=%.6f\n", cos(one));
  printf("pow(2,10)=%.6f\n", pow(two, ten));
  printf("pow(2.5,1.5)=%.6f\n", pow(two + half, one + half));
  printf("sqrt(2)=%.6f\n", sqrt(two));
  printf("fmod(10.5,3)=%.6f\n", fmod(ten + half, 3.0));
  printf("fmod(-7.25,2)=%.6f\n", fmod(-7.25 * one, two));
  printf("exp(1)=%.6f\n", exp(one));
  printf("log(100)=%.6f\n", log(ten * ten));
  printf("atan2(1,-1)=%.6f\n", atan2(one, -one));
  printf("floor(-2.5)=%.6f ceil(-2.5)=%.6f\n", floor(-two - half), ceil(-two - half));
  volatile float nine = 9.0f;
  printf("sqrtf(9)=%.6f\n", sqrtf(nine));
  double s = 0;
  for (int k = 1; k <= 100; k++)
    s += sin(k * one);
  printf("sum of sin(k) k=1..100: %.6f\n", s);
  return 0;
}
