// The host-facing C++ API of the runtime: what the JIT (or any embedding
// program) calls around the rt_* functions that compiled code calls.
//
// Every function here is thread-safe. None of them allocates from the
// garbage-collected heap.
#ifndef SIMPLE_RUNTIME_HOST_H
#define SIMPLE_RUNTIME_HOST_H

#include <cstdint>

namespace simple::rt {

/// Sets the runtime up: initialises the garbage collector for a
/// multi-threaded process (GC_INIT, then GC_allow_register_threads so that
/// threads the runtime did not create can register themselves) and the
/// runtime's global state. Idempotent and thread-safe.
///
/// Note: the runtime also calls this from a static constructor, so it has
/// normally happened before main(). If the first call happens on another
/// thread than the main thread, the collector cannot find the main thread's
/// stack: call it from the main thread when in doubt.
void initialize();

/// Called on the erring thread each time an error is recorded, with the code
/// (RtErrorCode) and the message "function: reason" (valid during the call).
using ErrorHook = void (*)(int64_t code, const char *message);

/// Installs `hook` for every thread, replacing the previous one; nullptr
/// removes it. simple-jit uses it for --stop-on-error.
///
/// Note: the hook runs inside the rt_* function that failed. It may exit the
/// process, print or count; it must not unwind.
void setErrorHook(ErrorHook hook);

/// Makes the words in [begin, end) roots of the collector: every value or
/// pointer stored there keeps its object alive. The JIT passes each
/// JIT-compiled module's writable data sections. Wraps GC_add_roots.
void addRoots(void *begin, void *end);

/// Ends a range added by addRoots (the same begin and end), for example when
/// a module is removed. Wraps GC_remove_roots.
void removeRoots(void *begin, void *end);

/// Flushes the runtime's buffered stdout and stderr output (C stdio, so
/// printf output of compiled C code is flushed too). Call before the process
/// blocks for input or hands the terminal to someone else; exit() flushes
/// anyway.
void flushOutput();

} // namespace simple::rt

#endif // SIMPLE_RUNTIME_HOST_H
