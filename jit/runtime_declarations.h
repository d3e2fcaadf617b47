// How a module's declarations of runtime functions are bound to the runtime
// (spec section 6). A declaration with the table's exact signature is called
// directly. One that differs only in ways an adapter can bridge (Simple's
// compiler declares every runtime function with i64 everywhere, bools as i8,
// ids as i32) is bound to a small internal adapter that converts the
// arguments and the result and calls the real function; the adapter is
// always-inline, so at every level the call site calls the runtime directly.
// Anything else is a RuntimeAbiMismatch naming both signatures.
#ifndef SIMPLE_JIT_RUNTIME_DECLARATIONS_H
#define SIMPLE_JIT_RUNTIME_DECLARATIONS_H

#include <simple/jit/error.h>

#include <llvm/IR/Module.h>

namespace simple::jit {

/// Whether declarations that differ from the ABI table may be adapted.
enum class DeclarationPolicy {
  Adapt,  ///< bridge compatible declarations with adapters (the default)
  Strict, ///< every referenced declaration must match the table exactly
};

/// Checks every runtime function the module declares and, under Adapt,
/// rewrites compatible mismatched declarations into calls through adapters.
/// Unreferenced declarations are left alone whatever their type (front ends
/// declare whole runtimes up front). A module may not define a runtime
/// function. Errors: RuntimeAbiMismatch, one line per offending function;
/// the module is unchanged when an error is returned.
Error bindRuntimeDeclarations(llvm::Module &module, DeclarationPolicy policy);

} // namespace simple::jit

#endif // SIMPLE_JIT_RUNTIME_DECLARATIONS_H
