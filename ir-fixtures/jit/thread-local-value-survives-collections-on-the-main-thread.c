// Test that a runtime value whose only reference is a JIT-compiled thread_local of the main thread
// survives many collections and heavy allocation (emulated TLS storage is scanned by the collector).
// RUN: %clang -O0 -Xclang -disable-O0-optnone -I%runtime-include -S -emit-llvm %s -o %t.ll
// RUN: %simple-jit %t.ll | FileCheck %s
// RUN: %clang -O2 -I%runtime-include -S -emit-llvm %s -o %t.O2.ll
// RUN: %simple-jit %t.O2.ll | FileCheck %s
// CHECK: main: 64 elements intact after 200 collections
// CHECK-NOT: lost
#include <simple/runtime.h>

#include <stdio.h>
#include <string.h>

_Thread_local RtValue kept;

enum { kElements = 64, kRounds = 200 };

// Builds the array in a frame of its own so no copy of the value stays in a
// live frame: the thread-local is the only reference.
__attribute__((noinline)) static void fill(void) {
  kept = rt_array_new(0);
  for (int64_t i = 0; i < kElements; i++)
    rt_array_push(kept, rt_value_int(i * 1000 + 7));
}

// Overwrites the stack below main's frame, where fill's frame was.
__attribute__((noinline)) static void scrub_stack(void) {
  volatile char bytes[16384];
  memset((char *)bytes, 0, sizeof bytes);
}

// Collections, each followed by arrays of the same shape that would reuse the
// memory of a collected one.
__attribute__((noinline)) static void churn(void) {
  for (int round = 0; round < kRounds; round++) {
    rt_gc_collect();
    for (int n = 0; n < 50; n++) {
      RtValue garbage = rt_array_new(0);
      for (int64_t i = 0; i < kElements; i++)
        rt_array_push(garbage, rt_value_int(-1));
    }
  }
}

__attribute__((noinline)) static int intact(void) {
  if (rt_array_len(kept) != kElements)
    return 0;
  for (int64_t i = 0; i < kElements; i++)
    if (rt_value_as_int(rt_array_get(kept, i)) != i * 1000 + 7)
      return 0;
  return rt_error_code() == 0;
}

int main(void) {
  fill();
  scrub_stack();
  churn();
  if (intact())
    printf("main: %d elements intact after %d collections\n", kElements, kRounds);
  else
    printf("main: lost the thread-local's value\n");
  return 0;
}
