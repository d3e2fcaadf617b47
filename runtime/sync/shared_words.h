// Reading and writing words of containers that other threads read at the
// same time (see sync/sequence_lock.h for the protocol that makes the
// results consistent).
//
// Every such word is accessed atomically - relaxed, which on x86-64 and
// AArch64 is the plain load or store - so that concurrent reads and writes
// are well-defined and ThreadSanitizer sees no race. Bulk copies use memcpy/
// memmove where the compiler would otherwise give up vectorising; under
// ThreadSanitizer they go word by word with atomics instead, so the tool
// checks the same accesses the protocol relies on (an aligned 8-byte access
// is single-copy atomic on these processors either way).
#ifndef SIMPLE_RT_SYNC_SHARED_WORDS_H
#define SIMPLE_RT_SYNC_SHARED_WORDS_H

#include <cstddef>
#include <cstdint>
#include <cstring>

#if defined(__SANITIZE_THREAD__)
#define SIMPLE_RT_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define SIMPLE_RT_TSAN 1
#endif
#endif

namespace simple::rt {

template <class T> inline T loadShared(const T *word) noexcept {
  return __atomic_load_n(word, __ATOMIC_RELAXED);
}

template <class T> inline void storeShared(T *word, T value) noexcept {
  __atomic_store_n(word, value, __ATOMIC_RELAXED);
}

/// Loads a pointer to storage that a writer published with publishShared:
/// the storage's contents are then visible.
template <class T> inline T *loadPublished(T *const *slot) noexcept {
  return __atomic_load_n(slot, __ATOMIC_ACQUIRE);
}

/// Publishes filled storage (see loadPublished).
template <class T> inline void publishShared(T **slot, T *storage) noexcept {
  __atomic_store_n(slot, storage, __ATOMIC_RELEASE);
}

/// Copies n words out of storage other threads may read (and, under a
/// writer's lock, that only this thread writes) into memory no other thread
/// sees yet, or the reverse.
inline void copySharedWords(uint64_t *to, const uint64_t *from, size_t n) noexcept {
#ifdef SIMPLE_RT_TSAN
  for (size_t i = 0; i < n; ++i)
    storeShared(to + i, loadShared(from + i));
#else
  if (n)
    std::memcpy(to, from, n * sizeof(uint64_t));
#endif
}

/// Moves n words within storage that other threads read while this thread
/// holds the writer's lock (the ranges may overlap).
inline void moveSharedWords(uint64_t *to, const uint64_t *from, size_t n) noexcept {
#ifdef SIMPLE_RT_TSAN
  if (to < from) {
    for (size_t i = 0; i < n; ++i)
      storeShared(to + i, loadShared(from + i));
  } else {
    for (size_t i = n; i-- > 0;)
      storeShared(to + i, loadShared(from + i));
  }
#else
  if (n)
    std::memmove(to, from, n * sizeof(uint64_t));
#endif
}

} // namespace simple::rt

#endif // SIMPLE_RT_SYNC_SHARED_WORDS_H
