// The embedding API: every call, its success path and its error paths.
#include "engine_test_support.h"

#include <simple/jit/engine.h>

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <unistd.h>

using namespace simple::jit;
using simple::test::makeEngine;

namespace {

constexpr const char *kAdder = R"(
define i64 @add(i64 %a, i64 %b) {
  %sum = add i64 %a, %b
  ret i64 %sum
}
)";

std::string writeTemporary(const std::string &contents, const char *suffix) {
  std::string path = ::testing::TempDir() + "engine_test_" + std::to_string(getpid()) + suffix;
  std::ofstream(path) << contents;
  return path;
}

} // namespace

TEST(Engine, AddModuleFromMemoryThenLookupAndCall) {
  auto engine = makeEngine();
  ASSERT_TRUE(engine->addModuleFromMemory(kAdder, "adder.ll"));
  auto add = engine->lookupFunction<int64_t(int64_t, int64_t)>("add");
  ASSERT_TRUE(add) << add.error().message();
  EXPECT_EQ((*add)(40, 2), 42);
}

TEST(Engine, AddModuleFileThenCall) {
  std::string path = writeTemporary(kAdder, ".ll");
  auto engine = makeEngine();
  auto module = engine->addModuleFile(path);
  ASSERT_TRUE(module) << module.error().message();
  auto add = engine->lookupFunction<int64_t(int64_t, int64_t)>("add");
  ASSERT_TRUE(add);
  EXPECT_EQ((*add)(-5, 3), -2);
  std::remove(path.c_str());
}

TEST(Engine, UnreadableFileReturnsFileUnreadable) {
  auto engine = makeEngine();
  auto module = engine->addModuleFile("/nonexistent/dir/prog.ll");
  ASSERT_FALSE(module);
  EXPECT_EQ(module.error().code(), ErrorCode::FileUnreadable);
  EXPECT_NE(module.error().message().find("/nonexistent/dir/prog.ll"), std::string::npos);
}

TEST(Engine, ParseErrorNamesLineAndColumnAndShowsTheLine) {
  auto engine = makeEngine();
  auto module = engine->addModuleFromMemory("define i32 @f() {\n  ret i32 %nope\n}\n", "bad.ll");
  ASSERT_FALSE(module);
  EXPECT_EQ(module.error().code(), ErrorCode::InvalidIR);
  const std::string &message = module.error().message();
  EXPECT_NE(message.find("bad.ll:2:11"), std::string::npos) << message;
  EXPECT_NE(message.find("ret i32 %nope"), std::string::npos) << message;
}

TEST(Engine, VerifierFailureIsReported) {
  auto engine = makeEngine();
  // A block without a terminator parses but does not verify.
  auto module = engine->addModuleFromMemory(
      "define i32 @f(i32 %x) {\n  %y = add i32 %x, 1\n  br label %next\nnext:\n  ret i32 %z\n"
      "other:\n  %z = add i32 %y, 1\n  ret i32 %z\n}\n",
      "unverified.ll");
  ASSERT_FALSE(module);
  EXPECT_EQ(module.error().code(), ErrorCode::VerifierFailed) << module.error().message();
  EXPECT_NE(module.error().message().find("unverified.ll"), std::string::npos);
}

TEST(Engine, MisdeclaredRuntimeFunctionIsRejected) {
  auto engine = makeEngine();
  auto module = engine->addModuleFromMemory(
      "declare i64 @rt_value_float(i64)\ndefine i64 @f() {\n  %v = call i64 "
      "@rt_value_float(i64 1)\n  ret i64 %v\n}\n",
      "misdeclared.ll");
  ASSERT_FALSE(module);
  EXPECT_EQ(module.error().code(), ErrorCode::RuntimeAbiMismatch);
  EXPECT_NE(module.error().message().find("'i64 (i64)'"), std::string::npos);
  EXPECT_NE(module.error().message().find("'i64 (double)'"), std::string::npos);
}

TEST(Engine, DefiningRuntimeFunctionIsRejected) {
  auto engine = makeEngine();
  auto module =
      engine->addModuleFromMemory("define i64 @rt_value_nil() {\n  ret i64 3\n}\n", "shadow.ll");
  ASSERT_FALSE(module);
  EXPECT_EQ(module.error().code(), ErrorCode::RuntimeAbiMismatch);
}

