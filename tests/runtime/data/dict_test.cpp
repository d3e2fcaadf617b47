#include "test_support.h"
#include "value/hashing.h"

#include <cmath>
#include <map>
#include <random>
#include <thread>

using namespace simple::test;

TEST(Dict, SetThenGetReturnsTheValue) {
  RtValue dict = rt_dict_new(0);
  EXPECT_EQ(rt_dict_set(dict, str("a"), I(1)), 1);
  EXPECT_EQ(rt_dict_set(dict, I(2), str("two")), 1);
  EXPECT_EQ(rt_dict_get(dict, str("a")), I(1));
  EXPECT_EQ(text(rt_dict_get(dict, I(2))), "two");
  EXPECT_EQ(rt_dict_len(dict), 2);
}

TEST(Dict, GetOfAnAbsentKeyReturnsNilWithoutAnError) {
  RtValue dict = rt_dict_new(0);
  rt_error_clear();
  EXPECT_EQ(rt_dict_get(dict, I(1)), RT_NIL);
  rt_dict_set(dict, I(2), I(2));
  EXPECT_EQ(rt_dict_get(dict, I(1)), RT_NIL);
  EXPECT_EQ(rt_dict_get(dict, str("2")), RT_NIL);
  EXPECT_EQ(rt_error_code(), RT_ERROR_NONE);
}

TEST(Dict, SetOverwritesAndKeepsTheFirstKeyAndItsPlace) {
  RtValue dict = rt_dict_new(0);
  rt_dict_set(dict, I(1), str("a"));
  rt_dict_set(dict, I(2), str("b"));
  rt_dict_set(dict, rt_value_float(1.0), str("c"));
  EXPECT_EQ(rt_dict_len(dict), 2);
  EXPECT_EQ(printed(dict), "{1: \"c\", 2: \"b\"}");
}

TEST(Dict, StringKeysCompareByContent) {
  RtValue dict = rt_dict_new(0);
  rt_dict_set(dict, str("key"), I(1));
  EXPECT_EQ(rt_dict_get(dict, str("key")), I(1));
  EXPECT_EQ(rt_dict_contains(dict, str("ke")), 0);
  rt_dict_set(dict, str("key"), I(2));
  EXPECT_EQ(rt_dict_len(dict), 1);
}

TEST(Dict, StringKeysOfEveryShortLengthAreFoundByOtherObjectsWithTheSameBytes) {
  // Strings below 64 bytes compare as words, padding included; longer ones
  // through memcmp. Keys differ in their last byte, by a NUL at the end, or
  // only in length, and are looked up through other objects.
  RtValue dict = rt_dict_new(0);
  std::vector<std::string> keys;
  for (size_t len = 0; len <= 80; ++len) {
    std::string key(len, 'k');
    keys.push_back(key);
    if (len > 0) {
      key.back() = 'K';
      keys.push_back(key);
      keys.push_back(std::string(len - 1, 'k') + '\0');
    }
  }
  for (size_t i = 0; i < keys.size(); ++i)
    ASSERT_EQ(rt_dict_set(dict, str(keys[i]), I(static_cast<int64_t>(i))), 1);
  ASSERT_EQ(rt_dict_len(dict), static_cast<int64_t>(keys.size()));
  for (int pass = 0; pass < 2; ++pass) { // the second with the hashes cached
    for (size_t i = 0; i < keys.size(); ++i) {
      RtValue lookup = str(keys[i]);
      if (pass == 1)
        rt_value_hash(lookup);
      EXPECT_EQ(rt_dict_get(dict, lookup), I(static_cast<int64_t>(i))) << i;
    }
    for (size_t len = 1; len <= 80; ++len)
      EXPECT_EQ(rt_dict_get(dict, str(std::string(len, 'z'))), RT_NIL) << len;
  }
  EXPECT_EQ(rt_error_code(), RT_ERROR_NONE);
}

