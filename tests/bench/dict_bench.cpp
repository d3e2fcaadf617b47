// Dict insert / hit / miss, 1 M int keys and 1 M short string keys, against
// absl::flat_hash_map and std::unordered_map with the same keys in the same
// run. Each iteration does kKeyCount operations; "ns/op" is per operation.
// Insert starts from an empty map every iteration (growth included).
#include "bench_keys.h"
#include "data/dict.h"

#include <absl/container/flat_hash_map.h>
#include <benchmark/benchmark.h>

#include <memory>
#include <unordered_map>

namespace {

using bench::kKeyCount;

void perOp(benchmark::State &state) {
  state.counters["ns/op"] = benchmark::Counter(static_cast<double>(kKeyCount),
                                               benchmark::Counter::kIsIterationInvariantRate |
                                                   benchmark::Counter::kInvert);
}

// ----- int keys ------------------------------------------------------------

RtValue filledIntDict() {
  static RtValue dict = 0;
  if (!dict) {
    dict = rt_unique_get(rt_unique_new(rt_dict_new(0)));
    for (size_t i = 0; i < kKeyCount; ++i)
      rt_dict_set(dict, rt_value_int(bench::intKeys()[i]), rt_value_int(i));
  }
  return dict;
}

void BM_IntInsert_Runtime(benchmark::State &state) {
  const auto &keys = bench::intKeys();
  for (auto _ : state) {
    RtValue dict = rt_dict_new(0);
    for (size_t i = 0; i < kKeyCount; ++i)
      rt_dict_set(dict, rt_encode_int(keys[i]), rt_encode_int(i));
    benchmark::DoNotOptimize(dict);
  }
  perOp(state);
}

void BM_IntHit_Runtime(benchmark::State &state) {
  const auto &keys = bench::intKeys();
  RtValue dict = filledIntDict();
  for (auto _ : state) {
    int64_t sum = 0;
    for (size_t i = 0; i < kKeyCount; ++i)
      sum += rt_dict_get(dict, rt_encode_int(keys[i]));
    benchmark::DoNotOptimize(sum);
  }
  perOp(state);
}

void BM_IntMiss_Runtime(benchmark::State &state) {
  const auto &keys = bench::intKeys();
  RtValue dict = filledIntDict();
  for (auto _ : state) {
    int64_t sum = 0;
    for (size_t i = kKeyCount; i < 2 * kKeyCount; ++i)
      sum += rt_dict_get(dict, rt_encode_int(keys[i]));
    benchmark::DoNotOptimize(sum);
  }
  perOp(state);
}

template <class Map> const Map &filledIntMap() {
  static const Map map = [] {
    Map m;
    for (size_t i = 0; i < kKeyCount; ++i)
      m[bench::intKeys()[i]] = i;
    return m;
  }();
  return map;
}

template <class Map> void BM_IntInsert(benchmark::State &state) {
  const auto &keys = bench::intKeys();
  for (auto _ : state) {
    Map map;
    for (size_t i = 0; i < kKeyCount; ++i)
      map[keys[i]] = i;
    benchmark::DoNotOptimize(map);
  }
  perOp(state);
}

template <class Map> void BM_IntHit(benchmark::State &state) {
  const auto &keys = bench::intKeys();
  const Map &map = filledIntMap<Map>();
  for (auto _ : state) {
    int64_t sum = 0;
    for (size_t i = 0; i < kKeyCount; ++i)
      sum += map.find(keys[i])->second;
    benchmark::DoNotOptimize(sum);
  }
  perOp(state);
}

template <class Map> void BM_IntMiss(benchmark::State &state) {
  const auto &keys = bench::intKeys();
  const Map &map = filledIntMap<Map>();
  for (auto _ : state) {
    int64_t sum = 0;
    for (size_t i = kKeyCount; i < 2 * kKeyCount; ++i)
      sum += map.find(keys[i]) == map.end();
    benchmark::DoNotOptimize(sum);
  }
  perOp(state);
}

using AbslIntMap = absl::flat_hash_map<int64_t, int64_t>;
using StdIntMap = std::unordered_map<int64_t, int64_t>;

// ----- string keys ---------------------------------------------------------

RtValue filledStringDict() {
  static RtValue dict = 0;
  if (!dict) {
    dict = rt_unique_get(rt_unique_new(rt_dict_new(0)));
    const auto &keys = bench::stringValues(0);
    for (size_t i = 0; i < kKeyCount; ++i)
      rt_dict_set(dict, keys[i], rt_value_int(i));
  }
  return dict;
}

void BM_StringInsert_Runtime(benchmark::State &state) {
  const auto &keys = bench::stringValues(0);
  for (auto _ : state) {
    RtValue dict = rt_dict_new(0);
    for (size_t i = 0; i < kKeyCount; ++i)
      rt_dict_set(dict, keys[i], rt_encode_int(i));
    benchmark::DoNotOptimize(dict);
  }
  perOp(state);
}

void BM_StringHit_Runtime(benchmark::State &state) {
  RtValue dict = filledStringDict();
  const auto &lookups = bench::stringValues(1); // other objects, same bytes
  for (auto _ : state) {
    int64_t sum = 0;
    for (size_t i = 0; i < kKeyCount; ++i)
      sum += rt_dict_get(dict, lookups[i]);
    benchmark::DoNotOptimize(sum);
  }
  perOp(state);
}

/// Looks up with the very objects that were inserted (interned or literal
/// strings): equal pointers, no byte comparison.
void BM_StringHitSameObjects_Runtime(benchmark::State &state) {
  RtValue dict = filledStringDict();
  const auto &lookups = bench::stringValues(0);
  for (auto _ : state) {
    int64_t sum = 0;
    for (size_t i = 0; i < kKeyCount; ++i)
      sum += rt_dict_get(dict, lookups[i]);
    benchmark::DoNotOptimize(sum);
  }
  perOp(state);
}

void BM_StringMiss_Runtime(benchmark::State &state) {
  RtValue dict = filledStringDict();
  const auto &lookups = bench::stringValues(1);
  for (auto _ : state) {
    int64_t sum = 0;
    for (size_t i = kKeyCount; i < 2 * kKeyCount; ++i)
      sum += rt_dict_get(dict, lookups[i]);
    benchmark::DoNotOptimize(sum);
  }
  perOp(state);
}

/// The lookups of a JIT'd program that keeps its keys in a runtime array:
/// an rt_array_get call per key on top of the dict operation.
RtValue lookupArray() {
  static RtValue array = [] {
    RtValue a = rt_unique_get(rt_unique_new(rt_array_new(2 * kKeyCount)));
    for (RtValue key : bench::stringValues(1))
      rt_array_push(a, key);
    return a;
  }();
  return array;
}

void BM_StringHitThroughRtArray_Runtime(benchmark::State &state) {
  RtValue dict = filledStringDict();
  RtValue lookups = lookupArray();
  for (auto _ : state) {
    int64_t sum = 0;
    for (size_t i = 0; i < kKeyCount; ++i)
      sum += rt_dict_get(dict, rt_array_get(lookups, static_cast<int64_t>(i)));
    benchmark::DoNotOptimize(sum);
  }
  perOp(state);
}

void BM_StringMissThroughRtArray_Runtime(benchmark::State &state) {
  RtValue dict = filledStringDict();
  RtValue lookups = lookupArray();
  for (auto _ : state) {
    int64_t sum = 0;
    for (size_t i = kKeyCount; i < 2 * kKeyCount; ++i)
      sum += rt_dict_get(dict, rt_array_get(lookups, static_cast<int64_t>(i)));
    benchmark::DoNotOptimize(sum);
  }
  perOp(state);
}

template <class Map> const Map &filledStringMap() {
  static const Map map = [] {
    Map m;
    for (size_t i = 0; i < kKeyCount; ++i)
      m[bench::stringKeys()[i]] = i;
    return m;
  }();
  return map;
}

template <class Map> void BM_StringInsert(benchmark::State &state) {
  const auto &keys = bench::stringKeys();
  for (auto _ : state) {
    Map map;
    for (size_t i = 0; i < kKeyCount; ++i)
      map[keys[i]] = i;
    benchmark::DoNotOptimize(map);
  }
  perOp(state);
}

template <class Map> void BM_StringHit(benchmark::State &state) {
  const auto &keys = bench::stringKeys();
  const Map &map = filledStringMap<Map>();
  for (auto _ : state) {
    int64_t sum = 0;
    for (size_t i = 0; i < kKeyCount; ++i)
      sum += map.find(keys[i])->second;
    benchmark::DoNotOptimize(sum);
  }
  perOp(state);
}

template <class Map> void BM_StringMiss(benchmark::State &state) {
  const auto &keys = bench::stringKeys();
  const Map &map = filledStringMap<Map>();
  for (auto _ : state) {
    int64_t sum = 0;
    for (size_t i = kKeyCount; i < 2 * kKeyCount; ++i)
      sum += map.find(keys[i]) == map.end();
    benchmark::DoNotOptimize(sum);
  }
  perOp(state);
}

/// The lookups of the runtime rows go through a pointer to a separate heap
/// object per key (array element -> string object), while std::string keys of
/// 9-14 bytes sit inline (SSO) in one contiguous vector. These variants look
/// up with the same bytes held in one `new std::string` per key, allocated in
/// the same order, so the peer pays the same indirection (but no validation).
const std::vector<std::unique_ptr<std::string>> &heapStringKeys() {
  static const std::vector<std::unique_ptr<std::string>> keys = [] {
    std::vector<std::unique_ptr<std::string>> out;
    out.reserve(2 * kKeyCount);
    for (const std::string &key : bench::stringKeys())
      out.push_back(std::make_unique<std::string>(key));
    return out;
  }();
  return keys;
}

template <class Map> void BM_StringHitHeapKeys(benchmark::State &state) {
  const auto &keys = heapStringKeys();
  const Map &map = filledStringMap<Map>();
  for (auto _ : state) {
    int64_t sum = 0;
    for (size_t i = 0; i < kKeyCount; ++i)
      sum += map.find(*keys[i])->second;
    benchmark::DoNotOptimize(sum);
  }
  perOp(state);
}

template <class Map> void BM_StringMissHeapKeys(benchmark::State &state) {
  const auto &keys = heapStringKeys();
  const Map &map = filledStringMap<Map>();
  for (auto _ : state) {
    int64_t sum = 0;
    for (size_t i = kKeyCount; i < 2 * kKeyCount; ++i)
      sum += map.find(*keys[i]) == map.end();
    benchmark::DoNotOptimize(sum);
  }
  perOp(state);
}

using AbslStringMap = absl::flat_hash_map<std::string, int64_t>;
using StdStringMap = std::unordered_map<std::string, int64_t>;

// ----- the runtime's table alone ------------------------------------------
// The same operations through the C++ functions of data/dict.h: no ABI call
// and no argument validation, so the rows above minus these rows are the
// cost of rt_dict_get/rt_dict_set's boundary.

using simple::rt::Dict;

/// A new table, kept alive by a rooted unique box.
Dict *rootedTable() {
  Dict *table = simple::rt::newDict(0);
  rt_unique_new(rt_encode_heap(table));
  return table;
}

template <class Key> Dict *filledTable(const std::vector<Key> &keys, RtValue (*encode)(Key)) {
  Dict *table = rootedTable();
  for (size_t i = 0; i < kKeyCount; ++i)
    simple::rt::dictSet(table, encode(keys[i]), rt_encode_int(static_cast<int64_t>(i)));
  return table;
}

RtValue encodeInt(int64_t i) { return rt_encode_int(i); }
RtValue asIs(RtValue v) { return v; }

Dict *filledIntTable() {
  static Dict *table = filledTable(bench::intKeys(), encodeInt);
  return table;
}

Dict *filledStringTable() {
  static Dict *table = filledTable(bench::stringValues(0), asIs);
  return table;
}

void BM_IntInsert_Table(benchmark::State &state) {
  const auto &keys = bench::intKeys();
  for (auto _ : state) {
    Dict *table = simple::rt::newDict(0);
    for (size_t i = 0; i < kKeyCount; ++i)
      simple::rt::dictSet(table, rt_encode_int(keys[i]), rt_encode_int(i));
    benchmark::DoNotOptimize(table);
  }
  perOp(state);
}

template <class Key>
void lookUpInTable(benchmark::State &state, Dict *table, const std::vector<Key> &keys,
                   RtValue (*encode)(Key), size_t from) {
  for (auto _ : state) {
    int64_t sum = 0;
    for (size_t i = from; i < from + kKeyCount; ++i) {
      RtValue value = RT_NIL;
      simple::rt::dictFind(table, encode(keys[i]), value);
      sum += value;
    }
    benchmark::DoNotOptimize(sum);
  }
  perOp(state);
}

void BM_IntHit_Table(benchmark::State &state) {
  lookUpInTable(state, filledIntTable(), bench::intKeys(), encodeInt, 0);
}
void BM_IntMiss_Table(benchmark::State &state) {
  lookUpInTable(state, filledIntTable(), bench::intKeys(), encodeInt, kKeyCount);
}
void BM_StringHit_Table(benchmark::State &state) {
  lookUpInTable(state, filledStringTable(), bench::stringValues(1), asIs, 0);
}
void BM_StringMiss_Table(benchmark::State &state) {
  lookUpInTable(state, filledStringTable(), bench::stringValues(1), asIs, kKeyCount);
}

} // namespace

