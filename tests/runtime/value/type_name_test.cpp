#include "test_support.h"

using namespace simple::test;

TEST(TypeName, NamesEveryKind) {
  for (const BadValue &value : oneOfEachKind()) {
    std::string expected = value.name == "true" ? "bool" : value.name;
    EXPECT_EQ(text(rt_value_type_name(value.bits)), expected);
  }
}

TEST(TypeName, GarbageIsInvalidAndRecordsBadValue) {
  for (const BadValue &value : garbageValues()) {
    rt_error_clear();
    EXPECT_EQ(text(rt_value_type_name(value.bits)), "invalid") << value.name;
    EXPECT_EQ(rt_error_code(), RT_ERROR_BAD_VALUE) << value.name;
  }
}

TEST(TypeName, ReturnsTheSameSharedString) {
  EXPECT_EQ(rt_value_type_name(I(1)), rt_value_type_name(I(2)));
}