TEST(Dict, AStringKeyNeverEqualsAKeyOfAnotherKind) {
  RtValue dict = rt_dict_new(0);
  RtValue tuple = rt_tuple_new(0);
  rt_dict_set(dict, I(7), I(1));
  rt_dict_set(dict, tuple, I(2));
  rt_dict_set(dict, RT_TRUE, I(3));
  for (const char *text : {"7", "", "true"}) {
    RtValue key = str(text);
    rt_value_hash(key);
    EXPECT_EQ(rt_dict_get(dict, key), RT_NIL) << text;
  }
  EXPECT_EQ(rt_dict_get(dict, tuple), I(2));
}

TEST(Dict, NumbersCompareByValue) {
  RtValue dict = rt_dict_new(0);
  rt_dict_set(dict, rt_value_float(2.0), str("two"));
  EXPECT_EQ(text(rt_dict_get(dict, I(2))), "two");
  rt_dict_set(dict, I(3), str("three"));
  EXPECT_EQ(text(rt_dict_get(dict, rt_value_float(3.0))), "three");
  rt_dict_set(dict, rt_value_float(0.0), str("zero"));
  EXPECT_EQ(text(rt_dict_get(dict, rt_value_float(-0.0))), "zero");
  EXPECT_EQ(text(rt_dict_get(dict, I(0))), "zero");
  EXPECT_EQ(rt_dict_get(dict, rt_value_float(2.5)), RT_NIL);
}

TEST(Dict, NaNKeyIsFoundByItsOwnBits) {
  RtValue dict = rt_dict_new(0);
  RtValue nan = rt_value_float(NAN);
  rt_dict_set(dict, nan, I(1));
  rt_dict_set(dict, nan, I(2));
  EXPECT_EQ(rt_dict_len(dict), 1);
  EXPECT_EQ(rt_dict_get(dict, nan), I(2));
}

TEST(Dict, TupleKeysCompareElementWise) {
  auto pair = [](int64_t a, const char *b) {
    RtValue tuple = rt_tuple_new(2);
    rt_tuple_set(tuple, 0, I(a));
    rt_tuple_set(tuple, 1, str(b));
    return tuple;
  };
  RtValue dict = rt_dict_new(0);
  rt_dict_set(dict, pair(1, "x"), I(10));
  EXPECT_EQ(rt_dict_get(dict, pair(1, "x")), I(10));
  EXPECT_EQ(rt_dict_get(dict, pair(1, "y")), RT_NIL);
}

TEST(Dict, OtherHeapKeysCompareByIdentity) {
  RtValue dict = rt_dict_new(0);
  RtValue a = rt_array_new(0), b = rt_array_new(0);
  rt_dict_set(dict, a, I(1));
  EXPECT_EQ(rt_dict_get(dict, a), I(1));
  EXPECT_EQ(rt_dict_contains(dict, b), 0);
}

TEST(Dict, SpecialsAreKeys) {
  RtValue dict = rt_dict_new(0);
  rt_dict_set(dict, RT_NIL, I(0));
  rt_dict_set(dict, RT_TRUE, I(1));
  rt_dict_set(dict, RT_FALSE, I(2));
  EXPECT_EQ(rt_dict_get(dict, RT_NIL), I(0));
  EXPECT_EQ(rt_dict_get(dict, RT_TRUE), I(1));
  EXPECT_EQ(rt_dict_get(dict, RT_FALSE), I(2));
  EXPECT_EQ(rt_dict_len(dict), 3);
}

TEST(Dict, KeysAndValuesAreInInsertionOrder) {
  RtValue dict = rt_dict_new(0);
  rt_dict_set(dict, str("b"), I(1));
  rt_dict_set(dict, str("a"), I(2));
  rt_dict_set(dict, I(0), I(3));
  EXPECT_EQ(printed(rt_dict_keys(dict)), "[\"b\", \"a\", 0]");
  EXPECT_EQ(printed(rt_dict_values(dict)), "[1, 2, 3]");
  EXPECT_EQ(printed(rt_dict_keys(rt_dict_new(0))), "[]");
}

