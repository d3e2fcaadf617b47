// Test that JIT-compiled code on four threads pushing into one array and setting keys of one dict at the same time (with collections in between) loses no push and no set: every call on a shared container is atomic.
// RUN: %clang -O1 -I%runtime-include -S -emit-llvm %s -o %t.ll
// RUN: %simple-jit %t.ll | FileCheck --match-full-lines %s
#include <simple/runtime.h>

#include <pthread.h>
#include <stdio.h>

enum { kThreads = 4, kPerThread = 50000 };

static RtValue shared_array, shared_dict;

static void *work(void *arg) {
  int64_t thread = (int64_t)arg;
  for (int64_t i = 0; i < kPerThread; ++i) {
    int64_t n = thread * kPerThread + i;
    rt_array_push(shared_array, rt_value_int(n));
    rt_dict_set(shared_dict, rt_value_int(n), rt_value_int(thread));
    if (i % 10000 == 0)
      rt_gc_collect();
  }
  return NULL;
}

int main(void) {
  shared_array = rt_array_new(0);
  shared_dict = rt_dict_new(0);
  pthread_t threads[kThreads];
  for (int64_t t = 0; t < kThreads; ++t)
    pthread_create(&threads[t], NULL, work, (void *)t);
  for (int t = 0; t < kThreads; ++t)
    pthread_join(threads[t], NULL);

  // Every number pushed exactly once, every key mapped to its thread.
  static unsigned char seen[kThreads * kPerThread];
  int64_t length = rt_array_len(shared_array), duplicates = 0, wrong = 0;
  for (int64_t i = 0; i < length; ++i) {
    int64_t n = rt_value_as_int(rt_array_get(shared_array, i));
    duplicates += seen[n]++;
  }
  for (int64_t n = 0; n < kThreads * kPerThread; ++n)
    wrong += rt_value_as_int(rt_dict_get(shared_dict, rt_value_int(n))) != n / kPerThread;
  printf("array length %lld, duplicates %lld\n", (long long)length, (long long)duplicates);
  printf("dict length %lld, wrong values %lld\n", (long long)rt_dict_len(shared_dict),
         (long long)wrong);
  return 0;
}
// CHECK: array length 200000, duplicates 0
// CHECK-NEXT: dict length 200000, wrong values 0
