// Tuples, objects, closures and unique boxes used by several threads at
// once: each call is atomic, so every value read is one that a call stored;
// racing frees of one block or box free it once.
#include "sharing/sharing_support.h"

using namespace simple::test;

namespace {

constexpr int kThreads = 4;
constexpr int64_t kOps = 100'000;

/// Four threads each set slots of one container and read others: a read is
/// always nil or a stored value, and each slot ends as the last value its
/// writer stored.
template <class Set, class Get> void expectAtomicSlots(int64_t slots, Set set, Get get) {
  runTogether(kThreads, [&](int t) {
    for (int64_t i = 0; i < kOps; ++i) {
      int64_t slot = (i * kThreads + t) % slots;
      ASSERT_EQ(set(slot, storedValue(t, i)), 1);
      RtValue read = get((slot + 1) % slots);
      ASSERT_TRUE(read == RT_NIL || isStoredValue(read, kThreads, kOps)) << std::hex << read;
    }
  });
  for (int64_t slot = 0; slot < slots; ++slot)
    ASSERT_TRUE(isStoredValue(get(slot), kThreads, kOps)) << slot;
}

TEST(FixedContainerSharing, TupleItemsAreReadAndWrittenAtomically) {
  RtValue tuple = rt_tuple_new(8);
  expectAtomicSlots(
      8, [&](int64_t i, RtValue v) { return rt_tuple_set(tuple, i, v); },
      [&](int64_t i) { return rt_tuple_get(tuple, i); });
}

TEST(FixedContainerSharing, ObjectFieldsAreReadAndWrittenAtomically) {
  RtValue object = rt_object_new(7, 8);
  expectAtomicSlots(
      8, [&](int64_t i, RtValue v) { return rt_object_field_set(object, i, v); },
      [&](int64_t i) { return rt_object_field_get(object, i); });
}

TEST(FixedContainerSharing, ClosureCapturesAreReadAndWrittenAtomically) {
  RtValue closure = rt_closure_new(nullptr, 8);
  expectAtomicSlots(
      8, [&](int64_t i, RtValue v) { return rt_closure_set_capture(closure, i, v); },
      [&](int64_t i) { return rt_closure_get_capture(closure, i); });
}

TEST(FixedContainerSharing, UniqueBoxValueIsReadAndWrittenAtomically) {
  RtValue box = rt_unique_new(RT_NIL);
  expectAtomicSlots(
      1, [&](int64_t, RtValue v) { return int64_t(rt_unique_set(box, v) == RT_TRUE); },
      [&](int64_t) { return rt_unique_get(box); });
}

TEST(FixedContainerSharing, RacingRtFreeOfOneBlockFreesItOnce) {
  // For each of 2,000 blocks, four threads call rt_free at once: exactly one
  // call succeeds (no error recorded), the others record BAD_ARGUMENT.
  constexpr int kBlocks = 2000;
  std::vector<void *> blocks;
  for (int b = 0; b < kBlocks; ++b)
    blocks.push_back(rt_alloc(48));
  std::vector<std::atomic<int>> successes(kBlocks);
  std::atomic<int> failures{0};
  runTogether(kThreads, [&](int) {
    for (int b = 0; b < kBlocks; ++b) {
      rt_error_clear();
      rt_free(blocks[b]);
      if (rt_error_code() == RT_ERROR_NONE)
        successes[b].fetch_add(1);
      else if (rt_error_code() == RT_ERROR_BAD_ARGUMENT)
        failures.fetch_add(1);
    }
  });
  for (int b = 0; b < kBlocks; ++b)
    ASSERT_EQ(successes[b].load(), 1) << "block " << b;
  EXPECT_EQ(failures.load(), kBlocks * (kThreads - 1));
}

TEST(FixedContainerSharing, RacingUniqueFreeOfOneBoxEndsItOnce) {
  // Four threads free each of 2,000 boxes at once: rt_unique_free returns 1
  // exactly once per box, and the box is dead afterwards.
  constexpr int kBoxes = 2000;
  std::vector<RtValue> boxes;
  for (int b = 0; b < kBoxes; ++b)
    boxes.push_back(rt_unique_new(I(b)));
  std::vector<std::atomic<int>> successes(kBoxes);
  runTogether(kThreads, [&](int) {
    for (int b = 0; b < kBoxes; ++b) {
      if (rt_unique_free(boxes[b]) == 1)
        successes[b].fetch_add(1);
    }
  });
  for (int b = 0; b < kBoxes; ++b) {
    ASSERT_EQ(successes[b].load(), 1) << "box " << b;
    rt_error_clear();
    EXPECT_EQ(rt_unique_get(boxes[b]), RT_NIL);
    EXPECT_NE(rt_error_code(), RT_ERROR_NONE);
  }
  rt_error_clear();
}

} // namespace
