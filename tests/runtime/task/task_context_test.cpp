// Per-task state (runtime/task/task_context.h): the last error and the
// object-serial cursor belong to the context that is current, which a
// scheduler swaps; plain threads get their own.
#include "test_support.h"

#include "task/task_context.h"

#include <cstdlib>
#include <string>
#include <thread>

using namespace simple::test;
using simple::rt::currentTask;
using simple::rt::deleteTaskContext;
using simple::rt::liveTaskContexts;
using simple::rt::newTaskContext;
using simple::rt::swapCurrentTask;
using simple::rt::TaskContext;

namespace {

/// The N of an object printed as <object#N>.
uint64_t serialOf(RtValue object) {
  std::string text = printed(object);
  EXPECT_EQ(text.rfind("<object#", 0), 0u) << text;
  return std::strtoull(text.c_str() + 8, nullptr, 10);
}

/// Two fresh contexts, deleted (after swapping the thread's own back in) at
/// the end of the test.
struct TwoContexts : ::testing::Test {
  TaskContext *a = newTaskContext();
  TaskContext *b = newTaskContext();
  TaskContext *original = nullptr;
  void SetUp() override {
    ASSERT_NE(a, nullptr);
    ASSERT_NE(b, nullptr);
  }
  void TearDown() override {
    swapCurrentTask(original);
    deleteTaskContext(a);
    deleteTaskContext(b);
  }
};

} // namespace

TEST_F(TwoContexts, SwappedOnOneThreadKeepSeparateErrors) {
  rt_error_clear();
  rt_value_int(RT_INT_MAX + 1); // the thread's own error
  original = swapCurrentTask(a);
  EXPECT_EQ(currentTask(), a);
  EXPECT_EQ(rt_error_code(), RT_ERROR_NONE); // a fresh context has none
  rt_array_len(RT_NIL);
  swapCurrentTask(b);
  EXPECT_EQ(currentTask(), b);
  EXPECT_EQ(rt_error_code(), RT_ERROR_NONE);
  rt_array_get(rt_array_new(0), 3);
  swapCurrentTask(a);
  EXPECT_EQ(rt_error_code(), RT_ERROR_WRONG_KIND);
  EXPECT_EQ(lastError(), "rt_array_len: expected an array, got a nil");
  swapCurrentTask(b);
  EXPECT_EQ(rt_error_code(), RT_ERROR_OUT_OF_RANGE);
  EXPECT_EQ(lastError(), "rt_array_get: index 3 out of range for length 0");
  rt_error_clear();
  swapCurrentTask(a);
  EXPECT_EQ(rt_error_code(), RT_ERROR_WRONG_KIND); // clearing b left a alone
  EXPECT_EQ(swapCurrentTask(original), a);
  EXPECT_EQ(rt_error_code(), RT_ERROR_INT_OVERFLOW);
  EXPECT_EQ(lastError().rfind("rt_value_int: ", 0), 0u);
  rt_error_clear();
}

TEST_F(TwoContexts, SwappedOnOneThreadKeepSeparateSerialSequences) {
  original = swapCurrentTask(a);
  uint64_t a1 = serialOf(rt_object_new(1, 0)), a2 = serialOf(rt_object_new(1, 0));
  swapCurrentTask(b);
  uint64_t b1 = serialOf(rt_object_new(1, 0)), b2 = serialOf(rt_object_new(1, 0));
  swapCurrentTask(a);
  uint64_t a3 = serialOf(rt_object_new(1, 0));
  swapCurrentTask(b);
  uint64_t b3 = serialOf(rt_object_new(1, 0));
  swapCurrentTask(original);
  // Each context numbers on from its own block; the blocks do not overlap.
  EXPECT_EQ(a2, a1 + 1);
  EXPECT_EQ(a3, a2 + 1);
  EXPECT_EQ(b2, b1 + 1);
  EXPECT_EQ(b3, b2 + 1);
  EXPECT_TRUE(b1 > a3 || b3 < a1) << a1 << ".." << a3 << " and " << b1 << ".." << b3;
}

