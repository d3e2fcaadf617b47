#include "test_support.h"

using namespace simple::test;

TEST(Object, HasItsClassIdAndNilFields) {
  RtValue object = rt_object_new(42, 3);
  EXPECT_EQ(rt_object_class_id(object), 42);
  EXPECT_EQ(rt_object_field_count(object), 3);
  for (int i = 0; i < 3; ++i)
    EXPECT_EQ(rt_object_field_get(object, i), RT_NIL);
}

TEST(Object, FieldsAreSetAndReadWithNegativeIndices) {
  RtValue object = rt_object_new(1, 2);
  EXPECT_EQ(rt_object_field_set(object, 0, I(5)), 1);
  EXPECT_EQ(rt_object_field_set(object, -1, str("f")), 1);
  EXPECT_EQ(rt_object_field_get(object, -2), I(5));
  EXPECT_EQ(text(rt_object_field_get(object, 1)), "f");
}

TEST(Object, ZeroFieldsIsAllowed) {
  RtValue object = rt_object_new(0, 0);
  EXPECT_EQ(rt_object_field_count(object), 0);
  rt_error_clear();
  EXPECT_EQ(rt_object_field_get(object, 0), RT_NIL);
  EXPECT_EQ(rt_error_code(), RT_ERROR_OUT_OF_RANGE);
}

TEST(Object, FieldAccessOutOfRangeIsAnError) {
  RtValue object = rt_object_new(1, 2);
  rt_error_clear();
  EXPECT_EQ(rt_object_field_get(object, 2), RT_NIL);
  EXPECT_EQ(rt_error_code(), RT_ERROR_OUT_OF_RANGE);
  rt_error_clear();
  EXPECT_EQ(rt_object_field_set(object, -3, I(1)), 0);
  EXPECT_EQ(rt_error_code(), RT_ERROR_OUT_OF_RANGE);
}

TEST(Object, NewWithNegativeClassIdOrFieldCountReturnsNilAndRecordsBadArgument) {
  for (auto [classId, fields] :
       {std::pair<int64_t, int64_t>{-1, 1}, {1, -1}, {1, INT64_MAX}, {1, (int64_t(1) << 28) + 1}}) {
    rt_error_clear();
    EXPECT_EQ(rt_object_new(classId, fields), RT_NIL);
    EXPECT_EQ(rt_error_code(), RT_ERROR_BAD_ARGUMENT);
  }
}

TEST(Object, StoringGarbageIsRejected) {
  RtValue object = rt_object_new(1, 1);
  expectRejectsAll(garbageValues(), int64_t(0),
                   [&](RtValue v) { return rt_object_field_set(object, 0, v); });
}

TEST(Object, FunctionsGivenANonObjectReturnTheirErrorValues) {
  auto bad = everythingBut("object");
  expectRejectsAll(bad, RtValue(RT_NIL), [](RtValue v) { return rt_object_field_get(v, 0); });
  expectRejectsAll(bad, int64_t(0), [](RtValue v) { return rt_object_field_set(v, 0, RT_NIL); });
  expectRejectsAll(bad, int64_t(-1), rt_object_class_id);
  expectRejectsAll(bad, int64_t(-1), rt_object_field_count);
}
