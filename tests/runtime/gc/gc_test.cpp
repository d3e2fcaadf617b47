// The collector: roots, survival, raw memory, statistics and threads.
#include "test_support.h"

#include "gc/heap.h"

#include <simple/runtime_host.h>

#include <algorithm>
#include <atomic>
#include <thread>

using namespace simple::test;

namespace {

/// Allocates about `megabytes` of garbage in small and large pieces.
[[gnu::noinline]] void churn(int megabytes) {
  for (int i = 0; i < megabytes * 256; ++i) {
    RtValue array = rt_array_new(0);
    for (int j = 0; j < 64; ++j)
      rt_array_push(array, str("garbage string number " + std::to_string(j)));
    rt_dict_set(rt_dict_new(0), I(i), array);
  }
}

/// A dict of `count` string keys "k<i>" -> arrays [i, "v<i>"].
[[gnu::noinline]] RtValue buildDict(int count) {
  RtValue dict = rt_dict_new(0);
  for (int i = 0; i < count; ++i) {
    RtValue value = rt_array_new(0);
    rt_array_push(value, I(i));
    rt_array_push(value, str("v" + std::to_string(i)));
    rt_dict_set(dict, str("k" + std::to_string(i)), value);
  }
  return dict;
}

[[gnu::noinline]] void checkDict(RtValue dict, int count) {
  ASSERT_EQ(rt_dict_len(dict), count);
  for (int i = 0; i < count; ++i) {
    RtValue value = rt_dict_get(dict, str("k" + std::to_string(i)));
    ASSERT_EQ(rt_array_get(value, 0), I(i)) << i;
    ASSERT_EQ(text(rt_array_get(value, 1)), "v" + std::to_string(i));
  }
  RtValue keys = rt_dict_keys(dict);
  for (int i = 0; i < count; ++i)
    ASSERT_EQ(text(rt_array_get(keys, i)), "k" + std::to_string(i));
}

} // namespace

TEST(Gc, ValuesHeldOnlyOnTheStackSurviveCollections) {
  RtValue dict = buildDict(20000);
  RtValue s = str("only on the stack");
  for (int round = 0; round < 3; ++round) {
    churn(8);
    rt_gc_collect();
  }
  checkDict(dict, 20000);
  EXPECT_EQ(text(s), "only on the stack");
}

TEST(Gc, DictKeysAndValuesSurviveHeavyAllocation) {
  RtValue dict = rt_dict_new(0);
  for (int i = 0; i < 50000; ++i) {
    rt_dict_set(dict, str("key" + std::to_string(i)), str(std::to_string(i)));
    if (i % 5000 == 0) {
      churn(1);
      rt_gc_collect();
    }
  }
  rt_gc_collect();
  for (int i = 0; i < 50000; ++i)
    ASSERT_EQ(text(rt_dict_get(dict, str("key" + std::to_string(i)))), std::to_string(i));
}

TEST(Gc, UniqueBoxKeepsItsValueAliveWithoutAnyOtherReference) {
  // The box handle is hidden (complemented) so the only root is the box.
  uint64_t hidden = ~rt_unique_new(buildDict(100));
  churn(8);
  rt_gc_collect();
  churn(8);
  rt_gc_collect();
  RtValue unique = ~hidden;
  checkDict(rt_unique_get(unique), 100);
  EXPECT_EQ(rt_unique_free(unique), 1);
}

TEST(Gc, GarbageIsReclaimed) {
  rt_gc_collect();
  int64_t before = rt_gc_stats(1);
  churn(64);
  rt_gc_collect();
  int64_t after = rt_gc_stats(1);
  EXPECT_LT(after, before + 32 * 1024 * 1024) << "before " << before << " after " << after;
}

TEST(Gc, StatsReportHeapLiveBytesAndCollections) {
  RtValue live = buildDict(10000);
  int64_t collections = rt_gc_stats(2);
  rt_gc_collect();
  EXPECT_EQ(rt_gc_stats(2), collections + 1);
  EXPECT_GT(rt_gc_stats(0), 0);
  EXPECT_GT(rt_gc_stats(1), 0);
  EXPECT_LE(rt_gc_stats(1), rt_gc_stats(0));
  churn(1);
  EXPECT_GT(rt_gc_stats(3), 0);
  checkDict(live, 10000);
}

