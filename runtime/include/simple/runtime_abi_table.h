// The runtime ABI table at run time: one entry per rt_* function of
// runtime_abi.def, with its address and its signature spelled in C.
//
// The JIT registers every entry as an absolute symbol and checks IR
// declarations of rt_* names against the signature; the rt-abi-decls tool
// prints IR declarations from it. Nothing here allocates or blocks.
#ifndef SIMPLE_RUNTIME_ABI_TABLE_H
#define SIMPLE_RUNTIME_ABI_TABLE_H

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace simple::rt {

/// How a C type of the table is passed in LLVM IR.
enum class AbiType { Void, I64, Double, Ptr };

struct AbiFunction {
  std::string_view name;
  void *address;
  std::string_view returnType; ///< as written in the table, e.g. "RtValue"
  std::string_view parameters; ///< as written, e.g. "(RtValue array, int64_t index)"
};

/// Every function of runtime_abi.def, in table order.
std::span<const AbiFunction> abiFunctions();

/// The entry named `name`, or nullptr.
const AbiFunction *findAbiFunction(std::string_view name);

/// The IR type of a C type spelled in the table ("RtValue", "int64_t",
/// "double", "void", any pointer). Unknown spellings are a programming error
/// caught by the ABI test.
AbiType abiTypeOf(std::string_view cType);

/// The parameter types of an entry, in order ("(void)" has none).
std::vector<AbiType> abiParameterTypes(const AbiFunction &function);

/// The IR spelling of a type: "void", "i64", "double", "ptr".
std::string_view irTypeName(AbiType type);

/// The IR declaration of an entry, e.g. "declare i64 @rt_array_len(i64)".
std::string irDeclaration(const AbiFunction &function);

} // namespace simple::rt

#endif // SIMPLE_RUNTIME_ABI_TABLE_H
