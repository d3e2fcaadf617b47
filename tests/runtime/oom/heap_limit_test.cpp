// Out of memory: with the collector's heap capped (kHeapLimit, set before any
// test runs; this executable is separate from runtime-tests so the cap
// affects nothing else), every allocating rt_* function fails cleanly when
// the heap cannot give it memory - it returns its error value, records
// RT_ERROR_OUT_OF_MEMORY naming itself, leaves its container as it was - and
// once memory is free again the program carries on.
//
// Two ways to run out: a request larger than the cap (a huge capacity, a
// growth that cannot fit), and a heap filled to the brim by a Ballast of
// reachable blocks, where even the smallest object cannot be allocated.
#include "test_support.h"

#include <gc.h>
#include <sys/mman.h>

#include <cstring>
#include <functional>
#include <vector>

using namespace simple::test;

namespace {

constexpr size_t kHeapLimit = size_t(32) << 20;

/// Reachable blocks that fill the GC heap until no allocation of any size
/// or kind succeeds. The index is malloc memory registered as a root, so
/// the blocks stay alive without taking heap room themselves; the blocks
/// hold no pointers, so collections of the full heap stay cheap.
class Ballast {
public:
  Ballast() : index(static_cast<void **>(std::calloc(kMaxBlocks, sizeof(void *)))) {
    GC_add_roots(index, index + kMaxBlocks);
  }
  ~Ballast() {
    release();
    GC_remove_roots(index, index + kMaxBlocks);
    std::free(index);
  }

  /// Allocates blocks, the largest first, until none more fits: each size
  /// class and both kinds (scanned and pointer-free objects live in
  /// different blocks, and each thread caches free objects per class).
  /// Called again right before each call under test, it takes whatever a
  /// collection freed in between.
  void fill() {
    for (size_t size = size_t(1) << 20; size >= 4096; size /= 4)
      while (count < kMaxBlocks && add(GC_malloc_atomic(size)))
        ;
    for (size_t size = 2048; size >= 16; size -= size > 256 ? 256 : 16) {
      while (count < kMaxBlocks && add(GC_malloc_atomic(size)))
        ;
      while (count < kMaxBlocks && add(GC_malloc(size)))
        ;
    }
  }

