#include "test_support.h"

using namespace simple::test;

TEST(Array, NewIsEmptyWhateverTheCapacity) {
  EXPECT_EQ(rt_array_len(rt_array_new(0)), 0);
  EXPECT_EQ(rt_array_len(rt_array_new(100)), 0);
}

TEST(Array, NewWithNegativeOrHugeCapacityReturnsNilAndRecordsBadArgument) {
  for (int64_t capacity : {int64_t(-1), INT64_MIN, (int64_t(1) << 28) + 1, INT64_MAX}) {
    rt_error_clear();
    EXPECT_EQ(rt_array_new(capacity), RT_NIL);
    EXPECT_EQ(rt_error_code(), RT_ERROR_BAD_ARGUMENT);
  }
}

TEST(Array, PushAppendsAndGetReadsBack) {
  RtValue array = rt_array_new(0);
  EXPECT_EQ(rt_array_push(array, I(1)), 1);
  EXPECT_EQ(rt_array_push(array, str("two")), 1);
  EXPECT_EQ(rt_array_len(array), 2);
  EXPECT_EQ(rt_array_get(array, 0), I(1));
  EXPECT_EQ(text(rt_array_get(array, 1)), "two");
}

TEST(Array, NegativeIndicesCountFromTheEnd) {
  RtValue array = arrayOf({10, 20, 30});
  EXPECT_EQ(rt_array_get(array, -1), I(30));
  EXPECT_EQ(rt_array_get(array, -3), I(10));
  EXPECT_EQ(rt_array_set(array, -2, I(99)), 1);
  EXPECT_EQ(rt_array_get(array, 1), I(99));
}

TEST(Array, GetOutOfRangeReturnsNilAndRecordsError) {
  RtValue array = arrayOf({1, 2, 3});
  for (int64_t index : {int64_t(3), int64_t(-4), INT64_MAX, INT64_MIN}) {
    rt_error_clear();
    EXPECT_EQ(rt_array_get(array, index), RT_NIL);
    EXPECT_EQ(rt_error_code(), RT_ERROR_OUT_OF_RANGE);
  }
  rt_error_clear();
  EXPECT_EQ(rt_array_get(rt_array_new(0), 0), RT_NIL);
  EXPECT_EQ(rt_error_code(), RT_ERROR_OUT_OF_RANGE);
}

TEST(Array, SetOutOfRangeReturnsZeroAndRecordsError) {
  RtValue array = arrayOf({1});
  rt_error_clear();
  EXPECT_EQ(rt_array_set(array, 1, I(5)), 0);
  EXPECT_EQ(rt_error_code(), RT_ERROR_OUT_OF_RANGE);
  EXPECT_EQ(rt_array_set(array, -2, I(5)), 0);
  EXPECT_EQ(rt_array_get(array, 0), I(1));
}

TEST(Array, StoringGarbageIsRejectedAndRecordsBadValue) {
  RtValue array = arrayOf({1});
  expectRejectsAll(garbageValues(), int64_t(0), [&](RtValue v) { return rt_array_push(array, v); });
  expectRejectsAll(garbageValues(), int64_t(0),
                   [&](RtValue v) { return rt_array_set(array, 0, v); });
  expectRejectsAll(garbageValues(), int64_t(0),
                   [&](RtValue v) { return rt_array_insert(array, 0, v); });
  EXPECT_EQ(rt_array_len(array), 1);
}

TEST(Array, PushTenMillionValuesGrowsWithoutBound) {
  RtValue array = rt_array_new(0);
  constexpr int64_t kCount = 10'000'000;
  for (int64_t i = 0; i < kCount; ++i)
    ASSERT_EQ(rt_array_push(array, rt_encode_int(i)), 1) << i;
  EXPECT_EQ(rt_array_len(array), kCount);
  EXPECT_EQ(rt_array_get(array, 0), I(0));
  EXPECT_EQ(rt_array_get(array, kCount / 2), I(kCount / 2));
  EXPECT_EQ(rt_array_get(array, -1), I(kCount - 1));
}

TEST(Array, PopRemovesTheLastAndReturnsNilWhenEmptyWithoutAnError) {
  RtValue array = arrayOf({1, 2});
  EXPECT_EQ(rt_array_pop(array), I(2));
  EXPECT_EQ(rt_array_pop(array), I(1));
  rt_error_clear();
  EXPECT_EQ(rt_array_pop(array), RT_NIL);
  EXPECT_EQ(rt_error_code(), RT_ERROR_NONE);
  EXPECT_EQ(rt_array_len(array), 0);
}

TEST(Array, ClearEmptiesAndTheArrayStaysUsable) {
  RtValue array = arrayOf({1, 2, 3});
  EXPECT_EQ(rt_array_clear(array), 1);
  EXPECT_EQ(rt_array_len(array), 0);
  EXPECT_EQ(rt_array_push(array, I(4)), 1);
  EXPECT_EQ(printed(array), "[4]");
}

TEST(Array, InsertPlacesBeforeTheIndexAndAtLengthAppends) {
  RtValue array = arrayOf({1, 3});
  EXPECT_EQ(rt_array_insert(array, 1, I(2)), 1);
  EXPECT_EQ(rt_array_insert(array, 3, I(4)), 1);
  EXPECT_EQ(rt_array_insert(array, 0, I(0)), 1);
  EXPECT_EQ(rt_array_insert(array, -1, I(9)), 1);
  EXPECT_EQ(printed(array), "[0, 1, 2, 3, 9, 4]");
  RtValue empty = rt_array_new(0);
  EXPECT_EQ(rt_array_insert(empty, 0, I(1)), 1);
  EXPECT_EQ(printed(empty), "[1]");
}