TEST(Dict, RemoveReturnsTheValueAndForgetsTheKey) {
  RtValue dict = rt_dict_new(0);
  rt_dict_set(dict, I(1), str("one"));
  rt_dict_set(dict, I(2), str("two"));
  EXPECT_EQ(text(rt_dict_remove(dict, I(1))), "one");
  EXPECT_EQ(rt_dict_len(dict), 1);
  EXPECT_EQ(rt_dict_contains(dict, I(1)), 0);
  rt_error_clear();
  EXPECT_EQ(rt_dict_remove(dict, I(1)), RT_NIL);
  EXPECT_EQ(rt_error_code(), RT_ERROR_NONE);
  rt_dict_set(dict, I(1), str("again"));
  EXPECT_EQ(printed(rt_dict_keys(dict)), "[2, 1]");
}

TEST(Dict, ClearRemovesEverythingAndTheDictStaysUsable) {
  RtValue dict = rt_dict_new(10);
  for (int i = 0; i < 100; ++i)
    rt_dict_set(dict, I(i), I(i));
  EXPECT_EQ(rt_dict_clear(dict), 1);
  EXPECT_EQ(rt_dict_len(dict), 0);
  EXPECT_EQ(rt_dict_get(dict, I(5)), RT_NIL);
  rt_dict_set(dict, I(5), I(6));
  EXPECT_EQ(rt_dict_get(dict, I(5)), I(6));
}

TEST(Dict, CapacityHintIsOnlyAHint) {
  RtValue dict = rt_dict_new(3);
  for (int i = 0; i < 1000; ++i)
    rt_dict_set(dict, I(i), I(i));
  EXPECT_EQ(rt_dict_len(dict), 1000);
}

TEST(Dict, NewWithNegativeOrHugeCapacityReturnsNilAndRecordsBadArgument) {
  for (int64_t capacity : {int64_t(-1), INT64_MIN, (int64_t(1) << 26) + 1}) {
    rt_error_clear();
    EXPECT_EQ(rt_dict_new(capacity), RT_NIL);
    EXPECT_EQ(rt_error_code(), RT_ERROR_BAD_ARGUMENT);
  }
}

TEST(Dict, AMillionIntKeysAllRoundTrip) {
  RtValue dict = rt_dict_new(0);
  constexpr int64_t kCount = 1'000'000;
  for (int64_t i = 0; i < kCount; ++i)
    ASSERT_EQ(rt_dict_set(dict, I(i * 7919), I(i)), 1);
  EXPECT_EQ(rt_dict_len(dict), kCount);
  for (int64_t i = 0; i < kCount; ++i)
    ASSERT_EQ(rt_dict_get(dict, I(i * 7919)), I(i)) << i;
  for (int64_t i = 0; i < 1000; ++i)
    ASSERT_EQ(rt_dict_get(dict, I(i * 7919 + 1)), RT_NIL);
}

TEST(Dict, KeysWhoseHashTopByteIsAReservedControlByteAreFoundAndKeptApart) {
  // A slot's control byte is the top byte of its key's hash, capped below the
  // two reserved bytes (empty 0xFF, deleted 0xFE). Keys whose top byte is
  // 0xFD, 0xFE or 0xFF share the capped tag; each must still be stored, found,
  // overwritten and removed as itself, through the fast paths and the general
  // one, and absent keys with those bytes must not be found.
  std::vector<int64_t> keysByTopByte[3];
  for (int64_t i = 0, found = 0; found < 120; ++i) {
    unsigned top = static_cast<unsigned>(simple::rt::hashInt(i) >> 56);
    if (top >= 0xFD && keysByTopByte[top - 0xFD].size() < 40) {
      keysByTopByte[top - 0xFD].push_back(i);
      ++found;
    }
  }
  RtValue dict = rt_dict_new(0);
  for (const auto &keys : keysByTopByte)
    for (size_t k = 0; k < keys.size(); k += 2) // even positions stored, odd ones absent
      ASSERT_EQ(rt_dict_set(dict, I(keys[k]), I(keys[k] * 2)), 1);
  EXPECT_EQ(rt_dict_len(dict), 60);
  for (const auto &keys : keysByTopByte) {
    for (size_t k = 0; k < keys.size(); ++k) {
      RtValue expected = k % 2 == 0 ? I(keys[k] * 2) : RT_NIL;
      EXPECT_EQ(rt_dict_get(dict, I(keys[k])), expected) << keys[k];
      EXPECT_EQ(rt_dict_contains(dict, I(keys[k])), k % 2 == 0 ? 1 : 0) << keys[k];
      // The same number as a float takes the general path.
      EXPECT_EQ(rt_dict_get(dict, rt_value_float(static_cast<double>(keys[k]))), expected);
    }
  }
  for (const auto &keys : keysByTopByte)
    EXPECT_EQ(rt_dict_remove(dict, I(keys[0])), I(keys[0] * 2));
  for (const auto &keys : keysByTopByte) {
    EXPECT_EQ(rt_dict_get(dict, I(keys[0])), RT_NIL);
    EXPECT_EQ(rt_dict_get(dict, I(keys[2])), I(keys[2] * 2));
  }
  EXPECT_EQ(rt_dict_len(dict), 57);
}

