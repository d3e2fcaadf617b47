#include "test_support.h"

#include "value/hashing.h"

#include <cmath>
#include <random>
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

namespace {

bool isTuple(RtValue v) {
  bool tuple = rt_tuple_len(v) >= 0;
  rt_error_clear();
  return tuple;
}

/// The tuple hash as value/hashing.h defines it, by plain recursion (the
/// runtime walks an explicit stack): pre-order, kTupleHashBudget elements in
/// all, tuples kTupleHashDepth deep by their length alone. Without the depth
/// cut this is the recursive definition the runtime used before.
uint64_t referenceTupleHash(RtValue tuple, int &budget, int level) {
  using namespace simple::rt;
  int64_t length = rt_tuple_len(tuple);
  uint64_t hash = mixWords(static_cast<uint64_t>(length) ^ kHashP3, kHashP1);
  if (level >= kTupleHashDepth)
    return hash;
  for (int64_t i = 0; i < length && budget > 0; ++i) {
    RtValue item = rt_tuple_get(tuple, i);
    --budget;
    uint64_t element = isTuple(item) ? referenceTupleHash(item, budget, level + 1)
                                     : static_cast<uint64_t>(rt_value_hash(item));
    hash = mixWords(hash ^ element, kHashP2);
  }
  return hash;
}

int64_t referenceHash(RtValue tuple) {
  int budget = simple::rt::kTupleHashBudget;
  return static_cast<int64_t>(referenceTupleHash(tuple, budget, 0));
}

/// A random tuple tree: ints, floats, strings, nils and tuples.
RtValue randomTuple(std::mt19937_64 &random, int depth) {
  int64_t length = static_cast<int64_t>(random() % 5);
  RtValue tuple = rt_tuple_new(length);
  for (int64_t i = 0; i < length; ++i) {
    RtValue item;
    switch (random() % (depth > 0 ? 5 : 4)) {
    case 0:
      item = I(static_cast<int64_t>(random() % 1000) - 500);
      break;
    case 1:
      item = rt_value_float(static_cast<double>(random() % 1000) / 8);
      break;
    case 2:
      item = str(std::to_string(random()));
      break;
    case 3:
      item = RT_NIL;
      break;
    default:
      item = randomTuple(random, depth - 1);
    }
    rt_tuple_set(tuple, i, item);
  }
  return tuple;
}

} // namespace

TEST(Hashing, TupleHashesFollowTheDocumentedPreOrder) {
  std::mt19937_64 random(99);
  for (int i = 0; i < 300; ++i) {
    RtValue tuple = randomTuple(random, 6);
    EXPECT_EQ(rt_value_hash(tuple), referenceHash(tuple)) << printed(tuple);
  }
  // Wider than the element budget.
  RtValue wide = rt_tuple_new(3 * simple::rt::kTupleHashBudget);
  for (int i = 0; i < 3 * simple::rt::kTupleHashBudget; ++i)
    rt_tuple_set(wide, i, randomTuple(random, 1));
  EXPECT_EQ(rt_value_hash(wide), referenceHash(wide));
}

TEST(Hashing, TuplesNestedPastTheHashDepthHashByTheirPrefix) {
  // Chains of 1-tuples around different leaves: equal hashes exactly when
  // the leaves lie at or past the depth cut.
  for (int depth : {simple::rt::kTupleHashDepth - 1, simple::rt::kTupleHashDepth,
                    simple::rt::kTupleHashDepth + 1, 3 * simple::rt::kTupleHashDepth}) {
    RtValue a = I(1), b = I(2);
    for (int i = 0; i < depth; ++i) {
      RtValue na = rt_tuple_new(1), nb = rt_tuple_new(1);
      rt_tuple_set(na, 0, a);
      rt_tuple_set(nb, 0, b);
      a = na;
      b = nb;
    }
    EXPECT_EQ(rt_value_hash(a), referenceHash(a)) << depth;
    EXPECT_EQ(rt_value_hash(b), referenceHash(b)) << depth;
    EXPECT_EQ(rt_value_hash(a) == rt_value_hash(b), depth > simple::rt::kTupleHashDepth) << depth;
    EXPECT_EQ(rt_value_eq(a, b), 0) << depth;
  }
}
