#include "test_support.h"

using namespace simple::test;

namespace {
int64_t add(int64_t a, int64_t b) { return a + b; }
} // namespace

TEST(Closure, KeepsItsFunctionPointerAndNilCaptures) {
  RtValue closure = rt_closure_new(reinterpret_cast<void *>(&add), 2);
  EXPECT_EQ(rt_closure_func_ptr(closure), reinterpret_cast<void *>(&add));
  EXPECT_EQ(rt_closure_get_capture(closure, 0), RT_NIL);
  EXPECT_EQ(rt_closure_get_capture(closure, 1), RT_NIL);
  auto function = reinterpret_cast<int64_t (*)(int64_t, int64_t)>(rt_closure_func_ptr(closure));
  EXPECT_EQ(function(2, 3), 5);
}

TEST(Closure, MayHoldANullFunctionPointerWithoutAnError) {
  rt_error_clear();
  RtValue closure = rt_closure_new(nullptr, 0);
  EXPECT_EQ(rt_closure_func_ptr(closure), nullptr);
  EXPECT_EQ(rt_error_code(), RT_ERROR_NONE);
}

TEST(Closure, CapturesAreSetAndReadWithNegativeIndices) {
  RtValue closure = rt_closure_new(nullptr, 2);
  EXPECT_EQ(rt_closure_set_capture(closure, -1, I(7)), 1);
  EXPECT_EQ(rt_closure_get_capture(closure, 1), I(7));
}

TEST(Closure, CaptureAccessOutOfRangeIsAnError) {
  RtValue closure = rt_closure_new(nullptr, 1);
  rt_error_clear();
  EXPECT_EQ(rt_closure_get_capture(closure, 1), RT_NIL);
  EXPECT_EQ(rt_error_code(), RT_ERROR_OUT_OF_RANGE);
  rt_error_clear();
  EXPECT_EQ(rt_closure_set_capture(closure, -2, I(1)), 0);
  EXPECT_EQ(rt_error_code(), RT_ERROR_OUT_OF_RANGE);
}

TEST(Closure, NewWithNegativeCaptureCountReturnsNilAndRecordsBadArgument) {
  rt_error_clear();
  EXPECT_EQ(rt_closure_new(nullptr, -1), RT_NIL);
  EXPECT_EQ(rt_error_code(), RT_ERROR_BAD_ARGUMENT);
}

TEST(Closure, StoringGarbageIsRejected) {
  RtValue closure = rt_closure_new(nullptr, 1);
  expectRejectsAll(garbageValues(), int64_t(0),
                   [&](RtValue v) { return rt_closure_set_capture(closure, 0, v); });
}

TEST(Closure, FunctionsGivenANonClosureReturnTheirErrorValues) {
  auto bad = everythingBut("closure");
  expectRejectsAll(bad, int64_t(0), [](RtValue v) { return rt_closure_set_capture(v, 0, RT_NIL); });
  expectRejectsAll(bad, RtValue(RT_NIL), [](RtValue v) { return rt_closure_get_capture(v, 0); });
  expectRejectsAll(bad, static_cast<void *>(nullptr), rt_closure_func_ptr);
}