TEST(Dict, IntKeysPastAFullFirstGroupAreFoundAlongTheProbeSequence) {
  // rt_dict_get's fast path reads a key's first group of 16 slots and hands
  // a full one to the rest of the probe. 40 keys whose first group is the
  // same fill it and spill into later groups of a 64-slot dict.
  RtValue dict = rt_dict_new(40); // 64 slots, no rebuild below 56 entries
  std::vector<int64_t> keys;
  for (int64_t i = 0; keys.size() < 41; ++i)
    if ((simple::rt::hashInt(i) & 63) < 16)
      keys.push_back(i);
  int64_t absent = keys.back();
  keys.pop_back();
  for (int64_t key : keys)
    ASSERT_EQ(rt_dict_set(dict, I(key), I(key + 1000)), 1);
  ASSERT_EQ(rt_dict_len(dict), 40);
  for (int64_t key : keys) {
    EXPECT_EQ(rt_dict_get(dict, I(key)), I(key + 1000)) << key;
    EXPECT_EQ(rt_dict_get(dict, rt_value_float(static_cast<double>(key))), I(key + 1000)) << key;
  }
  EXPECT_EQ(rt_dict_get(dict, I(absent)), RT_NIL);
  EXPECT_EQ(rt_dict_contains(dict, I(absent)), 0);
  // Overwrites through the fast path of rt_dict_set find the same slots.
  for (int64_t key : keys)
    ASSERT_EQ(rt_dict_set(dict, I(key), I(-key)), 1);
  EXPECT_EQ(rt_dict_len(dict), 40);
  for (int64_t key : keys)
    EXPECT_EQ(rt_dict_get(dict, I(key)), I(-key)) << key;
}

TEST(Dict, ManyStringKeysAllRoundTrip) {
  RtValue dict = rt_dict_new(0);
  for (int i = 0; i < 100000; ++i)
    rt_dict_set(dict, str("key" + std::to_string(i)), I(i));
  for (int i = 0; i < 100000; ++i)
    ASSERT_EQ(rt_dict_get(dict, str("key" + std::to_string(i))), I(i));
  EXPECT_EQ(rt_dict_get(dict, str("key100000")), RT_NIL);
}

TEST(Dict, InsertRemoveChurnKeepsTheSizeBoundedAndTheContentsRight) {
  // Matches a std::map through random insertions and removals; the table is
  // rebuilt many times (compaction of removed entries included). At most 500
  // keys are live at once, but about 66,000 distinct insertions happen: a
  // table that kept removed entries until it grew would hold all of them
  // (1.3 MiB measured with compaction disabled), a compacted one stays at
  // 2 K slots (about 60 KiB). The bound is on the live heap after a collection, so the tables
  // that rebuilds dropped do not count.
  int64_t liveBefore = liveBytesAfterCollection();
  RtValue dict = rt_dict_new(0);
  std::map<int64_t, int64_t> model;
  std::mt19937_64 random(5);
  for (int step = 0; step < 200000; ++step) {
    int64_t key = static_cast<int64_t>(random() % 500);
    if (random() % 3 == 0) {
      RtValue removed = rt_dict_remove(dict, I(key));
      auto it = model.find(key);
      ASSERT_EQ(removed, it == model.end() ? RT_NIL : I(it->second));
      if (it != model.end())
        model.erase(it);
    } else {
      rt_dict_set(dict, I(key), I(step));
      model[key] = step;
    }
  }
  ASSERT_EQ(rt_dict_len(dict), static_cast<int64_t>(model.size()));
  for (auto [key, value] : model)
    ASSERT_EQ(rt_dict_get(dict, I(key)), I(value));
  int64_t dictBytes = liveBytesAfterCollection() - liveBefore;
  EXPECT_LT(dictBytes, 512 * 1024) << "a dict of at most 500 live keys";
  EXPECT_EQ(rt_dict_len(dict), static_cast<int64_t>(model.size())); // keeps dict alive
}

