// Dict insert / hit / miss, 1 M int keys and 1 M short string keys, against
// absl::flat_hash_map and std::unordered_map with the same keys in the same
// run. Each iteration does kKeyCount operations; "ns/op" is per operation.
// Insert starts from an empty map every iteration (growth included). Hits
// look up keys [0, kKeyCount), misses keys [kKeyCount, 2 * kKeyCount).
//
// Rows: _Runtime through the C ABI (rt_dict_*), _Table the same hash table
// through data/dict.h (no ABI call, no argument checks: the difference is
// the boundary's cost), _Absl and _Std the peers.
#include "bench_keys.h"
#include "data/dict.h"

#include "bench_support.h"
#include <absl/container/flat_hash_map.h>

#include <benchmark/benchmark.h>

#include <memory>
#include <unordered_map>

namespace {

using bench::kKeyCount;
using simple::rt::Dict;

void perOp(benchmark::State &state) { bench::reportPerOperation(state, kKeyCount); }

constexpr size_t kHits = 0;
constexpr size_t kMisses = kKeyCount;

/// Times kKeyCount calls of lookUp(i) for i from `from` on, summing results.
template <class LookUp> void timeLookups(benchmark::State &state, size_t from, LookUp lookUp) {
  for (auto _ : state) {
    int64_t sum = 0;
    for (size_t i = from; i < from + kKeyCount; ++i)
      sum += static_cast<int64_t>(lookUp(i));
    benchmark::DoNotOptimize(sum);
  }
  perOp(state);
}

// ----- keys ----------------------------------------------------------------
// A key set is a function returning a vector, and a key is Encode(vector[i]):
// the loops index a vector they hold, as a program holds its keys.

RtValue encodeInt(int64_t key) { return rt_encode_int(key); }
template <class T> const T &asIs(const T &key) { return key; }
const std::string &pointee(const std::unique_ptr<std::string> &key) { return *key; }

/// The inserted string objects.
const std::vector<RtValue> &stringValues() { return bench::stringValues(0); }
/// Other objects with the same bytes: lookups compare contents, as
/// std::string maps do.
const std::vector<RtValue> &otherStringValues() { return bench::stringValues(1); }

// ----- through the C ABI ---------------------------------------------------

/// A dict of the first kKeyCount keys (key i -> i), rooted; Copy numbers
/// separate dicts of the same keys.
template <auto Keys, auto Encode, int Copy = 0> RtValue filledDict() {
  static RtValue dict = [] {
    const auto &keys = Keys();
    RtValue d = rt_unique_get(rt_unique_new(rt_dict_new(0)));
    for (size_t i = 0; i < kKeyCount; ++i)
      rt_dict_set(d, Encode(keys[i]), rt_encode_int(static_cast<int64_t>(i)));
    return d;
  }();
  return dict;
}

template <auto Keys, auto Encode> void BM_Insert_Runtime(benchmark::State &state) {
  const auto &keys = Keys();
  for (auto _ : state) {
    RtValue dict = rt_dict_new(0);
    for (size_t i = 0; i < kKeyCount; ++i)
      rt_dict_set(dict, Encode(keys[i]), rt_encode_int(static_cast<int64_t>(i)));
    benchmark::DoNotOptimize(dict);
  }
  perOp(state);
}

template <auto Dict, auto Keys, auto Encode, size_t From>
void BM_LookUp_Runtime(benchmark::State &state) {
  RtValue dict = Dict();
  const auto &keys = Keys();
  timeLookups(state, From, [dict, &keys](size_t i) { return rt_dict_get(dict, Encode(keys[i])); });
}

/// The lookups of a JIT'd program that keeps its keys in a runtime array:
/// an rt_array_get call per key on top of the dict operation.
template <size_t From> void BM_StringLookUpThroughRtArray_Runtime(benchmark::State &state) {
  static RtValue lookups = [] {
    RtValue array = rt_unique_get(rt_unique_new(rt_array_new(2 * kKeyCount)));
    for (RtValue key : bench::stringValues(1))
      rt_array_push(array, key);
    return array;
  }();
  RtValue dict = filledDict<stringValues, asIs<RtValue>>();
  timeLookups(state, From, [dict](size_t i) {
    return rt_dict_get(dict, rt_array_get(lookups, static_cast<int64_t>(i)));
  });
}

/// Lookups that alternate between two dicts of the same keys, as a program
/// that works on two maps does: the last-dict fast path of rt_dict_get never
/// holds.
template <auto FillKeys, auto LookUpKeys, auto Encode, size_t From>
void BM_LookUpTwoDicts_Runtime(benchmark::State &state) {
  RtValue dicts[2] = {filledDict<FillKeys, Encode, 0>(), filledDict<FillKeys, Encode, 1>()};
  const auto &keys = LookUpKeys();
  timeLookups(state, From,
              [&dicts, &keys](size_t i) { return rt_dict_get(dicts[i & 1], Encode(keys[i])); });
}

/// Lookups with fresh key strings: the same bytes as the inserted keys, in
/// string objects made anew before every iteration (outside the timing), so
/// no key has its hash cached yet - as keys read from input or built by
/// concatenation are.
template <size_t From> void BM_StringLookUpFreshKeys_Runtime(benchmark::State &state) {
  static RtValue alive = rt_unique_new(RT_NIL);
  RtValue dict = filledDict<stringValues, asIs<RtValue>>();
  const auto &bytes = bench::stringKeys();
  std::vector<RtValue> fresh(2 * kKeyCount, RT_NIL);
  for (auto _ : state) {
    state.PauseTiming();
    RtValue array = rt_array_new(kKeyCount);
    rt_unique_set(alive, array); // the vector is not scanned; the array keeps them
    for (size_t i = From; i < From + kKeyCount; ++i) {
      fresh[i] = rt_string_new(bytes[i].data(), static_cast<int64_t>(bytes[i].size()));
      rt_array_push(array, fresh[i]);
    }
    state.ResumeTiming();
    int64_t sum = 0;
    for (size_t i = From; i < From + kKeyCount; ++i)
      sum += static_cast<int64_t>(rt_dict_get(dict, fresh[i]));
    benchmark::DoNotOptimize(sum);
  }
  perOp(state);
}

// ----- the runtime's table alone ------------------------------------------

/// A table of the first kKeyCount keys, rooted.
template <auto Keys, auto Encode> Dict *filledTable() {
  static Dict *table = [] {
    const auto &keys = Keys();
    Dict *t = simple::rt::newDict(0);
    rt_unique_new(rt_encode_heap(t));
    for (size_t i = 0; i < kKeyCount; ++i)
      simple::rt::dictSet(t, Encode(keys[i]), rt_encode_int(static_cast<int64_t>(i)));
    return t;
  }();
  return table;
}

void BM_IntInsert_Table(benchmark::State &state) {
  const auto &keys = bench::intKeys();
  for (auto _ : state) {
    Dict *table = simple::rt::newDict(0);
    for (size_t i = 0; i < kKeyCount; ++i)
      simple::rt::dictSet(table, encodeInt(keys[i]), rt_encode_int(static_cast<int64_t>(i)));
    benchmark::DoNotOptimize(table);
  }
  perOp(state);
}

template <auto Table, auto Keys, auto Encode, size_t From>
void BM_LookUp_Table(benchmark::State &state) {
  Dict *table = Table();
  const auto &keys = Keys();
  timeLookups(state, From, [table, &keys](size_t i) {
    RtValue value = RT_NIL;
    simple::rt::dictFind(table, Encode(keys[i]), value);
    return value;
  });
}

// ----- the peers -----------------------------------------------------------

/// The bytes of the string keys held in one `new std::string` per key,
/// allocated in order: the runtime's keys are each a separate heap object,
/// std::string keys of 9-14 bytes sit inline (SSO) in one vector. The peer
/// then pays the same indirection (but no validation).
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

template <class Map, auto Keys, int Copy = 0> const Map &filledMap() {
  static const Map map = [] {
    const auto &keys = Keys();
    Map m;
    for (size_t i = 0; i < kKeyCount; ++i)
      m[keys[i]] = static_cast<int64_t>(i);
    return m;
  }();
  return map;
}

template <class Map, auto Keys> void BM_Insert(benchmark::State &state) {
  const auto &keys = Keys();
  for (auto _ : state) {
    Map map;
    for (size_t i = 0; i < kKeyCount; ++i)
      map[keys[i]] = static_cast<int64_t>(i);
    benchmark::DoNotOptimize(map);
  }
  perOp(state);
}

/// Looks up Encode(LookUpKeys()[i]) in the map filled with FillKeys (the
/// same bytes).
template <class Map, auto FillKeys, auto LookUpKeys, auto Encode>
void BM_Hit(benchmark::State &state) {
  const Map &map = filledMap<Map, FillKeys>();
  const auto &keys = LookUpKeys();
  timeLookups(state, kHits, [&map, &keys](size_t i) { return map.find(Encode(keys[i]))->second; });
}

template <class Map, auto FillKeys, auto LookUpKeys, auto Encode>
void BM_Miss(benchmark::State &state) {
  const Map &map = filledMap<Map, FillKeys>();
  const auto &keys = LookUpKeys();
  timeLookups(state, kMisses,
              [&map, &keys](size_t i) { return map.find(Encode(keys[i])) == map.end(); });
}

/// Hits or misses alternating between two maps of the same keys.
template <class Map, auto Keys, auto Encode, size_t From>
void BM_LookUpTwoMaps(benchmark::State &state) {
  const Map *maps[2] = {&filledMap<Map, Keys, 0>(), &filledMap<Map, Keys, 1>()};
  const auto &keys = Keys();
  timeLookups(state, From, [&maps, &keys](size_t i) {
    auto found = maps[i & 1]->find(Encode(keys[i]));
    return found == maps[i & 1]->end() ? int64_t(-1) : found->second;
  });
}

using AbslIntMap = absl::flat_hash_map<int64_t, int64_t>;
using StdIntMap = std::unordered_map<int64_t, int64_t>;
using AbslStringMap = absl::flat_hash_map<std::string, int64_t>;
using StdStringMap = std::unordered_map<std::string, int64_t>;

} // namespace

