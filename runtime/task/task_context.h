// Per-task state: what belongs to the piece of work that is running, not to
// the thread that happens to run it.
//
// Once fibers exist, a thread is a worker: a fiber that parks may resume on
// another worker, and other fibers run on this one meanwhile. So the state a
// program can observe as "its own" - the last-error record and the cursor
// that numbers objects - lives in a TaskContext, and each thread reaches the
// context of whatever runs on it through one thread-local pointer, which a
// scheduler swaps when it switches stacks (swapCurrentTask). A plain thread
// (the main thread, a pthread the program made) gets a context of its own on
// first use, released when the thread exits.
//
// Invariants:
//   - Reached only through currentTask(), a call the compiler cannot inline:
//     a compiler may keep a thread-local's address in a register across a
//     call, and after a call that parks (and resumes on another worker) that
//     address is another thread's. Never cache the pointer across anything
//     that can park.
//   - A context is current on at most one thread at a time, and the thread
//     it is current on is the only one that reads or writes it (no locks).
//     A scheduler that moves a task to another worker swaps it out on the
//     old worker before swapping it in on the new one (the switch itself
//     orders the memory).
//   - Every context lives in memory the collector scans: newTaskContext
//     allocates it uncollectable but scanned, so heap references kept in a
//     context (the current fiber or actor, later) keep their objects alive.
//     The one exception is the per-thread fallback (task_context.cpp), used
//     when the heap cannot provide a thread's own context and after the
//     thread's own was released at exit: it is plain thread-local storage,
//     so it holds no heap references (nothing in a context does today).
//   - Valid until deleteTaskContext; it must not be current anywhere then.
#ifndef SIMPLE_RT_TASK_TASK_CONTEXT_H
#define SIMPLE_RT_TASK_TASK_CONTEXT_H

#include "error/error_record.h"
#include "gc/serial_cursor.h"

#include <cstdint>

namespace simple::rt {

struct TaskContext {
  ErrorRecord error;    ///< rt_error_code / rt_error_message
  SerialCursor serials; ///< nextObjectSerial (gc/heap.h)
  // Room for the scheduler: the current fiber and actor go here (heap
  // references: the storage rule above keeps them visible to the collector).
};

namespace detail {
// The thread's slots (task_context.cpp). tlsCurrentTask: the current context,
// nullptr until the thread's first currentTask() or after a scheduler swapped
// nullptr back in, which then stands for the thread's own; tlsOwnTask: the
// thread's own context once made. Read directly only inside a function that
// is not inlined and cannot park (the error readers, nextObjectSerial): the
// call boundary keeps any caller from holding the slot's address across a
// park. Everything else goes through currentTask().
extern constinit thread_local TaskContext *tlsCurrentTask;
extern constinit thread_local TaskContext *tlsOwnTask;
[[gnu::cold]] TaskContext *ownTaskContext() noexcept;
} // namespace detail

/// The context of the task running on this thread; on a plain thread's first
/// call, a context of its own (made now, released at thread exit). Never
/// null. Not inlined, on purpose (see above). May allocate (the first call
/// on a thread, uncollectable memory) and then registers the thread with
/// the collector.
[[gnu::noinline]] TaskContext *currentTask() noexcept;

/// The current context if this thread has one, else nullptr (a plain thread
/// before its first currentTask()). Never allocates: for readers that would
/// only find an empty context.
[[gnu::noinline]] TaskContext *currentTaskIfAny() noexcept;

/// Makes `next` the current context of this thread and returns the one that
/// was current. nullptr stands for the thread's own context (made on first
/// use if need be), in both directions: a scheduler that swaps a task in and
/// the returned value back restores whatever the thread had. Never blocks,
/// never allocates.
TaskContext *swapCurrentTask(TaskContext *next) noexcept;

/// A fresh context (no error recorded, no serial block taken yet) in
/// uncollectable, scanned memory; nullptr when the heap is exhausted.
/// Allocates; registers the calling thread with the collector.
TaskContext *newTaskContext() noexcept;

/// Releases a context made by newTaskContext. It must not be current on any
/// thread. nullptr is ignored.
void deleteTaskContext(TaskContext *context) noexcept;

/// How many contexts newTaskContext made that are not yet deleted (threads'
/// own contexts included): for tests and diagnostics.
int64_t liveTaskContexts() noexcept;

} // namespace simple::rt

#endif // SIMPLE_RT_TASK_TASK_CONTEXT_H
