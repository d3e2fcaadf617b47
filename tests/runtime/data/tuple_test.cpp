#include "test_support.h"

using namespace simple::test;

TEST(Tuple, ElementsStartAsNil) {
  RtValue tuple = rt_tuple_new(3);
  EXPECT_EQ(rt_tuple_len(tuple), 3);
  for (int i = 0; i < 3; ++i)
    EXPECT_EQ(rt_tuple_get(tuple, i), RT_NIL);
}

TEST(Tuple, SetAndGetWithNegativeIndices) {
  RtValue tuple = rt_tuple_new(2);
  EXPECT_EQ(rt_tuple_set(tuple, 0, I(1)), 1);
  EXPECT_EQ(rt_tuple_set(tuple, -1, str("b")), 1);
  EXPECT_EQ(rt_tuple_get(tuple, -2), I(1));
  EXPECT_EQ(text(rt_tuple_get(tuple, 1)), "b");
}

TEST(Tuple, EmptyTupleIsAllowed) { EXPECT_EQ(rt_tuple_len(rt_tuple_new(0)), 0); }

TEST(Tuple, NewWithNegativeOrHugeLengthReturnsNilAndRecordsBadArgument) {
  for (int64_t length : {int64_t(-1), INT64_MIN, INT64_MAX}) {
    rt_error_clear();
    EXPECT_EQ(rt_tuple_new(length), RT_NIL);
    EXPECT_EQ(rt_error_code(), RT_ERROR_BAD_ARGUMENT);
  }
}

TEST(Tuple, OutOfRangeGetReturnsNilAndSetReturnsZero) {
  RtValue tuple = rt_tuple_new(2);
  rt_error_clear();
  EXPECT_EQ(rt_tuple_get(tuple, 2), RT_NIL);
  EXPECT_EQ(rt_error_code(), RT_ERROR_OUT_OF_RANGE);
  rt_error_clear();
  EXPECT_EQ(rt_tuple_set(tuple, -3, I(1)), 0);
  EXPECT_EQ(rt_error_code(), RT_ERROR_OUT_OF_RANGE);
}

TEST(Tuple, StoringGarbageIsRejected) {
  RtValue tuple = rt_tuple_new(1);
  expectRejectsAll(garbageValues(), int64_t(0),
                   [&](RtValue v) { return rt_tuple_set(tuple, 0, v); });
  EXPECT_EQ(rt_tuple_get(tuple, 0), RT_NIL);
}

TEST(Tuple, FunctionsGivenANonTupleReturnTheirErrorValues) {
  auto bad = everythingBut("tuple");
  expectRejectsAll(bad, int64_t(-1), rt_tuple_len);
  expectRejectsAll(bad, RtValue(RT_NIL), [](RtValue v) { return rt_tuple_get(v, 0); });
  expectRejectsAll(bad, int64_t(0), [](RtValue v) { return rt_tuple_set(v, 0, RT_NIL); });
}