TEST(Dict, ManyInsertRemovePairsOnFewLiveKeysKeepTheDictSmall) {
  // 1,000,000 insert/remove pairs of distinct keys beside 2 live keys: a
  // table that never compacted would grow to millions of slots (28 MiB
  // measured with compaction disabled); a compacted one stays at its
  // minimum size.
  int64_t liveBefore = liveBytesAfterCollection();
  RtValue dict = rt_dict_new(0);
  rt_dict_set(dict, I(-1), I(1));
  rt_dict_set(dict, I(-2), I(2));
  for (int64_t i = 0; i < 1000000; ++i) {
    rt_dict_set(dict, I(i), I(i));
    ASSERT_EQ(rt_dict_remove(dict, I(i)), I(i));
  }
  int64_t dictBytes = liveBytesAfterCollection() - liveBefore;
  EXPECT_LT(dictBytes, 64 * 1024) << "a dict of 2 live keys";
  EXPECT_EQ(rt_dict_len(dict), 2);
  EXPECT_EQ(printed(dict), "{-1: 1, -2: 2}");
}

TEST(Dict, StoringGarbageIsRejectedAndRecordsBadValue) {
  RtValue dict = rt_dict_new(0);
  expectRejectsAll(garbageValues(), int64_t(0),
                   [&](RtValue v) { return rt_dict_set(dict, v, I(1)); });
  expectRejectsAll(garbageValues(), int64_t(0),
                   [&](RtValue v) { return rt_dict_set(dict, I(1), v); });
  expectRejectsAll(garbageValues(), RtValue(RT_NIL),
                   [&](RtValue v) { return rt_dict_get(dict, v); });
  expectRejectsAll(garbageValues(), int64_t(0),
                   [&](RtValue v) { return rt_dict_contains(dict, v); });
  expectRejectsAll(garbageValues(), RtValue(RT_NIL),
                   [&](RtValue v) { return rt_dict_remove(dict, v); });
  EXPECT_EQ(rt_dict_len(dict), 0);
}

TEST(Dict, FunctionsGivenANonDictReturnTheirErrorValues) {
  auto bad = everythingBut("dict");
  expectRejectsAll(bad, int64_t(-1), rt_dict_len);
  expectRejectsAll(bad, RtValue(RT_NIL), [](RtValue v) { return rt_dict_get(v, I(1)); });
  expectRejectsAll(bad, int64_t(0), [](RtValue v) { return rt_dict_set(v, I(1), I(1)); });
  expectRejectsAll(bad, int64_t(0), [](RtValue v) { return rt_dict_set(v, str("k"), str("v")); });
  expectRejectsAll(bad, int64_t(0), rt_dict_clear);
  expectRejectsAll(bad, RtValue(RT_NIL), rt_dict_keys);
  expectRejectsAll(bad, RtValue(RT_NIL), rt_dict_values);
  expectRejectsAll(bad, int64_t(0), [](RtValue v) { return rt_dict_contains(v, I(1)); });
  expectRejectsAll(bad, RtValue(RT_NIL), [](RtValue v) { return rt_dict_remove(v, I(1)); });
}

