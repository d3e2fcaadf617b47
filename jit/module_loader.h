// Reading LLVM IR (.ll text or .bc bitcode) into a module, and the checks
// that make bad input a clear error: parse errors with file:line:col and the
// offending line, and verifier failures (runtime_declarations.h checks the
// runtime ABI).
#ifndef SIMPLE_JIT_MODULE_LOADER_H
#define SIMPLE_JIT_MODULE_LOADER_H

#include <simple/jit/error.h>

#include <llvm/IR/DataLayout.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>
#include <llvm/TargetParser/Triple.h>

#include <memory>
#include <string>
#include <string_view>

namespace simple::jit {

/// A parsed module and the context that owns it.
struct LoadedModule {
  std::unique_ptr<llvm::LLVMContext> context;
  std::unique_ptr<llvm::Module> module;
};

/// Reads `path` and parses it. Errors: FileUnreadable, InvalidIR.
Expected<LoadedModule> loadModuleFile(const std::string &path);

/// Parses IR text or bitcode held in memory; `name` stands for the file name
/// in messages. Errors: InvalidIR.
Expected<LoadedModule> loadModuleFromMemory(std::string_view ir, std::string_view name);

/// Runs the IR verifier. Errors: VerifierFailed, with the verifier's report.
Error verifyModule(const llvm::Module &module);

/// Gives a module without a triple or data layout the host's; InvalidIR
/// when it names another architecture or a different data layout.
Error adaptToTarget(llvm::Module &module, const llvm::DataLayout &layout, const llvm::Triple &host);

/// The IR spelling of a type, e.g. "i64" or "i64 (i64, ptr)".
std::string describeType(const llvm::Type &type);

/// The IR spelling of a function's type, e.g. "i64 (i64, ptr)".
std::string describeFunctionType(const llvm::Function &function);

} // namespace simple::jit

#endif // SIMPLE_JIT_MODULE_LOADER_H
