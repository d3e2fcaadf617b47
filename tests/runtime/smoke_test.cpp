#include <gtest/gtest.h>
#include <simple/runtime.h>
TEST(Smoke, ArrayPushGet) {
  RtValue a = rt_array_new(0);
  EXPECT_EQ(rt_array_push(a, rt_value_int(5)), 1);
  EXPECT_EQ(rt_array_get(a, 0), rt_value_int(5));
}
