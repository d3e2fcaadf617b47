#include "test_support.h"

#include <cmath>
#include <string>

using namespace simple::test;

namespace {

/// a and b are equal, in both orders, and hash equally (rt_value_hash is
/// consistent with rt_value_eq), with no error recorded.
void expectEqualWithEqualHashes(RtValue a, RtValue b, const char *what) {
  rt_error_clear();
  EXPECT_EQ(rt_value_eq(a, b), 1) << what;
  EXPECT_EQ(rt_value_eq(b, a), 1) << what;
  EXPECT_EQ(rt_value_hash(a), rt_value_hash(b)) << what;
  EXPECT_EQ(rt_error_code(), RT_ERROR_NONE) << what << ": " << lastError();
}

} // namespace

TEST(Equality, IntsAndFloatsCompareByNumber) {
  expectEqualWithEqualHashes(I(1), rt_value_float(1.0), "1 and 1.0");
  expectEqualWithEqualHashes(I(-7), rt_value_float(-7.0), "-7 and -7.0");
  EXPECT_EQ(rt_value_eq(I(1), rt_value_float(1.5)), 0);
  expectEqualWithEqualHashes(rt_value_float(0.0), rt_value_float(-0.0), "0.0 and -0.0");
  expectEqualWithEqualHashes(I(0), rt_value_float(-0.0), "0 and -0.0");
  EXPECT_EQ(rt_value_eq(I(2), I(3)), 0);
}

TEST(Equality, LargeIntsDoNotEqualTheNearestFloat) {
  // 2^60 - 1 rounds to 2^60 as a double, but they are different numbers.
  EXPECT_EQ(rt_value_eq(I(RT_INT_MAX), rt_value_float(0x1p60)), 0);
  expectEqualWithEqualHashes(I(RT_INT_MIN), rt_value_float(-0x1p60), "-2^60 both ways");
  EXPECT_EQ(rt_value_eq(I(1), rt_value_float(INFINITY)), 0);
}

TEST(Equality, AValueEqualsItselfEvenNaN) {
  RtValue nan = rt_value_float(NAN);
  expectEqualWithEqualHashes(nan, nan, "one NaN");
  RtValue array = rt_array_new(0);
  expectEqualWithEqualHashes(array, array, "one array");
}

TEST(Equality, StringsCompareByContent) {
  expectEqualWithEqualHashes(str("abc"), str("abc"), "two \"abc\"");
  EXPECT_EQ(rt_value_eq(str("abc"), str("abd")), 0);
  EXPECT_EQ(rt_value_eq(str("abc"), str("ab")), 0);
  expectEqualWithEqualHashes(str(""), str(""), "two empty strings");
  std::string longText(1000, 'x'); // beyond any short-string path
  expectEqualWithEqualHashes(str(longText), str(longText), "two long strings");
  EXPECT_EQ(rt_value_eq(str("1"), I(1)), 0);
}

TEST(Equality, TuplesCompareElementWise) {
  RtValue a = rt_tuple_new(2), b = rt_tuple_new(2);
  rt_tuple_set(a, 0, I(1));
  rt_tuple_set(a, 1, str("x"));
  rt_tuple_set(b, 0, rt_value_float(1.0));
  rt_tuple_set(b, 1, str("x"));
  expectEqualWithEqualHashes(a, b, "(1, \"x\") and (1.0, \"x\")");
  rt_tuple_set(b, 1, str("y"));
  EXPECT_EQ(rt_value_eq(a, b), 0);
  EXPECT_EQ(rt_value_eq(rt_tuple_new(1), rt_tuple_new(2)), 0);
  expectEqualWithEqualHashes(rt_tuple_new(0), rt_tuple_new(0), "two empty tuples");
}

TEST(Equality, CyclicTuplesCompareWithoutLooping) {
  RtValue a = rt_tuple_new(1), b = rt_tuple_new(1);
  rt_tuple_set(a, 0, b);
  rt_tuple_set(b, 0, a);
  expectEqualWithEqualHashes(a, b, "two tuples holding each other");
  RtValue c = rt_tuple_new(2), d = rt_tuple_new(2);
  rt_tuple_set(c, 0, c);
  rt_tuple_set(c, 1, I(1));
  rt_tuple_set(d, 0, d);
  rt_tuple_set(d, 1, I(2));
  EXPECT_EQ(rt_value_eq(c, d), 0);
}

