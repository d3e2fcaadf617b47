// Arrays used by several threads at once: every call is atomic (the spec's
// "Sharing" paragraph), so no push or set is lost, nothing crashes or hangs,
// and every value read is one that a call stored.
#include "sharing/sharing_support.h"

#include <algorithm>
#include <random>
#include <set>

using namespace simple::test;

namespace {

constexpr int kThreads = 4;
constexpr int64_t kPerThread = 200'000;

/// The values of an array, read one by one after every writer has joined.
std::vector<RtValue> contents(RtValue array) {
  std::vector<RtValue> values;
  for (int64_t i = 0; i < rt_array_len(array); ++i)
    values.push_back(rt_array_get(array, i));
  return values;
}

/// Checks that `values` holds each thread's values in the order it pushed
/// them, and every one of them exactly once when `complete`.
void expectEachThreadsValuesInOrder(const std::vector<RtValue> &values, int threads,
                                    int64_t perThread) {
  std::vector<int64_t> next(threads, 0);
  for (RtValue v : values) {
    ASSERT_TRUE(isStoredValue(v, threads, perThread)) << std::hex << v;
    int64_t i = rt_decode_int(v);
    int thread = static_cast<int>((i >> 32) - 1);
    ASSERT_EQ(i & 0xFFFFFFFF, next[thread]) << "thread " << thread << " out of order";
    ++next[thread];
  }
  for (int t = 0; t < threads; ++t)
    EXPECT_EQ(next[t], perThread) << "thread " << t;
}

TEST(ArraySharing, ConcurrentPushesAllLandInEachThreadsOrder) {
  RtValue array = rt_array_new(0);
  runTogether(kThreads, [&](int t) {
    for (int64_t i = 0; i < kPerThread; ++i)
      ASSERT_EQ(rt_array_push(array, storedValue(t, i)), 1);
  });
  ASSERT_EQ(rt_array_len(array), kThreads * kPerThread);
  expectEachThreadsValuesInOrder(contents(array), kThreads, kPerThread);
}

TEST(ArraySharing, ConcurrentSetsAllLandWhileAPusherGrowsTheArray) {
  // Two threads set every index of the first 1,000, each in its own half,
  // many times over, while a third pushes and so replaces the storage again
  // and again: no set may be lost in a storage being replaced, so the last
  // round of each setter is what the array holds.
  constexpr int64_t kLength = 1000;
  RtValue array = rt_array_new(0);
  for (int64_t i = 0; i < kLength; ++i)
    rt_array_push(array, RT_NIL);
  constexpr int kRounds = 500;
  std::atomic<bool> settersDone{false};
  runTogether(3, [&](int t) {
    if (t == 2) {
      for (int64_t i = 0; !settersDone.load() || i < kPerThread; ++i)
        ASSERT_EQ(rt_array_push(array, I(i)), 1);
      return;
    }
    for (int round = 0; round < kRounds; ++round) {
      for (int64_t i = t; i < kLength; i += 2) {
        ASSERT_EQ(rt_array_set(array, i, storedValue(t, round * kLength + i)), 1);
        // Nobody else writes index i: a set lost to a growth shows here.
        ASSERT_EQ(rt_array_get(array, i), storedValue(t, round * kLength + i)) << i;
      }
    }
    settersDone.store(true);
  });
  for (int64_t i = 0; i < kLength; ++i)
    ASSERT_EQ(rt_array_get(array, i), storedValue(int(i % 2), (kRounds - 1) * kLength + i)) << i;
}

TEST(ArraySharing, PushersAndPoppersLoseAndDuplicateNothing) {
  // Two threads push, two pop: what was popped plus what is left is exactly
  // what was pushed, and the final length is pushed minus popped.
  RtValue array = rt_array_new(0);
  std::vector<std::vector<RtValue>> popped(kThreads);
  std::atomic<int> pushersDone{0};
  runTogether(kThreads, [&](int t) {
    if (t < 2) {
      for (int64_t i = 0; i < kPerThread; ++i)
        ASSERT_EQ(rt_array_push(array, storedValue(t, i)), 1);
      pushersDone.fetch_add(1);
      return;
    }
    while (pushersDone.load() < 2 || rt_array_len(array) > 0) {
      RtValue v = rt_array_pop(array);
      if (v != RT_NIL)
        popped[t].push_back(v);
    }
  });
  std::vector<RtValue> all = contents(array);
  size_t poppedCount = 0;
  for (auto &values : popped) {
    poppedCount += values.size();
    all.insert(all.end(), values.begin(), values.end());
  }
  EXPECT_EQ(rt_array_len(array), 2 * kPerThread - int64_t(poppedCount));
  std::sort(all.begin(), all.end());
  ASSERT_EQ(all.size(), size_t(2 * kPerThread));
  EXPECT_EQ(std::adjacent_find(all.begin(), all.end()), all.end()) << "a value popped twice";
  for (RtValue v : all)
    ASSERT_TRUE(isStoredValue(v, 2, kPerThread));
}

TEST(ArraySharing, InsertsAndRemovesAtAnyPositionKeepEveryValue) {
  // Threads insert at the front, the end and positions in between and
  // remove from random positions; afterwards what was inserted is exactly
  // what is left plus what was removed. A position that another thread's
  // removal put out of range is refused with OUT_OF_RANGE and not counted.
  constexpr int64_t kOps = 20'000;
  RtValue array = rt_array_new(0);
  std::vector<std::vector<RtValue>> inserted(kThreads), removed(kThreads);
  runTogether(kThreads, [&](int t) {
    std::mt19937_64 random(t);
    for (int64_t i = 0; i < kOps; ++i) {
      int64_t length = rt_array_len(array);
      int64_t at =
          i % 3 == 0 ? 0 : (i % 3 == 1 ? length : int64_t(random() % uint64_t(length + 1)));
      rt_error_clear();
      if (rt_array_insert(array, at, storedValue(t, i)) == 1)
        inserted[t].push_back(storedValue(t, i));
      else
        ASSERT_EQ(rt_error_code(), RT_ERROR_OUT_OF_RANGE);
      if (i % 2) {
        rt_error_clear();
        RtValue v = rt_array_remove(array, int64_t(random() % 64));
        if (v != RT_NIL)
          removed[t].push_back(v);
        else
          ASSERT_EQ(rt_error_code(), RT_ERROR_OUT_OF_RANGE); // only when too short
      }
    }
  });
  std::vector<RtValue> expected, all = contents(array);
  for (int t = 0; t < kThreads; ++t) {
    expected.insert(expected.end(), inserted[t].begin(), inserted[t].end());
    all.insert(all.end(), removed[t].begin(), removed[t].end());
  }
  EXPECT_GT(expected.size(), size_t(kThreads * kOps * 9 / 10));
  std::sort(all.begin(), all.end());
  std::sort(expected.begin(), expected.end());
  ASSERT_EQ(all, expected);
}

TEST(ArraySharing, ReadsDuringGrowthSeeEveryItemThatWasThere) {
  // The first 1,000 items never change; readers must find each of them at
  // its place while pushers grow (and so replace) the storage many times.
  constexpr int64_t kFixed = 1000;
  RtValue array = rt_array_new(0);
  for (int64_t i = 0; i < kFixed; ++i)
    rt_array_push(array, storedValue(0, i));
  std::atomic<bool> done{false};
  runTogether(kThreads, [&](int t) {
    if (t < 2) {
      for (int64_t i = 0; i < kPerThread; ++i)
        rt_array_push(array, storedValue(1 + t, i));
      done.store(true);
      return;
    }
    std::mt19937_64 random(t);
    int64_t reads = 0;
    while (!done.load() || reads < 100'000) {
      int64_t i = int64_t(random() % kFixed);
      ASSERT_EQ(rt_array_get(array, i), storedValue(0, i)) << i;
      ++reads;
    }
  });
}

TEST(ArraySharing, EveryCallMixedWithClearsAndCollectionsReadsOnlyStoredValues) {
  // Every array call from four threads at random, with clears and
  // collections in between: no crash, no hang, and every value read is nil
  // or a value some thread stored.
  constexpr int64_t kOps = 30'000;
  RtValue array = rt_array_new(0);
  RtValue other = rt_array_new(0);
  rt_array_push(other, storedValue(0, 0));
  runTogether(kThreads, [&](int t) {
    std::mt19937_64 random(100 + t);
    auto check = [&](RtValue v) {
      ASSERT_TRUE(v == RT_NIL || isStoredValue(v, kThreads, kOps)) << std::hex << v;
    };
    auto checkArray = [&](RtValue a) {
      ASSERT_NE(a, RT_NIL);
      for (int64_t i = 0, n = rt_array_len(a); i < n; ++i)
        check(rt_array_get(a, i));
    };
    for (int64_t i = 0; i < kOps; ++i) {
      rt_error_clear();
      int64_t length = rt_array_len(array);
      ASSERT_GE(length, 0);
      int64_t at = int64_t(random() % uint64_t(length + 2)) - 1;
      switch (random() % 16) {
      case 0:
      case 1:
      case 2:
        rt_array_push(array, storedValue(t, i));
        break;
      case 3:
        check(rt_array_pop(array));
        break;
      case 4:
        rt_array_set(array, at, storedValue(t, i));
        break;
      case 5:
      case 6:
        check(rt_array_get(array, at));
        break;
      case 7:
        rt_array_insert(array, at, storedValue(t, i));
        break;
      case 8:
        check(rt_array_remove(array, at));
        break;
      case 9:
        checkArray(rt_array_slice(array, at, at + 50));
        break;
      case 10:
        checkArray(rt_array_concat(array, i % 2 ? array : other));
        break;
      case 11:
        rt_array_contains(array, storedValue(t, i / 2));
        break;
      case 12:
        if (random() % 64 == 0)
          rt_array_clear(array);
        break;
      case 13:
        ASSERT_NE(rt_to_string(array), RT_NIL);
        break;
      case 14:
        rt_value_truthy(array);
        break;
      case 15:
        if (random() % 256 == 0)
          rt_gc_collect();
        break;
      }
    }
  });
  for (RtValue v : contents(array))
    ASSERT_TRUE(isStoredValue(v, kThreads, kOps));
}

TEST(ArraySharing, PushRacingClearNeitherCrashesNorLosesLaterPushes) {
  // One thread clears while two push: nothing crashes, every push succeeds,
  // and after the joins the array holds values of each pusher in the order
  // it pushed them (what the last clears left).
  RtValue array = rt_array_new(0);
  std::atomic<int> pushersDone{0};
  runTogether(3, [&](int t) {
    if (t == 2) {
      while (pushersDone.load() < 2)
        rt_array_clear(array);
      return;
    }
    for (int64_t i = 0; i < kPerThread; ++i)
      ASSERT_EQ(rt_array_push(array, storedValue(t, i)), 1);
    pushersDone.fetch_add(1);
  });
  std::vector<int64_t> last(2, -1);
  for (RtValue v : contents(array)) {
    ASSERT_TRUE(isStoredValue(v, 2, kPerThread));
    int64_t i = rt_decode_int(v);
    int thread = int((i >> 32) - 1);
    ASSERT_GT(i & 0xFFFFFFFF, last[thread]);
    last[thread] = i & 0xFFFFFFFF;
  }
}

} // namespace