TEST(Gc, StatsWithAnUnknownSelectorReturnMinusOneAndRecordBadArgument) {
  for (int64_t which : {int64_t(-1), int64_t(4), INT64_MAX}) {
    rt_error_clear();
    EXPECT_EQ(rt_gc_stats(which), -1);
    EXPECT_EQ(rt_error_code(), RT_ERROR_BAD_ARGUMENT);
  }
}

TEST(Gc, DisableStopsAutomaticCollectionsAndNests) {
  rt_gc_disable();
  rt_gc_disable();
  int64_t collections = rt_gc_stats(2);
  churn(64);
  EXPECT_EQ(rt_gc_stats(2), collections);
  rt_gc_enable();
  churn(16);
  EXPECT_EQ(rt_gc_stats(2), collections);
  rt_gc_enable();
  churn(64);
  EXPECT_GT(rt_gc_stats(2), collections);
}

TEST(Gc, ExplicitCollectRunsWhileAutomaticCollectionsAreDisabled) {
  rt_gc_disable();
  rt_gc_disable();
  int64_t collections = rt_gc_stats(2);
  rt_gc_collect();
  EXPECT_EQ(rt_gc_stats(2), collections + 1);
  // Still disabled afterwards, at the same depth.
  churn(16);
  EXPECT_EQ(rt_gc_stats(2), collections + 1);
  rt_gc_enable();
  rt_gc_enable();
  rt_error_clear();
  rt_gc_enable();
  EXPECT_EQ(rt_error_code(), RT_ERROR_BAD_STATE);
  rt_error_clear();
}

TEST(Gc, TheValidationCacheHoldsNoReferenceTheCollectorCouldSee) {
  // The collector scans thread-local storage conservatively: if the cache of
  // validated addresses held them as they are, the last objects a thread
  // validated would stay alive after their last reference was gone.
  RtValue array = rt_array_new(4);
  ASSERT_EQ(rt_array_len(array), 0); // validated: now in this thread's cache
  uintptr_t address = static_cast<uintptr_t>(array & ~uint64_t(RT_TAG_MASK));
  const simple::rt::detail::ValidationCache &cache = simple::rt::detail::tlsValidationCache;
  bool cached = false;
  for (uintptr_t entry : cache.addresses) {
    EXPECT_NE(entry, address);
    cached |= entry == simple::rt::detail::hiddenAddress(address);
  }
  EXPECT_TRUE(cached);
}

/// Values kept alive by a rooted runtime array (a std::vector is not
/// scanned by the collector) until the end of the scope.
class RootedValues {
public:
  RootedValues() : root(rt_unique_new(rt_array_new(0))) {}
  ~RootedValues() { rt_unique_free(root); }
  RootedValues(const RootedValues &) = delete;
  RootedValues &operator=(const RootedValues &) = delete;
  void push(RtValue v) {
    values.push_back(v);
    rt_array_push(rt_unique_get(root), v);
  }
  const std::vector<RtValue> &all() const { return values; }

private:
  RtValue root;
  std::vector<RtValue> values;
};

/// Whether the runtime accepts the 8-aligned address as a value (no error
/// from asking its type name).
bool runtimeAccepts(uintptr_t address) {
  rt_error_clear();
  rt_value_type_name(address | RT_TAG_HEAP);
  bool accepted = rt_error_code() == RT_ERROR_NONE;
  rt_error_clear();
  return accepted;
}

/// What the collector says: the start of a live object with the magic.
bool collectorAccepts(uintptr_t address) {
  void *pointer = reinterpret_cast<void *>(address);
  return GC_base(pointer) == pointer &&
         static_cast<simple::rt::ObjectHeader *>(pointer)->magic == simple::rt::kObjectMagic;
}

