// Reporting fatal signals raised inside JIT-compiled code.
#ifndef SIMPLE_JIT_FAULT_HANDLER_H
#define SIMPLE_JIT_FAULT_HANDLER_H

namespace simple::jit {

/// Installs handlers for SIGSEGV, SIGBUS, SIGFPE and SIGILL (on an alternate
/// stack, so stack overflows are reported too). On a fault the handler
/// flushes stdout when the fault is in JIT'd code, prints one line to stderr
/// naming the signal and, where it can be found, the JIT'd function and
/// offset (or the nearest JIT'd caller when the fault is in other code), and
/// ends the process with exit code 128 + the signal number. `toolName`
/// prefixes the line. Embedding hosts opt in; the engine never installs it.
/// Idempotent; not thread-safe against concurrent first calls.
void installFaultHandler(const char *toolName);

} // namespace simple::jit

#endif // SIMPLE_JIT_FAULT_HANDLER_H
