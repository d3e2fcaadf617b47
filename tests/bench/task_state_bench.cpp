// The calls that reach per-task state (runtime/task): the last-error record
// (recording, reading, clearing) and the object-serial cursor (objects,
// closures, enums and unique boxes take a serial number when allocated).
#include <simple/runtime.h>

#include "bench_support.h"

#include <benchmark/benchmark.h>

namespace {

constexpr int kCount = 1 << 20;

void perOp(benchmark::State &state) { bench::reportPerOperation(state, kCount); }

/// A failing call: formats and records "rt_array_len: expected an array, got nil".
void BM_Error_Record(benchmark::State &state) {
  for (auto _ : state)
    for (int i = 0; i < kCount; ++i)
      benchmark::DoNotOptimize(rt_array_len(RT_NIL));
  perOp(state);
}

void BM_Error_Code(benchmark::State &state) {
  rt_array_len(RT_NIL);
  for (auto _ : state)
    for (int i = 0; i < kCount; ++i)
      benchmark::DoNotOptimize(rt_error_code());
  perOp(state);
}

void BM_Error_Clear(benchmark::State &state) {
  for (auto _ : state)
    for (int i = 0; i < kCount; ++i) {
      rt_error_clear();
      benchmark::ClobberMemory();
    }
  perOp(state);
}

void BM_Alloc_RtClosure1(benchmark::State &state) { // takes a serial number
  for (auto _ : state)
    for (int i = 0; i < kCount; ++i)
      benchmark::DoNotOptimize(rt_closure_new(nullptr, 1));
  perOp(state);
}

} // namespace

BENCHMARK(BM_Error_Record)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Error_Code)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Error_Clear)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Alloc_RtClosure1)->Unit(benchmark::kMillisecond);