BENCHMARK(BM_IntInsert_Runtime)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_IntInsert_Table)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_IntInsert<AbslIntMap>)->Name("BM_IntInsert_Absl")->Unit(benchmark::kMillisecond);
BENCHMARK(BM_IntInsert<StdIntMap>)->Name("BM_IntInsert_Std")->Unit(benchmark::kMillisecond);
BENCHMARK(BM_IntHit_Runtime)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_IntHit_Table)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_IntHit<AbslIntMap>)->Name("BM_IntHit_Absl")->Unit(benchmark::kMillisecond);
BENCHMARK(BM_IntHit<StdIntMap>)->Name("BM_IntHit_Std")->Unit(benchmark::kMillisecond);
BENCHMARK(BM_IntMiss_Runtime)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_IntMiss_Table)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_IntMiss<AbslIntMap>)->Name("BM_IntMiss_Absl")->Unit(benchmark::kMillisecond);
BENCHMARK(BM_IntMiss<StdIntMap>)->Name("BM_IntMiss_Std")->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StringInsert_Runtime)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StringInsert<AbslStringMap>)
    ->Name("BM_StringInsert_Absl")
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StringInsert<StdStringMap>)
    ->Name("BM_StringInsert_Std")
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StringHit_Runtime)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StringHit_Table)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StringHit<AbslStringMap>)->Name("BM_StringHit_Absl")->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StringHit<StdStringMap>)->Name("BM_StringHit_Std")->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StringHitHeapKeys<AbslStringMap>)
    ->Name("BM_StringHit_AbslHeapKeys")
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StringHitSameObjects_Runtime)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StringHitThroughRtArray_Runtime)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StringMiss_Runtime)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StringMiss_Table)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StringMiss<AbslStringMap>)->Name("BM_StringMiss_Absl")->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StringMissThroughRtArray_Runtime)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StringMissHeapKeys<AbslStringMap>)
    ->Name("BM_StringMiss_AbslHeapKeys")
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StringMiss<StdStringMap>)->Name("BM_StringMiss_Std")->Unit(benchmark::kMillisecond);
