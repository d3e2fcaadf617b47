// Alternate signal stacks for threads (fault_handler.h): installed before the
// start routine runs, released when the thread exits.
#include <simple/jit/fault_handler.h>

#include <gtest/gtest.h>

#include <cerrno>
#include <csignal>
#include <sys/mman.h>
#include <threads.h>

using namespace simple::jit;

namespace {

struct Seen {
  stack_t altStack{};
  int query = -1;
};

void *recordAltStack(void *argument) {
  auto *seen = static_cast<Seen *>(argument);
  seen->query = sigaltstack(nullptr, &seen->altStack);
  return argument;
}

int recordAltStackC11(void *argument) {
  recordAltStack(argument);
  return 17;
}

// True while [address, address + 1 page) is mapped.
bool isMapped(void *address) {
  auto page = reinterpret_cast<uintptr_t>(address) & ~uintptr_t(4095);
  return msync(reinterpret_cast<void *>(page), 4096, MS_ASYNC) == 0 || errno != ENOMEM;
}

} // namespace

TEST(ThreadAltStack, APthreadStartsOnItsOwnAlternateStackWhichIsUnmappedAtExit) {
  Seen seen;
  pthread_t thread;
  ASSERT_EQ(createThreadWithAltStack(&thread, nullptr, recordAltStack, &seen), 0);
  void *result = nullptr;
  ASSERT_EQ(pthread_join(thread, &result), 0);
  EXPECT_EQ(result, &seen) << "the start routine's result passes through";
  ASSERT_EQ(seen.query, 0);
  EXPECT_FALSE(seen.altStack.ss_flags & SS_DISABLE);
  EXPECT_EQ(seen.altStack.ss_size, 64u * 1024);
  EXPECT_FALSE(isMapped(seen.altStack.ss_sp)) << "the stack outlived its thread";
}

TEST(ThreadAltStack, AC11ThreadStartsOnOneToo) {
  Seen seen;
  thrd_t thread;
  ASSERT_EQ(createC11ThreadWithAltStack(&thread, recordAltStackC11, &seen), thrd_success);
  int result = 0;
  ASSERT_EQ(thrd_join(thread, &result), thrd_success);
  EXPECT_EQ(result, 17);
  EXPECT_FALSE(seen.altStack.ss_flags & SS_DISABLE);
  EXPECT_EQ(seen.altStack.ss_size, 64u * 1024);
}

TEST(ThreadAltStack, AThreadThatHasOneKeepsIt) {
  Seen seen[2];
  pthread_t thread;
  ASSERT_EQ(createThreadWithAltStack(
                &thread, nullptr,
                [](void *argument) -> void * {
                  auto *seen = static_cast<Seen *>(argument);
                  recordAltStack(&seen[0]);
                  EXPECT_TRUE(installAltStackForThisThread());
                  recordAltStack(&seen[1]);
                  return nullptr;
                },
                seen),
            0);
  ASSERT_EQ(pthread_join(thread, nullptr), 0);
  EXPECT_EQ(seen[0].altStack.ss_sp, seen[1].altStack.ss_sp);
  EXPECT_NE(seen[0].altStack.ss_sp, nullptr);
}

TEST(ThreadAltStack, FailuresOfPthreadCreateAreReturned) {
  pthread_attr_t attributes;
  pthread_attr_init(&attributes);
  // A stack larger than the address space cannot be mapped.
  ASSERT_EQ(pthread_attr_setstacksize(&attributes, size_t(1) << 62), 0);
  pthread_t thread;
  int result = createThreadWithAltStack(&thread, &attributes, recordAltStack, nullptr);
  EXPECT_NE(result, 0);
  pthread_attr_destroy(&attributes);
}
