// Builds the run-time ABI table from runtime_abi.def.
#include <simple/runtime.h>
#include <simple/runtime_abi_table.h>

#include <algorithm>

namespace simple::rt {
namespace {

#define RT_FUNCTION(ReturnType, name, parameters)                                                  \
  AbiFunction{#name, reinterpret_cast<void *>(&name), #ReturnType, #parameters},
const AbiFunction kAbiFunctions[] = {
#include <simple/runtime_abi.def>
};
#undef RT_FUNCTION

std::string_view trim(std::string_view text) {
  while (!text.empty() && text.front() == ' ')
    text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ')
    text.remove_suffix(1);
  return text;
}

// "RtValue array" -> "RtValue", "const char *data" -> "const char *".
std::string_view typeOfParameter(std::string_view parameter) {
  parameter = trim(parameter);
  if (parameter.find('*') != std::string_view::npos)
    return parameter.substr(0, parameter.rfind('*') + 1);
  size_t space = parameter.rfind(' ');
  return space == std::string_view::npos ? parameter : trim(parameter.substr(0, space));
}

} // namespace

std::span<const AbiFunction> abiFunctions() { return kAbiFunctions; }

const AbiFunction *findAbiFunction(std::string_view name) {
  for (const AbiFunction &function : kAbiFunctions)
    if (function.name == name)
      return &function;
  return nullptr;
}

AbiType abiTypeOf(std::string_view cType) {
  cType = trim(cType);
  if (cType.find('*') != std::string_view::npos)
    return AbiType::Ptr;
  if (cType == "void")
    return AbiType::Void;
  if (cType == "double")
    return AbiType::Double;
  if (cType == "RtValue" || cType == "int64_t")
    return AbiType::I64;
  return AbiType::Void; // unknown spelling: the ABI table test rejects it
}

std::vector<AbiType> abiParameterTypes(const AbiFunction &function) {
  std::string_view list = function.parameters;
  list.remove_prefix(1); // "("
  list.remove_suffix(1); // ")"
  std::vector<AbiType> types;
  if (trim(list) == "void" || trim(list).empty())
    return types;
  while (!list.empty()) {
    size_t comma = list.find(',');
    types.push_back(abiTypeOf(typeOfParameter(list.substr(0, comma))));
    if (comma == std::string_view::npos)
      break;
    list.remove_prefix(comma + 1);
  }
  return types;
}

std::string_view irTypeName(AbiType type) {
  switch (type) {
  case AbiType::Void:
    return "void";
  case AbiType::I64:
    return "i64";
  case AbiType::Double:
    return "double";
  case AbiType::Ptr:
    return "ptr";
  }
  return "void";
}

std::string irDeclaration(const AbiFunction &function) {
  std::string text = "declare ";
  text += irTypeName(abiTypeOf(function.returnType));
  text += " @";
  text += function.name;
  text += "(";
  bool first = true;
  for (AbiType type : abiParameterTypes(function)) {
    if (!first)
      text += ", ";
    text += irTypeName(type);
    first = false;
  }
  text += ")";
  return text;
}

} // namespace simple::rt
