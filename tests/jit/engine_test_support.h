// Helpers shared by the engine tests.
#ifndef SIMPLE_TESTS_JIT_ENGINE_TEST_SUPPORT_H
#define SIMPLE_TESTS_JIT_ENGINE_TEST_SUPPORT_H

#include <simple/jit/engine.h>

#include <gtest/gtest.h>

#include <memory>

namespace simple::test {

/// A new engine with these options; a test failure (and nullptr) when it
/// cannot be created.
inline std::unique_ptr<jit::Engine> makeEngine(jit::EngineOptions options = {}) {
  auto engine = jit::Engine::create(options);
  EXPECT_TRUE(engine) << (engine ? "" : engine.error().message());
  return engine ? std::move(*engine) : nullptr;
}

} // namespace simple::test

#endif // SIMPLE_TESTS_JIT_ENGINE_TEST_SUPPORT_H
