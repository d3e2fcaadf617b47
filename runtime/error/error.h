// The last-error record behind rt_error_code / rt_error_message.
//
// Each task (a plain thread, or later a fiber: see task/task_context.h) keeps
// the code, the name of the rt_* function that failed and a reason of the
// last error it met. The record is a fixed buffer (error_record.h), so
// recording never allocates beyond a plain thread's first error, which makes
// the thread's context (and falls back to thread-local storage when even
// that fails): it is safe on every failure path, out-of-memory included.
// After recording, the host's error hook (see <simple/runtime_host.h>) is
// called on the same thread.
#ifndef SIMPLE_RT_ERROR_ERROR_H
#define SIMPLE_RT_ERROR_ERROR_H

#include <simple/error_codes.h>
#include <simple/runtime_host.h>

#include <cstdint>

namespace simple::rt {

/// Records an error for the current task: `function` is the rt_* name
/// (a string literal), the reason is printf-formatted. Then calls the hook.
[[gnu::cold]] [[gnu::format(printf, 3, 4)]] void recordError(RtErrorCode code, const char *function,
                                                             const char *format, ...) noexcept;

/// The code of the current task's last error (RT_ERROR_NONE when none).
/// Makes no context, as the next two: a task without one has no error.
[[gnu::noinline]] int64_t lastErrorCode() noexcept;

/// The current task's last error as "function: reason" (an empty string
/// when none). The pointer stays valid until the task records or clears an
/// error, or its context is released.
[[gnu::noinline]] const char *lastErrorMessage() noexcept;

/// Forgets the current task's last error.
[[gnu::noinline]] void clearLastError() noexcept;

/// Installs the process-wide hook (nullptr removes it).
void setErrorHookForAllThreads(ErrorHook hook) noexcept;

} // namespace simple::rt

#endif // SIMPLE_RT_ERROR_ERROR_H
