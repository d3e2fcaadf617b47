// Declarations of runtime functions that differ from the ABI table (spec
// section 6): each adapter rule, observed through what the runtime did; the
// mismatches no adapter can bridge; the strict option; and that exact
// declarations stay direct calls.
#include "engine_test_support.h"

#include <simple/jit/engine.h>
#include <simple/runtime.h>

#include <gtest/gtest.h>

#include <cstdint>
#include <string>

using namespace simple::jit;
using simple::test::makeEngine;

namespace {

// Adds `ir` to a new engine and returns the engine; a test failure when the
// module is rejected.
std::unique_ptr<Engine> engineWith(const std::string &ir, EngineOptions options = {}) {
  auto engine = makeEngine(options);
  auto module = engine->addModuleFromMemory(ir, "declarations.ll");
  EXPECT_TRUE(module) << (module ? "" : module.error().message());
  return engine;
}

int64_t callI64(Engine &engine, const char *name) {
  auto function = engine.lookupFunction<int64_t()>(name);
  EXPECT_TRUE(function) << (function ? "" : function.error().message());
  return function ? (*function)() : INT64_MIN;
}

// The error a module gets, or "" when it is accepted.
std::string rejection(const std::string &ir, EngineOptions options = {}) {
  auto engine = makeEngine(options);
  auto module = engine->addModuleFromMemory(ir, "declarations.ll");
  if (module)
    return "";
  EXPECT_EQ(module.error().code(), ErrorCode::RuntimeAbiMismatch) << module.error().message();
  return module.error().message();
}

} // namespace

TEST(RuntimeDeclarations, PointerAndI64InterchangeForArgumentsAndResults) {
  // rt_array_new returns a value (i64), read as ptr; rt_array_len takes a
  // value, given as ptr; rt_string_new takes a ptr, given as i64.
  auto engine = engineWith(R"(
@text = private constant [5 x i8] c"hello"
declare ptr @rt_array_new(i64)
declare i64 @rt_array_push(ptr, i64)
declare i64 @rt_array_len(ptr)
declare i64 @rt_string_new(i64, i64)
declare i64 @rt_string_len(i64)
define i64 @arrayLength() {
  %a = call ptr @rt_array_new(i64 0)
  call i64 @rt_array_push(ptr %a, i64 3)
  call i64 @rt_array_push(ptr %a, i64 3)
  %n = call i64 @rt_array_len(ptr %a)
  ret i64 %n
}
define i64 @stringLength() {
  %s = call i64 @rt_string_new(i64 ptrtoint (ptr @text to i64), i64 5)
  %n = call i64 @rt_string_len(i64 %s)
  ret i64 %n
}
)");
  EXPECT_EQ(callI64(*engine, "arrayLength"), 2);
  EXPECT_EQ(callI64(*engine, "stringLength"), 5);
}

TEST(RuntimeDeclarations, NarrowerResultsReadTheLowBits) {
  // rt_array_push returns 1 for a push that landed and 0 for a bad array;
  // as i8 and i1 those are the same truth values.
  auto engine = engineWith(R"(
declare i64 @rt_array_new(i64)
declare i8 @rt_array_push(i64, i64)
declare i64 @rt_value_int(i64)
declare i32 @rt_value_as_int(i64)
define i64 @pushed() {
  %a = call i64 @rt_array_new(i64 0)
  %ok = call i8 @rt_array_push(i64 %a, i64 3)
  %r = zext i8 %ok to i64
  ret i64 %r
}
define i64 @refused() {
  %ok = call i8 @rt_array_push(i64 3, i64 3)
  %r = zext i8 %ok to i64
  ret i64 %r
}
define i64 @low32() {
  %v = call i64 @rt_value_int(i64 4294967298)
  %n = call i32 @rt_value_as_int(i64 %v)
  %r = sext i32 %n to i64
  ret i64 %r
}
)");
  EXPECT_EQ(callI64(*engine, "pushed"), 1);
  EXPECT_EQ(callI64(*engine, "refused"), 0);
  EXPECT_EQ(callI64(*engine, "low32"), 2); // 2^32 + 2: the low 32 bits
  rt_error_clear();
}

TEST(RuntimeDeclarations, VoidResultsDiscardAndVoidFunctionsReadZero) {
  // rt_array_push declared void still pushes; rt_free (which returns
  // nothing) declared as Simple's `i64 (i64, i64)` reads 0, whatever the
  // return register held, and ignores the size argument.
  auto engine = engineWith(R"(
declare i64 @rt_array_new(i64)
declare void @rt_array_push(i64, i64)
declare i64 @rt_array_len(i64)
declare ptr @rt_alloc(i64)
declare i64 @rt_free(i64, i64)
define i64 @pushedThrice() {
  %a = call i64 @rt_array_new(i64 0)
  call void @rt_array_push(i64 %a, i64 3)
  call void @rt_array_push(i64 %a, i64 3)
  call void @rt_array_push(i64 %a, i64 3)
  %n = call i64 @rt_array_len(i64 %a)
  ret i64 %n
}
define i64 @freed() {
  %p = call ptr @rt_alloc(i64 64)
  %i = ptrtoint ptr %p to i64
  %r = call i64 @rt_free(i64 %i, i64 64)
  ret i64 %r
}
)");
  EXPECT_EQ(callI64(*engine, "pushedThrice"), 3);
  EXPECT_EQ(callI64(*engine, "freed"), 0);
}

