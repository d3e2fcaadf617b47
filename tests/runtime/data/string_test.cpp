#include "test_support.h"

using namespace simple::test;

TEST(String, NewCopiesTheBytesAndAddsANul) {
  char buffer[] = "hello";
  RtValue s = rt_string_new(buffer, 5);
  buffer[0] = 'j';
  EXPECT_EQ(rt_string_len(s), 5);
  EXPECT_STREQ(rt_string_data(s), "hello");
}

TEST(String, NewKeepsEmbeddedNulBytes) {
  RtValue s = rt_string_new("a\0b", 3);
  EXPECT_EQ(rt_string_len(s), 3);
  EXPECT_EQ(text(s), std::string("a\0b", 3));
}

TEST(String, NewWithNullDataAndZeroLengthIsEmpty) {
  RtValue s = rt_string_new(nullptr, 0);
  EXPECT_EQ(rt_string_len(s), 0);
  EXPECT_STREQ(rt_string_data(s), "");
}

TEST(String, NewWithNullDataAndALengthReturnsNilAndRecordsBadArgument) {
  rt_error_clear();
  EXPECT_EQ(rt_string_new(nullptr, 4), RT_NIL);
  EXPECT_EQ(rt_error_code(), RT_ERROR_BAD_ARGUMENT);
}

TEST(String, NewWithNegativeOrHugeLengthReturnsNilAndRecordsBadArgument) {
  for (int64_t len : {int64_t(-1), INT64_MIN, (int64_t(1) << 31) + 1}) {
    rt_error_clear();
    EXPECT_EQ(rt_string_new("x", len), RT_NIL);
    EXPECT_EQ(rt_error_code(), RT_ERROR_BAD_ARGUMENT);
  }
}

TEST(String, ConcatJoinsTheBytes) {
  EXPECT_EQ(text(rt_string_concat(str("foo"), str("bar"))), "foobar");
  EXPECT_EQ(text(rt_string_concat(str(""), str(""))), "");
  RtValue s = str("ab");
  EXPECT_EQ(text(rt_string_concat(s, s)), "abab");
}

TEST(String, ConcatWithANonStringReturnsNilAndRecordsAnError) {
  expectRejectsAll(everythingBut("string"), RtValue(RT_NIL),
                   [](RtValue v) { return rt_string_concat(str("a"), v); });
  expectRejectsAll(everythingBut("string"), RtValue(RT_NIL),
                   [](RtValue v) { return rt_string_concat(v, str("a")); });
}

TEST(String, EqComparesBytes) {
  EXPECT_EQ(rt_string_eq(str("abc"), str("abc")), 1);
  EXPECT_EQ(rt_string_eq(str("abc"), str("abC")), 0);
  EXPECT_EQ(rt_string_eq(str(""), str("")), 1);
}

TEST(String, EqComparesEveryByteOfStringsOfEveryLength) {
  // Short strings compare as words (padding included), long ones through
  // memcmp: a difference in any byte, a NUL included, is seen at every length
  // on both sides of the word boundaries and of the switch.
  for (size_t len = 1; len <= 80; ++len) {
    std::string text(len, 'x');
    EXPECT_EQ(rt_string_eq(str(text), str(text)), 1) << len;
    for (size_t at = 0; at < len; ++at) {
      for (char other : {'y', '\0'}) {
        std::string changed = text;
        changed[at] = other;
        EXPECT_EQ(rt_string_eq(str(text), str(changed)), 0) << len << " " << at;
      }
    }
  }
}

TEST(String, EqWithANonStringReturnsZeroAndRecordsAnError) {
  expectRejectsAll(everythingBut("string"), int64_t(0),
                   [](RtValue v) { return rt_string_eq(str("a"), v); });
}

TEST(String, CharCountCountsCodePoints) {
  EXPECT_EQ(rt_string_char_count(str("abc")), 3);
  EXPECT_EQ(rt_string_char_count(str("h\xC3\xA9llo")), 5);                 // é
  EXPECT_EQ(rt_string_char_count(str("\xE2\x82\xAC\xF0\x9F\x98\x80")), 2); // € 😀
  EXPECT_EQ(rt_string_char_count(str("")), 0);
  EXPECT_EQ(rt_string_char_count(str("\xFF\xFE")), 2); // stray bytes count one each
}

TEST(String, SliceWorksInBytesWithNegativeAndClampedBounds) {
  RtValue s = str("hello world");
  EXPECT_EQ(text(rt_string_slice(s, 0, 5)), "hello");
  EXPECT_EQ(text(rt_string_slice(s, -5, 11)), "world");
  EXPECT_EQ(text(rt_string_slice(s, 6, 100)), "world");
  EXPECT_EQ(text(rt_string_slice(s, -100, 2)), "he");
  EXPECT_EQ(text(rt_string_slice(s, 5, 2)), "");
  EXPECT_EQ(text(rt_string_slice(s, INT64_MIN, INT64_MAX)), "hello world");
  EXPECT_EQ(text(rt_string_slice(str("\xC3\xA9"), 0, 1)), "\xC3");
}

TEST(String, FindReturnsTheByteOffsetOrMinusOne) {
  RtValue s = str("abcabc");
  EXPECT_EQ(rt_string_find(s, str("ca")), 2);
  EXPECT_EQ(rt_string_find(s, str("abc")), 0);
  EXPECT_EQ(rt_string_find(s, str("")), 0);
  rt_error_clear();
  EXPECT_EQ(rt_string_find(s, str("x")), -1);
  EXPECT_EQ(rt_error_code(), RT_ERROR_NONE);
  EXPECT_EQ(rt_string_find(str("\xC3\xA9x"), str("x")), 2);
}

TEST(String, FunctionsGivenANonStringReturnTheirErrorValues) {
  auto bad = everythingBut("string");
  expectRejectsAll(bad, int64_t(-1), rt_string_len);
  expectRejectsAll(bad, static_cast<const char *>(nullptr), rt_string_data);
  expectRejectsAll(bad, int64_t(-1), rt_string_char_count);
  expectRejectsAll(bad, RtValue(RT_NIL), [](RtValue v) { return rt_string_slice(v, 0, 1); });
  expectRejectsAll(bad, int64_t(-1), [](RtValue v) { return rt_string_find(v, str("a")); });
  expectRejectsAll(bad, int64_t(-1), [](RtValue v) { return rt_string_find(str("a"), v); });
}
