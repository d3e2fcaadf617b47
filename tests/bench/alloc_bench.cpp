// Small object allocation through rt_* against raw GC_malloc of the same
// size (collections included: both allocate garbage at the same rate).
#include <simple/runtime.h>

#include "bench_support.h"

#include <benchmark/benchmark.h>
#include <gc.h>

namespace {

constexpr int kCount = 1 << 20;

void perOp(benchmark::State &state) { bench::reportPerOperation(state, kCount); }

void BM_Alloc_RtObject2Fields(benchmark::State &state) { // 48 bytes
  for (auto _ : state)
    for (int i = 0; i < kCount; ++i)
      benchmark::DoNotOptimize(rt_object_new(1, 2));
  perOp(state);
}

void BM_Alloc_RtTuple2(benchmark::State &state) { // 32 bytes
  for (auto _ : state)
    for (int i = 0; i < kCount; ++i)
      benchmark::DoNotOptimize(rt_tuple_new(2));
  perOp(state);
}

void BM_Alloc_RtString8(benchmark::State &state) { // 33 bytes, pointer-free
  for (auto _ : state)
    for (int i = 0; i < kCount; ++i)
      benchmark::DoNotOptimize(rt_string_new("abcdefgh", 8));
  perOp(state);
}

void BM_Alloc_GcMalloc48(benchmark::State &state) {
  for (auto _ : state)
    for (int i = 0; i < kCount; ++i)
      benchmark::DoNotOptimize(GC_malloc(48));
  perOp(state);
}

void BM_Alloc_GcMalloc32(benchmark::State &state) {
  for (auto _ : state)
    for (int i = 0; i < kCount; ++i)
      benchmark::DoNotOptimize(GC_malloc(32));
  perOp(state);
}

void BM_Alloc_GcMallocAtomic33(benchmark::State &state) {
  for (auto _ : state)
    for (int i = 0; i < kCount; ++i)
      benchmark::DoNotOptimize(GC_malloc_atomic(33));
  perOp(state);
}

} // namespace

BENCHMARK(BM_Alloc_RtObject2Fields)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Alloc_GcMalloc48)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Alloc_RtTuple2)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Alloc_GcMalloc32)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Alloc_RtString8)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Alloc_GcMallocAtomic33)->Unit(benchmark::kMillisecond);
