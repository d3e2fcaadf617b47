// Test that a thread_local object with a destructor, alive in the main thread
// when main returns, is destroyed at exit like in a native build (lli 19
// crashes here: it frees the JIT'd code before exit runs the destructor).
// RUN: %clangxx -O0 -S -emit-llvm %s -o %t.ll
// RUN: sh -c '%simple-jit %t.ll; echo "exit=$?"' | FileCheck %s
// CHECK: value 41
// CHECK-NEXT: destroyed with 42
// CHECK-NEXT: exit=0
#include <cstdio>

struct Counter {
  int value = 41;
  ~Counter() { std::printf("destroyed with %d\n", value); }
};

thread_local Counter counter;

int main() {
  std::printf("value %d\n", counter.value);
  ++counter.value;
  return 0;
}
