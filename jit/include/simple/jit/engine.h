// The embedding API: a JIT engine that compiles LLVM IR against the Simple
// runtime and runs it in this process.
//
//   auto engine = simple::jit::Engine::create({});
//   if (!engine) { report(engine.error()); return; }
//   auto module = (*engine)->addModuleFile("prog.ll");
//   auto add = (*engine)->lookupFunction<int64_t(int64_t, int64_t)>("add");
//   int64_t three = (*add)(1, 2);
//
// Thread contract: one engine may be used from several threads at once.
// Its calls are serialised internally (a call waits for one in progress on
// another thread); JIT'd code that runs inside a call (static constructors,
// runMain's entry) may call the engine on the same thread. runMain holds the
// lock while it prepares and finalises, not while the entry runs, so threads
// of the program may use the engine meanwhile. Several engines in one process
// are independent: each has its own symbol tables, modules, code, errors,
// timings and diagnostic handler; they share the runtime (one
// garbage-collected heap per process) and the process-wide fault handler's
// table of JIT'd function names.
//
// No call prints or ends the process: errors are returned, and what no call
// can return goes to EngineOptions::onDiagnostic.
//
// This header includes no LLVM header.
#ifndef SIMPLE_JIT_ENGINE_H
#define SIMPLE_JIT_ENGINE_H

#include <simple/jit/error.h>
#include <simple/jit/options.h>

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace simple::jit {

/// Identifies a module added to an engine; pass it to removeModule.
struct ModuleHandle {
  uint64_t id = 0;
  friend bool operator==(ModuleHandle, ModuleHandle) = default;
};

/// Time spent in each phase, summed over every module of the engine. The
/// phases do not overlap: optimisation and code generation are counted only
/// in `optimize` and `codegen`, wherever they were triggered.
struct PhaseTimings {
  std::chrono::nanoseconds setup{};      ///< creating the JIT and registering the runtime
  std::chrono::nanoseconds parse{};      ///< reading and parsing IR
  std::chrono::nanoseconds verify{};     ///< the IR verifier, runtime ABI and symbol checks
  std::chrono::nanoseconds optimize{};   ///< the IR optimisation pipeline
  std::chrono::nanoseconds codegen{};    ///< machine code generation
  std::chrono::nanoseconds link{};       ///< the rest of lookups: JITLink, symbol resolution
  std::chrono::nanoseconds initialize{}; ///< running static constructors (and linking them)
  std::chrono::nanoseconds run{};        ///< the entry function
  std::chrono::nanoseconds finalize{};   ///< static destructors and atexit handlers
};

class Engine {
public:
  /// Creates an engine. Initialises the runtime (idempotent) and LLVM's
  /// native target on first use. Fails with LibraryLoadFailed when a library
  /// of options.libraries cannot be opened, and with Internal when 64 lazy
  /// engines (options.lazy) already exist.
  static Expected<std::unique_ptr<Engine>> create(const EngineOptions &options);

  /// Releases every module and its code. Runs no static destructors: call
  /// runMain (which runs them) or finalize() first if they matter.
  ~Engine();
  Engine(const Engine &) = delete;
  Engine &operator=(const Engine &) = delete;

  /// Parses a .ll or .bc file (decided by content, not by name), verifies it,
  /// checks its rt_* declarations against the runtime ABI and adds it. Code
  /// is generated on first lookup. Errors: FileUnreadable, InvalidIR,
  /// VerifierFailed, RuntimeAbiMismatch, DuplicateDefinition.
  Expected<ModuleHandle> addModuleFile(const std::string &path);

  /// Like addModuleFile for IR held in memory: textual IR or bitcode.
  /// `name` is used in messages (as a file name would be).
  Expected<ModuleHandle> addModuleFromMemory(std::string_view ir, std::string_view name);

  /// Removes a module and frees its code. Functions looked up from it must not
  /// be called afterwards. Fails with InvalidArgument for an unknown handle.
  Error removeModule(ModuleHandle module);

  /// Names every undefined reference of the engine's modules that nothing
  /// resolves (other modules, the runtime, loaded libraries, the process's
  /// shared libraries), with the functions that use it and a hint. Success
  /// when all resolve. Compiles nothing.
  Error checkSymbolsResolve();

  /// Address of a function or global defined by an added module, compiling
  /// what it needs. Errors: EntryNotFound when no module defines `name`,
  /// UndefinedSymbols or CompileFailed when its code cannot be built.
  Expected<void *> lookup(std::string_view name);

  /// lookup() cast to a function pointer of type Signature.
  template <typename Signature> Expected<Signature *> lookupFunction(std::string_view name) {
    Expected<void *> address = lookup(name);
    if (!address)
      return address.takeError();
    return reinterpret_cast<Signature *>(*address);
  }

  /// Runs static constructors of modules added since the last call.
  Error initialize();

  /// Runs static destructors and atexit handlers registered by JIT'd code.
  Error finalize();

  /// Runs `entry` like a C main: checks symbols, runs static constructors,
  /// calls entry with argc/argv (argv[0] is `argv0`, then `args`, then NULL),
  /// then runs static destructors and atexit handlers. Supported entry types:
  /// integer or void result; parameters any prefix of (argc, argv, envp):
  /// (), (i32), (i32, ptr) or (i32, ptr, ptr) (argc may be i64; the third
  /// gets the environment). Returns the entry's result converted to
  /// int (0 for void). Errors: EntryNotFound, UnsupportedSignature,
  /// UndefinedSymbols, CompileFailed.
  Expected<int> runMain(std::string_view entry, std::string_view argv0,
                        const std::vector<std::string> &args);

  /// Phase timings so far: all zero unless options.collectTimings. With
  /// timings on, optimisation and code generation that JIT'd code triggers
  /// (lazy compilation) while a call is timing its own phase is subtracted
  /// from that call's phase too: the split is exact for one thread.
  PhaseTimings timings() const;

  /// The options the engine was created with.
  const EngineOptions &options() const;

  class Impl;

private:
  explicit Engine(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

} // namespace simple::jit

#endif // SIMPLE_JIT_ENGINE_H
