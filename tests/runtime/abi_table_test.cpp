// The ABI table (runtime_abi.def) at run time: every entry is a well-formed,
// callable rt_* function.
#include "test_support.h"

#include <simple/runtime_abi_table.h>

#include <bit>
#include <map>
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

constexpr uint64_t kGarbage = 0x4; ///< tag 4: bits that are no value
int onTheStack;                    ///< its address is no rt_alloc block

/// What an entry of the table does with one bad input, as runtime_abi.def
/// documents it: the arguments, the error value it returns and the error
/// code it records. Entries that no input can fail (rt_value_nil, ...) are
/// listed with a valid call, their documented result and RT_ERROR_NONE.
struct BadCall {
  std::vector<uint64_t> arguments; ///< integer-register arguments
  uint64_t result = 0;             ///< the result's bits (ignored for void)
  int64_t code = RT_ERROR_NONE;
  double doubleArgument = 0;   ///< for the one entry taking a double
  std::string resultText = {}; ///< when set, the result is a string with these bytes
};

/// Every entry's documented answer to bad input.
std::map<std::string_view, BadCall> documentedBadCalls() {
  const uint64_t nil = RT_NIL;
  const uint64_t minus1 = static_cast<uint64_t>(-1);
  const uint64_t null = 0;
  const int64_t kind = RT_ERROR_WRONG_KIND, bad = RT_ERROR_BAD_VALUE,
                argument = RT_ERROR_BAD_ARGUMENT;
  const uint64_t stackAddress = reinterpret_cast<uintptr_t>(&onTheStack);
  return {
      // errors: no input can fail
      {"rt_error_code", {{}, 0}},
      {"rt_error_message", {{}, 0, RT_ERROR_NONE, 0, ""}},
      {"rt_error_clear", {{}}},
      // values
      {"rt_value_int", {{uint64_t(RT_INT_MAX) + 1}, nil, RT_ERROR_INT_OVERFLOW}},
      {"rt_value_float", {{}, rt_encode_float(0.0), RT_ERROR_NONE, 0.0}},
      {"rt_value_bool", {{0}, RT_FALSE}},
      {"rt_value_nil", {{}, nil}},
      {"rt_value_as_int", {{nil}, 0, kind}},
      {"rt_value_as_float", {{nil}, 0, kind}}, // 0.0: all bits zero
      {"rt_value_as_bool", {{nil}, 0, kind}},
      {"rt_value_is_nil", {{kGarbage}, 0}},   // never an error
      {"rt_value_is_int", {{kGarbage}, 0}},   // never an error
      {"rt_value_is_float", {{kGarbage}, 0}}, // never an error
      {"rt_value_is_bool", {{kGarbage}, 0}},  // never an error
      {"rt_value_is_heap", {{kGarbage}, 0, bad}},
      {"rt_value_truthy", {{kGarbage}, 0, bad}},
      {"rt_value_eq", {{kGarbage, kGarbage}, 0, bad}},
      {"rt_value_hash", {{kGarbage}, 0, bad}},
      {"rt_value_type_name", {{kGarbage}, 0, bad, 0, "invalid"}},
      {"rt_ptr_to_value", {{null}, nil, argument}},
      {"rt_value_to_ptr", {{nil}, null, kind}},
      // printing: bits that are no value print as <invalid>
      {"rt_print_value", {{kGarbage}, 0, bad}},
      {"rt_println_value", {{kGarbage}, 0, bad}},
      {"rt_eprint_value", {{kGarbage}, 0, bad}},
      {"rt_eprintln_value", {{kGarbage}, 0, bad}},
      {"rt_print_str", {{null, 5}, 0, argument}},
      {"rt_println_str", {{null, 5}, 0, argument}},
      {"rt_eprint_str", {{null, 5}, 0, argument}},
      {"rt_eprintln_str", {{null, 5}, 0, argument}},
      // memory and GC (rt_gc_enable and rt_gc_disable: see the test)
      {"rt_alloc", {{minus1}, null, argument}},
      {"rt_free", {{stackAddress}, 0, argument}},
      {"rt_gc_collect", {{}}},
      {"rt_gc_stats", {{99}, minus1, argument}},
      {"rt_gc_enable", {{}, 0, RT_ERROR_BAD_STATE}},
      {"rt_gc_disable", {{}}},
      {"rt_unique_new", {{kGarbage}, nil, bad}},
      {"rt_unique_get", {{nil}, nil, kind}},
      {"rt_unique_set", {{nil, nil}, RT_FALSE, kind}},
      {"rt_unique_needs_trace", {{nil}, RT_FALSE, kind}},
      {"rt_unique_free", {{nil}, 0, kind}},
      // arrays
      {"rt_array_new", {{minus1}, nil, argument}},
      {"rt_array_len", {{nil}, minus1, kind}},
      {"rt_array_get", {{nil, 0}, nil, kind}},
      {"rt_array_set", {{nil, 0, nil}, 0, kind}},
      {"rt_array_push", {{nil, nil}, 0, kind}},
      {"rt_array_pop", {{nil}, nil, kind}},
      {"rt_array_clear", {{nil}, 0, kind}},
      {"rt_array_insert", {{nil, 0, nil}, 0, kind}},
      {"rt_array_remove", {{nil, 0}, nil, kind}},
      {"rt_array_slice", {{nil, 0, 0}, nil, kind}},
      {"rt_array_concat", {{nil, nil}, nil, kind}},
      {"rt_array_contains", {{nil, nil}, 0, kind}},
      {"rt_array_first", {{nil}, nil, kind}},
      {"rt_array_last", {{nil}, nil, kind}},
      // tuples
      {"rt_tuple_new", {{minus1}, nil, argument}},
      {"rt_tuple_len", {{nil}, minus1, kind}},
      {"rt_tuple_get", {{nil, 0}, nil, kind}},
      {"rt_tuple_set", {{nil, 0, nil}, 0, kind}},
      // strings
      {"rt_string_new", {{null, 1}, nil, argument}},
      {"rt_string_len", {{nil}, minus1, kind}},
      {"rt_string_data", {{nil}, null, kind}},
      {"rt_string_concat", {{nil, nil}, nil, kind}},
      {"rt_string_eq", {{nil, nil}, 0, kind}},
      {"rt_string_char_count", {{nil}, minus1, kind}},
      {"rt_string_slice", {{nil, 0, 0}, nil, kind}},
      {"rt_string_find", {{nil, nil}, minus1, kind}},
      {"rt_to_string", {{kGarbage}, nil, bad}},
      // dicts
      {"rt_dict_new", {{minus1}, nil, argument}},
      {"rt_dict_len", {{nil}, minus1, kind}},
      {"rt_dict_get", {{nil, nil}, nil, kind}},
      {"rt_dict_set", {{nil, nil, nil}, 0, kind}},
      {"rt_dict_clear", {{nil}, 0, kind}},
      {"rt_dict_keys", {{nil}, nil, kind}},
      {"rt_dict_values", {{nil}, nil, kind}},
      {"rt_dict_contains", {{nil, nil}, 0, kind}},
      {"rt_dict_remove", {{nil, nil}, nil, kind}},
      {"rt_dict_entries", {{nil}, nil, kind}},
      {"rt_dict_free", {{nil}, 0, kind}},
      // generic collection operations
      {"rt_len", {{nil}, minus1, kind}},
      {"rt_index_get", {{nil, rt_encode_int(0)}, nil, kind}},
      {"rt_index_set", {{nil, rt_encode_int(0), nil}, 0, kind}},
      {"rt_contains", {{nil, nil}, 0, kind}},
      {"rt_slice", {{nil, 0, 0, 1}, nil, kind}},
      // objects
      {"rt_object_new", {{minus1, 0}, nil, argument}},
      {"rt_object_field_get", {{nil, 0}, nil, kind}},
      {"rt_object_field_set", {{nil, 0, nil}, 0, kind}},
      {"rt_object_class_id", {{nil}, minus1, kind}},
      {"rt_object_field_count", {{nil}, minus1, kind}},
      // closures
      {"rt_closure_new", {{null, minus1}, nil, argument}},
      {"rt_closure_set_capture", {{nil, 0, nil}, 0, kind}},
      {"rt_closure_get_capture", {{nil, 0}, nil, kind}},
      {"rt_closure_func_ptr", {{nil}, null, kind}},
      // enums
      {"rt_enum_new", {{minus1, 0, nil}, nil, argument}},
      {"rt_enum_discriminant", {{nil}, minus1, kind}},
      {"rt_enum_payload", {{nil}, nil, kind}},
      {"rt_enum_id", {{nil}, minus1, kind}},
  };
}

