// The printed form (rt_to_string) and the print functions.
#include "test_support.h"

#include <simple/runtime_host.h>

#include <cmath>

using namespace simple::test;

TEST(PrintedForm, IntsPrintInDecimal) {
  EXPECT_EQ(printed(I(42)), "42");
  EXPECT_EQ(printed(I(-7)), "-7");
  EXPECT_EQ(printed(I(RT_INT_MIN)), "-1152921504606846976");
}

TEST(PrintedForm, FloatsPrintShortestAndAlwaysLookLikeFloats) {
  EXPECT_EQ(printed(rt_value_float(1.0)), "1.0");
  EXPECT_EQ(printed(rt_value_float(0.5)), "0.5");
  EXPECT_EQ(printed(rt_value_float(-2.0)), "-2.0");
  EXPECT_EQ(printed(rt_value_float(100.0)), "100.0");
  EXPECT_EQ(printed(rt_value_float(1e20)), "1e+20");
  EXPECT_EQ(printed(rt_value_float(1e-7)), "1e-07");
  EXPECT_EQ(printed(rt_value_float(-0.0)), "-0.0");
  EXPECT_EQ(printed(rt_value_float(INFINITY)), "inf");
  EXPECT_EQ(printed(rt_value_float(-INFINITY)), "-inf");
  EXPECT_EQ(printed(rt_value_float(NAN)), "nan");
}

TEST(PrintedForm, FloatsPrintTheShortestDecimalThatSurvivesTheEncoding) {
  // The encoding drops 3 mantissa bits, so 0.1 reads back as another double;
  // it still prints as 0.1 because 0.1 encodes to the same value.
  EXPECT_EQ(printed(rt_value_float(0.1)), "0.1");
  EXPECT_EQ(printed(rt_value_float(3.14159)), "3.14159");
  EXPECT_EQ(printed(rt_value_float(1.0 / 3.0)), "0.3333333333333333");
  for (double d : {0.1, 2.5e-300, 123456.789, 6.02214076e23, -1.0 / 7.0}) {
    std::string text = printed(rt_value_float(d));
    EXPECT_EQ(rt_value_float(std::strtod(text.c_str(), nullptr)), rt_value_float(d)) << text;
  }
}

TEST(PrintedForm, SpecialsPrintByName) {
  EXPECT_EQ(printed(RT_NIL), "nil");
  EXPECT_EQ(printed(RT_TRUE), "true");
  EXPECT_EQ(printed(RT_FALSE), "false");
  EXPECT_EQ(printed((RtValue(9) << 3) | 3), "<symbol#9>");
}

TEST(PrintedForm, StringsAreRawAtTopLevelAndQuotedInsideContainers) {
  RtValue s = str("a\"b\\c\n\x01");
  EXPECT_EQ(printed(s), "a\"b\\c\n\x01");
  RtValue array = rt_array_new(0);
  rt_array_push(array, s);
  EXPECT_EQ(printed(array), "[\"a\\\"b\\\\c\\n\\x01\"]");
}

TEST(PrintedForm, ArraysTuplesAndDictsPrintTheirElements) {
  RtValue array = rt_array_new(0);
  rt_array_push(array, I(1));
  rt_array_push(array, I(2));
  EXPECT_EQ(printed(array), "[1, 2]");
  EXPECT_EQ(printed(rt_array_new(0)), "[]");
  RtValue tuple = rt_tuple_new(2);
  rt_tuple_set(tuple, 0, I(1));
  rt_tuple_set(tuple, 1, str("a"));
  EXPECT_EQ(printed(tuple), "(1, \"a\")");
  EXPECT_EQ(printed(rt_tuple_new(0)), "()");
  EXPECT_EQ(printed(rt_tuple_new(1)), "(nil)");
  RtValue dict = rt_dict_new(0);
  rt_dict_set(dict, str("k"), I(1));
  rt_dict_set(dict, I(2), array);
  EXPECT_EQ(printed(dict), "{\"k\": 1, 2: [1, 2]}");
  EXPECT_EQ(printed(rt_dict_new(0)), "{}");
}

TEST(PrintedForm, DictsPrintInInsertionOrder) {
  RtValue dict = rt_dict_new(0);
  for (int i = 20; i > 0; --i)
    rt_dict_set(dict, I(i), I(i));
  rt_dict_remove(dict, I(10));
  rt_dict_set(dict, I(20), I(0));
  rt_dict_set(dict, I(10), I(10));
  std::string expected = "{20: 0";
  for (int i = 19; i > 0; --i)
    if (i != 10)
      expected += ", " + std::to_string(i) + ": " + std::to_string(i);
  expected += ", 10: 10}";
  EXPECT_EQ(printed(dict), expected);
}

TEST(PrintedForm, CyclesPrintAsEllipses) {
  RtValue array = rt_array_new(0);
  rt_array_push(array, I(1));
  rt_array_push(array, array);
  EXPECT_EQ(printed(array), "[1, [...]]");
  RtValue dict = rt_dict_new(0);
  rt_dict_set(dict, str("self"), dict);
  EXPECT_EQ(printed(dict), "{\"self\": {...}}");
  RtValue tuple = rt_tuple_new(1);
  rt_tuple_set(tuple, 0, tuple);
  EXPECT_EQ(printed(tuple), "((...))");
}