TEST(Equality, DeeplyNestedTuplesCompareWithoutOverflowingTheStack) {
  RtValue a = rt_tuple_new(0), b = rt_tuple_new(0);
  for (int i = 0; i < 200000; ++i) {
    RtValue na = rt_tuple_new(1), nb = rt_tuple_new(1);
    rt_tuple_set(na, 0, a);
    rt_tuple_set(nb, 0, b);
    a = na;
    b = nb;
  }
  expectEqualWithEqualHashes(a, b, "two equal nests");
}

TEST(Equality, SharedTupleDagsCompareInLinearTime) {
  // Each level holds the previous one twice: 2^64 paths, 64 distinct pairs.
  RtValue a = I(1), b = I(1);
  for (int i = 0; i < 64; ++i) {
    RtValue na = rt_tuple_new(2), nb = rt_tuple_new(2);
    rt_tuple_set(na, 0, a);
    rt_tuple_set(na, 1, a);
    rt_tuple_set(nb, 0, b);
    rt_tuple_set(nb, 1, b);
    a = na;
    b = nb;
  }
  expectEqualWithEqualHashes(a, b, "two equal nests");
}

TEST(Equality, OtherHeapValuesCompareByIdentity) {
  EXPECT_EQ(rt_value_eq(rt_array_new(0), rt_array_new(0)), 0);
  EXPECT_EQ(rt_value_eq(rt_dict_new(0), rt_dict_new(0)), 0);
  EXPECT_EQ(rt_value_eq(rt_object_new(1, 0), rt_object_new(1, 0)), 0);
  EXPECT_EQ(rt_value_eq(rt_enum_new(1, 1, RT_NIL), rt_enum_new(1, 1, RT_NIL)), 0);
}

TEST(Equality, SpecialsCompareByIdentity) {
  expectEqualWithEqualHashes(RT_NIL, RT_NIL, "nil");
  EXPECT_EQ(rt_value_eq(RT_NIL, RT_FALSE), 0);
  EXPECT_EQ(rt_value_eq(RT_FALSE, I(0)), 0);
}

TEST(Equality, GarbageOnEitherSideReturnsZeroAndRecordsBadValue) {
  expectRejectsAll(garbageValues(), int64_t(0), [](RtValue v) { return rt_value_eq(v, v); });
  expectRejectsAll(garbageValues(), int64_t(0), [](RtValue v) { return rt_value_eq(I(1), v); });
}

TEST(Hashing, EqualValuesHashEqually) {
  expectEqualWithEqualHashes(I(1), rt_value_float(1.0), "1 and 1.0");
  expectEqualWithEqualHashes(I(0), rt_value_float(-0.0), "0 and -0.0");
  expectEqualWithEqualHashes(I(RT_INT_MIN), rt_value_float(-0x1p60), "-2^60 both ways");
  expectEqualWithEqualHashes(str("hello"), str("hello"), "two \"hello\"");
  RtValue a = rt_tuple_new(2), b = rt_tuple_new(2);
  rt_tuple_set(a, 0, str("k"));
  rt_tuple_set(b, 0, str("k"));
  rt_tuple_set(a, 1, I(3));
  rt_tuple_set(b, 1, rt_value_float(3.0));
  expectEqualWithEqualHashes(a, b, "(\"k\", 3) and (\"k\", 3.0)");
}

TEST(Hashing, DifferentValuesUsuallyHashDifferently) {
  EXPECT_NE(rt_value_hash(I(1)), rt_value_hash(I(2)));
  EXPECT_NE(rt_value_hash(str("a")), rt_value_hash(str("b")));
  EXPECT_NE(rt_value_hash(rt_value_float(1.5)), rt_value_hash(rt_value_float(2.5)));
  EXPECT_NE(rt_value_hash(rt_array_new(0)), rt_value_hash(rt_array_new(0)));
  EXPECT_NE(rt_value_hash(RT_NIL), rt_value_hash(RT_FALSE));
}

TEST(Hashing, CyclicTuplesHash) {
  RtValue a = rt_tuple_new(1);
  rt_tuple_set(a, 0, a);
  rt_error_clear();
  rt_value_hash(a);
  EXPECT_EQ(rt_error_code(), RT_ERROR_NONE);
}

TEST(Hashing, GarbageHashesToZeroAndRecordsBadValue) {
  expectRejectsAll(garbageValues(), int64_t(0), rt_value_hash);
}