TEST_F(TwoContexts, ValuesStayRightAfterSwapsAndACollection) {
  original = swapCurrentTask(a);
  RtValue object = rt_object_new(2, 2);
  rt_object_field_set(object, 0, str("kept"));
  RtValue tuple = rt_tuple_new(2);
  rt_tuple_set(tuple, 0, object);
  rt_tuple_set(tuple, 1, rt_closure_new(nullptr, 1));
  std::string before = printed(tuple);
  rt_array_len(I(1));
  swapCurrentTask(b);
  rt_gc_collect();
  rt_object_new(1, 0); // b numbers on from its own block
  swapCurrentTask(a);
  rt_gc_collect();
  EXPECT_EQ(printed(tuple), before);
  EXPECT_EQ(text(rt_object_field_get(object, 0)), "kept");
  EXPECT_EQ(rt_error_code(), RT_ERROR_WRONG_KIND);
  EXPECT_EQ(serialOf(rt_object_new(1, 0)), serialOf(object) + 2); // object, closure, this
  swapCurrentTask(original);
}

TEST(TaskContext, AFreshThreadGetsItsOwnContext) {
  rt_array_len(RT_NIL);
  TaskContext *mine = currentTask();
  TaskContext *theirs = nullptr;
  int64_t codeAtStart = -1, codeAfter = -1;
  std::thread([&] {
    codeAtStart = rt_error_code();
    rt_value_int(RT_INT_MAX + 1);
    codeAfter = rt_error_code();
    theirs = currentTask();
  }).join();
  EXPECT_EQ(codeAtStart, RT_ERROR_NONE);
  EXPECT_EQ(codeAfter, RT_ERROR_INT_OVERFLOW);
  EXPECT_NE(theirs, nullptr);
  EXPECT_NE(theirs, mine);
  EXPECT_EQ(currentTask(), mine);
  EXPECT_EQ(rt_error_code(), RT_ERROR_WRONG_KIND);
  rt_error_clear();
}

TEST(TaskContext, ThreadExitReleasesTheThreadsOwnContext) {
  int64_t before = liveTaskContexts();
  int64_t during = -1;
  std::thread([&] {
    rt_array_len(RT_NIL); // the first error makes the thread's context
    during = liveTaskContexts();
  }).join();
  EXPECT_EQ(during, before + 1);
  EXPECT_EQ(liveTaskContexts(), before);
}

TEST(TaskContext, AThreadThatOnlyReadsTheErrorMakesNoContext) {
  int64_t before = liveTaskContexts();
  int64_t during = -1, code = -1;
  std::thread([&] {
    code = rt_error_code();
    rt_error_clear();
    during = liveTaskContexts();
  }).join();
  EXPECT_EQ(code, RT_ERROR_NONE);
  EXPECT_EQ(during, before);
}

TEST(TaskContext, SwappingNullBackRestoresTheThreadsOwnContext) {
  std::thread([] {
    TaskContext *task = newTaskContext();
    ASSERT_NE(task, nullptr);
    TaskContext *previous = swapCurrentTask(task); // before any use: nullptr
    EXPECT_EQ(previous, nullptr);
    rt_array_len(RT_NIL);
    EXPECT_EQ(swapCurrentTask(previous), task);
    EXPECT_EQ(rt_error_code(), RT_ERROR_NONE); // the thread's own, made now
    TaskContext *own = currentTask();
    EXPECT_NE(own, task);
    swapCurrentTask(task);
    EXPECT_EQ(rt_error_code(), RT_ERROR_WRONG_KIND);
    EXPECT_EQ(swapCurrentTask(nullptr), task);
    EXPECT_EQ(currentTask(), own);
    deleteTaskContext(task);
  }).join();
}

TEST(TaskContext, AContextIsReleasedByDelete) {
  int64_t before = liveTaskContexts();
  TaskContext *task = newTaskContext();
  ASSERT_NE(task, nullptr);
  EXPECT_EQ(liveTaskContexts(), before + 1);
  deleteTaskContext(task);
  EXPECT_EQ(liveTaskContexts(), before);
  deleteTaskContext(nullptr);
  EXPECT_EQ(liveTaskContexts(), before);
}
