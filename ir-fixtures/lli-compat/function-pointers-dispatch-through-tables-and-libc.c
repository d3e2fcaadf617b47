// Calls through pointers to JIT'd functions and to libc functions, stored in
// tables, passed as arguments and returned from functions.
// RUN: %clang -O0 -S -emit-llvm %s -o %t.ll
// RUN: %compare-with-lli %t.ll | FileCheck %s
// CHECK: add(7,3)=10
// CHECK: sub(7,3)=4
// CHECK: mul(7,3)=21
// CHECK: div(7,3)=2
// CHECK: picked mul: 42
// CHECK: fold add=15 mul=120
// CHECK: strlen via pointer: 11
// CHECK: same pointer twice: 1
// CHECK: exit=0
#include <stdio.h>
#include <string.h>

typedef int (*binop)(int, int);
static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }
static int divi(int a, int b) { return a / b; }

static const struct { const char *name; binop fn; } table[] = {
    {"add", add}, {"sub", sub}, {"mul", mul}, {"div", divi}};

static binop pick(const char *name) {
  for (unsigned i = 0; i < sizeof table / sizeof table[0]; i++)
    if (strcmp(table[i].name, name) == 0)
      return table[i].fn;
  return 0;
}

static int fold(binop f, int init, const int *xs, int n) {
  for (int i = 0; i < n; i++)
    init = f(init, xs[i]);
  return init;
}

int main(void) {
  for (unsigned i = 0; i < 4; i++)
    printf("%s(7,3)=%d\n", table[i].name, table[i].fn(7, 3));
  printf("picked mul: %d\n", pick("mul")(6, 7));
  int xs[] = {1, 2, 3, 4, 5};
  printf("fold add=%d mul=%d\n", fold(add, 0, xs, 5), fold(pick("mul"), 1, xs, 5));
  size_t (*len)(const char *) = strlen;
  printf("strlen via pointer: %zu\n", len("hello world"));
  printf("same pointer twice: %d\n", pick("sub") == sub);
  return 0;
}
