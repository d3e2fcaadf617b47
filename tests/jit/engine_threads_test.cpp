// engine.h's thread contract: one engine used from several threads at once,
// and engines that do not see each other's errors.
#include "engine_test_support.h"

#include <simple/jit/engine.h>

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

using namespace simple::jit;
using simple::test::makeEngine;

namespace {

// A module defining @NAME(x) = x + bias.
std::string adder(const std::string &name, int64_t bias) {
  return "define i64 @" + name + "(i64 %x) {\n  %y = add i64 %x, " + std::to_string(bias) +
         "\n  ret i64 %y\n}\n";
}

// A module defining @NAME, which calls @MISSING that nothing defines.
std::string callerOfMissing(const std::string &name, const std::string &missing) {
  return "declare i64 @" + missing + "()\ndefine i64 @" + name + "() {\n  %r = call i64 @" +
         missing + "()\n  ret i64 %r\n}\n";
}

// One thread's share of the work on a shared engine: add modules, look their
// functions up and call them, look up the other thread's, remove every
// other module of its own and check that its functions are gone.
void useSharedEngine(Engine &engine, int thread, int rounds) {
  std::vector<std::pair<std::string, ModuleHandle>> kept;
  for (int round = 0; round < rounds; ++round) {
    std::string name = "f_" + std::to_string(thread) + "_" + std::to_string(round);
    int64_t bias = thread * 100000 + round;
    auto module = engine.addModuleFromMemory(adder(name, bias), name + ".ll");
    ASSERT_TRUE(module) << module.error().message();
    auto function = engine.lookupFunction<int64_t(int64_t)>(name);
    ASSERT_TRUE(function) << function.error().message();
    EXPECT_EQ((*function)(1000), 1000 + bias);

    // The other thread's functions: defined or not yet, never another error.
    std::string other = "f_" + std::to_string(1 - thread) + "_" + std::to_string(round / 2 * 2);
    auto theirs = engine.lookupFunction<int64_t(int64_t)>(other);
    if (!theirs)
      EXPECT_EQ(theirs.error().code(), ErrorCode::EntryNotFound) << theirs.error().message();
    else
      EXPECT_EQ((*theirs)(0), (1 - thread) * 100000 + round / 2 * 2);

    if (round % 2 == 1) {
      ASSERT_FALSE(engine.removeModule(*module));
      auto gone = engine.lookup(name);
      ASSERT_FALSE(gone);
      EXPECT_EQ(gone.error().code(), ErrorCode::EntryNotFound);
    } else {
      kept.emplace_back(name, *module);
    }
    EXPECT_FALSE(engine.checkSymbolsResolve());
  }
  // Everything kept is still there and still right.
  for (const auto &[name, module] : kept) {
    auto function = engine.lookupFunction<int64_t(int64_t)>(name);
    ASSERT_TRUE(function) << name << ": " << function.error().message();
    EXPECT_EQ((*function)(0), thread * 100000 + std::stoi(name.substr(name.rfind('_') + 1)));
  }
}

} // namespace

TEST(EngineThreads, TwoThreadsAddLookUpCallAndRemoveOnOneEngine) {
  auto engine = makeEngine();
  constexpr int kRounds = 60;
  std::thread first([&] { useSharedEngine(*engine, 0, kRounds); });
  std::thread second([&] { useSharedEngine(*engine, 1, kRounds); });
  first.join();
  second.join();
  // A module using functions of both threads links against the survivors.
  ASSERT_TRUE(engine->addModuleFromMemory(
      "declare i64 @f_0_0(i64)\ndeclare i64 @f_1_0(i64)\n"
      "define i64 @both() {\n  %a = call i64 @f_0_0(i64 1)\n  %b = call i64 @f_1_0(i64 2)\n"
      "  %s = add i64 %a, %b\n  ret i64 %s\n}\n",
      "both.ll"));
  auto both = engine->lookupFunction<int64_t()>("both");
  ASSERT_TRUE(both) << both.error().message();
  EXPECT_EQ((*both)(), 1 + 100000 + 2);
}

TEST(EngineThreads, TwoThreadsRunMainOnOneEngineWhileTheOtherAddsModules) {
  auto engine = makeEngine();
  ASSERT_TRUE(engine->addModuleFromMemory(
      "define i32 @main(i32 %argc, ptr %argv) {\n  ret i32 %argc\n}\n", "main.ll"));
  std::thread runner([&] {
    for (int i = 0; i < 20; ++i) {
      std::vector<std::string> args(static_cast<size_t>(i % 5), "x");
      auto result = engine->runMain("main", "main.ll", args);
      ASSERT_TRUE(result) << result.error().message();
      EXPECT_EQ(*result, 1 + i % 5);
    }
  });
  useSharedEngine(*engine, 0, 30);
  runner.join();
}

// Each engine fails to compile functions calling a symbol of its own that
// nothing defines; the cause in every error must be its own engine's.
TEST(EngineThreads, TwoEnginesOnTwoThreadsSeeOnlyTheirOwnErrors) {
  auto one = makeEngine();
  auto two = makeEngine();
  constexpr int kRounds = 40;
  auto failRepeatedly = [&](Engine &engine, const std::string &tag, const std::string &otherTag) {
    for (int round = 0; round < kRounds; ++round) {
      std::string name = tag + "_caller_" + std::to_string(round);
      std::string missing = tag + "_missing_" + std::to_string(round);
      ASSERT_TRUE(engine.addModuleFromMemory(callerOfMissing(name, missing), name + ".ll"));
      auto address = engine.lookup(name);
      ASSERT_FALSE(address);
      const std::string &message = address.error().message();
      EXPECT_NE(message.find(missing), std::string::npos)
          << tag << " round " << round << ": " << message;
      EXPECT_EQ(message.find(otherTag), std::string::npos)
          << tag << " round " << round << ": " << message;
    }
  };
  std::thread first([&] { failRepeatedly(*one, "one", "two_"); });
  std::thread second([&] { failRepeatedly(*two, "two", "one_"); });
  first.join();
  second.join();
}