/// Checks every 8-aligned address of the pages holding `values` against the
/// collector; the first value of each page is validated first, so the rest
/// of the page is judged by the block cache.
void expectPagesJudgedAsTheCollectorDoes(const std::vector<RtValue> &values) {
  std::vector<uintptr_t> pages;
  for (RtValue v : values)
    pages.push_back(static_cast<uintptr_t>(v) & ~uintptr_t(4095));
  std::sort(pages.begin(), pages.end());
  pages.erase(std::unique(pages.begin(), pages.end()), pages.end());
  int accepted = 0;
  for (uintptr_t page : pages) {
    for (uintptr_t address = page; address < page + 4096; address += 8) {
      bool expected = collectorAccepts(address);
      ASSERT_EQ(runtimeAccepts(address), expected) << std::hex << address;
      accepted += expected;
    }
  }
  EXPECT_GE(accepted, static_cast<int>(values.size()));
}

TEST(Gc, TheBlockCacheAcceptsExactlyTheObjectStartsTheCollectorKnows) {
  // Objects of several size classes (strings of 0..600 bytes, tuples,
  // arrays): every address of their pages - object starts, insides, the
  // tail of each block - must be judged as GC_base and the magic judge it,
  // with the block cache cold, warm, and again after a collection.
  RootedValues values;
  for (int round = 0; round < 40; ++round) {
    for (int len : {0, 7, 8, 15, 16, 40, 100, 600})
      values.push(str(std::string(static_cast<size_t>(len), 'x')));
    values.push(rt_tuple_new(round % 5));
  }
  expectPagesJudgedAsTheCollectorDoes(values.all());
  expectPagesJudgedAsTheCollectorDoes(values.all());
  rt_gc_collect();
  expectPagesJudgedAsTheCollectorDoes(values.all());
}

TEST(Gc, TheBlockCacheForgetsBlocksAtEachCollection) {
  // Pages whose objects died are swept and may hold objects of another size
  // after a collection: what the block cache learnt before must not be used.
  std::vector<uintptr_t> deadPages;
  {
    RootedValues dead; // alive while checked, then let go
    for (int i = 0; i < 2000; ++i)
      dead.push(str("a string of about thirty bytes!"));
    expectPagesJudgedAsTheCollectorDoes(dead.all());
    for (RtValue v : dead.all())
      deadPages.push_back(static_cast<uintptr_t>(v) & ~uintptr_t(4095));
  }
  for (int i = 0; i < 3; ++i)
    rt_gc_collect();
  RootedValues fresh;
  for (int i = 0; i < 4000; ++i)
    fresh.push(rt_tuple_new(1 + i % 7));
  expectPagesJudgedAsTheCollectorDoes(fresh.all());
  // The old pages, whatever they hold now.
  std::sort(deadPages.begin(), deadPages.end());
  deadPages.erase(std::unique(deadPages.begin(), deadPages.end()), deadPages.end());
  for (uintptr_t page : deadPages) {
    for (uintptr_t address = page; address < page + 4096; address += 8)
      ASSERT_EQ(runtimeAccepts(address), collectorAccepts(address)) << std::hex << address;
  }
}

TEST(Gc, EnableWithoutDisableRecordsBadState) {
  rt_error_clear();
  rt_gc_enable();
  EXPECT_EQ(rt_error_code(), RT_ERROR_BAD_STATE);
}

TEST(Gc, AThreadNotCreatedThroughTheCollectorCanAllocateAndItsValuesSurvive) {
  std::atomic<bool> ok{false};
  RtValue fromThread = 0;
  std::thread([&] {
    RtValue dict = buildDict(5000);
    churn(8);
    rt_gc_collect();
    checkDict(dict, 5000);
    ok = !testing::Test::HasFailure();
    fromThread = rt_unique_new(dict); // handed over through a root
  }).join();
  EXPECT_TRUE(ok);
  churn(8);
  rt_gc_collect();
  checkDict(rt_unique_get(fromThread), 5000);
  rt_unique_free(fromThread);
}

