// Helpers for the tests that share containers between threads.
#ifndef SIMPLE_TESTS_RUNTIME_SHARING_SUPPORT_H
#define SIMPLE_TESTS_RUNTIME_SHARING_SUPPORT_H

#include "test_support.h"

#include <atomic>
#include <functional>
#include <thread>
#include <vector>

namespace simple::test {

/// Runs body(0) .. body(threads - 1) on that many threads, released together
/// so that they overlap, and joins them.
inline void runTogether(int threads, const std::function<void(int)> &body) {
  std::atomic<int> waiting{threads};
  std::vector<std::thread> running;
  for (int t = 0; t < threads; ++t) {
    running.emplace_back([&, t] {
      waiting.fetch_sub(1);
      while (waiting.load() > 0)
        std::this_thread::yield();
      body(t);
    });
  }
  for (std::thread &thread : running)
    thread.join();
}

/// The int a thread stores as its i-th value: distinct for every (thread,
/// i), and recognisable as stored by storedBy.
inline RtValue storedValue(int thread, int64_t i) { return I(int64_t(thread + 1) << 32 | i); }

/// Whether v is a value storedValue made (thread and index within bounds).
inline bool isStoredValue(RtValue v, int threads, int64_t perThread) {
  if (!rt_is_int(v))
    return false;
  int64_t i = rt_decode_int(v);
  int64_t thread = (i >> 32) - 1, index = i & 0xFFFFFFFF;
  return thread >= 0 && thread < threads && index < perThread;
}

} // namespace simple::test

#endif // SIMPLE_TESTS_RUNTIME_SHARING_SUPPORT_H
