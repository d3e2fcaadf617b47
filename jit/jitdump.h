// Repairs the perf jitdump file written by LLVM 19.1's PerfSupportPlugin.
#ifndef SIMPLE_JIT_JITDUMP_H
#define SIMPLE_JIT_JITDUMP_H

namespace simple::jit {

/// LLVM 19.1.7 leaves the jitdump header's 64-bit `flags` field (bytes
/// 32-39) uninitialised, and `perf inject --jit` rejects such a file. Finds
/// this process's jit-<pid>.dump under $JITDUMPDIR/.debug/jit (or
/// $HOME/.debug/jit) and zeroes the field. Idempotent; does nothing when no
/// file exists.
void repairJitdumpHeader();

} // namespace simple::jit

#endif // SIMPLE_JIT_JITDUMP_H
