// The IR optimisation pipeline run on every module before code generation.
#ifndef SIMPLE_JIT_OPTIMIZER_H
#define SIMPLE_JIT_OPTIMIZER_H

#include <simple/jit/options.h>

#include <llvm/Support/CodeGen.h>

#include <memory>
#include <mutex>

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

/// The code generator's level for an optimisation level.
llvm::CodeGenOptLevel codeGenLevel(OptLevel level);

/// The engine's IR transform: keepLinkonceDefinitions, then optimizeModule
/// with a TargetMachine for the host made on first use. Thread-safe: ORC may
/// transform on any compiling thread, and modules are optimised one at a time.
class ModuleOptimizer {
public:
  explicit ModuleOptimizer(OptLevel level);
  ~ModuleOptimizer();
  void optimize(llvm::Module &module);

private:
  const OptLevel level_;
  std::mutex mutex_;
  std::unique_ptr<llvm::TargetMachine> target_; // guarded by mutex_
};

} // namespace simple::jit

#endif // SIMPLE_JIT_OPTIMIZER_H