TEST(Engine, LookupOfUndefinedNameReturnsEntryNotFound) {
  auto engine = makeEngine();
  ASSERT_TRUE(engine->addModuleFromMemory(kAdder, "adder.ll"));
  auto missing = engine->lookup("subtract");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code(), ErrorCode::EntryNotFound);
  auto empty = engine->lookup("");
  ASSERT_FALSE(empty);
  EXPECT_EQ(empty.error().code(), ErrorCode::InvalidArgument);
}

TEST(Engine, UndefinedSymbolNamesItsUsersAndSuggestsTheRuntimeName) {
  auto engine = makeEngine();
  ASSERT_TRUE(engine->addModuleFromMemory(
      "declare void @rt_println_valeu(i64)\n"
      "define void @show() {\n  call void @rt_println_valeu(i64 3)\n  ret void\n}\n"
      "define i32 @main() {\n  call void @show()\n  ret i32 0\n}\n",
      "typo.ll"));
  Error error = engine->checkSymbolsResolve();
  ASSERT_TRUE(error);
  EXPECT_EQ(error.code(), ErrorCode::UndefinedSymbols);
  EXPECT_NE(error.message().find("'rt_println_valeu'"), std::string::npos) << error.message();
  EXPECT_NE(error.message().find("used by show"), std::string::npos) << error.message();
  EXPECT_NE(error.message().find("did you mean 'rt_println_value'"), std::string::npos);
  auto result = engine->runMain("main", "typo.ll", {});
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code(), ErrorCode::UndefinedSymbols);
}

TEST(Engine, ProcessLibrariesResolveButNotTheHostsOwnFunctions) {
  auto engine = makeEngine();
  // strlen comes from libc; LLVMInitializeX86Target is linked into this test
  // binary but is not exported, so it must not resolve.
  ASSERT_TRUE(engine->addModuleFromMemory(
      "declare i64 @strlen(ptr)\n@s = constant [4 x i8] c\"abc\\00\"\n"
      "define i64 @len() {\n  %n = call i64 @strlen(ptr @s)\n  ret i64 %n\n}\n",
      "libc.ll"));
  auto len = engine->lookupFunction<int64_t()>("len");
  ASSERT_TRUE(len) << len.error().message();
  EXPECT_EQ((*len)(), 3);

  ASSERT_TRUE(engine->addModuleFromMemory(
      "declare void @LLVMInitializeX86Target()\n"
      "define void @init() {\n  call void @LLVMInitializeX86Target()\n  ret void\n}\n",
      "internal.ll"));
  Error error = engine->checkSymbolsResolve();
  ASSERT_TRUE(error);
  EXPECT_NE(error.message().find("LLVMInitializeX86Target"), std::string::npos);
}

TEST(Engine, RunMainPassesArgumentsAndReturnsResult) {
  auto engine = makeEngine();
  ASSERT_TRUE(engine->addModuleFromMemory(
      "declare i64 @strlen(ptr)\n"
      "define i32 @main(i32 %argc, ptr %argv) {\n"
      "  %p = getelementptr ptr, ptr %argv, i32 2\n  %arg = load ptr, ptr %p\n"
      "  %n = call i64 @strlen(ptr %arg)\n  %n32 = trunc i64 %n to i32\n"
      "  %r = mul i32 %n32, %argc\n  ret i32 %r\n}\n",
      "args.ll"));
  auto result = engine->runMain("main", "args.ll", {"x", "hello"});
  ASSERT_TRUE(result) << result.error().message();
  EXPECT_EQ(*result, 5 * 3);
}

TEST(Engine, RunMainSignExtendsNarrowResultsAndAcceptsVoid) {
  auto engine = makeEngine();
  ASSERT_TRUE(engine->addModuleFromMemory("define i8 @minus_one() {\n  ret i8 -1\n}\n"
                                          "define void @nothing() {\n  ret void\n}\n",
                                          "shapes.ll"));
  auto minusOne = engine->runMain("minus_one", "shapes.ll", {});
  ASSERT_TRUE(minusOne);
  EXPECT_EQ(*minusOne, -1);
  auto nothing = engine->runMain("nothing", "shapes.ll", {});
  ASSERT_TRUE(nothing);
  EXPECT_EQ(*nothing, 0);
}

