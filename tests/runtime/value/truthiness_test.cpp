#include "test_support.h"

using namespace simple::test;

TEST(Truthiness, FalsyValuesAreFalseNilZeroAndEmptyContainers) {
  for (RtValue v : {RT_FALSE, RT_NIL, I(0), rt_value_float(0.0), rt_value_float(-0.0), str(""),
                    rt_array_new(4), rt_dict_new(4)})
    EXPECT_EQ(rt_value_truthy(v), 0) << printed(v);
}

TEST(Truthiness, EverythingElseIsTruthy) {
  RtValue array = rt_array_new(0);
  rt_array_push(array, RT_NIL);
  RtValue dict = rt_dict_new(0);
  rt_dict_set(dict, RT_NIL, RT_NIL);
  for (RtValue v : {RT_TRUE, I(1), I(-1), rt_value_float(0.5), rt_value_float(NAN), str("0"), array,
                    dict, rt_tuple_new(0), rt_object_new(0, 0), rt_closure_new(nullptr, 0),
                    rt_enum_new(0, 0, RT_NIL), rt_unique_new(RT_NIL), (RtValue(5) << 3) | 3})
    EXPECT_EQ(rt_value_truthy(v), 1) << printed(v);
}

TEST(Truthiness, ClearedContainersBecomeFalsy) {
  RtValue array = rt_array_new(0);
  rt_array_push(array, I(1));
  rt_array_clear(array);
  EXPECT_EQ(rt_value_truthy(array), 0);
  RtValue dict = rt_dict_new(0);
  rt_dict_set(dict, I(1), I(1));
  rt_dict_remove(dict, I(1));
  EXPECT_EQ(rt_value_truthy(dict), 0);
}

TEST(Truthiness, GarbageIsFalsyAndRecordsBadValue) {
  expectRejectsAll(garbageValues(), int64_t(0), rt_value_truthy);
}
