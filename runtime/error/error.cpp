#include "error/error.h"

#include <atomic>
#include <cstdarg>
#include <cstdio>

namespace simple::rt {
namespace {

/// The record is trivially destructible so that threads created behind the
/// runtime's back (pthread_create from JIT code) need no TLS destructor for it.
struct ErrorRecord {
  int64_t code = RT_ERROR_NONE;
  char message[256] = {};
};

thread_local ErrorRecord tlsError;
std::atomic<ErrorHook> errorHook{nullptr};

} // namespace

void recordError(RtErrorCode code, const char *function, const char *format, ...) noexcept {
  ErrorRecord &record = tlsError;
  record.code = code;
  int used = std::snprintf(record.message, sizeof record.message, "%s: ", function);
  if (used < 0 || static_cast<size_t>(used) >= sizeof record.message)
    used = 0;
  va_list arguments;
  va_start(arguments, format);
  std::vsnprintf(record.message + used, sizeof record.message - used, format, arguments);
  va_end(arguments);
  if (ErrorHook hook = errorHook.load(std::memory_order_acquire))
    hook(code, record.message);
}

int64_t lastErrorCode() noexcept { return tlsError.code; }

const char *lastErrorMessage() noexcept { return tlsError.message; }

void clearLastError() noexcept {
  tlsError.code = RT_ERROR_NONE;
  tlsError.message[0] = '\0';
}

void setErrorHookForAllThreads(ErrorHook hook) noexcept {
  errorHook.store(hook, std::memory_order_release);
}

void setErrorHook(ErrorHook hook) { setErrorHookForAllThreads(hook); }

} // namespace simple::rt
