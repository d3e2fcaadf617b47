// Registering threads the runtime did not create with the collector.
//
// bdwgc scans the stacks and registers of registered threads only, and a
// collection started from an unregistered thread aborts the process. Threads
// that JIT-compiled code starts call pthread_create directly (not
// GC_pthread_create), and std::thread does too, so every rt_* path that
// allocates or hands out heap values calls ensureThreadRegistered() first.
//
// The check is one thread-local flag (allocation is a hot path). The slow
// path registers the thread with its stack base and arms a thread-local
// object whose destructor unregisters it when the thread exits. Threads the
// collector already knows (the main thread, threads made by
// GC_pthread_create) are only marked, never unregistered by the runtime.
#ifndef SIMPLE_RT_GC_THREAD_REGISTRATION_H
#define SIMPLE_RT_GC_THREAD_REGISTRATION_H

namespace simple::rt {
namespace detail {
extern constinit thread_local bool tlsThreadRegistered;
void registerThisThreadSlow() noexcept;
} // namespace detail

/// Makes sure the calling thread is registered with the collector.
inline void ensureThreadRegistered() noexcept {
  if (!detail::tlsThreadRegistered) [[unlikely]]
    detail::registerThisThreadSlow();
}

} // namespace simple::rt

#endif // SIMPLE_RT_GC_THREAD_REGISTRATION_H