TEST(PrintedForm, SharedButAcyclicElementsPrintInFull) {
  RtValue inner = rt_array_new(0);
  rt_array_push(inner, I(7));
  RtValue outer = rt_array_new(0);
  rt_array_push(outer, inner);
  rt_array_push(outer, inner);
  EXPECT_EQ(printed(outer), "[[7], [7]]");
}

TEST(PrintedForm, DeepNestingIsCutWithoutOverflowingTheStack) {
  RtValue array = rt_array_new(0);
  for (int i = 0; i < 100000; ++i) {
    RtValue outer = rt_array_new(1);
    rt_array_push(outer, array);
    array = outer;
  }
  std::string text = printed(array);
  EXPECT_EQ(text.rfind("[[[[", 0), 0u);
  EXPECT_NE(text.find("[...]"), std::string::npos);
}

TEST(PrintedForm, ExponentiallySharedStructuresAreCutAtTheSizeLimit) {
  RtValue array = rt_array_new(0);
  rt_array_push(array, str("leaf"));
  for (int i = 0; i < 40; ++i) { // 2^40 leaves when printed in full
    RtValue outer = rt_array_new(2);
    rt_array_push(outer, array);
    rt_array_push(outer, array);
    array = outer;
  }
  std::string text = printed(array);
  EXPECT_GE(text.size(), size_t(1) << 27);
  EXPECT_LT(text.size(), (size_t(1) << 27) + 64); // "..." and the closing brackets
  EXPECT_NE(text.find("...", (size_t(1) << 27) - 16), std::string::npos);
  EXPECT_EQ(text.substr(text.size() - 3), "]]]");
}

TEST(PrintedForm, OtherObjectsPrintKindAndSerialNumber) {
  RtValue a = rt_object_new(3, 0), b = rt_object_new(3, 0);
  std::string pa = printed(a), pb = printed(b);
  EXPECT_EQ(pa.rfind("<object#", 0), 0u);
  EXPECT_NE(pa, pb);
  EXPECT_EQ(printed(a), pa);
  EXPECT_EQ(printed(rt_closure_new(nullptr, 0)).rfind("<closure#", 0), 0u);
  EXPECT_EQ(printed(rt_enum_new(1, 2, RT_NIL)).rfind("<enum#", 0), 0u);
  EXPECT_EQ(printed(rt_unique_new(RT_NIL)).rfind("<unique#", 0), 0u);
}

TEST(PrintedForm, ToStringOfAStringIsTheStringItself) {
  RtValue s = str("same");
  EXPECT_EQ(rt_to_string(s), s);
}

TEST(PrintedForm, ToStringOfGarbageReturnsNilAndRecordsBadValue) {
  expectRejectsAll(garbageValues(), RtValue(RT_NIL), rt_to_string);
}

TEST(Printing, PrintValueWritesThePrintedFormToStdout) {
  testing::internal::CaptureStdout();
  RtValue array = rt_array_new(0);
  rt_array_push(array, str("x"));
  rt_print_value(I(1));
  rt_print_value(str(" raw "));
  rt_println_value(array);
  rt_print_str("abc", 2);
  rt_println_str("de", 2);
  rt_print_str(nullptr, 0);
  simple::rt::flushOutput();
  EXPECT_EQ(testing::internal::GetCapturedStdout(), "1 raw [\"x\"]\nabde\n");
}

TEST(Printing, EprintTwinsWriteToStderr) {
  testing::internal::CaptureStderr();
  rt_eprint_value(I(2));
  rt_eprintln_value(rt_value_float(2.0));
  rt_eprint_str("ab", 1);
  rt_eprintln_str("cd", 2);
  simple::rt::flushOutput();
  EXPECT_EQ(testing::internal::GetCapturedStderr(), "22.0\nacd\n");
}

TEST(Printing, PrintInterleavesWithPrintf) {
  testing::internal::CaptureStdout();
  std::printf("a");
  rt_print_value(I(1));
  std::printf("b");
  rt_println_str("c", 1);
  std::fflush(stdout);
  EXPECT_EQ(testing::internal::GetCapturedStdout(), "a1bc\n");
}

TEST(Printing, PrintStrWithNegativeLengthOrNullDataPrintsNothingAndRecordsBadArgument) {
  testing::internal::CaptureStdout();
  rt_error_clear();
  rt_print_str("abc", -1);
  EXPECT_EQ(rt_error_code(), RT_ERROR_BAD_ARGUMENT);
  rt_error_clear();
  rt_println_str(nullptr, 3);
  EXPECT_EQ(rt_error_code(), RT_ERROR_BAD_ARGUMENT);
  rt_error_clear();
  rt_eprint_str(nullptr, 1);
  EXPECT_EQ(rt_error_code(), RT_ERROR_BAD_ARGUMENT);
  rt_eprintln_str("x", -5);
  EXPECT_EQ(rt_error_code(), RT_ERROR_BAD_ARGUMENT);
  EXPECT_EQ(testing::internal::GetCapturedStdout(), "");
}

TEST(Printing, PrintingGarbagePrintsInvalidAndRecordsBadValue) {
  testing::internal::CaptureStdout();
  rt_error_clear();
  rt_println_value(0x7);
  EXPECT_EQ(rt_error_code(), RT_ERROR_BAD_VALUE);
  EXPECT_EQ(testing::internal::GetCapturedStdout(), "<invalid>\n");
}
