// Collection pause against the number of live objects: N two-element tuples
// (each holding an int and a string, so 2 N objects) reachable from one
// array; each iteration is one rt_gc_collect. Reports ms per collection, ns
// per live object and the process's peak RSS after building the heap.
#include <simple/runtime.h>

#include <benchmark/benchmark.h>

#include <sys/resource.h>

namespace {

RtValue liveHeap[1]; // a static root

void BM_GcPause(benchmark::State &state) {
  const int64_t tuples = state.range(0) / 2;
  {
    RtValue array = rt_array_new(tuples);
    for (int64_t i = 0; i < tuples; ++i) {
      RtValue tuple = rt_tuple_new(2);
      rt_tuple_set(tuple, 0, rt_encode_int(i));
      rt_tuple_set(tuple, 1, rt_string_new("live", 4));
      rt_array_push(array, tuple);
    }
    liveHeap[0] = array;
  }
  rt_gc_collect(); // warm: the first collection after building is not timed
  for (auto _ : state)
    rt_gc_collect();
  struct rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  state.counters["live_objects"] = static_cast<double>(2 * tuples + 1);
  state.counters["ns/object"] = benchmark::Counter(static_cast<double>(2 * tuples + 1),
                                                   benchmark::Counter::kIsIterationInvariantRate |
                                                       benchmark::Counter::kInvert);
  state.counters["heap_MiB"] = static_cast<double>(rt_gc_stats(0)) / (1 << 20);
  state.counters["peak_rss_MiB"] = static_cast<double>(usage.ru_maxrss) / 1024;
  liveHeap[0] = 0;
}

} // namespace

BENCHMARK(BM_GcPause)
    ->Arg(1 << 20)
    ->Arg(4 << 20)
    ->Arg(16 << 20)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(5);
