#include "test_support.h"

using namespace simple::test;

TEST(Unique, HoldsAValueThatCanBeReplaced) {
  RtValue unique = rt_unique_new(I(1));
  EXPECT_EQ(rt_unique_get(unique), I(1));
  EXPECT_EQ(rt_unique_set(unique, str("x")), RT_TRUE);
  EXPECT_EQ(text(rt_unique_get(unique)), "x");
  EXPECT_EQ(rt_unique_free(unique), 1);
}

TEST(Unique, NeedsTraceIsTheBoolValueTrueOnlyForHeapValues) {
  RtValue unique = rt_unique_new(I(1));
  EXPECT_EQ(rt_unique_needs_trace(unique), RT_FALSE);
  rt_unique_set(unique, rt_array_new(0));
  EXPECT_EQ(rt_unique_needs_trace(unique), RT_TRUE);
  rt_unique_set(unique, RT_NIL);
  EXPECT_EQ(rt_unique_needs_trace(unique), RT_FALSE);
  rt_unique_free(unique);
}

TEST(Unique, AFreedHandleIsRejectedIncludingASecondFree) {
  RtValue unique = rt_unique_new(I(1));
  EXPECT_EQ(rt_unique_free(unique), 1);
  rt_error_clear();
  EXPECT_EQ(rt_unique_free(unique), 0);
  EXPECT_EQ(rt_error_code(), RT_ERROR_BAD_VALUE);
  rt_error_clear();
  EXPECT_EQ(rt_unique_get(unique), RT_NIL);
  EXPECT_NE(rt_error_code(), RT_ERROR_NONE);
  EXPECT_EQ(rt_unique_set(unique, I(2)), RT_FALSE);
}

TEST(Unique, BoxingGarbageReturnsNilAndRecordsBadValue) {
  expectRejectsAll(garbageValues(), RtValue(RT_NIL), rt_unique_new);
  RtValue unique = rt_unique_new(I(1));
  expectRejectsAll(garbageValues(), RtValue(RT_FALSE),
                   [&](RtValue v) { return rt_unique_set(unique, v); });
  EXPECT_EQ(rt_unique_get(unique), I(1));
  rt_unique_free(unique);
}

TEST(Unique, FunctionsGivenANonUniqueReturnTheirErrorValues) {
  auto bad = everythingBut("unique");
  expectRejectsAll(bad, RtValue(RT_NIL), rt_unique_get);
  expectRejectsAll(bad, RtValue(RT_FALSE), [](RtValue v) { return rt_unique_set(v, I(1)); });
  expectRejectsAll(bad, RtValue(RT_FALSE), rt_unique_needs_trace);
  expectRejectsAll(bad, int64_t(0), rt_unique_free);
}
