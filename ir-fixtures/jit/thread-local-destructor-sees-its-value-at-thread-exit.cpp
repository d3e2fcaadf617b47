// Test that a JIT'd C++ thread_local with a destructor, holding the only reference to a runtime
// value, keeps it through collections and still finds it intact when its destructor runs at
// thread exit (the storage is released only after the thread's thread_local destructors).
// RUN: %clangxx -O1 -I%runtime-include -S -emit-llvm %s -o %t.ll
// RUN: %simple-jit %t.ll | FileCheck %s
// CHECK: worker: holder built
// CHECK-NEXT: destructor: 64 elements intact
// CHECK-NEXT: main: joined
#include <simple/runtime.h>

#include <cstdio>
#include <thread>

namespace {

constexpr int64_t kElements = 64;

struct Holder {
  RtValue value = 0;
  ~Holder() {
    rt_gc_collect();
    bool intact = rt_array_len(value) == kElements;
    for (int64_t i = 0; intact && i < kElements; ++i)
      intact = rt_value_as_int(rt_array_get(value, i)) == i * 3;
    std::printf("destructor: %lld elements %s\n", static_cast<long long>(rt_array_len(value)),
                intact && rt_error_code() == 0 ? "intact" : "lost");
  }
};

thread_local Holder holder;

[[gnu::noinline]] void build() {
  holder.value = rt_array_new(0);
  for (int64_t i = 0; i < kElements; ++i)
    rt_array_push(holder.value, rt_value_int(i * 3));
}

[[gnu::noinline]] void churn() {
  for (int round = 0; round < 100; ++round) {
    rt_gc_collect();
    for (int n = 0; n < 50; ++n) {
      RtValue garbage = rt_array_new(0);
      for (int64_t i = 0; i < kElements; ++i)
        rt_array_push(garbage, rt_value_int(-1));
    }
  }
}

} // namespace

int main() {
  std::thread worker([] {
    build();
    std::printf("worker: holder built\n");
    churn();
  });
  worker.join();
  std::printf("main: joined\n");
  return 0;
}
