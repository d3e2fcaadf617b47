#include "test_support.h"

#include <simple/runtime_host.h>

#include <thread>

using namespace simple::test;

TEST(LastError, StartsEmpty) {
  std::thread([] {
    EXPECT_EQ(rt_error_code(), RT_ERROR_NONE);
    EXPECT_EQ(lastError(), "");
  }).join();
}

TEST(LastError, MessageNamesTheFunctionAndTheReason) {
  RtValue array = rt_array_new(0);
  for (int i = 0; i < 3; ++i)
    rt_array_push(array, I(i));
  rt_error_clear();
  EXPECT_EQ(rt_array_get(array, 7), RT_NIL);
  EXPECT_EQ(rt_error_code(), RT_ERROR_OUT_OF_RANGE);
  EXPECT_EQ(lastError(), "rt_array_get: index 7 out of range for length 3");
}

TEST(LastError, WrongKindMessageSaysWhatWasExpectedAndWhatCame) {
  rt_error_clear();
  rt_array_len(I(3));
  EXPECT_EQ(rt_error_code(), RT_ERROR_WRONG_KIND);
  EXPECT_EQ(lastError(), "rt_array_len: expected an array, got an int");
  rt_dict_len(str("x"));
  EXPECT_EQ(lastError(), "rt_dict_len: expected a dict, got a string");
}

TEST(LastError, ClearForgetsTheError) {
  rt_array_len(RT_NIL);
  EXPECT_NE(rt_error_code(), RT_ERROR_NONE);
  rt_error_clear();
  EXPECT_EQ(rt_error_code(), RT_ERROR_NONE);
  EXPECT_EQ(lastError(), "");
}

TEST(LastError, IsPerThread) {
  rt_error_clear();
  std::thread([] { rt_array_len(RT_NIL); }).join();
  EXPECT_EQ(rt_error_code(), RT_ERROR_NONE);
}

TEST(LastError, SuccessfulCallsKeepThePreviousError) {
  rt_array_len(RT_NIL);
  rt_array_len(rt_array_new(0));
  EXPECT_EQ(rt_error_code(), RT_ERROR_WRONG_KIND);
}

TEST(ErrorCodes, EveryCodeHasAName) {
  EXPECT_STREQ(rt_error_code_name(RT_ERROR_NONE), "none");
  EXPECT_STREQ(rt_error_code_name(RT_ERROR_BAD_VALUE), "bad value");
  EXPECT_STREQ(rt_error_code_name(RT_ERROR_WRONG_KIND), "wrong kind");
  EXPECT_STREQ(rt_error_code_name(RT_ERROR_OUT_OF_RANGE), "out of range");
  EXPECT_STREQ(rt_error_code_name(RT_ERROR_BAD_ARGUMENT), "bad argument");
  EXPECT_STREQ(rt_error_code_name(RT_ERROR_INT_OVERFLOW), "int overflow");
  EXPECT_STREQ(rt_error_code_name(RT_ERROR_OUT_OF_MEMORY), "out of memory");
  EXPECT_STREQ(rt_error_code_name(RT_ERROR_BAD_STATE), "bad state");
  EXPECT_STREQ(rt_error_code_name(99), "unknown");
}

namespace {
int hookCalls = 0;
int64_t hookCode = 0;
std::string hookMessage;
void recordingHook(int64_t code, const char *message) {
  ++hookCalls;
  hookCode = code;
  hookMessage = message;
}
} // namespace

TEST(ErrorHook, IsCalledWithCodeAndMessageOnEveryError) {
  hookCalls = 0;
  simple::rt::setErrorHook(recordingHook);
  rt_tuple_get(rt_tuple_new(1), 5);
  rt_value_int(RT_INT_MAX + 1);
  simple::rt::setErrorHook(nullptr);
  EXPECT_EQ(hookCalls, 2);
  EXPECT_EQ(hookCode, RT_ERROR_INT_OVERFLOW);
  EXPECT_EQ(hookMessage.rfind("rt_value_int: ", 0), 0u);
}

TEST(ErrorHook, NullRemovesTheHook) {
  hookCalls = 0;
  simple::rt::setErrorHook(recordingHook);
  simple::rt::setErrorHook(nullptr);
  rt_array_len(RT_NIL);
  EXPECT_EQ(hookCalls, 0);
}
