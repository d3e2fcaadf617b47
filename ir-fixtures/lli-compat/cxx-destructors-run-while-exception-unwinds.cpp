// Local objects in every JIT'd frame between throw and catch are destroyed in
// reverse order during unwinding; a function-try-block and noexcept-free
// cleanup in a destructor both run.
// RUN: %clangxx -O0 -S -emit-llvm %s -o %t.ll
// RUN: %compare-with-lli %t.ll | FileCheck %s
// CHECK: enter outer
// CHECK-NEXT: enter middle
// CHECK-NEXT: enter inner
// CHECK-NEXT: ~Guard(inner-b)
// CHECK-NEXT: ~Guard(inner-a)
// CHECK-NEXT: ~Guard(middle)
// CHECK-NEXT: ~Guard(outer)
// CHECK-NEXT: caught 42 after unwinding
// CHECK-NEXT: ~Guard(main)
// CHECK-NEXT: exit=3
#include <cstdio>

struct Guard {
  const char *name;
  explicit Guard(const char *n) : name(n) {}
  ~Guard() { std::printf("~Guard(%s)\n", name); }
};

static void inner() {
  std::printf("enter inner\n");
  Guard a("inner-a");
  Guard b("inner-b");
  throw 42;
}
static void middle() {
  std::printf("enter middle\n");
  Guard g("middle");
  inner();
  std::printf("not reached\n");
}
static void outer() {
  std::printf("enter outer\n");
  Guard g("outer");
  middle();
}

int main() {
  int result = 0;
  {
    Guard g("main");
    try {
      outer();
    } catch (int v) {
      std::printf("caught %d after unwinding\n", v);
      result = v % 13;
    }
  }
  return result;
}
