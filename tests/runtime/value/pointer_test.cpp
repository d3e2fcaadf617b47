// rt_ptr_to_value and rt_value_to_ptr: heap values and raw object pointers.
#include "test_support.h"

using namespace simple::test;

TEST(Pointer, AHeapValueRoundTripsThroughItsPointer) {
  for (const BadValue &value : oneOfEachKind()) {
    if (!rt_is_heap(value.bits))
      continue;
    rt_error_clear();
    void *ptr = rt_value_to_ptr(value.bits);
    EXPECT_EQ(reinterpret_cast<uintptr_t>(ptr), value.bits & ~uint64_t(7)) << value.name;
    EXPECT_EQ(rt_ptr_to_value(ptr), value.bits) << value.name;
    EXPECT_EQ(rt_error_code(), RT_ERROR_NONE) << value.name;
  }
}

TEST(Pointer, ValueToPtrOfAnImmediateIsNullAndWrongKind) {
  for (RtValue v : {I(5), rt_value_float(1.5), RtValue(RT_NIL), RtValue(RT_TRUE)}) {
    rt_error_clear();
    EXPECT_EQ(rt_value_to_ptr(v), nullptr);
    EXPECT_EQ(rt_error_code(), RT_ERROR_WRONG_KIND);
    EXPECT_EQ(lastError().rfind("rt_value_to_ptr: ", 0), 0u);
  }
}

TEST(Pointer, ValueToPtrOfGarbageIsNullAndBadValue) {
  for (const BadValue &value : garbageValues()) {
    rt_error_clear();
    EXPECT_EQ(rt_value_to_ptr(value.bits), nullptr) << value.name;
    EXPECT_EQ(rt_error_code(), RT_ERROR_BAD_VALUE) << value.name;
  }
}

TEST(Pointer, PtrToValueOfNoLiveRuntimeObjectIsNilAndBadArgument) {
  static int onStack;
  RtValue string = str("abcdefgh");
  void *inside = reinterpret_cast<char *>(rt_value_to_ptr(string)) + 8;
  for (void *ptr :
       {static_cast<void *>(nullptr), static_cast<void *>(&onStack), inside,
        static_cast<void *>(reinterpret_cast<char *>(rt_value_to_ptr(string)) + 1), rt_alloc(16)}) {
    rt_error_clear();
    EXPECT_EQ(rt_ptr_to_value(ptr), RT_NIL) << ptr;
    EXPECT_EQ(rt_error_code(), RT_ERROR_BAD_ARGUMENT) << ptr;
  }
  rt_error_clear();
}