namespace {

/// Makes a dict, uses it through the fast paths (so this thread remembers
/// it), then makes the thread remember another dict. Returns the first
/// dict's bits complemented (no pointer to the collector) and registers a
/// disappearing link that the collector clears when it frees that dict.
[[gnu::noinline]] uint64_t hiddenDictOnceRemembered(void **link) {
  RtValue dict = rt_dict_new(0);
  rt_dict_set(dict, I(1), I(1));
  EXPECT_EQ(rt_dict_get(dict, I(1)), I(1));
  *link = reinterpret_cast<void *>(dict & ~uint64_t(7));
  GC_general_register_disappearing_link(link, *link);
  // The thread remembers its last two dicts: two others push this one out.
  for (int64_t i = 2; i < 4; ++i) {
    RtValue other = rt_dict_new(0);
    rt_dict_set(other, I(i), I(i));
    EXPECT_EQ(rt_dict_get(other, I(i)), I(i));
  }
  return ~dict;
}

/// Overwrites the dead part of the stack below the caller, where copies of
/// pointers from earlier calls may linger and look like roots.
[[gnu::noinline]] void scrubStack() {
  volatile char area[64 * 1024];
  for (size_t i = 0; i < sizeof area; i += 64)
    area[i] = 0;
}

} // namespace

TEST(Dict, FastPathsStillRejectADictThatWasFreedByACollection) {
  // The fast paths remember the last two dicts; once the thread remembers
  // two others and nothing else holds the first, a collection frees it, and a call
  // given its stale bits must reject them - even after its memory is reused.
  // The link (in pointer-free memory, so it is no root) tells whether the
  // collector freed the dict. The dict is made and pushed out on a thread
  // that then exits: a register or stack slot of this thread that still
  // held it by chance would keep it alive (it did in one build), and the
  // exiting thread's slots are gone. A few attempts all the same.
  auto **link = static_cast<void **>(GC_malloc_atomic(sizeof(void *)));
  bool freed = false;
  for (int attempt = 0; attempt < 10 && !freed; ++attempt) {
    uint64_t hidden = 0;
    std::thread([&] { hidden = hiddenDictOnceRemembered(link); }).join();
    scrubStack();
    for (int i = 0; i < 3; ++i)
      rt_gc_collect();
    if (*link != nullptr) {
      GC_unregister_disappearing_link(link);
      continue;
    }
    freed = true;
    // Reuse the memory the collection freed: the collector sweeps a block
    // lazily, when it next allocates objects of that size, so the filler
    // must be dict-sized (arrays are 32 bytes too) and other sizes.
    for (int i = 0; i < 20000; ++i) {
      rt_array_new(0);
      rt_tuple_new(4);
    }
    uint64_t stale = ~hidden;
    rt_error_clear();
    EXPECT_EQ(rt_dict_get(stale, I(1)), RT_NIL);
    int64_t code = rt_error_code();
    EXPECT_TRUE(code == RT_ERROR_BAD_VALUE || code == RT_ERROR_WRONG_KIND)
        << "code " << code << " " << lastError();
    rt_error_clear();
    EXPECT_EQ(rt_dict_set(stale, I(1), I(2)), 0);
    EXPECT_NE(rt_error_code(), RT_ERROR_NONE);
    rt_error_clear();
  }
  EXPECT_TRUE(freed) << "no dict was freed in 10 attempts: the recent-dicts root keeps it";
}

TEST(Dict, TheDictAThreadUsedLastStaysAliveWhileItIsRemembered) {
  // The fast paths trust the last dict a thread validated without checking
  // it again, so the collector must not free it while it is remembered, even
  // when the program has dropped every other reference.
  volatile uint64_t hiddenBits = 0; // complemented: not a pointer to the collector
  [&hiddenBits] {
    RtValue dict = rt_dict_new(0);
    rt_dict_set(dict, I(7), I(49));
    ASSERT_EQ(rt_dict_get(dict, I(7)), I(49)); // now remembered
    hiddenBits = ~dict;
  }();
  for (int round = 0; round < 3; ++round) {
    rt_gc_collect();
    for (int i = 0; i < 20000; ++i) // reuse any memory the collection freed
      rt_tuple_new(4);
  }
  rt_error_clear();
  EXPECT_EQ(rt_dict_get(~hiddenBits, I(7)), I(49));
  EXPECT_EQ(rt_error_code(), RT_ERROR_NONE) << lastError();
}

