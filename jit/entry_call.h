// Calling an entry function like a C main, through a pointer of its own
// shape.
#ifndef SIMPLE_JIT_ENTRY_CALL_H
#define SIMPLE_JIT_ENTRY_CALL_H

#include <simple/jit/error.h>

#include <llvm/IR/Function.h>

#include <string>
#include <string_view>
#include <vector>

namespace simple::jit {

/// How a function can be called as main.
struct EntryShape {
  bool supported = false;
  bool returnsVoid = false;
  unsigned resultBits = 0;     // of an integer result
  unsigned parameterCount = 0; // a prefix of (argc, argv, envp): 0 to 3
  std::string typeText;        // the IR type, for messages
};

/// The shape of `function`: supported for an integer (up to 64 bits) or
/// void result and parameters a prefix of (argc, argv, envp): (), (i32|i64),
/// (i32|i64, ptr) or (i32|i64, ptr, ptr).
EntryShape entryShapeOf(const llvm::Function &function);

/// UnsupportedSignature naming `entry` and its type when the shape is not
/// supported; success otherwise.
Error checkEntryShape(std::string_view entry, const EntryShape &shape);

/// Calls `code` (a supported shape) with argc/argv built from `argv0` and
/// `args` (NULL-terminated) and, for three parameters, the environment.
/// Returns the result sign-extended from its width (1-bit results are 0 or
/// 1), 0 for void.
int64_t callEntry(void *code, const EntryShape &shape, std::string_view argv0,
                  const std::vector<std::string> &args);

} // namespace simple::jit

#endif // SIMPLE_JIT_ENTRY_CALL_H
