// A switch over 100 dense cases (jump table) and a sparse switch (compare
// tree) on int, plus a switch on chars with fallthrough, pick the right
// case for every value and the default outside the range.
// RUN: %clang -O0 -S -emit-llvm %s -o %t.ll
// RUN: %compare-with-lli %t.ll | FileCheck %s
// CHECK: dense sum 0..99 = 47026
// CHECK-NEXT: dense -10..119 defaults = 30
// CHECK-NEXT: dense spot: f(0)=11 f(50)=852 f(99)=647 f(100)=-1
// CHECK-NEXT: sparse: -5000->1 1048576->2 123456789->3 -1->4 65535->5 2147483647->6 7->0 0->0
// CHECK-NEXT: vowels+fallthrough in "switch statements in a jit": 35
// CHECK-NEXT: exit=0
#include <stdio.h>
#include <limits.h>

static int dense(int x) {
  switch (x) {
  case 0: return 11;
  case 1: return 48;
  case 2: return 85;
  case 3: return 122;
  case 4: return 159;
  case 5: return 196;
  case 6: return 233;
  case 7: return 270;
  case 8: return 307;
  case 9: return 344;
  case 10: return 381;
  case 11: return 418;
  case 12: return 455;
  case 13: return 492;
  case 14: return 529;
  case 15: return 566;
  case 16: return 603;
  case 17: return 640;
  case 18: return 677;
  case 19: return 714;
  case 20: return 751;
  case 21: return 788;
  case 22: return 825;
  case 23: return 862;
  case 24: return 899;
  case 25: return 936;
  case 26: return 973;
  case 27: return 1;
  case 28: return 38;
  case 29: return 75;
  case 30: return 112;
  case 31: return 149;
  case 32: return 186;
  case 33: return 223;
  case 34: return 260;
  case 35: return 297;
  case 36: return 334;
  case 37: return 371;
  case 38: return 408;
  case 39: return 445;
  case 40: return 482;
  case 41: return 519;
  case 42: return 556;
  case 43: return 593;
  case 44: return 630;
  case 45: return 667;
  case 46: return 704;
  case 47: return 741;
  case 48: return 778;
  case 49: return 815;
  case 50: return 852;
  case 51: return 889;
  case 52: return 926;
  case 53: return 963;
  case 54: return 1000;
  case 55: return 28;
  case 56: return 65;
  case 57: return 102;
  case 58: return 139;
  case 59: return 176;
  case 60: return 213;
  case 61: return 250;
  case 62: return 287;
  case 63: return 324;
  case 64: return 361;
  case 65: return 398;
  case 66: return 435;
  case 67: return 472;
  case 68: return 509;
  case 69: return 546;
  case 70: return 583;
  case 71: return 620;
  case 72: return 657;
  case 73: return 694;
  case 74: return 731;
  case 75: return 768;
  case 76: return 805;
  case 77: return 842;
  case 78: return 879;
  case 79: return 916;
  case 80: return 953;
  case 81: return 990;
  case 82: return 18;
  case 83: return 55;
  case 84: return 92;
  case 85: return 129;
  case 86: return 166;
  case 87: return 203;
  case 88: return 240;
  case 89: return 277;
  case 90: return 314;
  case 91: return 351;
  case 92: return 388;
  case 93: return 425;
  case 94: return 462;
  case 95: return 499;
  case 96: return 536;
  case 97: return 573;
  case 98: return 610;
  case 99: return 647;
  default: return -1;
  }
}

static int sparse(int x) {
  switch (x) {
  case -5000: return 1;
  case 1048576: return 2;
  case 123456789: return 3;
  case -1: return 4;
  case 65535: return 5;
  case 2147483647: return 6;
  default: return 0;
  }
}

/* Vowels score 3, 's' falls through into 't' (2 + 1), 't' scores 1. */
static int score(char c) {
  int s = 0;
  switch (c) {
  case 'a': case 'e': case 'i': case 'o': case 'u':
    s += 3;
    break;
  case 's':
    s += 2;
    /* fallthrough */
  case 't':
    s += 1;
    break;
  default:
    break;
  }
  return s;
}

int main(void) {
  long sum = 0;
  for (int i = 0; i < 100; i++)
    sum += dense(i);
  printf("dense sum 0..99 = %ld\n", sum);
  int defaults = 0;
  for (int i = -10; i < 120; i++)
    defaults += dense(i) == -1;
  printf("dense -10..119 defaults = %d\n", defaults);
  printf("dense spot: f(0)=%d f(50)=%d f(99)=%d f(100)=%d\n", dense(0), dense(50), dense(99), dense(100));
  int keys[] = {-5000, 1 << 20, 123456789, -1, 65535, INT_MAX, 7, 0};
  printf("sparse:");
  for (int i = 0; i < 8; i++)
    printf(" %d->%d", keys[i], sparse(keys[i]));
  printf("\n");
  const char *text = "switch statements in a jit";
  int total = 0;
  for (const char *p = text; *p; p++)
    total += score(*p);
  printf("vowels+fallthrough in \"%s\": %d\n", text, total);
  return 0;
}
