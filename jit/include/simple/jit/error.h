// Errors returned by the embedding API. No call of the API exits the process
// or throws: every fallible call returns an Error or an Expected<T>.
#ifndef SIMPLE_JIT_ERROR_H
#define SIMPLE_JIT_ERROR_H

#include <cassert>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace simple::jit {

/// What went wrong, coarse enough to choose an exit code or a recovery.
enum class ErrorCode {
  Success = 0,
  InvalidArgument,      ///< a caller's argument is unusable (empty name, bad handle)
  FileUnreadable,       ///< an input file could not be opened or read
  InvalidIR,            ///< the text or bitcode does not parse as LLVM IR
  VerifierFailed,       ///< the module parsed but the IR verifier rejected it
  RuntimeAbiMismatch,   ///< the module declares or defines an rt_* function wrongly
  UndefinedSymbols,     ///< references that no module, library or the runtime defines
  EntryNotFound,        ///< the entry function does not exist
  UnsupportedSignature, ///< the entry function's type cannot be called as main
  LibraryLoadFailed,    ///< a shared library given to --load could not be opened
  DuplicateDefinition,  ///< a module defines a symbol that another module already defines
  CompileFailed,        ///< optimisation, code generation or linking failed
  Internal,             ///< LLVM reported something this API does not classify
};

/// A short stable name for a code, e.g. "undefined-symbols".
std::string_view errorCodeName(ErrorCode code);

/// An error: a code and a human-readable message (one or more lines, no
/// trailing newline). A default-constructed Error means success.
class [[nodiscard]] Error {
public:
  Error() = default;
  Error(ErrorCode code, std::string message) : code_(code), message_(std::move(message)) {}

  /// A successful result.
  static Error success() { return Error(); }

  /// True when this is an error (not success).
  explicit operator bool() const { return code_ != ErrorCode::Success; }
  /// The error's code; ErrorCode::Success for success.
  ErrorCode code() const { return code_; }
  /// The message to show a user.
  const std::string &message() const { return message_; }

private:
  ErrorCode code_ = ErrorCode::Success;
  std::string message_;
};

/// A value of type T, or the Error that prevented it.
template <typename T> class [[nodiscard]] Expected {
public:
  Expected(T value) : storage_(std::move(value)) {}
  Expected(Error error) : storage_(std::move(error)) {
    assert(std::get<Error>(storage_) && "Expected constructed from a success Error");
  }

  /// True when a value is present.
  explicit operator bool() const { return std::holds_alternative<T>(storage_); }
  /// The value; only valid when operator bool() is true.
  T &operator*() { return std::get<T>(storage_); }
  const T &operator*() const { return std::get<T>(storage_); }
  T *operator->() { return &std::get<T>(storage_); }
  const T *operator->() const { return &std::get<T>(storage_); }
  /// The error; only valid when operator bool() is false.
  const Error &error() const { return std::get<Error>(storage_); }
  /// Moves the error out (success when a value is present).
  Error takeError() { return *this ? Error::success() : std::move(std::get<Error>(storage_)); }

private:
  std::variant<T, Error> storage_;
};

} // namespace simple::jit

#endif // SIMPLE_JIT_ERROR_H