#define DICT_BENCHMARK(function, name)                                                             \
  BENCHMARK(function)->Name(name)->Unit(benchmark::kMillisecond)

using bench::intKeys;
using bench::stringKeys;

DICT_BENCHMARK((BM_Insert_Runtime<intKeys, encodeInt>), "BM_IntInsert_Runtime");
DICT_BENCHMARK(BM_IntInsert_Table, "BM_IntInsert_Table");
DICT_BENCHMARK((BM_Insert<AbslIntMap, intKeys>), "BM_IntInsert_Absl");
DICT_BENCHMARK((BM_Insert<StdIntMap, intKeys>), "BM_IntInsert_Std");
DICT_BENCHMARK((BM_LookUp_Runtime<filledDict<intKeys, encodeInt>, intKeys, encodeInt, kHits>),
               "BM_IntHit_Runtime");
DICT_BENCHMARK((BM_LookUp_Table<filledTable<intKeys, encodeInt>, intKeys, encodeInt, kHits>),
               "BM_IntHit_Table");
DICT_BENCHMARK((BM_Hit<AbslIntMap, intKeys, intKeys, asIs<int64_t>>), "BM_IntHit_Absl");
DICT_BENCHMARK((BM_Hit<StdIntMap, intKeys, intKeys, asIs<int64_t>>), "BM_IntHit_Std");
DICT_BENCHMARK((BM_LookUp_Runtime<filledDict<intKeys, encodeInt>, intKeys, encodeInt, kMisses>),
               "BM_IntMiss_Runtime");
