// Per-phase timings of an engine (PhaseTimings), and code generation that
// counts its own time. With timings off nothing here reads a clock.
#ifndef SIMPLE_JIT_COMPILE_TIMING_H
#define SIMPLE_JIT_COMPILE_TIMING_H

#include <simple/jit/engine.h>

#include <llvm/ExecutionEngine/Orc/IRCompileLayer.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>

namespace simple::jit {

enum class Phase { Setup, Parse, Verify, Optimize, Codegen, Link, Initialize, Run, Finalize };

/// Nanosecond counters, one per phase. Optimisation and code generation are
/// measured inside ORC's layers, on whichever thread compiles, so the
/// counters are atomic.
class PhaseTimer {
public:
  using Clock = std::chrono::steady_clock;

  explicit PhaseTimer(bool enabled) : enabled_(enabled) {}

  /// A started measurement; empty (and free) when timings are off.
  struct Stopwatch {
    bool running = false;
    Clock::time_point start{};
  };

  Stopwatch start() const { return enabled_ ? Stopwatch{true, Clock::now()} : Stopwatch{}; }

  /// Adds the time since `stopwatch` started to `phase`.
  void stop(Phase phase, const Stopwatch &stopwatch) {
    if (stopwatch.running)
      add(phase, elapsed(stopwatch));
  }

  /// Runs `work` and adds its time to `phase`, less the optimisation and
  /// code generation inside it (those have their own phases), so the phases
  /// add up to the total.
  template <typename Work> auto timeExcludingCompilation(Phase phase, Work &&work) {
    if (!enabled_)
      return work();
    int64_t compiledBefore = compileNanoseconds();
    Stopwatch stopwatch = start();
    auto result = work();
    int64_t compiled = compileNanoseconds() - compiledBefore;
    add(phase, std::max<int64_t>(0, elapsed(stopwatch) - compiled));
    return result;
  }

  PhaseTimings timings() const;

private:
  static int64_t elapsed(const Stopwatch &stopwatch) {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - stopwatch.start)
        .count();
  }
  void add(Phase phase, int64_t nanoseconds) {
    counters_[static_cast<size_t>(phase)].fetch_add(nanoseconds, std::memory_order_relaxed);
  }
  int64_t compileNanoseconds() const {
    return counters_[static_cast<size_t>(Phase::Optimize)].load() +
           counters_[static_cast<size_t>(Phase::Codegen)].load();
  }

  const bool enabled_;
  std::array<std::atomic<int64_t>, 9> counters_{};
};

/// LLJIT's GenericIR platform synthesises small helper modules (running
/// initialisers, atexit handlers) named "__standard_lib". They are a few
/// calls each: optimising them or generating code with the full instruction
/// selector costs more start-up time than it could ever save.
bool isPlatformModule(const llvm::Module &module);

/// A compiler that generates code with `compiler`, platform modules with
/// `platformCompiler` (the fast -O0 selector), adding the time to the
/// Codegen phase of `timer`.
std::unique_ptr<llvm::orc::IRCompileLayer::IRCompiler>
makeTimedCompiler(std::unique_ptr<llvm::orc::IRCompileLayer::IRCompiler> compiler,
                  std::unique_ptr<llvm::orc::IRCompileLayer::IRCompiler> platformCompiler,
                  PhaseTimer &timer);

} // namespace simple::jit

#endif // SIMPLE_JIT_COMPILE_TIMING_H
