// The engine: ORC's LLJIT (or LLLazyJIT) configured for the Simple runtime.
// The pieces around it live in their own files: symbol resolution
// (runtime_symbols.h), the module index and symbol diagnostics
// (module_index.h), calling the entry (entry_call.h), exit-time finalisation
// (exit_finalization.h), lazy-compilation failures (lazy_failure.h), error
// conversion (error_conversion.h) and timings (compile_timing.h).
//
// Concurrency: every public call takes apiMutex_ (recursive, so JIT'd code
// that runs inside a call, such as a static constructor, may call the engine
// on the same thread). runMain releases it while the entry runs. ORC's own
// locks cover what runs without it: lazy compilation triggered by JIT'd
// code, and the session error reporter (its own mutex, sessionErrorMutex_).
#include <simple/jit/engine.h>

#include "code_map_plugin.h"
#include "compile_timing.h"
#include "entry_call.h"
#include "error_conversion.h"
#include "exit_finalization.h"
#include "jitdump.h"
#include "lazy_failure.h"
#include "module_index.h"
#include "module_loader.h"
#include "optimizer.h"
#include "runtime_declarations.h"
#include "runtime_symbols.h"

#include <simple/runtime_host.h>

#include <llvm/ExecutionEngine/Orc/CompileUtils.h>
#include <llvm/ExecutionEngine/Orc/DebugObjectManagerPlugin.h>
#include <llvm/ExecutionEngine/Orc/Debugging/PerfSupportPlugin.h>
#include <llvm/ExecutionEngine/Orc/EPCDebugObjectRegistrar.h>
#include <llvm/ExecutionEngine/Orc/LLJIT.h>
#include <llvm/ExecutionEngine/Orc/ObjectLinkingLayer.h>
#include <llvm/ExecutionEngine/Orc/TargetProcess/JITLoaderGDB.h>
#include <llvm/ExecutionEngine/Orc/TargetProcess/JITLoaderPerf.h>
#include <llvm/Support/TargetSelect.h>
#include <llvm/Target/TargetMachine.h>

#include <algorithm>
#include <cstdlib>
#include <mutex>
#include <utility>

namespace simple::jit {
namespace {

void initializeLlvmOnce() {
  static std::once_flag once;
  std::call_once(once, [] {
    llvm::InitializeNativeTarget();
    llvm::InitializeNativeTargetAsmPrinter();
    llvm::InitializeNativeTargetAsmParser();
  });
}

} // namespace

class Engine::Impl {
public:
  explicit Impl(const EngineOptions &options)
      : options_(options), timer_(options.collectTimings), optimizer_(options.optLevel) {}
  ~Impl();

  Error create();
  Expected<ModuleHandle> addModule(Expected<LoadedModule> loaded);
  Error removeModule(ModuleHandle handle);
  Error checkSymbolsResolve();
  Expected<void *> lookup(std::string_view name);
  Error initialize();
  Error finalize();
  Expected<int> runMain(std::string_view entry, std::string_view argv0,
                        const std::vector<std::string> &args);
  PhaseTimings timings() const { return timer_.timings(); }
  const EngineOptions &options() const { return options_; }
  PhaseTimer &timer() { return timer_; }

private:
  Error configure();
  void optimize(llvm::Module &module);
  void recordSessionError(llvm::Error error);
  std::string takeSessionError();
  void report(Diagnostic::Severity severity, Error error);
  static void onLazyCompileFailure(void *engine);

  const EngineOptions options_;
  PhaseTimer timer_;
  std::unique_ptr<llvm::orc::LLJIT> jit_;
  llvm::orc::LLLazyJIT *lazyJit_ = nullptr; // jit_ when options_.lazy
  void *lazyFailureEntry_ = nullptr;

  ModuleOptimizer optimizer_; // thread-safe: ORC transforms on any compiling thread

  std::recursive_mutex apiMutex_; // every public call; guards modules_
  ModuleIndex modules_;

