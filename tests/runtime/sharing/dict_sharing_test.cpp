// Dicts used by several threads at once: every call is atomic (the spec's
// "Sharing" paragraph), so no set is lost, a lookup during a rebuild finds
// what was there, and every value read is one that a call stored.
#include "sharing/sharing_support.h"

#include <random>

using namespace simple::test;

namespace {

constexpr int kThreads = 4;
constexpr int64_t kPerThread = 200'000;

TEST(DictSharing, ConcurrentSetsOfDistinctKeysAllLand) {
  // Each thread sets its own keys (ints, and strings for every 8th), growing
  // the dict through many rebuilds; afterwards every key maps to its value.
  RtValue dict = rt_dict_new(0);
  auto keyOf = [](int t, int64_t i) {
    return i % 8 == 0 ? str("k" + std::to_string(t) + "." + std::to_string(i)) : storedValue(t, i);
  };
  runTogether(kThreads, [&](int t) {
    for (int64_t i = 0; i < kPerThread; ++i)
      ASSERT_EQ(rt_dict_set(dict, keyOf(t, i), storedValue(t, i)), 1);
  });
  ASSERT_EQ(rt_dict_len(dict), kThreads * kPerThread);
  for (int t = 0; t < kThreads; ++t) {
    for (int64_t i = 0; i < kPerThread; ++i)
      ASSERT_EQ(rt_dict_get(dict, keyOf(t, i)), storedValue(t, i)) << t << "." << i;
  }
  // Insertion order holds each thread's keys in the order it set them.
  RtValue keys = rt_dict_keys(dict);
  std::vector<int64_t> next(kThreads, 0);
  for (int64_t k = 0; k < rt_array_len(keys); ++k) {
    RtValue value = rt_dict_get(dict, rt_array_get(keys, k));
    int64_t i = rt_decode_int(value);
    int t = int((i >> 32) - 1);
    ASSERT_EQ(i & 0xFFFFFFFF, next[t]);
    ++next[t];
  }
}

TEST(DictSharing, OverwritesOfSharedKeysKeepOneOfTheStoredValues) {
  // Four threads overwrite the same 1,000 keys; each ends as the last value
  // one of the threads stored for it, and the dict never has more keys.
  constexpr int64_t kKeys = 1000, kRounds = 100;
  RtValue dict = rt_dict_new(0);
  runTogether(kThreads, [&](int t) {
    for (int64_t round = 0; round < kRounds; ++round) {
      for (int64_t k = 0; k < kKeys; ++k)
        ASSERT_EQ(rt_dict_set(dict, I(k), storedValue(t, round * kKeys + k)), 1);
    }
  });
  ASSERT_EQ(rt_dict_len(dict), kKeys);
  for (int64_t k = 0; k < kKeys; ++k) {
    RtValue v = rt_dict_get(dict, I(k));
    ASSERT_TRUE(isStoredValue(v, kThreads, kRounds * kKeys));
    EXPECT_EQ(rt_decode_int(v) & 0xFFFFFFFF, (kRounds - 1) * kKeys + k);
  }
}

TEST(DictSharing, LookupsDuringRebuildsFindEveryKeyThatWasThere) {
  // 1,000 keys never change; readers must find each (int and string keys)
  // while two writers add 400,000 more, rebuilding the table many times.
  constexpr int64_t kFixed = 1000;
  RtValue dict = rt_dict_new(0);
  std::vector<RtValue> stringKeys; // malloc memory: the dict keeps them alive
  for (int64_t i = 0; i < kFixed; ++i) {
    stringKeys.push_back(str("fixed " + std::to_string(i)));
    rt_dict_set(dict, I(-1 - i), storedValue(0, i));
    rt_dict_set(dict, stringKeys.back(), storedValue(0, i));
  }
  std::atomic<int> writersDone{0};
  runTogether(kThreads, [&](int t) {
    if (t < 2) {
      for (int64_t i = 0; i < kPerThread; ++i)
        rt_dict_set(dict, storedValue(1 + t, i), I(i));
      writersDone.fetch_add(1);
      return;
    }
    std::mt19937_64 random(t);
    int64_t reads = 0;
    while (writersDone.load() < 2 || reads < 100'000) {
      int64_t i = int64_t(random() % kFixed);
      ASSERT_EQ(rt_dict_get(dict, I(-1 - i)), storedValue(0, i)) << i;
      ASSERT_EQ(rt_dict_get(dict, stringKeys[i]), storedValue(0, i)) << i;
      ASSERT_EQ(rt_dict_contains(dict, I(-1 - i)), 1);
      reads += 2;
    }
  });
  EXPECT_EQ(rt_dict_len(dict), 2 * kFixed + 2 * kPerThread);
}

TEST(DictSharing, EveryCallMixedWithClearsAndCollectionsReadsOnlyStoredValues) {
  // Every dict call from four threads at random over a small key space, with
  // removals, clears and collections: no crash, no hang, every value read is
  // nil or one some thread stored, and every key listed maps to a stored value.
  constexpr int64_t kOps = 40'000, kKeySpace = 512;
  RtValue dict = rt_dict_new(0);
  std::vector<RtValue> stringKeys; // malloc memory: keysAlive keeps them alive
  RtValue keysAlive = rt_array_new(kKeySpace);
  for (int64_t k = 0; k < kKeySpace; ++k) {
    stringKeys.push_back(str("key " + std::to_string(k)));
    rt_array_push(keysAlive, stringKeys.back());
  }
  runTogether(kThreads, [&](int t) {
    std::mt19937_64 random(200 + t);
    auto check = [&](RtValue v) {
      ASSERT_TRUE(v == RT_NIL || isStoredValue(v, kThreads, kOps)) << std::hex << v;
    };
    for (int64_t i = 0; i < kOps; ++i) {
      int64_t k = int64_t(random() % kKeySpace);
      RtValue key = k % 2 ? I(k) : stringKeys[k];
      switch (random() % 12) {
      case 0:
      case 1:
      case 2:
        ASSERT_EQ(rt_dict_set(dict, key, storedValue(t, i)), 1) << lastError();
        break;
      case 3:
      case 4:
      case 5:
        check(rt_dict_get(dict, key));
        break;
      case 6:
        check(rt_dict_remove(dict, key));
        break;
      case 7:
        rt_dict_contains(dict, key);
        break;
      case 8: {
        RtValue values = rt_dict_values(dict);
        for (int64_t j = 0, n = rt_array_len(values); j < n; ++j)
          check(rt_array_get(values, j));
        break;
      }
      case 9: {
        RtValue keys = rt_dict_keys(dict);
        ASSERT_LE(rt_array_len(keys), kKeySpace);
        break;
      }
      case 10:
        if (random() % 128 == 0)
          rt_dict_clear(dict);
        else
          ASSERT_NE(rt_to_string(dict), RT_NIL);
        break;
      case 11:
        if (random() % 256 == 0)
          rt_gc_collect();
        else
          ASSERT_GE(rt_dict_len(dict), 0);
        break;
      }
    }
  });
  RtValue keys = rt_dict_keys(dict);
  ASSERT_EQ(rt_array_len(keys), rt_dict_len(dict));
  for (int64_t j = 0; j < rt_array_len(keys); ++j)
    ASSERT_TRUE(isStoredValue(rt_dict_get(dict, rt_array_get(keys, j)), kThreads, kOps));
  EXPECT_EQ(rt_array_len(keysAlive), kKeySpace);
}

TEST(DictSharing, SetRacingClearNeverWritesIntoTheEmptyTable) {
  // rt_dict_set racing rt_dict_clear: every set succeeds, and afterwards the
  // dict is consistent (its keys and length agree, every key maps to a
  // value its thread stored).
  RtValue dict = rt_dict_new(0);
  std::atomic<int> settersDone{0};
  runTogether(3, [&](int t) {
    if (t == 2) {
      while (settersDone.load() < 2)
        rt_dict_clear(dict);
      return;
    }
    for (int64_t i = 0; i < kPerThread; ++i)
      ASSERT_EQ(rt_dict_set(dict, storedValue(t, i % 5000), storedValue(t, i)), 1);
    settersDone.fetch_add(1);
  });
  RtValue keys = rt_dict_keys(dict);
  ASSERT_EQ(rt_array_len(keys), rt_dict_len(dict));
  for (int64_t j = 0; j < rt_array_len(keys); ++j)
    ASSERT_TRUE(isStoredValue(rt_dict_get(dict, rt_array_get(keys, j)), 2, kPerThread));
  // An empty dict made by clear still takes new keys.
  rt_dict_clear(dict);
  ASSERT_EQ(rt_dict_set(dict, I(1), I(2)), 1);
  ASSERT_EQ(rt_dict_get(dict, I(1)), I(2));
}

} // namespace
