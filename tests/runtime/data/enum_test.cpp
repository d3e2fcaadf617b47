#include "test_support.h"

using namespace simple::test;

TEST(Enum, KeepsItsIdDiscriminantAndPayload) {
  RtValue payload = str("data");
  RtValue e = rt_enum_new(7, 2, payload);
  EXPECT_EQ(rt_enum_id(e), 7);
  EXPECT_EQ(rt_enum_discriminant(e), 2);
  EXPECT_EQ(rt_enum_payload(e), payload);
}

TEST(Enum, NewWithNegativeIdsReturnsNilAndRecordsBadArgument) {
  for (auto [id, discriminant] : {std::pair<int64_t, int64_t>{-1, 0}, {0, -1}}) {
    rt_error_clear();
    EXPECT_EQ(rt_enum_new(id, discriminant, RT_NIL), RT_NIL);
    EXPECT_EQ(rt_error_code(), RT_ERROR_BAD_ARGUMENT);
  }
}

TEST(Enum, NewWithAGarbagePayloadReturnsNilAndRecordsBadValue) {
  expectRejectsAll(garbageValues(), RtValue(RT_NIL),
                   [](RtValue v) { return rt_enum_new(1, 1, v); });
}

TEST(Enum, FunctionsGivenANonEnumReturnTheirErrorValues) {
  auto bad = everythingBut("enum");
  expectRejectsAll(bad, int64_t(-1), rt_enum_discriminant);
  expectRejectsAll(bad, RtValue(RT_NIL), rt_enum_payload);
  expectRejectsAll(bad, int64_t(-1), rt_enum_id);
}