  // The errors ORC reported to the session since they were last taken (it
  // reports why materialisation failed there; the lookup that failed only
  // lists the symbols).
  std::mutex sessionErrorMutex_;
  std::vector<std::string> sessionErrors_;
};

Engine::Impl::~Impl() {
  finalizeOnExitEnd(this);
  // Trackers refer to the session: drop them before it ends.
  modules_.clear();
  if (jit_) {
    if (auto error = jit_->getExecutionSession().endSession())
      llvm::consumeError(std::move(error));
    jit_.reset();
  }
  if (lazyFailureEntry_)
    releaseLazyFailureEntry(lazyFailureEntry_);
  if (options_.perfSupport)
    repairJitdumpHeader();
}

// ORC may report several errors for one failure (the link error, then the
// failed lookups waiting on it): keep the first few, root cause first.
void Engine::Impl::recordSessionError(llvm::Error error) {
  std::string message = llvm::toString(std::move(error));
  std::lock_guard lock(sessionErrorMutex_);
  if (sessionErrors_.size() < 8 &&
      std::find(sessionErrors_.begin(), sessionErrors_.end(), message) == sessionErrors_.end())
    sessionErrors_.push_back(std::move(message));
}

std::string Engine::Impl::takeSessionError() {
  std::lock_guard lock(sessionErrorMutex_);
  std::string joined;
  for (const std::string &message : sessionErrors_)
    joined += (joined.empty() ? "" : "\n") + message;
  sessionErrors_.clear();
  return joined;
}

void Engine::Impl::report(Diagnostic::Severity severity, Error error) {
  if (options_.onDiagnostic)
    options_.onDiagnostic(Diagnostic{severity, std::move(error)});
}

// A stub of this engine found that its function failed to compile. There is
// no caller to return an error to and no code to run: report, then abort
// (lazy_failure.h) if the handler returns.
void Engine::Impl::onLazyCompileFailure(void *engine) {
  auto *impl = static_cast<Impl *>(engine);
  std::string cause = impl->takeSessionError();
  impl->report(Diagnostic::Severity::Fatal,
               Error(ErrorCode::CompileFailed,
                     "lazy compilation failed" + (cause.empty() ? "" : ": " + cause)));
}

Error Engine::Impl::create() {
  PhaseTimer::Stopwatch stopwatch = timer_.start();
  initializeLlvmOnce();
  rt::initialize();
  if (Error error = configure())
    return error;
  timer_.stop(Phase::Setup, stopwatch);
  return Error::success();
}

// The ORC recipe: a JIT for the host at the engine's level, code generation
// that counts its time, JITLink plugins (code map, debugger, perf), the IR
// optimiser as a transform, and the runtime in the link order.
Error Engine::Impl::configure() {
  auto targetBuilder = llvm::orc::JITTargetMachineBuilder::detectHost();
  if (!targetBuilder)
    return fromLlvm(targetBuilder.takeError(), ErrorCode::Internal);
  targetBuilder->setCodeGenOptLevel(codeGenLevel(options_.optLevel));

  auto setUp = [&](auto &builder) {
    builder.setJITTargetMachineBuilder(*targetBuilder);
    builder.setCompileFunctionCreator(
        [this](llvm::orc::JITTargetMachineBuilder machineBuilder)
            -> llvm::Expected<std::unique_ptr<llvm::orc::IRCompileLayer::IRCompiler>> {
          auto machine = machineBuilder.createTargetMachine();
          if (!machine)
            return machine.takeError();
          machineBuilder.setCodeGenOptLevel(llvm::CodeGenOptLevel::None);
          auto platformMachine = machineBuilder.createTargetMachine();
          if (!platformMachine)
            return platformMachine.takeError();
          return makeTimedCompiler(
              std::make_unique<llvm::orc::TMOwningSimpleCompiler>(std::move(*machine)),
              std::make_unique<llvm::orc::TMOwningSimpleCompiler>(std::move(*platformMachine)),
              timer_);
        });
    builder.setPrePlatformSetup([this](llvm::orc::LLJIT &jit) -> llvm::Error {
      auto &layer = llvm::cast<llvm::orc::ObjectLinkingLayer>(jit.getObjLinkingLayer());
      llvm::orc::ExecutionSession &session = jit.getExecutionSession();
      layer.addPlugin(std::make_unique<CodeMapPlugin>());
      if (options_.debuggerSupport) {
        // The registrar calls LLVM's GDB hook in this process directly, so no
        // dynamic-symbol lookup (and no -rdynamic) is needed.
        auto registrar = std::make_unique<llvm::orc::EPCDebugObjectRegistrar>(
            session, llvm::orc::ExecutorAddr::fromPtr(&llvm_orc_registerJITLoaderGDBWrapper));
        layer.addPlugin(std::make_unique<llvm::orc::DebugObjectManagerPlugin>(
            session, std::move(registrar), /*RequireDebugSections=*/false,
            /*AutoRegisterCode=*/true));
      }
      if (options_.perfSupport) {
        layer.addPlugin(std::make_unique<llvm::orc::PerfSupportPlugin>(
            session.getExecutorProcessControl(),
            llvm::orc::ExecutorAddr::fromPtr(&llvm_orc_registerJITLoaderPerfStart),
            llvm::orc::ExecutorAddr::fromPtr(&llvm_orc_registerJITLoaderPerfEnd),
            llvm::orc::ExecutorAddr::fromPtr(&llvm_orc_registerJITLoaderPerfImpl),
            /*EmitDebugInfo=*/true, /*EmitUnwindInfo=*/false));
      }
      return llvm::Error::success();
    });
  };

  if (options_.lazy) {
    lazyFailureEntry_ = claimLazyFailureEntry(&Impl::onLazyCompileFailure, this);
    if (!lazyFailureEntry_)
      return Error(ErrorCode::Internal, "too many lazy engines at once (at most " +
                                            std::to_string(kMaxLazyEngines) + ")");
    llvm::orc::LLLazyJITBuilder builder;
    setUp(builder);
    builder.setLazyCompileFailureAddr(llvm::orc::ExecutorAddr::fromPtr(lazyFailureEntry_));
    auto jit = builder.create();
    if (!jit)
      return fromLlvm(jit.takeError(), ErrorCode::Internal);
    lazyJit_ = jit->get();
    jit_ = std::move(*jit);
  } else {
    llvm::orc::LLJITBuilder builder;
    setUp(builder);
    auto jit = builder.create();
    if (!jit)
      return fromLlvm(jit.takeError(), ErrorCode::Internal);
    jit_ = std::move(*jit);
  }
  jit_->getExecutionSession().setErrorReporter(
      [this](llvm::Error error) { recordSessionError(std::move(error)); });
  jit_->getIRTransformLayer().setTransform(
      [this](llvm::orc::ThreadSafeModule module, llvm::orc::MaterializationResponsibility &)
          -> llvm::Expected<llvm::orc::ThreadSafeModule> {
        module.withModuleDo([this](llvm::Module &m) { optimize(m); });
        return module;
      });
  return addRuntimeAndLibraries(*jit_, options_.libraries);
}

void Engine::Impl::optimize(llvm::Module &module) {
  if (isPlatformModule(module))
    return;
  PhaseTimer::Stopwatch stopwatch = timer_.start();
  optimizer_.optimize(module);
  timer_.stop(Phase::Optimize, stopwatch);
}

// Verifies and summarises the new module without the lock (it touches only
// the module), then indexes it and hands it to ORC under the lock.
Expected<ModuleHandle> Engine::Impl::addModule(Expected<LoadedModule> loaded) {
  if (!loaded)
    return loaded.takeError();
  PhaseTimer::Stopwatch stopwatch = timer_.start();
  llvm::Module &module = *loaded->module;
  if (Error error = verifyModule(module))
    return error;
  if (Error error = bindRuntimeDeclarations(module, options_.adaptRuntimeDeclarations
                                                        ? DeclarationPolicy::Adapt
                                                        : DeclarationPolicy::Strict))
    return error;
  if (Error error = adaptToTarget(module, jit_->getDataLayout(), jit_->getTargetTriple()))
    return error;
  ModuleSummary summary = summarizeModule(module);
  timer_.stop(Phase::Verify, stopwatch);

  std::lock_guard lock(apiMutex_);
  if (Error error = modules_.checkNoDuplicates(summary))
    return error;
  llvm::orc::ResourceTrackerSP tracker = jit_->getMainJITDylib().createResourceTracker();
  llvm::orc::ThreadSafeModule safeModule(std::move(loaded->module), std::move(loaded->context));
  llvm::Error added = lazyJit_
                          ? lazyJit_->getCompileOnDemandLayer().add(tracker, std::move(safeModule))
                          : jit_->addIRModule(tracker, std::move(safeModule));
  if (added)
    return fromLlvm(std::move(added), ErrorCode::CompileFailed);
  return modules_.add(std::move(summary), std::move(tracker));
}

Error Engine::Impl::removeModule(ModuleHandle handle) {
  std::lock_guard lock(apiMutex_);
  llvm::orc::ResourceTrackerSP tracker = modules_.remove(handle);
  if (!tracker)
    return Error(ErrorCode::InvalidArgument,
                 "no module with handle " + std::to_string(handle.id) + " in this engine");
  if (auto error = tracker->remove())
    return fromLlvm(std::move(error), ErrorCode::Internal);
  return Error::success();
}

Error Engine::Impl::checkSymbolsResolve() {
  std::lock_guard lock(apiMutex_);
  PhaseTimer::Stopwatch stopwatch = timer_.start();
  std::map<std::string, OpenReference> open = modules_.openReferences();
  if (open.empty())
    return Error::success();

  // Ask the JITDylibs without materialising anything: the runtime, the
  // libraries, the platform and the process's shared libraries.
  llvm::orc::JITDylib &main = jit_->getMainJITDylib();
  llvm::orc::JITDylibSearchOrder order;
  order.push_back({&main, llvm::orc::JITDylibLookupFlags::MatchAllSymbols});
  main.withLinkOrderDo([&](const llvm::orc::JITDylibSearchOrder &linkOrder) {
    for (const auto &entry : linkOrder)
      if (entry.first != &main)
        order.push_back(entry);
  });
  llvm::orc::SymbolLookupSet wanted;
  for (const auto &[name, reference] : open)
    wanted.add(jit_->mangleAndIntern(name), llvm::orc::SymbolLookupFlags::WeaklyReferencedSymbol);
  auto found = jit_->getExecutionSession().lookupFlags(llvm::orc::LookupKind::Static, order,
                                                       std::move(wanted));
  if (!found)
    return fromLlvm(found.takeError(), ErrorCode::Internal);
  Error error = describeUnresolved(
      open, [&](const std::string &name) { return found->count(jit_->mangleAndIntern(name)); });
  timer_.stop(Phase::Verify, stopwatch);
  return error;
}

Expected<void *> Engine::Impl::lookup(std::string_view name) {
  if (name.empty())
    return Error(ErrorCode::InvalidArgument, "the function name is empty");
  std::lock_guard lock(apiMutex_);
  if (!modules_.defines(name))
    return Error(ErrorCode::EntryNotFound,
                 "'" + std::string(name) + "' is not defined by any module of this engine");
  takeSessionError();
  auto address = timer_.timeExcludingCompilation(
      Phase::Link, [&] { return jit_->lookup(llvm::StringRef(name.data(), name.size())); });
  if (!address) {
    Error error = fromLlvm(address.takeError(), ErrorCode::CompileFailed);
    // "Failed to materialize symbols: {...}" only lists what failed; the
    // session error says why.
    std::string cause = takeSessionError();
    if (error.code() == ErrorCode::CompileFailed && !cause.empty())
      return Error(ErrorCode::CompileFailed,
                   "cannot compile '" + std::string(name) + "': " + cause);
    return error;
  }
  return address->toPtr<void *>();
}

Error Engine::Impl::initialize() {
  std::lock_guard lock(apiMutex_);
  llvm::Error error = timer_.timeExcludingCompilation(
      Phase::Initialize, [&] { return jit_->initialize(jit_->getMainJITDylib()); });
  return error ? fromLlvm(std::move(error), ErrorCode::CompileFailed) : Error::success();
}

Error Engine::Impl::finalize() {
  std::lock_guard lock(apiMutex_);
  llvm::Error error = timer_.timeExcludingCompilation(Phase::Finalize, [&] {
    llvm::Error deinitialized = jit_->deinitialize(jit_->getMainJITDylib());
    rt::flushOutput();
    if (options_.perfSupport)
      repairJitdumpHeader();
    return deinitialized;
  });
  return error ? fromLlvm(std::move(error), ErrorCode::CompileFailed) : Error::success();
}

Expected<int> Engine::Impl::runMain(std::string_view entry, std::string_view argv0,
                                    const std::vector<std::string> &args) {
  if (entry.empty())
    return Error(ErrorCode::InvalidArgument, "the entry function name is empty");
  EntryShape shape;
  void *code = nullptr;
  {
    std::lock_guard lock(apiMutex_);
    const EntryShape *found = modules_.findFunction(entry);
    if (!found)
      return Error(ErrorCode::EntryNotFound, "entry function '" + std::string(entry) +
                                                 "' is not defined in " + modules_.moduleNames());
    shape = *found;
    if (Error error = checkEntryShape(entry, shape))
      return error;
    if (Error error = checkSymbolsResolve())
      return error;
    Expected<void *> address = lookup(entry);
    if (!address)
      return address.takeError();
    code = *address;
    if (Error error = initialize())
      return error;
  }

  // exit() from JIT'd code skips the return path below; the exit hook
  // finalises the engine then, reporting a failure as a diagnostic.
  finalizeOnExitBegin(this, [this] {
    if (Error error = finalize())
      report(Diagnostic::Severity::Error, std::move(error));
  });
  PhaseTimer::Stopwatch stopwatch = timer_.start();
  int64_t result = callEntry(code, shape, argv0, args);
  timer_.stop(Phase::Run, stopwatch);
  rt::flushOutput();
  finalizeOnExitEnd(this);

  if (Error error = finalize())
    return error;
  return static_cast<int>(result);
}

// ---------------------------------------------------------------------------
// Engine: forwards to Impl, measuring parse time.
// ---------------------------------------------------------------------------

Engine::Engine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Engine::~Engine() = default;

Expected<std::unique_ptr<Engine>> Engine::create(const EngineOptions &options) {
  auto impl = std::make_unique<Impl>(options);
  if (Error error = impl->create())
    return error;
  return std::unique_ptr<Engine>(new Engine(std::move(impl)));
}

Expected<ModuleHandle> Engine::addModuleFile(const std::string &path) {
  PhaseTimer::Stopwatch stopwatch = impl_->timer().start();
  Expected<LoadedModule> loaded = loadModuleFile(path);
  impl_->timer().stop(Phase::Parse, stopwatch);
  return impl_->addModule(std::move(loaded));
}

Expected<ModuleHandle> Engine::addModuleFromMemory(std::string_view ir, std::string_view name) {
  PhaseTimer::Stopwatch stopwatch = impl_->timer().start();
  Expected<LoadedModule> loaded = loadModuleFromMemory(ir, name);
  impl_->timer().stop(Phase::Parse, stopwatch);
  return impl_->addModule(std::move(loaded));
}

Error Engine::removeModule(ModuleHandle module) { return impl_->removeModule(module); }
Error Engine::checkSymbolsResolve() { return impl_->checkSymbolsResolve(); }
Expected<void *> Engine::lookup(std::string_view name) { return impl_->lookup(name); }
Error Engine::initialize() { return impl_->initialize(); }
Error Engine::finalize() { return impl_->finalize(); }
Expected<int> Engine::runMain(std::string_view entry, std::string_view argv0,
                              const std::vector<std::string> &args) {
  return impl_->runMain(entry, argv0, args);
}
PhaseTimings Engine::timings() const { return impl_->timings(); }
const EngineOptions &Engine::options() const { return impl_->options(); }

} // namespace simple::jit
