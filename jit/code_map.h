// What the JIT knows about the code and data it has linked, kept for two
// users that cannot ask LLVM:
//   - the fault handler names the JIT'd function a faulting address lies in;
//   - the garbage collector scans the writable data of JIT'd modules
//     (globals holding runtime values are roots).
// CodeMapPlugin fills both from every JITLink graph; the function table is
// process-wide so that one signal handler serves every engine.
#ifndef SIMPLE_JIT_CODE_MAP_H
#define SIMPLE_JIT_CODE_MAP_H

#include <cstddef>
#include <cstdint>

namespace simple::jit {

/// Writes the name of the JIT'd function containing `address` into `name`
/// (NUL-terminated, truncated to `capacity`) and its offset into `offset`.
/// Returns false when no JIT'd function contains it. Every named symbol of
/// executable code is in the table (internal functions and every text section
/// included). Async-signal-safe for a fault handler on any thread: it takes
/// no lock and does not allocate, and finds the name even while another
/// thread is linking (see the protocol in code_map.cpp).
bool findJitFunction(uintptr_t address, char *name, size_t capacity, uintptr_t *offset);

} // namespace simple::jit

#endif // SIMPLE_JIT_CODE_MAP_H