DICT_BENCHMARK((BM_LookUp_Table<filledTable<intKeys, encodeInt>, intKeys, encodeInt, kMisses>),
               "BM_IntMiss_Table");
DICT_BENCHMARK((BM_Miss<AbslIntMap, intKeys, intKeys, asIs<int64_t>>), "BM_IntMiss_Absl");
DICT_BENCHMARK((BM_Miss<StdIntMap, intKeys, intKeys, asIs<int64_t>>), "BM_IntMiss_Std");

DICT_BENCHMARK((BM_Insert_Runtime<stringValues, asIs<RtValue>>), "BM_StringInsert_Runtime");
DICT_BENCHMARK((BM_Insert<AbslStringMap, stringKeys>), "BM_StringInsert_Absl");
DICT_BENCHMARK((BM_Insert<StdStringMap, stringKeys>), "BM_StringInsert_Std");
DICT_BENCHMARK((BM_LookUp_Runtime<filledDict<stringValues, asIs<RtValue>>, otherStringValues,
                                  asIs<RtValue>, kHits>),
               "BM_StringHit_Runtime");
DICT_BENCHMARK((BM_LookUp_Table<filledTable<stringValues, asIs<RtValue>>, otherStringValues,
                                asIs<RtValue>, kHits>),
               "BM_StringHit_Table");