TEST(Array, InsertOutOfRangeReturnsZeroAndRecordsError) {
  RtValue array = arrayOf({1, 2});
  rt_error_clear();
  EXPECT_EQ(rt_array_insert(array, 3, I(0)), 0);
  EXPECT_EQ(rt_error_code(), RT_ERROR_OUT_OF_RANGE);
  EXPECT_EQ(rt_array_insert(array, -3, I(0)), 0);
  EXPECT_EQ(rt_array_len(array), 2);
}

TEST(Array, RemoveReturnsTheElementAndShifts) {
  RtValue array = arrayOf({1, 2, 3, 4});
  EXPECT_EQ(rt_array_remove(array, 1), I(2));
  EXPECT_EQ(rt_array_remove(array, -1), I(4));
  EXPECT_EQ(printed(array), "[1, 3]");
  rt_error_clear();
  EXPECT_EQ(rt_array_remove(array, 2), RT_NIL);
  EXPECT_EQ(rt_error_code(), RT_ERROR_OUT_OF_RANGE);
}

TEST(Array, SliceCopiesAClampedRange) {
  RtValue array = arrayOf({0, 1, 2, 3, 4});
  EXPECT_EQ(printed(rt_array_slice(array, 1, 3)), "[1, 2]");
  EXPECT_EQ(printed(rt_array_slice(array, -2, 100)), "[3, 4]");
  EXPECT_EQ(printed(rt_array_slice(array, 3, 1)), "[]");
  EXPECT_EQ(printed(rt_array_slice(array, INT64_MIN, INT64_MAX)), "[0, 1, 2, 3, 4]");
  RtValue slice = rt_array_slice(array, 0, 2);
  rt_array_set(slice, 0, I(9));
  EXPECT_EQ(rt_array_get(array, 0), I(0));
}

TEST(Array, ConcatMakesANewArray) {
  RtValue a = arrayOf({1, 2}), b = arrayOf({3});
  RtValue c = rt_array_concat(a, b);
  EXPECT_EQ(printed(c), "[1, 2, 3]");
  EXPECT_EQ(printed(rt_array_concat(a, a)), "[1, 2, 1, 2]");
  EXPECT_EQ(rt_array_len(a), 2);
}

TEST(Array, ContainsUsesValueEquality) {
  RtValue array = rt_array_new(0);
  rt_array_push(array, I(1));
  rt_array_push(array, str("x"));
  EXPECT_EQ(rt_array_contains(array, rt_value_float(1.0)), 1);
  EXPECT_EQ(rt_array_contains(array, str("x")), 1);
  EXPECT_EQ(rt_array_contains(array, str("y")), 0);
  EXPECT_EQ(rt_array_contains(rt_array_new(0), RT_NIL), 0);
}

TEST(Array, FunctionsGivenANonArrayReturnTheirErrorValues) {
  auto bad = everythingBut("array");
  expectRejectsAll(bad, int64_t(-1), rt_array_len);
  expectRejectsAll(bad, RtValue(RT_NIL), [](RtValue v) { return rt_array_get(v, 0); });
  expectRejectsAll(bad, int64_t(0), [](RtValue v) { return rt_array_set(v, 0, RT_NIL); });
  expectRejectsAll(bad, int64_t(0), [](RtValue v) { return rt_array_push(v, RT_NIL); });
  expectRejectsAll(bad, RtValue(RT_NIL), rt_array_pop);
  expectRejectsAll(bad, int64_t(0), rt_array_clear);
  expectRejectsAll(bad, int64_t(0), [](RtValue v) { return rt_array_insert(v, 0, RT_NIL); });
  expectRejectsAll(bad, RtValue(RT_NIL), [](RtValue v) { return rt_array_remove(v, 0); });
  expectRejectsAll(bad, RtValue(RT_NIL), [](RtValue v) { return rt_array_slice(v, 0, 1); });
  expectRejectsAll(bad, RtValue(RT_NIL),
                   [](RtValue v) { return rt_array_concat(v, rt_array_new(0)); });
  expectRejectsAll(bad, RtValue(RT_NIL),
                   [](RtValue v) { return rt_array_concat(rt_array_new(0), v); });
  expectRejectsAll(bad, int64_t(0), [](RtValue v) { return rt_array_contains(v, RT_NIL); });
  expectRejectsAll(garbageValues(), int64_t(0),
                   [](RtValue v) { return rt_array_contains(rt_array_new(0), v); });
}

TEST(Array, FirstAndLastReadTheEndsAndAreNilWithoutAnErrorWhenEmpty) {
  RtValue array = rt_array_new(0);
  rt_error_clear();
  EXPECT_EQ(rt_array_first(array), RT_NIL);
  EXPECT_EQ(rt_array_last(array), RT_NIL);
  EXPECT_EQ(rt_error_code(), RT_ERROR_NONE);
  rt_array_push(array, I(7));
  EXPECT_EQ(rt_array_first(array), I(7));
  EXPECT_EQ(rt_array_last(array), I(7));
  rt_array_push(array, I(8));
  rt_array_push(array, I(9));
  EXPECT_EQ(rt_array_first(array), I(7));
  EXPECT_EQ(rt_array_last(array), I(9));
  EXPECT_EQ(rt_error_code(), RT_ERROR_NONE);
}

TEST(Array, FirstAndLastOfANonArrayReturnNilAndRecordAnError) {
  expectRejectsAll(everythingBut("array"), RtValue(RT_NIL), rt_array_first);
  expectRejectsAll(everythingBut("array"), RtValue(RT_NIL), rt_array_last);
}