TEST(RuntimeDeclarations, NarrowerParametersAreZeroExtended) {
  // Simple passes u32 class ids as i32: 0xFFFFFFFB must arrive as
  // 4294967291, not -5; an i8 and an i1 arrive as 255 and 1.
  auto engine = engineWith(R"(
declare i64 @rt_object_new(i32, i32)
declare i64 @rt_object_class_id(i64)
declare i64 @rt_value_int(i8)
declare i64 @rt_value_as_int(i64)
declare i64 @rt_value_bool(i1)
declare i64 @rt_value_as_bool(i64)
define i64 @classId() {
  %o = call i64 @rt_object_new(i32 -5, i32 2)
  %c = call i64 @rt_object_class_id(i64 %o)
  ret i64 %c
}
define i64 @byte() {
  %v = call i64 @rt_value_int(i8 -1)
  %n = call i64 @rt_value_as_int(i64 %v)
  ret i64 %n
}
define i64 @flag() {
  %v = call i64 @rt_value_bool(i1 true)
  %b = call i64 @rt_value_as_bool(i64 %v)
  ret i64 %b
}
)");
  EXPECT_EQ(callI64(*engine, "classId"), 4294967291);
  EXPECT_EQ(callI64(*engine, "byte"), 255);
  EXPECT_EQ(callI64(*engine, "flag"), 1);
}

TEST(RuntimeDeclarations, ExtraTrailingArgumentsAreDropped) {
  auto engine = engineWith(R"(
declare i64 @rt_value_int(i64, i64, i64)
declare i64 @rt_value_as_int(i64)
define i64 @f() {
  %v = call i64 @rt_value_int(i64 41, i64 7, i64 9)
  %n = call i64 @rt_value_as_int(i64 %v)
  %r = add i64 %n, 1
  ret i64 %r
}
)");
  EXPECT_EQ(callI64(*engine, "f"), 42);
}

TEST(RuntimeDeclarations, AdaptedFunctionCalledThroughItsAddressWorks) {
  // The declaration's address taken and called indirectly reaches the
  // adapter, which converts like a direct call does.
  auto engine = engineWith(R"(
declare i64 @rt_object_new(i32, i32)
declare i64 @rt_object_class_id(i64)
@table = global [1 x ptr] [ptr @rt_object_new]
define i64 @viaTable() {
  %f = load ptr, ptr @table
  %o = call i64 %f(i32 -1, i32 1)
  %c = call i64 @rt_object_class_id(i64 %o)
  ret i64 %c
}
)");
  EXPECT_EQ(callI64(*engine, "viaTable"), 4294967295);
}

TEST(RuntimeDeclarations, ExactDeclarationsStayDirectCalls) {
  // An exact declaration's address is the runtime's own function; an
  // adapted one's is the adapter's.
  auto engine = engineWith(R"(
declare i64 @rt_array_len(i64)
declare i32 @rt_tuple_len(i64)
define i64 @exactAddress() {
  ret i64 ptrtoint (ptr @rt_array_len to i64)
}
define i64 @adaptedAddress() {
  ret i64 ptrtoint (ptr @rt_tuple_len to i64)
}
)");
  EXPECT_EQ(callI64(*engine, "exactAddress"), reinterpret_cast<int64_t>(&rt_array_len));
  EXPECT_NE(callI64(*engine, "adaptedAddress"), reinterpret_cast<int64_t>(&rt_tuple_len));
}

TEST(RuntimeDeclarations, TwoModulesDeclaringOneFunctionDifferentlyBothWork) {
  auto engine = makeEngine();
  ASSERT_TRUE(engine->addModuleFromMemory(R"(
declare i8 @rt_array_push(i64, i64)
declare i64 @rt_array_new(i64)
define i64 @makeOne() {
  %a = call i64 @rt_array_new(i64 0)
  call i8 @rt_array_push(i64 %a, i64 3)
  ret i64 %a
}
)",
                                          "first.ll"));
  ASSERT_TRUE(engine->addModuleFromMemory(R"(
declare i64 @makeOne()
declare void @rt_array_push(ptr, i64, i64)
declare i32 @rt_array_len(i64)
define i64 @lengthAfterPush() {
  %a = call i64 @makeOne()
  %p = inttoptr i64 %a to ptr
  call void @rt_array_push(ptr %p, i64 3, i64 0)
  %n = call i32 @rt_array_len(i64 %a)
  %r = zext i32 %n to i64
  ret i64 %r
}
)",
                                          "second.ll"));
  EXPECT_EQ(callI64(*engine, "lengthAfterPush"), 2);
}

