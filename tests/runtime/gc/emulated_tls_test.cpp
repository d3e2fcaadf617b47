// Thread-locals of JIT-compiled code (emulated TLS): instances per thread,
// initial values, alignment, scanned by the collector, released at thread
// exit.
#include "test_support.h"

#include "gc/collector.h"

#include <simple/emulated_tls.h>

#include <gc.h>

#include <atomic>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <thread>

using namespace simple::test;
using simple::rt::emulatedTlsAddress;
using simple::rt::EmulatedTlsControl;

namespace {

std::atomic<int> gFinalized{0};
void countFinalized(void *) { gFinalized.fetch_add(1); }

// Stores, in the calling thread's instance of `control`, a new array whose
// only reference is that instance; the array's storage reports its
// collection through gFinalized.
[[gnu::noinline]] void keepOnlyInThreadLocal(EmulatedTlsControl *control) {
  RtValue array = rt_array_new(0);
  rt_array_push(array, I(42));
  simple::rt::setFinalizer(rt_decode_heap(array), countFinalized);
  *static_cast<RtValue *>(emulatedTlsAddress(control)) = array;
}

// Collections with allocation in between (finalizers run on allocation).
[[gnu::noinline]] void collectAndAllocate(int rounds) {
  for (int i = 0; i < rounds; ++i) {
    rt_gc_collect();
    for (int j = 0; j < 100; ++j)
      rt_array_push(rt_array_new(0), I(j));
    GC_invoke_finalizers();
  }
}

// Runs `store` on a new thread, then `collect` on this thread while the new
// one waits, then `check` on the new thread. The collections run on the main
// thread while the other is blocked in a condition wait: under
// ThreadSanitizer, bdwgc's stop-the-world signal to a thread blocked in
// pthread_join often goes unanswered and it aborts with "Signals delivery
// fails constantly" (docs/debugging.md).
template <typename Store, typename Collect, typename Check>
void storeCollectCheck(Store store, Collect collect, Check check) {
  std::mutex mutex;
  std::condition_variable changed;
  int stage = 0; // 1: stored, 2: collected
  std::thread worker([&] {
    store();
    std::unique_lock lock(mutex);
    stage = 1;
    changed.notify_all();
    changed.wait(lock, [&] { return stage == 2; });
    lock.unlock();
    check();
  });
  {
    std::unique_lock lock(mutex);
    changed.wait(lock, [&] { return stage == 1; });
  }
  collect();
  {
    std::lock_guard lock(mutex);
    stage = 2;
  }
  changed.notify_all();
  worker.join();
}

TEST(EmulatedTls, EachThreadGetsItsOwnInstanceStartingFromTheInitialValue) {
  static const int64_t initial[2] = {7, 9};
  EmulatedTlsControl control{sizeof initial, alignof(int64_t), 0, initial};
  auto *mine = static_cast<int64_t *>(emulatedTlsAddress(&control));
  ASSERT_NE(mine, nullptr);
  EXPECT_EQ(mine[0], 7);
  EXPECT_EQ(mine[1], 9);
  mine[0] = 100;
  EXPECT_EQ(emulatedTlsAddress(&control), mine);
  int64_t *theirs = nullptr;
  int64_t theirFirst = 0;
  std::thread([&] {
    theirs = static_cast<int64_t *>(emulatedTlsAddress(&control));
    theirFirst = theirs[0];
  }).join();
  EXPECT_NE(theirs, mine);
  EXPECT_EQ(theirFirst, 7);
  EXPECT_EQ(mine[0], 100);
}

TEST(EmulatedTls, ZeroInitialisedAndAlignedAsAsked) {
  EmulatedTlsControl zeroed{256, 8, 0, nullptr};
  auto *bytes = static_cast<unsigned char *>(emulatedTlsAddress(&zeroed));
  ASSERT_NE(bytes, nullptr);
  for (int i = 0; i < 256; ++i)
    ASSERT_EQ(bytes[i], 0) << i;
  EmulatedTlsControl aligned{8, 256, 0, nullptr};
  auto address = reinterpret_cast<uintptr_t>(emulatedTlsAddress(&aligned));
  ASSERT_NE(address, 0u);
  EXPECT_EQ(address % 256, 0u);
}

TEST(EmulatedTls, RejectsNullAndOversizedVariables) {
  EXPECT_EQ(emulatedTlsAddress(nullptr), nullptr);
  EmulatedTlsControl huge{uintptr_t(1) << 40, 8, 0, nullptr};
  EXPECT_EQ(emulatedTlsAddress(&huge), nullptr);
  EmulatedTlsControl overAligned{8, uintptr_t(1) << 20, 0, nullptr};
  EXPECT_EQ(emulatedTlsAddress(&overAligned), nullptr);
}

TEST(EmulatedTls, ManyVariablesOnOneThreadKeepTheirValuesAsTheTableGrows) {
  constexpr int kCount = 100;
  static EmulatedTlsControl controls[kCount];
  for (EmulatedTlsControl &control : controls)
    control = {sizeof(RtValue), alignof(RtValue), 0, nullptr};
  storeCollectCheck(
      [] {
        for (int i = 0; i < kCount; ++i)
          *static_cast<RtValue *>(emulatedTlsAddress(&controls[i])) =
              str("value " + std::to_string(i));
      },
      [] { collectAndAllocate(5); },
      [] {
        for (int i = 0; i < kCount; ++i)
          EXPECT_EQ(text(*static_cast<RtValue *>(emulatedTlsAddress(&controls[i]))),
                    "value " + std::to_string(i));
      });
}

TEST(EmulatedTls, AValueHeldOnlyInAThreadLocalSurvivesWhileItsThreadLivesAndIsReleasedAfter) {
  static EmulatedTlsControl control{sizeof(RtValue), alignof(RtValue), 0, nullptr};
  gFinalized.store(0);
  storeCollectCheck([] { keepOnlyInThreadLocal(&control); },
                    [] {
                      collectAndAllocate(20);
                      EXPECT_EQ(gFinalized.load(), 0) << "collected while its thread holds it";
                    },
                    [] {
                      RtValue kept = *static_cast<RtValue *>(emulatedTlsAddress(&control));
                      EXPECT_EQ(rt_array_len(kept), 1);
                      EXPECT_EQ(rt_value_as_int(rt_array_get(kept, 0)), 42);
                    });
  for (int i = 0; i < 50 && gFinalized.load() == 0; ++i)
    collectAndAllocate(1);
  EXPECT_EQ(gFinalized.load(), 1) << "not released when its thread exited";
}

} // namespace