TEST(Engine, RunMainRunsConstructorsBeforeAndDestructorsAfter) {
  auto engine = makeEngine();
  ASSERT_TRUE(engine->addModuleFromMemory(R"(
@trace = global i64 0
@llvm.global_ctors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 65535, ptr @ctor, ptr null }]
@llvm.global_dtors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 65535, ptr @dtor, ptr null }]
define void @ctor() {
  store i64 1, ptr @trace
  ret void
}
define void @dtor() {
  %t = load i64, ptr @trace
  %u = mul i64 %t, 10
  store i64 %u, ptr @trace
  ret void
}
define i32 @main() {
  %t = load i64, ptr @trace
  %u = add i64 %t, 1
  store i64 %u, ptr @trace
  ret i32 7
}
)",
                                          "ctors.ll"));
  auto result = engine->runMain("main", "ctors.ll", {});
  ASSERT_TRUE(result) << result.error().message();
  EXPECT_EQ(*result, 7);
  auto trace = engine->lookup("trace");
  ASSERT_TRUE(trace);
  EXPECT_EQ(*static_cast<int64_t *>(*trace), 20); // ctor 1, main +1, dtor x10
}

TEST(Engine, RunMainReportsMissingEntryAndUnsupportedSignature) {
  auto engine = makeEngine();
  ASSERT_TRUE(
      engine->addModuleFromMemory("define double @real() {\n  ret double 1.0\n}\n", "entry.ll"));
  auto missing = engine->runMain("main", "entry.ll", {});
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code(), ErrorCode::EntryNotFound);
  EXPECT_NE(missing.error().message().find("'main'"), std::string::npos);
  auto wrongType = engine->runMain("real", "entry.ll", {});
  ASSERT_FALSE(wrongType);
  EXPECT_EQ(wrongType.error().code(), ErrorCode::UnsupportedSignature);
  EXPECT_NE(wrongType.error().message().find("double ()"), std::string::npos);
}

TEST(Engine, RemoveModuleFreesItsSymbolsSoTheyCanBeRedefined) {
  auto engine = makeEngine();
  auto first = engine->addModuleFromMemory("define i64 @answer() {\n  ret i64 1\n}\n", "one.ll");
  ASSERT_TRUE(first);
  auto answer = engine->lookupFunction<int64_t()>("answer");
  ASSERT_TRUE(answer);
  EXPECT_EQ((*answer)(), 1);
  ASSERT_FALSE(engine->removeModule(*first));
  EXPECT_FALSE(engine->lookup("answer"));
  ASSERT_TRUE(engine->addModuleFromMemory("define i64 @answer() {\n  ret i64 2\n}\n", "two.ll"));
  auto replaced = engine->lookupFunction<int64_t()>("answer");
  ASSERT_TRUE(replaced) << replaced.error().message();
  EXPECT_EQ((*replaced)(), 2);
}

TEST(Engine, RemoveUnknownModuleIsInvalidArgument) {
  auto engine = makeEngine();
  Error error = engine->removeModule(ModuleHandle{12345});
  ASSERT_TRUE(error);
  EXPECT_EQ(error.code(), ErrorCode::InvalidArgument);
}

TEST(Engine, ModulesCallEachOther) {
  auto engine = makeEngine();
  ASSERT_TRUE(engine->addModuleFromMemory(kAdder, "adder.ll"));
  ASSERT_TRUE(
      engine->addModuleFromMemory("declare i64 @add(i64, i64)\ndefine i64 @twice(i64 %x) {\n"
                                  "  %r = call i64 @add(i64 %x, i64 %x)\n  ret i64 %r\n}\n",
                                  "twice.ll"));
  auto twice = engine->lookupFunction<int64_t(int64_t)>("twice");
  ASSERT_TRUE(twice);
  EXPECT_EQ((*twice)(21), 42);
}

