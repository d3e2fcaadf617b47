// How an engine reports: timings only when asked, diagnostics through the
// callback of its options, nothing printed by the library itself.
#include "engine_test_support.h"

#include <simple/jit/engine.h>

#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <unistd.h>

using namespace simple::jit;
using simple::test::makeEngine;

namespace {

constexpr const char *kProgram = R"(
declare i32 @puts(ptr)
@text = private constant [3 x i8] c"hi\00"
define internal i64 @work(i64 %n) noinline {
  %m = mul i64 %n, 3
  ret i64 %m
}
define i32 @main() {
  %r = call i64 @work(i64 14)
  %t = trunc i64 %r to i32
  ret i32 %t
}
)";

// Adds, looks up and runs kProgram, failing on any error.
void exercise(Engine &engine) {
  ASSERT_TRUE(engine.addModuleFromMemory(kProgram, "program.ll"));
  ASSERT_TRUE(engine.checkSymbolsResolve().code() == ErrorCode::Success);
  auto result = engine.runMain("main", "program.ll", {});
  ASSERT_TRUE(result) << result.error().message();
  EXPECT_EQ(*result, 42);
}

// A lazy engine whose @caller calls @MISSING, which nothing defines: calling
// it compiles @caller's body, which fails while JIT'd code is the caller.
void callFunctionThatFailsToCompileLazily(Engine &engine, const std::string &missing) {
  auto added = engine.addModuleFromMemory("declare i64 @" + missing +
                                              "()\ndefine i64 @caller() {\n  %r = call i64 @" +
                                              missing + "()\n  ret i64 %r\n}\n",
                                          "lazy.ll");
  if (!added)
    std::_Exit(3);
  auto caller = engine.lookupFunction<int64_t()>("caller");
  if (!caller)
    std::_Exit(4);
  (*caller)();
  std::_Exit(5); // not reached: the failure does not return
}

// The handler of a death test: writes "<tag>: <severity> <message>" on one
// line (the message's own line breaks become " | ") and ends the child with
// `code`.
template <int Code> void reportAndExit(const char *tag, const Diagnostic &diagnostic) {
  std::string message = diagnostic.error.message();
  for (size_t at = message.find('\n'); at != std::string::npos; at = message.find('\n', at))
    message.replace(at, 1, " | ");
  std::string line = std::string(tag) + ": " +
                     (diagnostic.severity == Diagnostic::Severity::Fatal ? "fatal " : "error ") +
                     message + "\n";
  (void)!write(STDERR_FILENO, line.data(), line.size());
  std::_Exit(Code);
}

} // namespace

TEST(EngineReporting, TimingsStayZeroWhenOff) {
  auto engine = makeEngine();
  exercise(*engine);
  PhaseTimings timings = engine->timings();
  EXPECT_EQ(timings.setup.count(), 0);
  EXPECT_EQ(timings.parse.count(), 0);
  EXPECT_EQ(timings.verify.count(), 0);
  EXPECT_EQ(timings.optimize.count(), 0);
  EXPECT_EQ(timings.codegen.count(), 0);
  EXPECT_EQ(timings.link.count(), 0);
  EXPECT_EQ(timings.initialize.count(), 0);
  EXPECT_EQ(timings.run.count(), 0);
  EXPECT_EQ(timings.finalize.count(), 0);
}

TEST(EngineReporting, TimingsCountEveryPhaseWhenOn) {
  EngineOptions options;
  options.collectTimings = true;
  auto engine = makeEngine(options);
  exercise(*engine);
  PhaseTimings timings = engine->timings();
  EXPECT_GT(timings.setup.count(), 0);
  EXPECT_GT(timings.parse.count(), 0);
  EXPECT_GT(timings.verify.count(), 0);
  EXPECT_GT(timings.optimize.count(), 0);
  EXPECT_GT(timings.codegen.count(), 0);
  EXPECT_GT(timings.link.count(), 0);
  EXPECT_GT(timings.initialize.count(), 0);
  EXPECT_GT(timings.run.count(), 0);
  EXPECT_GT(timings.finalize.count(), 0);
}

TEST(EngineReporting, ErrorsAreReturnedAndTheLibraryPrintsNothing) {
  int diagnostics = 0;
  EngineOptions options;
  options.onDiagnostic = [&](const Diagnostic &) { ++diagnostics; };
  testing::internal::CaptureStderr();
  testing::internal::CaptureStdout();
  {
    auto engine = makeEngine(options);
    exercise(*engine);
    EXPECT_FALSE(engine->addModuleFromMemory("define i32 @f( {", "broken.ll"));
    ASSERT_TRUE(engine->addModuleFromMemory(
        "declare i64 @nowhere()\ndefine i64 @g() {\n  %r = call i64 @nowhere()\n  ret i64 %r\n}\n",
        "g.ll"));
    EXPECT_EQ(engine->checkSymbolsResolve().code(), ErrorCode::UndefinedSymbols);
    EXPECT_EQ(engine->lookup("g").error().code(), ErrorCode::CompileFailed);
    EXPECT_EQ(engine->runMain("absent", "x", {}).error().code(), ErrorCode::EntryNotFound);
  }
  std::string printedOut = testing::internal::GetCapturedStdout();
  std::string printedErr = testing::internal::GetCapturedStderr();
  EXPECT_EQ(printedErr, "");
  EXPECT_EQ(printedOut, "");
  EXPECT_EQ(diagnostics, 0) << "every error here has a caller to return to";
}

// A lazily compiled function that fails while JIT'd code runs reaches the
// handler of its own engine, as a fatal CompileFailed naming the cause; the
// library prints nothing and does not exit itself (the handler does, with its
// own code). Before the handler existed the library printed
// "simple-jit: error: ..." and exited 70.
TEST(EngineReportingDeathTest, LazyCompileFailureGoesToItsEnginesHandlerOnly) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  auto run = [] {
    EngineOptions optionsOne;
    optionsOne.lazy = true;
    optionsOne.onDiagnostic = [](const Diagnostic &d) { reportAndExit<41>("one", d); };
    EngineOptions optionsTwo = optionsOne;
    optionsTwo.onDiagnostic = [](const Diagnostic &d) { reportAndExit<42>("two", d); };
    auto one = Engine::create(optionsOne);
    auto two = Engine::create(optionsTwo);
    if (!one || !two)
      std::_Exit(2);
    callFunctionThatFailsToCompileLazily(**two, "missing_in_two");
  };
  EXPECT_EXIT(run(), testing::ExitedWithCode(42),
              "^two: fatal lazy compilation failed: [^\n]*missing_in_two[^\n]*\n$");
}

// Without a handler a fatal diagnostic aborts: still nothing printed.
TEST(EngineReportingDeathTest, LazyCompileFailureWithoutAHandlerAbortsSilently) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  auto run = [] {
    EngineOptions options;
    options.lazy = true;
    auto engine = Engine::create(options);
    if (!engine)
      std::_Exit(2);
    callFunctionThatFailsToCompileLazily(**engine, "missing_here");
  };
  EXPECT_EXIT(run(), testing::KilledBySignal(SIGABRT), "^$");
}