DICT_BENCHMARK((BM_Hit<AbslStringMap, stringKeys, stringKeys, asIs<std::string>>),
               "BM_StringHit_Absl");
DICT_BENCHMARK((BM_Hit<StdStringMap, stringKeys, stringKeys, asIs<std::string>>),
               "BM_StringHit_Std");
DICT_BENCHMARK((BM_Hit<AbslStringMap, stringKeys, heapStringKeys, pointee>),
               "BM_StringHit_AbslHeapKeys");
// The very objects that were inserted (interned or literal strings): equal
// pointers, no byte comparison.
DICT_BENCHMARK((BM_LookUp_Runtime<filledDict<stringValues, asIs<RtValue>>, stringValues,
                                  asIs<RtValue>, kHits>),
               "BM_StringHitSameObjects_Runtime");
DICT_BENCHMARK(BM_StringLookUpThroughRtArray_Runtime<kHits>, "BM_StringHitThroughRtArray_Runtime");
DICT_BENCHMARK((BM_LookUp_Runtime<filledDict<stringValues, asIs<RtValue>>, otherStringValues,
                                  asIs<RtValue>, kMisses>),
               "BM_StringMiss_Runtime");
DICT_BENCHMARK((BM_LookUp_Table<filledTable<stringValues, asIs<RtValue>>, otherStringValues,
                                asIs<RtValue>, kMisses>),
               "BM_StringMiss_Table");
DICT_BENCHMARK((BM_Miss<AbslStringMap, stringKeys, stringKeys, asIs<std::string>>),
               "BM_StringMiss_Absl");
DICT_BENCHMARK(BM_StringLookUpThroughRtArray_Runtime<kMisses>,
               "BM_StringMissThroughRtArray_Runtime");
DICT_BENCHMARK((BM_Miss<AbslStringMap, stringKeys, heapStringKeys, pointee>),
               "BM_StringMiss_AbslHeapKeys");
DICT_BENCHMARK((BM_Miss<StdStringMap, stringKeys, stringKeys, asIs<std::string>>),
               "BM_StringMiss_Std");

// Fresh key strings (no cached hash) and two dicts in turn (the last-dict
// fast path cold), with the peers that match them.
DICT_BENCHMARK(BM_StringLookUpFreshKeys_Runtime<kHits>, "BM_StringHitFreshKeys_Runtime");
DICT_BENCHMARK(BM_StringLookUpFreshKeys_Runtime<kMisses>, "BM_StringMissFreshKeys_Runtime");
DICT_BENCHMARK((BM_LookUpTwoDicts_Runtime<intKeys, intKeys, encodeInt, kHits>),
               "BM_IntHitTwoDicts_Runtime");
DICT_BENCHMARK((BM_LookUpTwoMaps<AbslIntMap, intKeys, asIs<int64_t>, kHits>),
               "BM_IntHitTwoDicts_Absl");
DICT_BENCHMARK((BM_LookUpTwoDicts_Runtime<intKeys, intKeys, encodeInt, kMisses>),
               "BM_IntMissTwoDicts_Runtime");
DICT_BENCHMARK((BM_LookUpTwoMaps<AbslIntMap, intKeys, asIs<int64_t>, kMisses>),
               "BM_IntMissTwoDicts_Absl");
DICT_BENCHMARK((BM_LookUpTwoDicts_Runtime<stringValues, otherStringValues, asIs<RtValue>, kHits>),
               "BM_StringHitTwoDicts_Runtime");
DICT_BENCHMARK((BM_LookUpTwoMaps<AbslStringMap, stringKeys, asIs<std::string>, kHits>),
               "BM_StringHitTwoDicts_Absl");
DICT_BENCHMARK((BM_LookUpTwoDicts_Runtime<stringValues, otherStringValues, asIs<RtValue>, kMisses>),
               "BM_StringMissTwoDicts_Runtime");
DICT_BENCHMARK((BM_LookUpTwoMaps<AbslStringMap, stringKeys, asIs<std::string>, kMisses>),
               "BM_StringMissTwoDicts_Absl");
