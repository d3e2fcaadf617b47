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
/// Returns false when no JIT'd function contains it or the table is busy.
/// Async-signal-safe enough for a fault handler: it only tries a lock and
/// copies bytes.
bool findJitFunction(uintptr_t address, char *name, size_t capacity, uintptr_t *offset);

} // namespace simple::jit

#endif // SIMPLE_JIT_CODE_MAP_H