  /// Lets every block go and collects, so the heap has room again.
  void release() {
    std::memset(index, 0, count * sizeof(void *));
    count = 0;
    rt_gc_collect();
  }

private:
  static constexpr size_t kMaxBlocks = size_t(1) << 21;
  bool add(void *block) {
    if (!block)
      return false;
    index[count++] = block;
    return true;
  }
  void **index;
  size_t count = 0;
};

/// The last call recorded an out-of-memory error naming `function`. Read
/// after the heap has room again: the message is a string value.
void expectOutOfMemory(const char *function) {
  EXPECT_EQ(rt_error_code(), RT_ERROR_OUT_OF_MEMORY) << function;
  EXPECT_EQ(lastError(), std::string(function) + ": out of memory");
  rt_error_clear();
}

/// For each call: fill the heap, make the call, let the memory go, then
/// check it returned its error value and recorded an out-of-memory error.
struct FailingCall {
  const char *name;
  std::function<bool()> failed; ///< makes the call; true if it returned its error value
};

void expectEachFailsInAFullHeap(Ballast &ballast, const std::vector<FailingCall> &calls) {
  for (const FailingCall &call : calls) {
    ballast.fill();
    bool failed = call.failed();
    ballast.release();
    EXPECT_TRUE(failed) << call.name;
    expectOutOfMemory(call.name);
  }
}

class OutOfMemory : public testing::Test {
protected:
  void SetUp() override { rt_error_clear(); }
  void TearDown() override { ballast.release(); }
  Ballast ballast;
};

// --- arrays ----------------------------------------------------------------

TEST_F(OutOfMemory, ArrayPushFailsWhenTheStorageCannotGrowAndKeepsTheArray) {
  RtValue array = rt_array_new(0);
  int64_t pushed = 0;
  while (rt_array_push(array, I(pushed)) == 1)
    ++pushed;
  // The storage doubles: the failed growth needed more than the cap allows.
  EXPECT_GT(pushed, 100000);
  EXPECT_LT(pushed, int64_t(kHeapLimit / 8));
  expectOutOfMemory("rt_array_push");
  EXPECT_EQ(rt_array_len(array), pushed);
  EXPECT_EQ(rt_array_get(array, -1), I(pushed - 1));
  EXPECT_EQ(rt_array_get(array, 0), I(0));
  EXPECT_EQ(rt_array_pop(array), I(pushed - 1));
  EXPECT_EQ(rt_array_push(array, I(-1)), 1); // room again after the pop
  EXPECT_EQ(rt_error_code(), RT_ERROR_NONE);
  EXPECT_EQ(rt_array_clear(array), 1);
  rt_gc_collect();
  EXPECT_EQ(rt_array_push(array, I(7)), 1);
  EXPECT_EQ(rt_array_get(array, 0), I(7));
}

TEST_F(OutOfMemory, ArrayCallsThatAllocateFailCleanlyInAFullHeap) {
  RtValue array = rt_array_new(4);
  for (int i = 0; i < 4; ++i)
    ASSERT_EQ(rt_array_push(array, I(i)), 1);
  EXPECT_EQ(rt_array_new(int64_t(1) << 28), RT_NIL); // 2 GiB of storage
  expectOutOfMemory("rt_array_new");

  expectEachFailsInAFullHeap(
      ballast, {
                   {"rt_array_new", [] { return rt_array_new(0) == RT_NIL; }},
                   {"rt_array_push", [&] { return rt_array_push(array, I(4)) == 0; }}, // must grow
                   {"rt_array_insert", [&] { return rt_array_insert(array, 0, I(-1)) == 0; }},
                   {"rt_array_slice", [&] { return rt_array_slice(array, 0, 2) == RT_NIL; }},
                   {"rt_array_concat", [&] { return rt_array_concat(array, array) == RT_NIL; }},
               });
  EXPECT_EQ(printed(array), "[0, 1, 2, 3]"); // unchanged by the failures
  EXPECT_EQ(rt_array_insert(array, 0, I(-1)), 1);
  EXPECT_EQ(printed(rt_array_concat(array, rt_array_slice(array, 0, 2))),
            "[-1, 0, 1, 2, 3, -1, 0]");
}

// --- the other allocating functions -----------------------------------------

TEST_F(OutOfMemory, TuplesObjectsClosuresEnumsAndUniquesFailCleanly) {
  EXPECT_EQ(rt_tuple_new(int64_t(1) << 28), RT_NIL);
  expectOutOfMemory("rt_tuple_new");
  EXPECT_EQ(rt_object_new(1, int64_t(1) << 28), RT_NIL);
  expectOutOfMemory("rt_object_new");
  EXPECT_EQ(rt_closure_new(nullptr, int64_t(1) << 28), RT_NIL);
  expectOutOfMemory("rt_closure_new");
  expectEachFailsInAFullHeap(
      ballast, {
                   {"rt_tuple_new", [] { return rt_tuple_new(2) == RT_NIL; }},
                   {"rt_object_new", [] { return rt_object_new(1, 2) == RT_NIL; }},
                   {"rt_closure_new", [] { return rt_closure_new(nullptr, 2) == RT_NIL; }},
                   {"rt_enum_new", [] { return rt_enum_new(1, 2, I(3)) == RT_NIL; }},
                   {"rt_unique_new", [] { return rt_unique_new(I(3)) == RT_NIL; }},
               });
  // The program carries on.
  RtValue tuple = rt_tuple_new(2);
  EXPECT_EQ(rt_tuple_set(tuple, 1, I(5)), 1);
  EXPECT_EQ(printed(tuple), "(nil, 5)");
  EXPECT_EQ(rt_object_field_count(rt_object_new(1, 2)), 2);
  EXPECT_EQ(rt_closure_get_capture(rt_closure_new(nullptr, 2), 1), RT_NIL);
  EXPECT_EQ(rt_enum_payload(rt_enum_new(1, 2, I(3))), I(3));
  RtValue unique = rt_unique_new(I(3));
  EXPECT_EQ(rt_unique_get(unique), I(3));
  EXPECT_EQ(rt_unique_free(unique), 1);
  EXPECT_EQ(rt_error_code(), RT_ERROR_NONE) << lastError();
}

TEST_F(OutOfMemory, StringCallsFailCleanly) {
  // 1 GiB of readable zero pages that are never touched when the copy's
  // allocation fails first (and read harmlessly if it did not).
  size_t bytes = size_t(1) << 30;
  void *source =
      mmap(nullptr, bytes, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  ASSERT_NE(source, MAP_FAILED);
  EXPECT_EQ(rt_string_new(static_cast<const char *>(source), int64_t(bytes)), RT_NIL);
  expectOutOfMemory("rt_string_new");
  munmap(source, bytes);

  RtValue s = str("a string of some length");
  expectEachFailsInAFullHeap(
      ballast, {
                   {"rt_string_new", [] { return rt_string_new("abc", 3) == RT_NIL; }},
                   {"rt_string_concat", [&] { return rt_string_concat(s, s) == RT_NIL; }},
                   {"rt_string_slice", [&] { return rt_string_slice(s, 0, 8) == RT_NIL; }},
                   {"rt_to_string", [] { return rt_to_string(I(12345)) == RT_NIL; }},
               });
  EXPECT_EQ(text(rt_string_slice(rt_string_concat(s, s), 2, 8)), "string");
  EXPECT_EQ(text(rt_to_string(I(12345))), "12345");
  EXPECT_EQ(rt_error_code(), RT_ERROR_NONE) << lastError();
}

TEST_F(OutOfMemory, DictCallsFailCleanlyAndKeepTheDict) {
  EXPECT_EQ(rt_dict_new(int64_t(1) << 26), RT_NIL); // gigabytes of slots
  expectOutOfMemory("rt_dict_new");

  RtValue dict = rt_dict_new(0); // no storage yet: the first set allocates
  RtValue grown = rt_dict_new(0);
  int64_t entries = 0;
  while (rt_dict_set(grown, I(entries), I(entries)) == 1)
    ++entries;
  expectOutOfMemory("rt_dict_set"); // a growth that cannot fit
  EXPECT_GT(entries, 10000);
  EXPECT_EQ(rt_dict_len(grown), entries);
  EXPECT_EQ(rt_dict_get(grown, I(entries - 1)), I(entries - 1));
  EXPECT_EQ(rt_dict_contains(grown, I(entries)), 0);
  grown = RT_NIL;
  rt_gc_collect();

  expectEachFailsInAFullHeap(
      ballast, {
                   {"rt_dict_new", [] { return rt_dict_new(0) == RT_NIL; }},
                   {"rt_dict_set", [&] { return rt_dict_set(dict, str("k"), I(1)) == 0; }},
               });
  EXPECT_EQ(rt_dict_len(dict), 0);
  RtValue key = str("k");
  EXPECT_EQ(rt_dict_set(dict, key, I(1)), 1);
  expectEachFailsInAFullHeap(ballast,
                             {
                                 {"rt_dict_keys", [&] { return rt_dict_keys(dict) == RT_NIL; }},
                                 {"rt_dict_values", [&] { return rt_dict_values(dict) == RT_NIL; }},
                             });
  EXPECT_EQ(printed(rt_dict_keys(dict)), "[\"k\"]");
  EXPECT_EQ(printed(dict), "{\"k\": 1}");
  EXPECT_EQ(rt_error_code(), RT_ERROR_NONE) << lastError();
}

TEST_F(OutOfMemory, RawAllocationFailsCleanly) {
  EXPECT_EQ(rt_alloc(int64_t(1) << 30), nullptr);
  expectOutOfMemory("rt_alloc");
  expectEachFailsInAFullHeap(ballast, {{"rt_alloc", [] { return rt_alloc(64) == nullptr; }}});
  void *block = rt_alloc(64);
  ASSERT_NE(block, nullptr);
  rt_free(block);
  EXPECT_EQ(rt_error_code(), RT_ERROR_NONE) << lastError();
}

} // namespace

int main(int argc, char **argv) {
  testing::InitGoogleTest(&argc, argv);
  rt_gc_collect(); // starts the collector
  GC_set_max_heap_size(kHeapLimit);
  return RUN_ALL_TESTS();
}
