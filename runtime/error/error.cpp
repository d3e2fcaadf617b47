#include "error/error.h"

#include "task/task_context.h"

#include <atomic>
#include <cstdarg>
#include <cstdio>

namespace simple::rt {
namespace {

std::atomic<ErrorHook> errorHook{nullptr};

} // namespace

void recordError(RtErrorCode code, const char *function, const char *format, ...) noexcept {
  ErrorRecord &record = currentTask()->error;
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

// Leaf functions that cannot park: they read the task slots directly (see
// task_context.h), one load instead of a call.

/// The current context, or nullptr when the thread has made none yet.
static inline TaskContext *currentTaskInLeaf() noexcept {
  TaskContext *task = detail::tlsCurrentTask;
  return task ? task : detail::tlsOwnTask;
}

int64_t lastErrorCode() noexcept {
  TaskContext *task = currentTaskInLeaf();
  return task ? task->error.code : int64_t(RT_ERROR_NONE);
}

const char *lastErrorMessage() noexcept {
  TaskContext *task = currentTaskInLeaf();
  return task ? task->error.message : "";
}

void clearLastError() noexcept {
  if (TaskContext *task = currentTaskInLeaf()) {
    task->error.code = RT_ERROR_NONE;
    task->error.message[0] = '\0';
  }
}

void setErrorHookForAllThreads(ErrorHook hook) noexcept {
  errorHook.store(hook, std::memory_order_release);
}

void setErrorHook(ErrorHook hook) { setErrorHookForAllThreads(hook); }

} // namespace simple::rt
