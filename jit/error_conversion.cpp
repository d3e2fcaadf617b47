#include "error_conversion.h"

#include "symbol_hints.h"

#include <llvm/ExecutionEngine/Orc/Core.h>
#include <llvm/ExecutionEngine/Orc/Shared/OrcError.h>

namespace simple::jit {

Error fromLlvm(llvm::Error error, ErrorCode fallback) {
  ErrorCode code = fallback;
  std::string message;
  auto addLine = [&](const std::string &line) { message += (message.empty() ? "" : "\n") + line; };
  llvm::handleAllErrors(
      std::move(error),
      [&](const llvm::orc::SymbolsNotFound &notFound) {
        code = ErrorCode::UndefinedSymbols;
        for (const auto &symbol : notFound.getSymbols()) {
          std::string name = (*symbol).str();
          addLine("undefined symbol '" + name + "' (" + undefinedSymbolHint(name) + ")");
        }
      },
      [&](const llvm::orc::DuplicateDefinition &duplicate) {
        code = ErrorCode::DuplicateDefinition;
        addLine("symbol '" + duplicate.getSymbolName() + "' is defined by more than one module");
      },
      [&](const llvm::ErrorInfoBase &other) { addLine(other.message()); });
  return Error(code, message);
}

std::string_view errorCodeName(ErrorCode code) {
  switch (code) {
  case ErrorCode::Success:
    return "success";
  case ErrorCode::InvalidArgument:
    return "invalid-argument";
  case ErrorCode::FileUnreadable:
    return "file-unreadable";
  case ErrorCode::InvalidIR:
    return "invalid-ir";
  case ErrorCode::VerifierFailed:
    return "verifier-failed";
  case ErrorCode::RuntimeAbiMismatch:
    return "runtime-abi-mismatch";
  case ErrorCode::UndefinedSymbols:
    return "undefined-symbols";
  case ErrorCode::EntryNotFound:
    return "entry-not-found";
  case ErrorCode::UnsupportedSignature:
    return "unsupported-signature";
  case ErrorCode::LibraryLoadFailed:
    return "library-load-failed";
  case ErrorCode::DuplicateDefinition:
    return "duplicate-definition";
  case ErrorCode::CompileFailed:
    return "compile-failed";
  case ErrorCode::Internal:
    return "internal";
  }
  return "unknown";
}

} // namespace simple::jit
