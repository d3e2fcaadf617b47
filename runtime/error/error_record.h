// The last-error record: what rt_error_code / rt_error_message read.
//
// A fixed buffer, so that recording never allocates and works on every
// failure path, out-of-memory included. One record belongs to each task
// context (task/task_context.h), not to a thread.
#ifndef SIMPLE_RT_ERROR_ERROR_RECORD_H
#define SIMPLE_RT_ERROR_ERROR_RECORD_H

#include <simple/error_codes.h>

#include <cstdint>

namespace simple::rt {

struct ErrorRecord {
  int64_t code = RT_ERROR_NONE;
  char message[256] = {}; ///< "function: reason", NUL-terminated, cut to fit
};

} // namespace simple::rt

#endif // SIMPLE_RT_ERROR_ERROR_RECORD_H
