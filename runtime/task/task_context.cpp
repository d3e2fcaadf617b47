#include "task/task_context.h"

#include "gc/thread_registration.h"

#include <gc.h>

#include <atomic>
#include <new>

namespace simple::rt {
namespace {

std::atomic<int64_t> liveContexts{0};

// Per thread, three words and the fallback; all trivially destructible, so
// threads created behind the runtime's back need no TLS destructor unless
// they make a context of their own (then OwnContextReleaser is armed).
//
// tlsCurrent: the context of what runs on this thread; nullptr until the
// thread's first currentTask() (or after a scheduler swapped nullptr back in),
// which then stands for the thread's own.
constinit thread_local TaskContext *tlsCurrent = nullptr;
// tlsOwn: the thread's own context once made; the fallback after it was
// released at thread exit or when the heap could not provide one. Only this
// thread reads or writes these.
constinit thread_local TaskContext *tlsOwn = nullptr;
constinit thread_local TaskContext tlsFallback = {};

/// Releases the thread's own context when the thread exits. Constructed (and
/// so armed) only on threads that made one. Later calls on the exiting
/// thread (other thread-local destructors, atexit handlers on the main
/// thread) use the fallback, which inherits the record and the cursor.
struct OwnContextReleaser {
  ~OwnContextReleaser() {
    TaskContext *own = tlsOwn;
    if (!own || own == &tlsFallback)
      return;
    tlsFallback = *own;
    tlsOwn = &tlsFallback;
    if (tlsCurrent == own)
      tlsCurrent = &tlsFallback;
    deleteTaskContext(own);
  }
};

/// The thread's own context, made on first use.
[[gnu::cold]] TaskContext *ownContext() noexcept {
  if (TaskContext *own = tlsOwn)
    return own;
  TaskContext *made = newTaskContext();
  if (!made) {
    tlsOwn = &tlsFallback; // out of memory: the thread-local fallback, for good
    return tlsOwn;
  }
  tlsOwn = made;
  // Constructed after newTaskContext registered the thread with the
  // collector, so destroyed before the thread is unregistered
  // (thread-local destructors run in reverse order of construction).
  static thread_local OwnContextReleaser releaser;
  (void)releaser;
  return made;
}

} // namespace

TaskContext *currentTask() noexcept {
  if (TaskContext *current = tlsCurrent) [[likely]]
    return current;
  return tlsCurrent = ownContext();
}

TaskContext *currentTaskIfAny() noexcept { return tlsCurrent ? tlsCurrent : tlsOwn; }

TaskContext *swapCurrentTask(TaskContext *next) noexcept {
  TaskContext *previous = tlsCurrent;
  tlsCurrent = next;
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
