// The ABI table (runtime_abi.def) at run time: every entry is a well-formed,
// callable rt_* function.
#include "test_support.h"

#include <simple/runtime_abi_table.h>

#include <set>
#include <string>

using namespace simple::test;
using simple::rt::AbiFunction;

namespace {

/// The type spellings the table may use.
bool isKnownType(std::string_view type) {
  while (!type.empty() && type.back() == ' ')
    type.remove_suffix(1);
  while (!type.empty() && type.front() == ' ')
    type.remove_prefix(1);
  if (type == "RtValue" || type == "int64_t" || type == "double" || type == "void")
    return true;
  // Pointer types: "const char *", "void *", "char *", ...
  if (!type.empty() && type.back() == '*') {
    type.remove_suffix(1);
    while (!type.empty() && type.back() == ' ')
      type.remove_suffix(1);
    if (type.substr(0, 6) == "const ")
      type.remove_prefix(6);
    return type == "char" || type == "void" || type == "RtValue" || type == "int64_t";
  }
  return false;
}

/// The parameter spellings of an entry, names removed: "(RtValue a, int64_t
/// i)" -> {"RtValue", "int64_t"}; "(void)" -> {}.
std::vector<std::string> parameterTypes(const AbiFunction &function) {
  std::string_view list = function.parameters;
  EXPECT_TRUE(list.size() >= 2 && list.front() == '(' && list.back() == ')') << function.name;
  list = list.substr(1, list.size() - 2);
  std::vector<std::string> types;
  if (list == "void" || list.empty())
    return types;
  while (true) {
    size_t comma = list.find(',');
    std::string parameter(list.substr(0, comma));
    size_t star = parameter.rfind('*');
    size_t space = parameter.find_last_of(' ');
    if (star != std::string::npos)
      types.push_back(parameter.substr(0, star + 1));
    else
      types.push_back(parameter.substr(0, space));
    if (comma == std::string_view::npos)
      break;
    list.remove_prefix(comma + 1);
  }
  return types;
}

/// Calls an entry through a generic signature with harmless bad input: nil
/// for values, 0 for integers, 0.0 for doubles, NULL for pointers. Every
/// parameter travels in an integer register except doubles; with at most 3
/// parameters of which at most 1 is a double, the calling convention of
/// (i64, i64, i64) / (double) covers every shape the table has.
void callWithHarmlessInput(const AbiFunction &function) {
  std::vector<simple::rt::AbiType> types = simple::rt::abiParameterTypes(function);
  uint64_t integers[4] = {0, 0, 0, 0};
  size_t count = 0;
  bool hasDouble = false;
  std::vector<std::string> spelled = parameterTypes(function);
  for (size_t i = 0; i < types.size(); ++i) {
    if (types[i] == simple::rt::AbiType::Double) {
      hasDouble = true;
      continue;
    }
    integers[count++] = spelled[i] == "RtValue" ? RT_NIL : 0;
  }
  ASSERT_LE(count, 4u) << function.name;
  auto address = function.address;
  if (hasDouble) {
    ASSERT_EQ(count, 0u) << function.name << ": mixed double and integer parameters";
    reinterpret_cast<void (*)(double)>(address)(0.0);
  } else {
    reinterpret_cast<void (*)(uint64_t, uint64_t, uint64_t, uint64_t)>(address)(
        integers[0], integers[1], integers[2], integers[3]);
  }
}

} // namespace

TEST(AbiTable, HasEntries) { EXPECT_GT(simple::rt::abiFunctions().size(), 60u); }

TEST(AbiTable, EveryEntryHasAnAddress) {
  for (const AbiFunction &function : simple::rt::abiFunctions())
    EXPECT_NE(function.address, nullptr) << function.name;
}

TEST(AbiTable, NamesAreUniqueAndStartWithRt) {
  std::set<std::string_view> seen;
  for (const AbiFunction &function : simple::rt::abiFunctions()) {
    EXPECT_EQ(function.name.substr(0, 3), "rt_") << function.name;
    EXPECT_TRUE(seen.insert(function.name).second) << "duplicate " << function.name;
  }
}

TEST(AbiTable, EveryReturnAndParameterTypeIsAKnownSpelling) {
  for (const AbiFunction &function : simple::rt::abiFunctions()) {
    EXPECT_TRUE(isKnownType(function.returnType))
        << function.name << " returns " << function.returnType;
    for (const std::string &type : parameterTypes(function))
      EXPECT_TRUE(isKnownType(type)) << function.name << " takes " << type;
    EXPECT_EQ(parameterTypes(function).size(), simple::rt::abiParameterTypes(function).size())
        << function.name;
  }
}

TEST(AbiTable, FindsEntriesByName) {
  const AbiFunction *function = simple::rt::findAbiFunction("rt_array_get");
  ASSERT_NE(function, nullptr);
  EXPECT_EQ(function->address, reinterpret_cast<void *>(&rt_array_get));
  EXPECT_EQ(simple::rt::irDeclaration(*function), "declare i64 @rt_array_get(i64, i64)");
  EXPECT_EQ(simple::rt::findAbiFunction("rt_no_such_function"), nullptr);
}

TEST(AbiTable, EveryEntryIsCallableWithHarmlessBadInput) {
  testing::internal::CaptureStdout();
  testing::internal::CaptureStderr();
  for (const AbiFunction &function : simple::rt::abiFunctions()) {
    if (function.name == "rt_gc_disable" || function.name == "rt_gc_enable")
      continue; // called as a pair below
    rt_error_clear();
    callWithHarmlessInput(function);
  }
  rt_gc_disable();
  rt_gc_enable();
  std::fflush(stdout);
  testing::internal::GetCapturedStdout();
  testing::internal::GetCapturedStderr();
}