TEST(Dict, ThreadsThatUseADictAndExitGiveTheirRootBack) {
  // Each thread's last dict is held by a collector root in its thread-local
  // storage, which the thread's exit must remove: glibc unmaps the storage
  // of exited threads once more than its cache of stacks has exited, and a
  // collection that scanned a leaked root would then fault. Rounds of many
  // threads alive at once get past that cache.
  RtValue dict = rt_dict_new(0);
  rt_dict_set(dict, I(1), I(2));
  constexpr int kRounds = 4, kThreads = 64;
  for (int round = 0; round < kRounds; ++round) {
    std::vector<RtValue> seen(kThreads, RT_NIL);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
      threads.emplace_back([&seen, dict, t] { seen[t] = rt_dict_get(dict, I(1)); });
    for (std::thread &thread : threads)
      thread.join();
    for (RtValue value : seen)
      ASSERT_EQ(value, I(2));
    rt_gc_collect();
  }
  EXPECT_EQ(rt_dict_get(dict, I(1)), I(2));
}

TEST(Dict, AThreadThatRemembersNoDictRejectsGarbageAsADict) {
  // A new thread has no last dict; its fast paths must still send every
  // non-dict through the checks (found by the fuzzer: int 0 as the dict).
  std::thread([] {
    for (RtValue bad : {RtValue(0), RtValue(1), RtValue(RT_NIL), ~RtValue(0), RtValue(8)}) {
      rt_error_clear();
      EXPECT_EQ(rt_dict_get(bad, I(1)), RT_NIL) << bad;
      EXPECT_NE(rt_error_code(), RT_ERROR_NONE) << bad;
      rt_error_clear();
      EXPECT_EQ(rt_dict_get(bad, str("key")), RT_NIL) << bad;
      EXPECT_NE(rt_error_code(), RT_ERROR_NONE) << bad;
      rt_error_clear();
      EXPECT_EQ(rt_dict_set(bad, I(1), I(2)), 0) << bad;
      EXPECT_NE(rt_error_code(), RT_ERROR_NONE) << bad;
    }
  }).join();
}

TEST(Dict, EntriesAreKeyValueTuplesInInsertionOrder) {
  RtValue dict = rt_dict_new(0);
  rt_dict_set(dict, str("b"), I(2));
  rt_dict_set(dict, I(1), str("one"));
  rt_dict_set(dict, str("a"), I(3));
  rt_dict_set(dict, str("b"), I(20)); // overwrite keeps the place
  rt_dict_remove(dict, I(1));
  RtValue entries = rt_dict_entries(dict);
  ASSERT_EQ(rt_array_len(entries), 2);
  EXPECT_EQ(printed(entries), "[(\"b\", 20), (\"a\", 3)]");
  EXPECT_EQ(rt_tuple_len(rt_array_get(entries, 0)), 2);
  EXPECT_EQ(rt_array_len(rt_dict_entries(rt_dict_new(0))), 0);
}

TEST(Dict, EntriesUnderAConcurrentWriterAreAlwaysAPrefixOfTheInsertions) {
  RtValue dict = rt_dict_new(0);
  constexpr int kKeys = 20000;
  std::thread writer([dict] {
    for (int i = 0; i < kKeys; ++i)
      rt_dict_set(dict, I(i), I(i * 2));
  });
  int lastCount = 0;
  while (lastCount < kKeys) {
    RtValue entries = rt_dict_entries(dict);
    int64_t count = rt_array_len(entries);
    ASSERT_GE(count, lastCount);
    for (int64_t i = 0; i < count; i += 97) {
      RtValue pair = rt_array_get(entries, i);
      ASSERT_EQ(rt_tuple_get(pair, 0), I(i));
      ASSERT_EQ(rt_tuple_get(pair, 1), I(i * 2));
    }
    lastCount = static_cast<int>(count);
  }
  writer.join();
}

TEST(Dict, FreeIsANoOpForADictAndAnErrorForAnythingElse) {
  RtValue dict = rt_dict_new(0);
  rt_dict_set(dict, I(1), I(2));
  rt_error_clear();
  EXPECT_EQ(rt_dict_free(dict), 1);
  EXPECT_EQ(rt_error_code(), RT_ERROR_NONE);
  EXPECT_EQ(rt_dict_get(dict, I(1)), I(2)); // the collector owns it: still usable
  expectRejectsAll(everythingBut("dict"), int64_t(0), rt_dict_free);
  expectRejectsAll(everythingBut("dict"), RtValue(RT_NIL), rt_dict_entries);
}
