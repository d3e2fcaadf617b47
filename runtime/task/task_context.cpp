#include "task/task_context.h"

#include "gc/thread_registration.h"

#include <gc.h>

#include <atomic>
#include <new>

namespace simple::rt {
namespace {

std::atomic<int64_t> liveContexts{0};

} // namespace

namespace detail {
constinit thread_local TaskContext *tlsCurrentTask = nullptr;
constinit thread_local TaskContext *tlsOwnTask = nullptr;
} // namespace detail

using detail::tlsCurrentTask;
using detail::tlsOwnTask;

namespace {

// Per thread, the two slots (task_context.h) and the fallback; all trivially
// destructible, so
// threads created behind the runtime's back need no TLS destructor unless
// they make a context of their own (then OwnContextReleaser is armed).
//
// tlsOwnTask is the fallback after the thread's own context was released at
// thread exit or when the heap could not provide one. Only this thread reads
// or writes these.
constinit thread_local TaskContext tlsFallback = {};

/// Releases the thread's own context when the thread exits. Constructed (and
/// so armed) only on threads that made one. Later calls on the exiting
/// thread (other thread-local destructors, atexit handlers on the main
/// thread) use the fallback, which inherits the record and the cursor.
struct OwnContextReleaser {
  ~OwnContextReleaser() {
    TaskContext *own = tlsOwnTask;
    if (!own || own == &tlsFallback)
      return;
    tlsFallback = *own;
    tlsOwnTask = &tlsFallback;
    if (tlsCurrentTask == own)
      tlsCurrentTask = &tlsFallback;
    deleteTaskContext(own);
  }
};

} // namespace

/// The thread's own context, made on first use.
TaskContext *detail::ownTaskContext() noexcept {
  if (TaskContext *own = tlsOwnTask)
    return own;
  TaskContext *made = newTaskContext();
  if (!made) {
    tlsOwnTask = &tlsFallback; // out of memory: the thread-local fallback, for good
    return tlsOwnTask;
  }
  tlsOwnTask = made;
  // Constructed after newTaskContext registered the thread with the
  // collector, so destroyed before the thread is unregistered
  // (thread-local destructors run in reverse order of construction).
  static thread_local OwnContextReleaser releaser;
  (void)releaser;
  return made;
}

TaskContext *currentTask() noexcept {
  if (TaskContext *current = tlsCurrentTask) [[likely]]
    return current;
  return tlsCurrentTask = detail::ownTaskContext();
}

TaskContext *currentTaskIfAny() noexcept { return tlsCurrentTask ? tlsCurrentTask : tlsOwnTask; }

TaskContext *swapCurrentTask(TaskContext *next) noexcept {
  TaskContext *previous = tlsCurrentTask;
  tlsCurrentTask = next;
  return previous;
}

TaskContext *newTaskContext() noexcept {
  // Uncollectable: only deleteTaskContext frees it, whoever references it.
  // Not atomic: the collector scans it (see the storage rule in the header).
  ensureThreadRegistered();
  void *memory = GC_malloc_uncollectable(sizeof(TaskContext));
  if (!memory)
    return nullptr;
  liveContexts.fetch_add(1, std::memory_order_relaxed);
  return new (memory) TaskContext{};
}

void deleteTaskContext(TaskContext *context) noexcept {
  if (!context)
    return;
  context->~TaskContext();
  GC_free(context);
  liveContexts.fetch_sub(1, std::memory_order_relaxed);
}

int64_t liveTaskContexts() noexcept { return liveContexts.load(std::memory_order_relaxed); }

} // namespace simple::rt
