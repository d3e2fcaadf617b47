// The per-container lock: a sequence lock, which is a writers' lock and a
// version for optimistic readers in one word.
//
// Protocol (every array and dict keeps it; see data/array.h, data/dict.h):
//   - The sequence is even while no writer holds the lock, odd while one
//     does. A writer takes the lock with a compare-and-swap from even s to
//     s + 1 and releases it by storing s + 2, so every completed write moves
//     the sequence on.
//   - A writer mutates the container only between lock() and unlock(). It
//     stores every word that readers may read with an atomic store (relaxed:
//     the fences below order them), and publishes new storage with a release
//     store after filling it, so that a reader that sees the new storage sees
//     its contents.
//   - A reader calls beginRead(), reads what it needs with atomic loads, and
//     keeps the result only if endRead(begin) says no writer started or
//     finished meanwhile. Readers never write, so any number of them run in
//     parallel with each other and never slow a writer down.
//   - Between beginRead and endRead a reader may see a state half-way through
//     a write, so everything it does there must be safe on such a state:
//     storage is never freed by hand (the collector keeps an old buffer alive
//     while a reader still points into it), and each reader bounds its
//     indexes by the storage it actually loaded. Nothing a reader computes
//     from a torn state escapes: endRead fails and the reader retries.
//   - A reader that keeps failing (a writer that writes all the time) takes
//     the lock itself (readLocked), so readers always make progress.
//
// Memory orders (the seqlock recipe of Boehm, "Can seqlocks get along with
// programming language memory models?"): lock() is an acquire CAS followed by
// a release fence, so no data store moves above the odd sequence; unlock() is
// a release store; beginRead() is an acquire load; endRead() is an acquire
// fence then a relaxed load. On x86-64 only the CAS costs anything.
//
// Waiting: the lock spins briefly, then yields the processor. Critical
// sections are short (a push, a set, a probe) except growth, which copies.
// Once code runs on fibers a waiting fiber still spins and yields its thread:
// a writer never parks while holding a container lock, so the holder is
// always running or runnable.
#ifndef SIMPLE_RT_SYNC_SEQUENCE_LOCK_H
#define SIMPLE_RT_SYNC_SEQUENCE_LOCK_H

#include "sync/shared_words.h"

#include <atomic>
#include <cstdint>

namespace simple::rt {

class SequenceLock {
public:
  /// Takes the lock (waits while another writer holds it). Never allocates.
  void lock() noexcept {
    uint64_t current = sequence.load(std::memory_order_relaxed);
    if ((current & 1) != 0 ||
        !sequence.compare_exchange_weak(current, current + 1, std::memory_order_acquire,
                                        std::memory_order_relaxed)) [[unlikely]]
      lockContended();
    fence(std::memory_order_release);
  }

  /// Releases the lock taken by this thread.
  void unlock() noexcept {
    sequence.store(sequence.load(std::memory_order_relaxed) + 1, std::memory_order_release);
  }

  /// Starts an optimistic read: the sequence to hand to endRead.
  uint64_t beginRead() const noexcept { return sequence.load(std::memory_order_acquire); }

  /// Whether everything read since beginRead returned `begin` belongs to one
  /// state of the container (no writer was active when the read began, and
  /// none has finished since).
  bool endRead(uint64_t begin) const noexcept {
    fence(std::memory_order_acquire);
    return (begin & 1) == 0 && sequence.load(kValidationOrder) == begin;
  }

  /// Whether a writer holds the lock now (for assertions and tests).
  bool isLocked() const noexcept { return (sequence.load(std::memory_order_relaxed) & 1) != 0; }

private:
  [[gnu::noinline]] void lockContended() noexcept;

#ifdef SIMPLE_RT_TSAN
  // ThreadSanitizer does not model fences (and warns about them). Every word
  // the protocol shares is atomic, so it has no race to report either way;
  // it gets a sequentially consistent validation load instead of the fence.
  static void fence(std::memory_order) noexcept {}
  static constexpr std::memory_order kValidationOrder = std::memory_order_seq_cst;
#else
  static void fence(std::memory_order order) noexcept { std::atomic_thread_fence(order); }
  static constexpr std::memory_order kValidationOrder = std::memory_order_relaxed;
#endif

  std::atomic<uint64_t> sequence{0};
};
static_assert(sizeof(SequenceLock) == 8);

/// Holds a container's lock for a scope.
class WriteGuard {
public:
  explicit WriteGuard(SequenceLock &lock) noexcept : held(lock) { held.lock(); }
  ~WriteGuard() { held.unlock(); }
  WriteGuard(const WriteGuard &) = delete;
  WriteGuard &operator=(const WriteGuard &) = delete;

private:
  SequenceLock &held;
};

/// How many optimistic attempts a reader makes before it takes the lock.
inline constexpr int kOptimisticAttempts = 4;

/// Runs `read` (a callable returning a value) so that its result belongs to
/// one state of the container: optimistically up to kOptimisticAttempts
/// times, then under the lock. `read` must be safe on a torn state (see the
/// protocol above) and must not take any container lock itself.
template <class Read> inline auto readConsistently(SequenceLock &lock, Read read) {
  for (int attempt = 0; attempt < kOptimisticAttempts; ++attempt) {
    uint64_t begin = lock.beginRead();
    if ((begin & 1) == 0) [[likely]] {
      auto result = read();
      if (lock.endRead(begin)) [[likely]]
        return result;
    }
  }
  WriteGuard guard(lock);
  return read();
}

} // namespace simple::rt

#endif // SIMPLE_RT_SYNC_SEQUENCE_LOCK_H