/// Calls an entry through a generic signature and returns the bits of its
/// result (0 for void). Every parameter travels in an integer register
/// except doubles; with at most 3 parameters of which at most 1 is a double,
/// the calling convention of (i64, i64, i64, i64) / (double) covers every
/// shape the table has, and a double result comes back in xmm0.
uint64_t callWith(const AbiFunction &function, const BadCall &call) {
  std::vector<simple::rt::AbiType> types = simple::rt::abiParameterTypes(function);
  bool takesDouble = false;
  size_t integers = 0;
  for (simple::rt::AbiType type : types)
    type == simple::rt::AbiType::Double ? void(takesDouble = true) : void(++integers);
  EXPECT_EQ(call.arguments.size(), integers) << function.name << ": arguments of the expectation";
  EXPECT_LE(integers, 4u) << function.name;
  EXPECT_FALSE(takesDouble && integers > 0)
      << function.name << ": mixed double and integer parameters";
  uint64_t a[4] = {0, 0, 0, 0};
  for (size_t i = 0; i < call.arguments.size() && i < 4; ++i)
    a[i] = call.arguments[i];
  void *address = function.address;
  if (function.returnType == "double") {
    double result = reinterpret_cast<double (*)(uint64_t, uint64_t, uint64_t, uint64_t)>(address)(
        a[0], a[1], a[2], a[3]);
    return std::bit_cast<uint64_t>(result);
  }
  if (takesDouble)
    return reinterpret_cast<uint64_t (*)(double)>(address)(call.doubleArgument);
  uint64_t result = reinterpret_cast<uint64_t (*)(uint64_t, uint64_t, uint64_t, uint64_t)>(address)(
      a[0], a[1], a[2], a[3]);
  return function.returnType == "void" ? 0 : result;
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

TEST(AbiTable, EveryEntryAnswersBadInputWithItsDocumentedErrorValueAndCode) {
  std::map<std::string_view, BadCall> calls = documentedBadCalls();
  for (const AbiFunction &function : simple::rt::abiFunctions())
    EXPECT_TRUE(calls.count(function.name)) << function.name << " has no documented bad call here";
  // What each call did, checked once the output is no longer captured
  // (a failure message printed while it is would vanish into the capture).
  struct Outcome {
    const AbiFunction *function;
    BadCall call;
    uint64_t result;
    int64_t code;
    std::string message;
  };
  std::vector<Outcome> outcomes;
  testing::internal::CaptureStdout();
  testing::internal::CaptureStderr();
  for (const AbiFunction &function : simple::rt::abiFunctions()) {
    auto found = calls.find(function.name);
    if (found == calls.end())
      continue;
    rt_error_clear();
    uint64_t result = callWith(function, found->second);
    int64_t code = rt_error_code();
    outcomes.push_back({&function, found->second, result, code, code ? lastError() : ""});
    if (function.name == "rt_gc_disable") {
      rt_gc_enable(); // the matching enable is no error
      outcomes.push_back({&function, found->second, 0, rt_error_code(), ""});
    }
  }
  std::fflush(stdout);
  std::fflush(stderr);
  std::string out = testing::internal::GetCapturedStdout();
  std::string err = testing::internal::GetCapturedStderr();
  for (const Outcome &outcome : outcomes) {
    std::string_view name = outcome.function->name;
    const BadCall &call = outcome.call;
    if (!call.resultText.empty() || name == "rt_error_message")
      EXPECT_EQ(text(outcome.result), call.resultText) << name;
    else
      EXPECT_EQ(outcome.result, call.result) << name;
    EXPECT_EQ(outcome.code, call.code) << name << ": " << outcome.message;
    if (outcome.code != RT_ERROR_NONE) { // the message names the function
      EXPECT_EQ(outcome.message.rfind(std::string(name) + ": ", 0), 0u) << outcome.message;
    }
    calls.erase(name);
  }
  EXPECT_EQ(out, "<invalid><invalid>\n"); // rt_print_value, rt_println_value
  EXPECT_EQ(err, "<invalid><invalid>\n");
  for (const auto &[name, call] : calls)
    ADD_FAILURE() << name << " is documented here but not in the table";
  rt_error_clear();
}
