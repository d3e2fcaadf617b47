#include "sync/sequence_lock.h"

#include <sched.h>

namespace simple::rt {
namespace {

inline void pauseProcessor() noexcept {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#elif defined(__aarch64__)
  asm volatile("yield");
#endif
}

/// Spins before the first yield: about the time of a short critical section
/// (a push or a set). Beyond it the holder has most likely been preempted,
/// and yielding lets it run (on this 2-core VM with more threads than cores,
/// pure spinning would keep the holder off the processor for a whole slice).
constexpr int kSpinsBeforeYield = 64;

} // namespace

void SequenceLock::lockContended() noexcept {
  for (int spins = 0;; ++spins) {
    uint64_t current = sequence.load(std::memory_order_relaxed);
    if ((current & 1) == 0 &&
        sequence.compare_exchange_weak(current, current + 1, std::memory_order_acquire,
                                       std::memory_order_relaxed))
      return;
    if (spins < kSpinsBeforeYield)
      pauseProcessor();
    else
      sched_yield();
  }
}

} // namespace simple::rt
