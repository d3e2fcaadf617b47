// Test that unbounded recursion on a std::thread of JIT'd C++ (started by libstdc++, not by JIT'd
// code's own pthread_create call) is reported as a fault in the recursing function.
// RUN: %clangxx -O1 -S -emit-llvm %s -o %t.ll
// RUN: sh -c '%simple-jit %t.ll 2>&1; echo "exit=$?"' | FileCheck %s
// CHECK: simple-jit: fatal signal SIGSEGV (Segmentation fault) in JIT-compiled function '{{.*}}recurse{{.*}}'
// CHECK-NOT: fatal signal
// CHECK: exit=139
#include <thread>

static long recurse(long n);
// Called through a pointer the optimiser cannot see, so the recursion stays a recursion.
static long (*volatile self)(long) = recurse;

[[gnu::noinline]] static long recurse(long n) {
  volatile long frame[64];
  frame[1] = n;
  return self(n + 1) + frame[1];
}

int main() {
  std::thread worker([] { recurse(0); });
  worker.join();
  return 0;
}
