// Reporting fatal signals raised inside JIT-compiled code, on every thread.
#ifndef SIMPLE_JIT_FAULT_HANDLER_H
#define SIMPLE_JIT_FAULT_HANDLER_H

#include <pthread.h>
#include <threads.h>

namespace simple::jit {

/// Installs handlers for SIGSEGV, SIGBUS, SIGFPE and SIGILL (on an alternate
/// stack, so stack overflows are reported too) and gives the calling thread
/// an alternate signal stack. On a fault, on any thread, the handler flushes
/// stdout when the fault is in JIT'd code, prints one line to stderr naming
/// the signal and, where it can be found, the JIT'd function and offset (or
/// the nearest JIT'd caller when the fault is in other code), and ends the
/// process with exit code 128 + the signal number. `toolName` prefixes the
/// line. Embedding hosts opt in; the engine never installs it. Idempotent;
/// not thread-safe against concurrent first calls. Allocates the main
/// thread's alternate stack (64 KiB).
void installFaultHandler(const char *toolName);

/// Gives the calling thread an alternate signal stack (64 KiB and a guard
/// page, mmap'd) unless it has one, released when the thread exits (a
/// pthread key destructor, so after its thread_local destructors). Returns
/// false when the stack cannot be mapped. A stack overflow on a thread
/// without one kills the process before any handler can report it.
bool installAltStackForThisThread();

/// pthread_create whose new thread first installs an alternate signal stack
/// (installAltStackForThisThread), then runs start(arg). Same arguments,
/// result and errors as pthread_create (which it calls: the next definition
/// after the caller's object, libc's). The engine binds JIT'd code's
/// `pthread_create` and `thrd_create` to it; the simple-jit tool also
/// interposes the process's own `pthread_create` with it, so std::thread,
/// the collector's marker threads and the runtime's threads get one too.
/// Allocates a small start record (malloc).
int createThreadWithAltStack(pthread_t *thread, const pthread_attr_t *attributes,
                             void *(*start)(void *), void *argument);

/// thrd_create (C11 threads) through createThreadWithAltStack. Returns
/// thrd_success, thrd_nomem or thrd_error like thrd_create.
int createC11ThreadWithAltStack(thrd_t *thread, thrd_start_t start, void *argument);

} // namespace simple::jit

#endif // SIMPLE_JIT_FAULT_HANDLER_H
