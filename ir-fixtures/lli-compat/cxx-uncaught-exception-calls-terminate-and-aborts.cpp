// An exception that no handler catches ends the program through
// std::terminate: libstdc++'s verbose handler names the type and what() on
// stderr, the process dies with SIGABRT, stdout flushed before the throw is
// kept, and code after the throw never runs. (Only the first two stderr lines
// are compared: lli adds its own crash report after them.)
// RUN: %clangxx -O0 -S -emit-llvm %s -o %t.ll
// RUN: %compare-with-lli --stderr-lines 2 %t.ll | FileCheck %s
// RUN: FileCheck --check-prefix=ERR %s < %t.sj.err
// CHECK: before the throw
// CHECK-NEXT: signal=6
// CHECK-NOT: after
// ERR: terminate called after throwing an instance of 'std::runtime_error'
// ERR-NEXT: what(): uncaught from JIT'd code
#include <cstdio>
#include <stdexcept>

struct NotDestroyedOnTerminate {
  ~NotDestroyedOnTerminate() { std::printf("after: destructor\n"); }
};

static void thrower() { throw std::runtime_error("uncaught from JIT'd code"); }

int main() {
  std::printf("before the throw\n");
  std::fflush(stdout);
  thrower();
  std::printf("after the throw\n");
  return 0;
}
