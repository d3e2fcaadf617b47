// Two threads on one dict and one array: the cost of the containers' sharing
// protocol (data/array.h, data/dict.h) when it is used, against the usual
// alternative, a std::mutex around an absl::flat_hash_map and a
// std::vector, in the same run.
//
// Each thread does kOps dict operations, lookups (3 of 4) and sets (1 of 4)
// of random keys of a 64 K-key dict, then kOps array operations, reads (3 of
// 4) and writes (1 of 4) of random indexes of a 64 K-item array. "Mops/s" is
// the operations of all threads per second of wall time, "ns/op" its
// inverse; each row also runs with 1 thread, so the table shows what the
// second thread costs or gains.
#include "bench_keys.h"
#include "bench_support.h"

#include <absl/container/flat_hash_map.h>
#include <benchmark/benchmark.h>

#include <mutex>
#include <random>
#include <vector>

namespace {

constexpr size_t kEntries = 1 << 16;
constexpr size_t kOps = 1 << 18;

void perOp(benchmark::State &state) {
  bench::reportPerOperation(state, 2 * kOps);
  state.counters["Mops/s"] = benchmark::Counter(static_cast<double>(2 * kOps) / 1e6,
                                                benchmark::Counter::kIsIterationInvariantRate);
}

/// The same random key indexes for every row (each thread its own stream).
const std::vector<uint32_t> &keyIndexes(int thread) {
  static const std::vector<uint32_t> streams[2] = {[] {
                                                     std::mt19937 random(1);
                                                     std::vector<uint32_t> out(kOps);
                                                     for (uint32_t &i : out)
                                                       i = random() % kEntries;
                                                     return out;
                                                   }(),
                                                   [] {
                                                     std::mt19937 random(2);
                                                     std::vector<uint32_t> out(kOps);
                                                     for (uint32_t &i : out)
                                                       i = random() % kEntries;
                                                     return out;
                                                   }()};
  return streams[thread % 2];
}

struct RuntimeContainers {
  RtValue dict;
  RtValue array;
};

const RuntimeContainers &runtimeContainers() {
  static const RuntimeContainers containers = [] {
    const auto &keys = bench::intKeys();
    RuntimeContainers c;
    c.dict = rt_unique_get(rt_unique_new(rt_dict_new(0)));
    c.array = rt_unique_get(rt_unique_new(rt_array_new(kEntries)));
    for (size_t i = 0; i < kEntries; ++i) {
      rt_dict_set(c.dict, rt_encode_int(keys[i]), rt_encode_int(int64_t(i)));
      rt_array_push(c.array, rt_encode_int(int64_t(i)));
    }
    return c;
  }();
  return containers;
}

void BM_SharedDictAndArray_Runtime(benchmark::State &state) {
  const RuntimeContainers &c = runtimeContainers();
  const auto &keys = bench::intKeys();
  const auto &indexes = keyIndexes(state.thread_index());
  for (auto _ : state) {
    int64_t sum = 0;
    for (size_t op = 0; op < kOps; ++op) {
      uint32_t i = indexes[op];
      RtValue key = rt_encode_int(keys[i]);
      if (op % 4 == 0)
        rt_dict_set(c.dict, key, rt_encode_int(int64_t(op)));
      else
        sum += static_cast<int64_t>(rt_dict_get(c.dict, key));
    }
    for (size_t op = 0; op < kOps; ++op) {
      uint32_t i = indexes[op];
      if (op % 4 == 0)
        rt_array_set(c.array, i, rt_encode_int(int64_t(op)));
      else
        sum += static_cast<int64_t>(rt_array_get(c.array, i));
    }
    benchmark::DoNotOptimize(sum);
  }
  perOp(state);
}

struct LockedContainers {
  std::mutex lock;
  absl::flat_hash_map<int64_t, int64_t> map;
  std::vector<int64_t> vector;
};

LockedContainers &lockedContainers() {
  static LockedContainers *containers = [] {
    const auto &keys = bench::intKeys();
    auto *c = new LockedContainers;
    for (size_t i = 0; i < kEntries; ++i) {
      c->map[keys[i]] = int64_t(i);
      c->vector.push_back(int64_t(i));
    }
    return c;
  }();
  return *containers;
}

void BM_SharedDictAndArray_MutexAbsl(benchmark::State &state) {
  LockedContainers &c = lockedContainers();
  const auto &keys = bench::intKeys();
  const auto &indexes = keyIndexes(state.thread_index());
  for (auto _ : state) {
    int64_t sum = 0;
    for (size_t op = 0; op < kOps; ++op) {
      int64_t key = keys[indexes[op]];
      std::lock_guard<std::mutex> guard(c.lock);
      if (op % 4 == 0) {
        c.map[key] = int64_t(op);
      } else {
        auto found = c.map.find(key);
        sum += found == c.map.end() ? 0 : found->second;
      }
    }
    for (size_t op = 0; op < kOps; ++op) {
      uint32_t i = indexes[op];
      std::lock_guard<std::mutex> guard(c.lock);
      if (op % 4 == 0)
        c.vector[i] = int64_t(op);
      else
        sum += c.vector[i];
    }
    benchmark::DoNotOptimize(sum);
  }
  perOp(state);
}

} // namespace

BENCHMARK(BM_SharedDictAndArray_Runtime)
    ->Threads(1)
    ->Threads(2)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SharedDictAndArray_MutexAbsl)
    ->Threads(1)
    ->Threads(2)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);
