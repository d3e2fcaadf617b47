#include "entry_call.h"

#include "module_loader.h"

#include <llvm/IR/DerivedTypes.h>

extern char **environ;

namespace simple::jit {

EntryShape entryShapeOf(const llvm::Function &function) {
  EntryShape shape;
  llvm::FunctionType *type = function.getFunctionType();
  shape.typeText = describeFunctionType(function);
  llvm::Type *result = type->getReturnType();
  if (result->isVoidTy())
    shape.returnsVoid = true;
  else if (result->isIntegerTy() && result->getIntegerBitWidth() <= 64)
    shape.resultBits = result->getIntegerBitWidth();
  else
    return shape;
  if (type->isVarArg())
    return shape;
  // Any prefix of (argc, argv, envp), as lli accepts.
  unsigned count = type->getNumParams();
  if (count > 3)
    return shape;
  if (count >= 1) {
    llvm::Type *argc = type->getParamType(0);
    if (!argc->isIntegerTy(32) && !argc->isIntegerTy(64))
      return shape;
    for (unsigned i = 1; i < count; ++i)
      if (!type->getParamType(i)->isPointerTy())
        return shape;
  }
  shape.parameterCount = count;
  shape.supported = true;
  return shape;
}

Error checkEntryShape(std::string_view entry, const EntryShape &shape) {
  if (shape.supported)
    return Error::success();
  return Error(ErrorCode::UnsupportedSignature,
               "entry function '" + std::string(entry) + "' has type '" + shape.typeText +
                   "'; supported: an integer or void result and parameters (), "
                   "(i32), (i32, ptr) or (i32, ptr, ptr)");
}

int64_t callEntry(void *code, const EntryShape &shape, std::string_view argv0,
                  const std::vector<std::string> &args) {
  std::vector<std::string> storage;
  storage.emplace_back(argv0);
  storage.insert(storage.end(), args.begin(), args.end());
  std::vector<char *> argv;
  for (std::string &arg : storage)
    argv.push_back(arg.data());
  argv.push_back(nullptr);
  // An i32 argc is passed in a 64-bit register: the callee reads the low
  // half.
  auto argc = static_cast<int64_t>(storage.size());

  if (shape.returnsVoid) {
    if (shape.parameterCount == 0)
      reinterpret_cast<void (*)()>(code)();
    else if (shape.parameterCount == 1)
      reinterpret_cast<void (*)(int64_t)>(code)(argc);
    else if (shape.parameterCount == 2)
      reinterpret_cast<void (*)(int64_t, char **)>(code)(argc, argv.data());
    else
      reinterpret_cast<void (*)(int64_t, char **, char **)>(code)(argc, argv.data(), environ);
    return 0;
  }
  int64_t raw;
  if (shape.parameterCount == 0)
    raw = reinterpret_cast<int64_t (*)()>(code)();
  else if (shape.parameterCount == 1)
    raw = reinterpret_cast<int64_t (*)(int64_t)>(code)(argc);
  else if (shape.parameterCount == 2)
    raw = reinterpret_cast<int64_t (*)(int64_t, char **)>(code)(argc, argv.data());
  else
    raw =
        reinterpret_cast<int64_t (*)(int64_t, char **, char **)>(code)(argc, argv.data(), environ);
  // A result narrower than 64 bits is read from the low bits of the result
  // register (the x86-64 and AArch64 calling conventions leave the upper bits
  // unspecified) and sign-extended.
  if (shape.resultBits == 1)
    return raw & 1;
  if (shape.resultBits < 64)
    return static_cast<int64_t>(static_cast<uint64_t>(raw) << (64 - shape.resultBits)) >>
           (64 - shape.resultBits);
  return raw;
}

} // namespace simple::jit
