// rt_len, rt_index_get/set, rt_contains, rt_slice: Simple's generic
// collection operations over strings, arrays, tuples and dicts.
#include "test_support.h"

#include <thread>

using namespace simple::test;

namespace {

/// Expects the call returned `expected` and recorded `code` with a message
/// naming `function`.
template <class Result>
void expectError(Result result, Result expected, int64_t code, const char *function) {
  EXPECT_EQ(result, expected);
  EXPECT_EQ(rt_error_code(), code);
  EXPECT_EQ(lastError().rfind(std::string(function) + ": ", 0), 0u) << lastError();
  rt_error_clear();
}

} // namespace

TEST(Collection, LenOfEachKindOfCollection) {
  RtValue tuple = rt_tuple_new(3);
  RtValue dict = rt_dict_new(0);
  rt_dict_set(dict, I(1), I(1));
  rt_dict_set(dict, I(2), I(2));
  rt_error_clear();
  EXPECT_EQ(rt_len(str("héllo")), 6); // bytes
  EXPECT_EQ(rt_len(arrayOf({1, 2, 3, 4})), 4);
  EXPECT_EQ(rt_len(tuple), 3);
  EXPECT_EQ(rt_len(dict), 2);
  EXPECT_EQ(rt_len(rt_array_new(5)), 0);
  EXPECT_EQ(rt_error_code(), RT_ERROR_NONE);
}

TEST(Collection, LenOfANonCollectionIsMinusOneAndAnError) {
  std::vector<BadValue> bad = garbageValues();
  for (const BadValue &value : oneOfEachKind()) {
    if (value.name != "string" && value.name != "array" && value.name != "tuple" &&
        value.name != "dict")
      bad.push_back(value);
  }
  expectRejectsAll(bad, int64_t(-1), rt_len);
}

TEST(Collection, IndexGetReadsArraysTuplesStringBytesAndDictKeys) {
  RtValue array = arrayOf({10, 20, 30});
  RtValue tuple = rt_tuple_new(2);
  rt_tuple_set(tuple, 1, str("t"));
  RtValue dict = rt_dict_new(0);
  rt_dict_set(dict, str("k"), I(5));
  rt_error_clear();
  EXPECT_EQ(rt_index_get(array, I(0)), I(10));
  EXPECT_EQ(rt_index_get(array, I(-1)), I(30));
  EXPECT_EQ(text(rt_index_get(tuple, I(1))), "t");
  EXPECT_EQ(rt_index_get(tuple, I(-2)), RT_NIL);
  EXPECT_EQ(rt_index_get(str("AB\xff"), I(0)), I(65));
  EXPECT_EQ(rt_index_get(str("AB\xff"), I(-1)), I(255));
  EXPECT_EQ(rt_index_get(dict, str("k")), I(5));
  EXPECT_EQ(rt_index_get(dict, str("absent")), RT_NIL); // not an error
  EXPECT_EQ(rt_error_code(), RT_ERROR_NONE);
}

TEST(Collection, IndexGetAnswersBadInputWithNilAndAnError) {
  RtValue array = arrayOf({1, 2});
  rt_error_clear();
  expectError(rt_index_get(array, I(2)), RtValue(RT_NIL), RT_ERROR_OUT_OF_RANGE, "rt_index_get");
  expectError(rt_index_get(array, I(-3)), RtValue(RT_NIL), RT_ERROR_OUT_OF_RANGE, "rt_index_get");
  expectError(rt_index_get(str("ab"), I(5)), RtValue(RT_NIL), RT_ERROR_OUT_OF_RANGE,
              "rt_index_get");
  expectError(rt_index_get(rt_tuple_new(1), I(1)), RtValue(RT_NIL), RT_ERROR_OUT_OF_RANGE,
              "rt_index_get");
  expectError(rt_index_get(array, str("0")), RtValue(RT_NIL), RT_ERROR_WRONG_KIND, "rt_index_get");
  expectError(rt_index_get(array, rt_value_float(0.0)), RtValue(RT_NIL), RT_ERROR_WRONG_KIND,
              "rt_index_get");
  expectError(rt_index_get(array, RtValue(0x4)), RtValue(RT_NIL), RT_ERROR_BAD_VALUE,
              "rt_index_get");
  expectError(rt_index_get(rt_dict_new(0), RtValue(0x4)), RtValue(RT_NIL), RT_ERROR_BAD_VALUE,
              "rt_index_get");
  expectError(rt_index_get(I(3), I(0)), RtValue(RT_NIL), RT_ERROR_WRONG_KIND, "rt_index_get");
  expectRejectsAll(garbageValues(), RtValue(RT_NIL),
                   [](RtValue v) { return rt_index_get(v, I(0)); });
  expectRejectsAll({{"object", rt_object_new(1, 1)}, {"enum", rt_enum_new(1, 1, RT_NIL)}},
                   RtValue(RT_NIL), [](RtValue v) { return rt_index_get(v, I(0)); });
}

