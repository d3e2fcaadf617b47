// The configuration of a JIT engine.
#ifndef SIMPLE_JIT_OPTIONS_H
#define SIMPLE_JIT_OPTIONS_H

#include <simple/jit/error.h>

#include <functional>
#include <string>
#include <vector>

namespace simple::jit {

/// Optimisation level: both the IR pipeline (LLVM's new pass manager
/// default pipelines) and the code generator's level.
enum class OptLevel { O0 = 0, O1 = 1, O2 = 2, O3 = 3 };

/// The default level, chosen by measurement (docs/performance.md): -O1 (LLVM's
/// O1 pipeline without loop unrolling) ran a compute-bound program from naive
/// IR as fast as -O2/-O3 and 2.7x faster than -O0, while JIT-compiling a
/// 300-function module in about 40% of -O2's time.
inline constexpr OptLevel kDefaultOptLevel = OptLevel::O1;

/// Something the engine has to report that no call can return: it happened
/// while JIT'd code ran, or while the process exits.
struct Diagnostic {
  enum class Severity {
    /// The engine carries on; e.g. static destructors that failed to run
    /// when JIT'd code called exit().
    Error,
    /// JIT'd code cannot continue: a function it called failed to compile
    /// lazily (`lazy`), and there is no code to return to. The callback
    /// should end the process (the tool prints and exits 70); if it returns,
    /// the engine calls std::abort().
    Fatal,
  };
  Severity severity = Severity::Error;
  Error error; ///< the code (CompileFailed, ...) and the message
};

/// Receives an engine's diagnostics. Called on whichever thread the problem
/// happened on (a JIT'd thread for a lazy-compilation failure, the exiting
/// thread at exit), possibly on several threads at once; never while the
/// engine's own lock is held, so it may call the engine.
using DiagnosticHandler = std::function<void(const Diagnostic &)>;

struct EngineOptions {
  /// Optimisation level for every module added to the engine.
  OptLevel optLevel = kDefaultOptLevel;
  /// Compile each function on its first call instead of whole modules up
  /// front. Cheaper only when most code never runs.
  bool lazy = false;
  /// Register JIT'd code with GDB's JIT interface so breakpoints and
  /// backtraces see JIT'd functions.
  bool debuggerSupport = false;
  /// Write a perf jitdump file (for `perf inject --jit`).
  bool perfSupport = false;
  /// Shared libraries whose exported symbols JIT'd code may call, searched in
  /// order before the process's own libraries.
  std::vector<std::string> libraries;
  /// Bind declarations of runtime functions that differ from the ABI table
  /// only in ways an adapter can bridge (ptr for i64, narrower integers, a
  /// void or narrower result, extra trailing arguments; spec section 6) to
  /// inlined adapters. Off: every referenced declaration must match exactly.
  bool adaptRuntimeDeclarations = true;
  /// Collect per-phase timings (parse, verify, optimise, codegen, link, run).
  /// Off: no clock is read and Engine::timings() stays zero.
  bool collectTimings = false;
  /// Where the engine reports what no call can return (see Diagnostic). The
  /// engine itself never prints and never ends the process; without a
  /// handler, Error diagnostics are dropped and a Fatal one aborts.
  DiagnosticHandler onDiagnostic;
};

} // namespace simple::jit

#endif // SIMPLE_JIT_OPTIONS_H
