// Turning LLVM's errors into the embedding API's Error, classifying the cases
// a user can act on.
#ifndef SIMPLE_JIT_ERROR_CONVERSION_H
#define SIMPLE_JIT_ERROR_CONVERSION_H

#include <simple/jit/error.h>

#include <llvm/Support/Error.h>

namespace simple::jit {

/// Consumes `error`: missing symbols become UndefinedSymbols (each with a
/// hint), duplicate definitions DuplicateDefinition, anything else `fallback`
/// with LLVM's message. Several errors give one line each.
Error fromLlvm(llvm::Error error, ErrorCode fallback);

} // namespace simple::jit

#endif // SIMPLE_JIT_ERROR_CONVERSION_H