TEST(RuntimeDeclarations, LazyEnginesAdaptToo) {
  EngineOptions options;
  options.lazy = true;
  auto engine = engineWith(R"(
declare i64 @rt_object_new(i32, i32)
declare i64 @rt_object_class_id(i64)
define i64 @classId() {
  %o = call i64 @rt_object_new(i32 -2, i32 0)
  %c = call i64 @rt_object_class_id(i64 %o)
  ret i64 %c
}
)",
                           options);
  EXPECT_EQ(callI64(*engine, "classId"), 4294967294);
}

TEST(RuntimeDeclarations, UnbridgeableDeclarationsNameBothSignaturesAndWhy) {
  struct Case {
    const char *declaration;
    const char *call;
    const char *expected;
  };
  const Case cases[] = {
      {"declare i64 @rt_value_float(i64)", "call i64 @rt_value_float(i64 1)",
       "'rt_value_float' is declared as 'i64 (i64)' but the runtime defines 'i64 (double)' "
       "(parameter 1 is 'i64' where the runtime takes 'double')"},
      {"declare i64 @rt_value_as_float(i64)", "call i64 @rt_value_as_float(i64 1)",
       "'rt_value_as_float' is declared as 'i64 (i64)' but the runtime defines 'double (i64)' "
       "(the result is declared 'i64' where the runtime returns 'double')"},
      {"declare i64 @rt_array_get(i64)", "call i64 @rt_array_get(i64 1)",
       "'rt_array_get' is declared as 'i64 (i64)' but the runtime defines 'i64 (i64, i64)' "
       "(it passes 1 argument where the runtime takes 2)"},
      {"declare i64 @rt_array_len(i64, ...)", "call i64 (i64, ...) @rt_array_len(i64 1)",
       "'rt_array_len' is declared as 'i64 (i64, ...)' but the runtime defines 'i64 (i64)' "
       "(it is declared variadic)"},
      {"declare i64 @rt_string_new(i32, i64)", "call i64 @rt_string_new(i32 0, i64 0)",
       "'rt_string_new' is declared as 'i64 (i32, i64)' but the runtime defines 'i64 (ptr, i64)' "
       "(parameter 1 is 'i32' where the runtime takes 'ptr')"},
      {"declare i128 @rt_value_nil()", "call i128 @rt_value_nil()",
       "'rt_value_nil' is declared as 'i128 ()' but the runtime defines 'i64 ()' "
       "(the result is declared 'i128' where the runtime returns 'i64')"},
  };
  for (const Case &c : cases) {
    std::string ir =
        std::string(c.declaration) + "\ndefine void @f() {\n  " + c.call + "\n  ret void\n}\n";
    EXPECT_NE(rejection(ir).find(c.expected), std::string::npos)
        << c.declaration << "\n got: " << rejection(ir);
  }
}

TEST(RuntimeDeclarations, StrictOptionRejectsWhatAnAdapterWouldBridge) {
  const std::string ir = R"(
declare i8 @rt_array_push(i64, i64)
declare i64 @rt_value_nil()
define void @f() {
  %n = call i64 @rt_value_nil()
  call i8 @rt_array_push(i64 %n, i64 %n)
  ret void
}
)";
  EXPECT_EQ(rejection(ir), "");
  EngineOptions strict;
  strict.adaptRuntimeDeclarations = false;
  std::string message = rejection(ir, strict);
  EXPECT_NE(message.find("'rt_array_push' is declared as 'i8 (i64, i64)' but the runtime defines "
                         "'i64 (i64, i64)' (an adapter could bridge it, but adapters are off)"),
            std::string::npos)
      << message;
  EXPECT_EQ(message.find("rt_value_nil"), std::string::npos) << message;
}

TEST(RuntimeDeclarations, OneBadDeclarationLeavesTheModuleUnadded) {
  // The bridgeable declaration next to the bad one is not half-adapted into
  // an engine: the whole module is refused and its names stay free.
  auto engine = makeEngine();
  auto module = engine->addModuleFromMemory(R"(
declare i8 @rt_array_push(i64, i64)
declare i64 @rt_value_float(i64)
define i64 @g() {
  call i8 @rt_array_push(i64 0, i64 0)
  %v = call i64 @rt_value_float(i64 0)
  ret i64 %v
}
)",
                                            "bad.ll");
  ASSERT_FALSE(module);
  EXPECT_EQ(module.error().message().find("rt_array_push"), std::string::npos)
      << module.error().message();
  ASSERT_TRUE(engine->addModuleFromMemory("define i64 @g() {\n  ret i64 7\n}\n", "good.ll"));
  EXPECT_EQ(callI64(*engine, "g"), 7);
}