TEST(Gc, ManyThreadsAllocateConcurrentlyWhileOthersCollect) {
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 5; ++round) {
        RtValue array = rt_array_new(0);
        for (int i = 0; i < 20000; ++i)
          rt_array_push(array, str(std::to_string(t * 1000000 + i)));
        if (round % 2 == t % 2)
          rt_gc_collect();
        for (int i = 0; i < 20000; ++i)
          if (text(rt_array_get(array, i)) != std::to_string(t * 1000000 + i))
            ++failures;
      }
    });
  }
  for (std::thread &thread : threads)
    thread.join();
  EXPECT_EQ(failures, 0);
}

TEST(Gc, AddedRootsKeepValuesAlive) {
  static RtValue rootArea[4];
  simple::rt::addRoots(rootArea, rootArea + 4);
  rootArea[1] = ~buildDict(100); // hidden from every other root
  rootArea[2] = buildDict(100);
  rootArea[1] = ~rootArea[1];
  churn(8);
  rt_gc_collect();
  checkDict(rootArea[1], 100);
  checkDict(rootArea[2], 100);
  simple::rt::removeRoots(rootArea, rootArea + 4);
  rootArea[1] = rootArea[2] = 0;
}

TEST(Gc, InitializeIsIdempotent) {
  simple::rt::initialize();
  simple::rt::initialize();
  EXPECT_EQ(rt_array_len(rt_array_new(0)), 0);
}

TEST(RawMemory, AllocReturnsZeroedAlignedMemoryThatFreeReleases) {
  auto *block = static_cast<unsigned char *>(rt_alloc(100));
  ASSERT_NE(block, nullptr);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(block) % 16, 0u);
  for (int i = 0; i < 100; ++i)
    ASSERT_EQ(block[i], 0);
  block[99] = 1;
  rt_error_clear();
  rt_free(block);
  EXPECT_EQ(rt_error_code(), RT_ERROR_NONE);
}

TEST(RawMemory, AllocOfZeroGivesAUniqueBlock) {
  void *a = rt_alloc(0), *b = rt_alloc(0);
  EXPECT_NE(a, nullptr);
  EXPECT_NE(a, b);
  rt_free(a);
  rt_free(b);
}

TEST(RawMemory, ValuesStoredInABlockStayAlive) {
  auto *block = static_cast<RtValue *>(rt_alloc(2 * sizeof(RtValue)));
  block[0] = buildDict(100);
  churn(8);
  rt_gc_collect();
  checkDict(block[0], 100);
  rt_free(block);
}

TEST(RawMemory, AllocWithNegativeOrHugeSizeReturnsNullAndRecordsBadArgument) {
  for (int64_t size : {int64_t(-1), INT64_MIN, INT64_MAX, (int64_t(1) << 31) + 1}) {
    rt_error_clear();
    EXPECT_EQ(rt_alloc(size), nullptr);
    EXPECT_EQ(rt_error_code(), RT_ERROR_BAD_ARGUMENT);
  }
}

TEST(RawMemory, FreeOfNullDoesNothing) {
  rt_error_clear();
  rt_free(nullptr);
  EXPECT_EQ(rt_error_code(), RT_ERROR_NONE);
}

TEST(RawMemory, FreeOfAForeignOrFreedPointerRecordsAnErrorAndLeavesItAlone) {
  int onStack = 0;
  void *block = rt_alloc(16);
  rt_free(block);
  RtValue s = str("not a block");
  void *candidates[] = {&onStack,
                        std::malloc(16),
                        block,
                        reinterpret_cast<void *>(1),
                        reinterpret_cast<void *>(0x10),
                        const_cast<char *>(rt_string_data(s)) - 8,
                        reinterpret_cast<void *>(s & ~uint64_t(7)),
                        reinterpret_cast<void *>(0xFFFF800000000000ull)};
  for (void *candidate : candidates) {
    rt_error_clear();
    rt_free(candidate);
    EXPECT_EQ(rt_error_code(), RT_ERROR_BAD_ARGUMENT) << candidate;
  }
  std::free(candidates[1]);
  EXPECT_EQ(text(s), "not a block");
}