TEST(Collection, IndexSetWritesArraysTuplesAndDicts) {
  RtValue array = arrayOf({1, 2, 3});
  RtValue tuple = rt_tuple_new(2);
  RtValue dict = rt_dict_new(0);
  rt_error_clear();
  EXPECT_EQ(rt_index_set(array, I(-1), str("x")), 1);
  EXPECT_EQ(rt_index_set(tuple, I(0), I(9)), 1);
  EXPECT_EQ(rt_index_set(dict, str("k"), I(4)), 1);
  EXPECT_EQ(rt_index_set(dict, str("k"), I(5)), 1);
  EXPECT_EQ(rt_error_code(), RT_ERROR_NONE);
  EXPECT_EQ(printed(array), "[1, 2, \"x\"]");
  EXPECT_EQ(printed(tuple), "(9, nil)");
  EXPECT_EQ(printed(dict), "{\"k\": 5}");
}

TEST(Collection, IndexSetAnswersBadInputWithZeroAndAnError) {
  RtValue array = arrayOf({1});
  rt_error_clear();
  expectError(rt_index_set(array, I(1), I(0)), int64_t(0), RT_ERROR_OUT_OF_RANGE, "rt_index_set");
  expectError(rt_index_set(rt_tuple_new(1), I(-2), I(0)), int64_t(0), RT_ERROR_OUT_OF_RANGE,
              "rt_index_set");
  expectError(rt_index_set(array, RT_NIL, I(0)), int64_t(0), RT_ERROR_WRONG_KIND, "rt_index_set");
  expectError(rt_index_set(array, I(0), RtValue(0x4)), int64_t(0), RT_ERROR_BAD_VALUE,
              "rt_index_set");
  expectError(rt_index_set(rt_dict_new(0), RtValue(0x7), I(1)), int64_t(0), RT_ERROR_BAD_VALUE,
              "rt_index_set");
  expectError(rt_index_set(str("ab"), I(0), I(1)), int64_t(0), RT_ERROR_WRONG_KIND,
              "rt_index_set");             // strings are immutable
  EXPECT_EQ(rt_array_get(array, 0), I(1)); // nothing was written
  expectRejectsAll(garbageValues(), int64_t(0),
                   [](RtValue v) { return rt_index_set(v, I(0), I(0)); });
}

TEST(Collection, ContainsFindsElementsKeysAndSubstrings) {
  RtValue array = arrayOf({1, 2, 3});
  RtValue tuple = rt_tuple_new(2);
  rt_tuple_set(tuple, 0, str("a"));
  RtValue dict = rt_dict_new(0);
  rt_dict_set(dict, str("key"), I(1));
  rt_error_clear();
  EXPECT_EQ(rt_contains(array, I(2)), 1);
  EXPECT_EQ(rt_contains(array, rt_value_float(3.0)), 1); // by rt_value_eq
  EXPECT_EQ(rt_contains(array, I(4)), 0);
  EXPECT_EQ(rt_contains(tuple, str("a")), 1);
  EXPECT_EQ(rt_contains(tuple, RT_NIL), 1);
  EXPECT_EQ(rt_contains(tuple, str("b")), 0);
  EXPECT_EQ(rt_contains(dict, str("key")), 1);
  EXPECT_EQ(rt_contains(dict, I(1)), 0); // keys, not values
  EXPECT_EQ(rt_contains(str("hello world"), str("o w")), 1);
  EXPECT_EQ(rt_contains(str("hello"), str("")), 1);
  EXPECT_EQ(rt_contains(str("hello"), str("hex")), 0);
  EXPECT_EQ(rt_error_code(), RT_ERROR_NONE);
}

TEST(Collection, ContainsAnswersBadInputWithZeroAndAnError) {
  rt_error_clear();
  expectError(rt_contains(str("abc"), I(1)), int64_t(0), RT_ERROR_WRONG_KIND, "rt_contains");
  expectError(rt_contains(arrayOf({1}), RtValue(0x4)), int64_t(0), RT_ERROR_BAD_VALUE,
              "rt_contains");
  expectRejectsAll(garbageValues(), int64_t(0), [](RtValue v) { return rt_contains(v, I(0)); });
  expectRejectsAll({{"int", I(1)}, {"object", rt_object_new(1, 1)}}, int64_t(0),
                   [](RtValue v) { return rt_contains(v, I(0)); });
}

