// The value encoding and the rt_value_* constructors and accessors.
#include "test_support.h"

#include <cmath>
#include <cstring>
#include <limits>

using namespace simple::test;

TEST(ValueEncoding, ConstantsHaveTheDocumentedBits) {
  EXPECT_EQ(rt_value_nil(), 0x3u);
  EXPECT_EQ(rt_value_bool(1), 0xBu);
  EXPECT_EQ(rt_value_bool(0), 0x13u);
  EXPECT_EQ(rt_value_int(5), 0x28u);
  EXPECT_EQ(rt_value_int(-1), ~uint64_t(0) << 3);
}

TEST(ValueEncoding, IntRoundTripsAtTheEdgesOfTheRange) {
  for (int64_t i : {int64_t(0), int64_t(1), int64_t(-1), RT_INT_MIN, RT_INT_MAX}) {
    rt_error_clear();
    RtValue v = rt_value_int(i);
    EXPECT_EQ(rt_value_as_int(v), i);
    EXPECT_EQ(rt_error_code(), RT_ERROR_NONE);
  }
}

TEST(ValueEncoding, IntOutsideTheRangeReturnsNilAndRecordsOverflow) {
  for (int64_t i : {RT_INT_MAX + 1, RT_INT_MIN - 1, std::numeric_limits<int64_t>::max(),
                    std::numeric_limits<int64_t>::min()}) {
    rt_error_clear();
    EXPECT_EQ(rt_value_int(i), RT_NIL);
    EXPECT_EQ(rt_error_code(), RT_ERROR_INT_OVERFLOW);
    EXPECT_NE(lastError().find("rt_value_int: "), std::string::npos);
  }
}

TEST(ValueEncoding, FloatKeepsTheTopSixtyOneBits) {
  RtValue v = rt_value_float(1.5);
  EXPECT_EQ(v & 7, 2u);
  EXPECT_EQ(rt_value_as_float(v), 1.5);
  double d = 0.1;
  uint64_t bits;
  std::memcpy(&bits, &d, 8);
  EXPECT_EQ(rt_value_float(0.1), ((bits >> 3) << 3) | 2);
  EXPECT_TRUE(std::isnan(rt_value_as_float(rt_value_float(NAN))));
  EXPECT_EQ(rt_value_as_float(rt_value_float(INFINITY)), INFINITY);
}

TEST(ValueEncoding, AsFloatConvertsAnInt) { EXPECT_EQ(rt_value_as_float(I(-3)), -3.0); }

TEST(ValueEncoding, AsIntOfANonIntReturnsZeroAndRecordsWrongKind) {
  for (RtValue v : {rt_value_float(2.0), RT_NIL, RT_TRUE, str("7")}) {
    rt_error_clear();
    EXPECT_EQ(rt_value_as_int(v), 0);
    EXPECT_EQ(rt_error_code(), RT_ERROR_WRONG_KIND);
  }
}

TEST(ValueEncoding, AsIntOfGarbageReturnsZeroAndRecordsBadValue) {
  expectRejectsAll(garbageValues(), int64_t(0), rt_value_as_int);
}

TEST(ValueEncoding, AsFloatOfANonNumberReturnsZeroAndRecordsAnError) {
  std::vector<BadValue> values;
  for (BadValue &value : everythingBut("float"))
    if (value.name != "int")
      values.push_back(value);
  expectRejectsAll(values, 0.0, rt_value_as_float);
}

TEST(ValueEncoding, BoolIsTrueForAnyNonZero) {
  EXPECT_EQ(rt_value_bool(42), RT_TRUE);
  EXPECT_EQ(rt_value_bool(-1), RT_TRUE);
  EXPECT_EQ(rt_value_as_bool(RT_TRUE), 1);
  EXPECT_EQ(rt_value_as_bool(RT_FALSE), 0);
}

TEST(ValueEncoding, AsBoolOfANonBoolReturnsZeroAndRecordsAnError) {
  expectRejectsAll(everythingBut("true"), int64_t(0), rt_value_as_bool);
}

TEST(ValueEncoding, IsNilIsOneOnlyForNilAndNeverAnError) {
  rt_error_clear();
  EXPECT_EQ(rt_value_is_nil(RT_NIL), 1);
  EXPECT_EQ(rt_value_is_nil(RT_FALSE), 0);
  EXPECT_EQ(rt_value_is_nil(I(0)), 0);
  EXPECT_EQ(rt_value_is_nil(0x7), 0);
  EXPECT_EQ(rt_error_code(), RT_ERROR_NONE);
}

TEST(ValueEncoding, IsIntIsFloatIsBoolTestTheTagAndNeverRecordAnError) {
  for (const BadValue &value : oneOfEachKind()) {
    rt_error_clear();
    EXPECT_EQ(rt_value_is_int(value.bits), value.name == "int" ? 1 : 0) << value.name;
    EXPECT_EQ(rt_value_is_float(value.bits), value.name == "float" ? 1 : 0) << value.name;
    EXPECT_EQ(rt_value_is_bool(value.bits), value.name == "true" ? 1 : 0) << value.name;
    EXPECT_EQ(rt_error_code(), RT_ERROR_NONE) << value.name;
  }
  EXPECT_EQ(rt_value_is_bool(RT_FALSE), 1);
  for (const BadValue &value : garbageValues()) {
    rt_error_clear();
    EXPECT_EQ(rt_value_is_int(value.bits), 0) << value.name;
    EXPECT_EQ(rt_value_is_float(value.bits), 0) << value.name;
    EXPECT_EQ(rt_value_is_bool(value.bits), 0) << value.name;
    EXPECT_EQ(rt_error_code(), RT_ERROR_NONE) << value.name;
  }
}

TEST(ValueEncoding, IsHeapIsOneForEveryLiveRuntimeObjectAndZeroForImmediates) {
  for (const BadValue &value : oneOfEachKind()) {
    rt_error_clear();
    bool immediate = value.name == "int" || value.name == "float" || value.name == "nil" ||
                     value.name == "true" || value.name == "symbol";
    EXPECT_EQ(rt_value_is_heap(value.bits), immediate ? 0 : 1) << value.name;
    EXPECT_EQ(rt_error_code(), RT_ERROR_NONE) << value.name;
  }
}

TEST(ValueEncoding, IsHeapOfBitsThatAreNoValueReturnsZeroAndRecordsBadValue) {
  for (const BadValue &value : garbageValues()) {
    rt_error_clear();
    EXPECT_EQ(rt_value_is_heap(value.bits), 0) << value.name;
    EXPECT_EQ(rt_error_code(), RT_ERROR_BAD_VALUE) << value.name;
  }
  rt_error_clear();
}
