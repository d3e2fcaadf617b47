// Array push and get through rt_* against std::vector<uint64_t>.
// Push: 1 M pushes into a fresh array per iteration (growth included).
// Get: 1 M sequential reads of a 1 M array.
#include <simple/runtime.h>

#include "bench_support.h"

#include <benchmark/benchmark.h>

#include <vector>

namespace {

constexpr int64_t kCount = 1 << 20;

void perOp(benchmark::State &state) { bench::reportPerOperation(state, kCount); }

void BM_ArrayPush_Runtime(benchmark::State &state) {
  for (auto _ : state) {
    RtValue array = rt_array_new(0);
    for (int64_t i = 0; i < kCount; ++i)
      rt_array_push(array, rt_encode_int(i));
    benchmark::DoNotOptimize(array);
  }
  perOp(state);
}

void BM_ArrayPush_Vector(benchmark::State &state) {
  for (auto _ : state) {
    std::vector<uint64_t> vector;
    for (int64_t i = 0; i < kCount; ++i)
      vector.push_back(rt_encode_int(i));
    benchmark::DoNotOptimize(vector.data());
  }
  perOp(state);
}

void BM_ArrayGet_Runtime(benchmark::State &state) {
  RtValue array = rt_array_new(kCount);
  for (int64_t i = 0; i < kCount; ++i)
    rt_array_push(array, rt_encode_int(i));
  for (auto _ : state) {
    uint64_t sum = 0;
    for (int64_t i = 0; i < kCount; ++i)
      sum += rt_array_get(array, i);
    benchmark::DoNotOptimize(sum);
  }
  perOp(state);
}

void BM_ArrayGet_Vector(benchmark::State &state) {
  std::vector<uint64_t> vector;
  for (int64_t i = 0; i < kCount; ++i)
    vector.push_back(rt_encode_int(i));
  for (auto _ : state) {
    uint64_t sum = 0;
    const uint64_t *data = vector.data();
    for (int64_t i = 0; i < kCount; ++i)
      sum += data[i]; // the compiler vectorises this; rt_array_get is a call per element
    benchmark::DoNotOptimize(sum);
  }
  perOp(state);
}

} // namespace

BENCHMARK(BM_ArrayPush_Runtime)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ArrayPush_Vector)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ArrayGet_Runtime)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ArrayGet_Vector)->Unit(benchmark::kMillisecond);