TEST(Engine, DuplicateStrongDefinitionIsRejected) {
  auto engine = makeEngine();
  ASSERT_TRUE(engine->addModuleFromMemory(kAdder, "first.ll"));
  auto second = engine->addModuleFromMemory(kAdder, "second.ll");
  ASSERT_FALSE(second);
  EXPECT_EQ(second.error().code(), ErrorCode::DuplicateDefinition);
  EXPECT_NE(second.error().message().find("first.ll"), std::string::npos);
}

TEST(Engine, TwoEnginesWithTheSameNamesDoNotInterfere) {
  auto one = makeEngine();
  auto two = makeEngine();
  ASSERT_TRUE(one->addModuleFromMemory("define i64 @id() {\n  ret i64 1\n}\n", "one.ll"));
  ASSERT_TRUE(two->addModuleFromMemory("define i64 @id() {\n  ret i64 2\n}\n", "two.ll"));
  auto idOne = one->lookupFunction<int64_t()>("id");
  auto idTwo = two->lookupFunction<int64_t()>("id");
  ASSERT_TRUE(idOne && idTwo);
  EXPECT_EQ((*idOne)(), 1);
  EXPECT_EQ((*idTwo)(), 2);
  one.reset(); // destroying one engine leaves the other's code intact
  EXPECT_EQ((*idTwo)(), 2);
}

TEST(Engine, LazyModeCompilesAndRuns) {
  EngineOptions options;
  options.lazy = true;
  options.optLevel = OptLevel::O2;
  auto engine = makeEngine(options);
  ASSERT_TRUE(engine->addModuleFromMemory(
      "define linkonce_odr i64 @helper(i64 %x) {\n  %y = mul i64 %x, 3\n  ret i64 %y\n}\n"
      "define i64 @caller(i64 %x) {\n  %y = call i64 @helper(i64 %x)\n  ret i64 %y\n}\n",
      "lazy.ll"));
  auto caller = engine->lookupFunction<int64_t(int64_t)>("caller");
  ASSERT_TRUE(caller) << caller.error().message();
  EXPECT_EQ((*caller)(14), 42);
}

TEST(Engine, EveryOptimisationLevelComputesTheSameResult) {
  for (OptLevel level : {OptLevel::O0, OptLevel::O1, OptLevel::O2, OptLevel::O3}) {
    EngineOptions options;
    options.optLevel = level;
    auto engine = makeEngine(options);
    ASSERT_TRUE(engine->addModuleFromMemory(R"(
define i64 @sum(i64 %n) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %next, %loop ]
  %acc = phi i64 [ 0, %entry ], [ %acc2, %loop ]
  %acc2 = add i64 %acc, %i
  %next = add i64 %i, 1
  %done = icmp eq i64 %next, %n
  br i1 %done, label %exit, label %loop
exit:
  ret i64 %acc2
}
)",
                                            "sum.ll"));
    auto sum = engine->lookupFunction<int64_t(int64_t)>("sum");
    ASSERT_TRUE(sum);
    EXPECT_EQ((*sum)(1001), 500500) << "at -O" << static_cast<int>(level);
  }
}

TEST(Engine, LibrariesResolveSymbolsAndBadLibrariesAreReported) {
  EngineOptions options;
  options.libraries.push_back(SIMPLE_TEST_LIBRARY);
  auto engine = makeEngine(options);
  ASSERT_TRUE(engine->addModuleFromMemory(
      "declare i64 @simple_test_library_triple(i64)\n"
      "define i64 @f() {\n  %r = call i64 @simple_test_library_triple(i64 14)\n  ret i64 %r\n}\n",
      "lib.ll"));
  auto f = engine->lookupFunction<int64_t()>("f");
  ASSERT_TRUE(f) << f.error().message();
  EXPECT_EQ((*f)(), 42);

  EngineOptions bad;
  bad.libraries.push_back("/nonexistent/libnothing.so");
  auto failed = Engine::create(bad);
  ASSERT_FALSE(failed);
  EXPECT_EQ(failed.error().code(), ErrorCode::LibraryLoadFailed);
  EXPECT_NE(failed.error().message().find("libnothing.so"), std::string::npos);
}

TEST(Engine, ErrorCodesHaveNames) {
  EXPECT_EQ(errorCodeName(ErrorCode::UndefinedSymbols), "undefined-symbols");
  EXPECT_EQ(errorCodeName(ErrorCode::Success), "success");
}
