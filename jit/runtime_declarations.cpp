#include "runtime_declarations.h"

#include "module_index.h"
#include "module_loader.h"

#include <simple/runtime_abi_table.h>

#include <llvm/IR/Constants.h>
#include <llvm/IR/IRBuilder.h>
#include <llvm/Transforms/Utils/Cloning.h>

#include <optional>
#include <vector>

namespace simple::jit {
namespace {

llvm::Type *irTypeOf(rt::AbiType type, llvm::LLVMContext &context) {
  switch (type) {
  case rt::AbiType::Void:
    return llvm::Type::getVoidTy(context);
  case rt::AbiType::I64:
    return llvm::Type::getInt64Ty(context);
  case rt::AbiType::Double:
    return llvm::Type::getDoubleTy(context);
  case rt::AbiType::Ptr:
    return llvm::PointerType::getUnqual(context);
  }
  return nullptr;
}

std::string describeAbiSignature(const rt::AbiFunction &function) {
  std::string text(rt::irTypeName(rt::abiTypeOf(function.returnType)));
  text += " (";
  bool first = true;
  for (rt::AbiType type : rt::abiParameterTypes(function)) {
    text += first ? "" : ", ";
    text += rt::irTypeName(type);
    first = false;
  }
  return text + ")";
}

/// The runtime's own signature as an IR function type.
llvm::FunctionType *abiFunctionType(const rt::AbiFunction &function, llvm::LLVMContext &context) {
  std::vector<llvm::Type *> parameters;
  for (rt::AbiType type : rt::abiParameterTypes(function))
    parameters.push_back(irTypeOf(type, context));
  return llvm::FunctionType::get(irTypeOf(rt::abiTypeOf(function.returnType), context), parameters,
                                 /*isVarArg=*/false);
}

bool isIntegerUpTo64(const llvm::Type *type) {
  return type->isIntegerTy() && type->getIntegerBitWidth() <= 64;
}

// An argument the caller declares as `declared` can be handed to a runtime
// parameter of type `runtime`: the same type; ptr and i64 either way; a
// narrower integer zero-extended to i64 (Simple's ids and indices are
// unsigned). A pointer is never narrower than 64 bits, and a double is
// never an integer.
bool canPassArgument(const llvm::Type *declared, rt::AbiType runtime) {
  switch (runtime) {
  case rt::AbiType::I64:
    return isIntegerUpTo64(declared) || declared->isPointerTy();
  case rt::AbiType::Ptr:
    return declared->isPointerTy() || declared->isIntegerTy(64);
  case rt::AbiType::Double:
    return declared->isDoubleTy();
  case rt::AbiType::Void:
    return false;
  }
  return false;
}

// A runtime result of type `runtime` can be read as `declared`: discarded
// (void); ptr and i64 either way; the low bits of an integer or pointer
// (Simple declares bool results as i8); or, for a function that returns
// nothing, zero as any integer or a null pointer.
bool canReturnResult(rt::AbiType runtime, const llvm::Type *declared) {
  if (declared->isVoidTy())
    return true;
  switch (runtime) {
  case rt::AbiType::Void:
  case rt::AbiType::I64:
  case rt::AbiType::Ptr:
    return isIntegerUpTo64(declared) || declared->isPointerTy();
  case rt::AbiType::Double:
    return declared->isDoubleTy();
  }
  return false;
}

/// Why a declaration cannot be bridged to the runtime's signature, or
/// nothing when an adapter can bridge it.
std::optional<std::string> unbridgeable(const llvm::FunctionType &declared,
                                        const rt::AbiFunction &function) {
  if (declared.isVarArg())
    return std::string("it is declared variadic");
  std::vector<rt::AbiType> parameters = rt::abiParameterTypes(function);
  if (declared.getNumParams() < parameters.size())
    return "it passes " + std::to_string(declared.getNumParams()) + " argument" +
           (declared.getNumParams() == 1 ? "" : "s") + " where the runtime takes " +
           std::to_string(parameters.size());
  for (size_t i = 0; i < parameters.size(); ++i)
    if (!canPassArgument(declared.getParamType(i), parameters[i]))
      return "parameter " + std::to_string(i + 1) + " is '" +
             describeType(*declared.getParamType(i)) + "' where the runtime takes '" +
             std::string(rt::irTypeName(parameters[i])) + "'";
  rt::AbiType result = rt::abiTypeOf(function.returnType);
  if (!canReturnResult(result, declared.getReturnType()))
    return "the result is declared '" + describeType(*declared.getReturnType()) +
           "' where the runtime returns '" + std::string(rt::irTypeName(result)) + "'";
  return std::nullopt;
}

llvm::Value *convertArgument(llvm::IRBuilder<> &builder, llvm::Value *value, llvm::Type *to) {
  llvm::Type *from = value->getType();
  if (from == to)
    return value;
  if (from->isPointerTy())
    return builder.CreatePtrToInt(value, to);
  if (to->isPointerTy())
    return builder.CreateIntToPtr(value, to);
  return builder.CreateZExt(value, to);
}

llvm::Value *convertResult(llvm::IRBuilder<> &builder, llvm::Value *value, llvm::Type *to) {
  if (!value) // the runtime function returns nothing: read as 0 / null
    return llvm::Constant::getNullValue(to);
  llvm::Type *from = value->getType();
  if (from == to)
    return value;
  if (to->isPointerTy())
    return builder.CreateIntToPtr(value, to);
  if (from->isPointerTy())
    return builder.CreatePtrToInt(value, to); // truncates to a narrower integer
  return builder.CreateTrunc(value, to);
}

// Turns `declared` (a declaration of a runtime function with a compatible
// but different type) into an internal always-inline adapter with the same
// type, and declares the runtime function under its own name with the
// table's type. Every use of the old declaration (calls, stored addresses)
// now reaches the adapter, so nothing else in the module changes.
void adaptDeclaration(llvm::Function &declared, const rt::AbiFunction &function) {
  llvm::Module &module = *declared.getParent();
  llvm::LLVMContext &context = module.getContext();
  std::string name = declared.getName().str();
  declared.setName(name + ".simple_adapter");
  llvm::Function *runtime = llvm::Function::Create(
      abiFunctionType(function, context), llvm::GlobalValue::ExternalLinkage, name, module);

  // The declaration's attributes and metadata described the runtime
  // function (memory effects, a debug declaration); none of them holds for
  // the adapter's body.
  declared.setAttributes(llvm::AttributeList());
  declared.clearMetadata();
  declared.setComdat(nullptr);
  declared.setLinkage(llvm::GlobalValue::InternalLinkage);
  declared.setVisibility(llvm::GlobalValue::DefaultVisibility);
  declared.setDLLStorageClass(llvm::GlobalValue::DefaultStorageClass);
  declared.addFnAttr(llvm::Attribute::AlwaysInline);
  declared.addFnAttr(llvm::Attribute::NoUnwind);

  llvm::IRBuilder<> builder(llvm::BasicBlock::Create(context, "entry", &declared));
  std::vector<llvm::Value *> arguments;
  llvm::FunctionType *runtimeType = runtime->getFunctionType();
  for (unsigned i = 0; i < runtimeType->getNumParams(); ++i) // extra trailing ones are dropped
    arguments.push_back(convertArgument(builder, declared.getArg(i), runtimeType->getParamType(i)));
  llvm::CallInst *call = builder.CreateCall(runtime, arguments);
  llvm::Type *resultType = declared.getReturnType();
  if (resultType->isVoidTy()) {
    builder.CreateRetVoid();
    return;
  }
  llvm::Value *result = runtimeType->getReturnType()->isVoidTy() ? nullptr : call;
  builder.CreateRet(convertResult(builder, result, resultType));
}

// Inlines the adapter into every direct call of it now, before any
// optimisation: the call sites then call the runtime directly at every
// level, also under lazy compilation, which would otherwise put the adapter
// in a partition of its own behind a stub. The adapter survives only if its
// address is taken (or a call site's type differs from its own).
void inlineAdapter(llvm::Function &adapter) {
  std::vector<llvm::CallBase *> calls;
  for (llvm::User *user : adapter.users())
    if (auto *call = llvm::dyn_cast<llvm::CallBase>(user);
        call && call->getCalledOperand() == &adapter &&
        call->getFunctionType() == adapter.getFunctionType())
      calls.push_back(call);
  for (llvm::CallBase *call : calls) {
    llvm::InlineFunctionInfo info;
    (void)llvm::InlineFunction(*call, info); // a tiny body: inlining cannot fail
  }
  if (adapter.use_empty())
    adapter.eraseFromParent();
}

bool matchesExactly(const llvm::Function &declared, const rt::AbiFunction &function) {
  return declared.getFunctionType() == abiFunctionType(function, declared.getContext());
}

} // namespace

Error bindRuntimeDeclarations(llvm::Module &module, DeclarationPolicy policy) {
  std::string problems;
  std::vector<std::pair<llvm::Function *, const rt::AbiFunction *>> toAdapt;
  for (llvm::Function &function : module) {
    llvm::StringRef name = function.getName();
    const rt::AbiFunction *entry = rt::findAbiFunction(std::string_view(name.data(), name.size()));
    if (!entry)
      continue;
    std::string where = module.getModuleIdentifier() + ": '" + name.str() + "'";
    if (!function.isDeclaration()) {
      problems += where + " is a runtime function; a module may declare it but not define it\n";
      continue;
    }
    // A declaration nothing uses cannot call wrongly (front ends declare
    // whole runtimes up front): only referenced ones must fit.
    if (matchesExactly(function, *entry) || !isReferenced(function))
      continue;
    std::optional<std::string> reason = unbridgeable(*function.getFunctionType(), *entry);
    if (!reason && policy == DeclarationPolicy::Adapt) {
      toAdapt.emplace_back(&function, entry);
      continue;
    }
    problems += where + " is declared as '" + describeFunctionType(function) +
                "' but the runtime defines '" + describeAbiSignature(*entry) + "'";
    problems +=
        reason ? " (" + *reason + ")\n" : " (an adapter could bridge it, but adapters are off)\n";
  }
  if (!problems.empty()) {
    problems.pop_back();
    return Error(ErrorCode::RuntimeAbiMismatch, problems);
  }
  for (auto [function, entry] : toAdapt) {
    adaptDeclaration(*function, *entry);
    inlineAdapter(*function);
  }
  return Error::success();
}

} // namespace simple::jit