TEST(Collection, SliceOfAnArrayTakesStepsBothWays) {
  RtValue array = arrayOf({0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
  rt_error_clear();
  EXPECT_EQ(printed(rt_slice(array, 2, 5, 1)), "[2, 3, 4]");
  EXPECT_EQ(printed(rt_slice(array, 1, 9, 3)), "[1, 4, 7]");
  EXPECT_EQ(printed(rt_slice(array, 0, 10, 4)), "[0, 4, 8]");
  EXPECT_EQ(printed(rt_slice(array, -3, 100, 1)), "[7, 8, 9]");
  EXPECT_EQ(printed(rt_slice(array, 8, 2, -2)), "[8, 6, 4]");
  EXPECT_EQ(printed(rt_slice(array, 100, -100, -4)), "[9, 5, 1]");
  EXPECT_EQ(printed(rt_slice(array, -1, -11, -1)), "[9, 8, 7, 6, 5, 4, 3, 2, 1, 0]");
  EXPECT_EQ(printed(rt_slice(array, 5, 2, 1)), "[]");
  EXPECT_EQ(printed(rt_slice(array, 2, 5, -1)), "[]");
  EXPECT_EQ(printed(rt_slice(array, 3, 10, INT64_MAX)), "[3]");
  EXPECT_EQ(printed(rt_slice(array, 9, 0, INT64_MIN)), "[9]");
  EXPECT_EQ(rt_error_code(), RT_ERROR_NONE);
  RtValue copy = rt_slice(array, 0, 10, 1);
  EXPECT_NE(copy, array); // a new array
  EXPECT_EQ(rt_len(copy), 10);
}

TEST(Collection, SliceOfAStringTakesBytesWithStepOne) {
  RtValue s = str("hello world");
  rt_error_clear();
  EXPECT_EQ(text(rt_slice(s, 0, 5, 1)), "hello");
  EXPECT_EQ(text(rt_slice(s, -5, 100, 1)), "world");
  EXPECT_EQ(text(rt_slice(s, 4, 2, 1)), "");
  EXPECT_EQ(rt_slice(s, 0, 11, 1), s);
  EXPECT_EQ(rt_error_code(), RT_ERROR_NONE);
}

TEST(Collection, SliceAnswersBadInputWithNilAndAnError) {
  rt_error_clear();
  expectError(rt_slice(arrayOf({1}), 0, 1, 0), RtValue(RT_NIL), RT_ERROR_BAD_ARGUMENT, "rt_slice");
  expectError(rt_slice(str("ab"), 0, 2, 2), RtValue(RT_NIL), RT_ERROR_BAD_ARGUMENT, "rt_slice");
  expectError(rt_slice(str("ab"), 2, 0, -1), RtValue(RT_NIL), RT_ERROR_BAD_ARGUMENT, "rt_slice");
  expectRejectsAll(garbageValues(), RtValue(RT_NIL),
                   [](RtValue v) { return rt_slice(v, 0, 1, 1); });
  expectRejectsAll({{"tuple", rt_tuple_new(2)}, {"dict", rt_dict_new(0)}, {"int", I(1)}},
                   RtValue(RT_NIL), [](RtValue v) { return rt_slice(v, 0, 1, 1); });
}

TEST(Collection, OperationsOnASharedArrayNeverSeeATornState) {
  // A writer pushes and clears while readers use the generic operations:
  // every item read is one some call stored (an int below 1000).
  RtValue array = rt_array_new(0);
  std::atomic<bool> done{false};
  std::thread writer([&] {
    for (int round = 0; round < 300; ++round) {
      for (int i = 0; i < 1000; ++i)
        rt_array_push(array, I(i));
      rt_array_clear(array);
    }
    done = true;
  });
  while (!done) {
    int64_t length = rt_len(array);
    ASSERT_GE(length, 0);
    RtValue slice = rt_slice(array, 0, 1000, 7);
    for (int64_t i = 0; i < rt_len(slice); ++i)
      ASSERT_EQ(rt_array_get(slice, i), I(7 * i));
    RtValue item = rt_index_get(array, I(0));
    ASSERT_TRUE(item == RT_NIL || item == I(0));
    rt_contains(array, I(999));
    rt_error_clear();
  }
  writer.join();
}
