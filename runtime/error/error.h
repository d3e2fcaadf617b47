// The per-thread last-error record behind rt_error_code / rt_error_message.
//
// Each thread keeps the code, the name of the rt_* function that failed and a
// reason of the last error it met. Recording never allocates (the record is
// a fixed buffer in thread-local storage), so it is safe on every failure
// path, out-of-memory included. After recording, the host's error hook (see
// <simple/runtime_host.h>) is called on the same thread.
#ifndef SIMPLE_RT_ERROR_ERROR_H
#define SIMPLE_RT_ERROR_ERROR_H

#include <simple/error_codes.h>
#include <simple/runtime_host.h>

#include <cstdint>

namespace simple::rt {

/// Records an error for the calling thread: `function` is the rt_* name
/// (a string literal), the reason is printf-formatted. Then calls the hook.
[[gnu::cold]] [[gnu::format(printf, 3, 4)]] void recordError(RtErrorCode code, const char *function,
                                                             const char *format, ...) noexcept;

/// The code of this thread's last error (RT_ERROR_NONE when none).
int64_t lastErrorCode() noexcept;

/// This thread's last error as "function: reason" (an empty string when
/// none). The pointer stays valid until this thread records or clears an
/// error.
const char *lastErrorMessage() noexcept;

/// Forgets this thread's last error.
void clearLastError() noexcept;

/// Installs the process-wide hook (nullptr removes it).
void setErrorHookForAllThreads(ErrorHook hook) noexcept;

} // namespace simple::rt

#endif // SIMPLE_RT_ERROR_ERROR_H
