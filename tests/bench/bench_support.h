// What the runtime benchmarks share.
#ifndef SIMPLE_BENCH_SUPPORT_H
#define SIMPLE_BENCH_SUPPORT_H

#include <benchmark/benchmark.h>

#include <cstddef>

namespace bench {

/// Reports "ns/op": the time of an iteration divided by the `operations`
/// it does (a counter in seconds per operation, shown in ns).
inline void reportPerOperation(benchmark::State &state, size_t operations) {
  state.counters["ns/op"] = benchmark::Counter(static_cast<double>(operations),
                                               benchmark::Counter::kIsIterationInvariantRate |
                                                   benchmark::Counter::kInvert);
}

} // namespace bench

#endif // SIMPLE_BENCH_SUPPORT_H
