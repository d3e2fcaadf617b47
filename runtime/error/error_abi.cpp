// rt_error_*: the per-thread last error, at the ABI.
#include "data/string.h"
#include "error/error.h"

#include <simple/runtime.h>

using namespace simple::rt;

extern "C" {

int64_t rt_error_code(void) noexcept { return lastErrorCode(); }

RtValue rt_error_message(void) noexcept { return newStringValue(lastErrorMessage()); }

void rt_error_clear(void) noexcept { clearLastError(); }

} // extern "C"
