// The IR optimisation pipeline run on every module before code generation.
#ifndef SIMPLE_JIT_OPTIMIZER_H
#define SIMPLE_JIT_OPTIMIZER_H

#include <simple/jit/options.h>

namespace llvm {
class Module;
class TargetMachine;
} // namespace llvm

namespace simple::jit {

/// Runs LLVM's default pipeline for `level` on `module` (the O0 pipeline only
/// handles always-inline functions). `targetMachine` supplies target cost
/// models. Not thread-safe for one TargetMachine: callers serialise.
void optimizeModule(llvm::Module &module, OptLevel level, llvm::TargetMachine &targetMachine);

/// Turns linkonce definitions into weak ones so the optimiser cannot delete a
/// definition ORC has already promised to provide (GlobalDCE removes unused
/// linkonce_odr functions such as clang's __clang_call_terminate).
void keepLinkonceDefinitions(llvm::Module &module);

} // namespace simple::jit

#endif // SIMPLE_JIT_OPTIMIZER_H
