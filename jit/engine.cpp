// The engine: ORC LLJIT (or LLLazyJIT) configured for the Simple runtime.
//
// Symbol resolution, in the order JIT'd code sees it:
//   1. the module's own JITDylib ("main": every added module);
//   2. "<simple-runtime>": every rt_* function of the ABI table, as absolute
//      symbols;
//   3. "<libraries>": the shared libraries given with --load;
//   4. LLJIT's platform and process-symbols JITDylibs: atexit/__cxa_atexit
//      interposition, then the shared libraries the process links (libc, libm,
//      libstdc++, libgcc_s). simple-jit is not linked with -rdynamic, so its
//      own functions (LLVM, the runtime's internals) are not in the dynamic
//      symbol table and a declaration can never bind to them by accident.
#include <simple/jit/engine.h>
#include <simple/jit/fault_handler.h>

#include "code_map_plugin.h"
#include "jitdump.h"
#include "module_loader.h"
#include "optimizer.h"
#include "symbol_hints.h"

#include <simple/emulated_tls.h>
#include <simple/runtime_abi_table.h>
#include <simple/runtime_host.h>

#include <llvm/ExecutionEngine/Orc/CompileUtils.h>
#include <llvm/ExecutionEngine/Orc/DebugObjectManagerPlugin.h>
#include <llvm/ExecutionEngine/Orc/Debugging/PerfSupportPlugin.h>
#include <llvm/ExecutionEngine/Orc/EPCDebugObjectRegistrar.h>
#include <llvm/ExecutionEngine/Orc/ExecutionUtils.h>
#include <llvm/ExecutionEngine/Orc/LLJIT.h>
#include <llvm/ExecutionEngine/Orc/ObjectLinkingLayer.h>
#include <llvm/ExecutionEngine/Orc/Shared/OrcError.h>
#include <llvm/ExecutionEngine/Orc/TargetProcess/JITLoaderGDB.h>
#include <llvm/ExecutionEngine/Orc/TargetProcess/JITLoaderPerf.h>
#include <llvm/IR/Constants.h>
#include <llvm/IR/Instructions.h>
#include <llvm/Support/TargetSelect.h>
#include <llvm/Target/TargetMachine.h>
#include <llvm/TargetParser/Host.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <mutex>
#include <set>
#include <unistd.h>
#include <utility>

extern char **environ;

namespace simple::jit {
namespace {

using Clock = std::chrono::steady_clock;
using orc_ns = std::atomic<int64_t>;

std::chrono::nanoseconds since(Clock::time_point start) {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - start);
}

std::string toStd(llvm::StringRef text) { return text.str(); }

// The last error ORC reported asynchronously (lazy compilation runs on calls
// from JIT'd code, where no caller can receive an Error).
std::mutex gSessionErrorMutex;
std::string gSessionError;

void reportSessionError(llvm::Error error) {
  std::string message = llvm::toString(std::move(error));
  std::lock_guard lock(gSessionErrorMutex);
  gSessionError = message;
}

// The asynchronous error recorded since the last call, if any, cleared.
std::string takeSessionError() {
  std::lock_guard lock(gSessionErrorMutex);
  return std::exchange(gSessionError, std::string());
}

// Where a stub jumps when lazy compilation of its function failed. There is
// no caller to return an error to: say why and end the process.
[[noreturn]] void onLazyCompileFailure() {
  std::string message;
  {
    std::lock_guard lock(gSessionErrorMutex);
    message = gSessionError;
  }
  std::fprintf(stderr, "simple-jit: error: lazy compilation failed%s%s\n",
               message.empty() ? "" : ": ", message.c_str());
  std::fflush(stdout);
  std::_Exit(70);
}

// Converts an llvm::Error, classifying the cases a user can act on.
Error fromLlvm(llvm::Error error, ErrorCode fallback) {
  ErrorCode code = fallback;
  std::string message;
  llvm::handleAllErrors(
      std::move(error),
      [&](const llvm::orc::SymbolsNotFound &notFound) {
        code = ErrorCode::UndefinedSymbols;
        for (const auto &symbol : notFound.getSymbols())
          message += (message.empty() ? "undefined symbol '" : "\nundefined symbol '") +
                     toStd(*symbol) + "' (" + undefinedSymbolHint(toStd(*symbol)) + ")";
      },
      [&](const llvm::orc::DuplicateDefinition &duplicate) {
        code = ErrorCode::DuplicateDefinition;
        message += (message.empty() ? "" : "\n") + std::string("symbol '") +
                   duplicate.getSymbolName() + "' is defined by more than one module";
      },
      [&](const llvm::ErrorInfoBase &other) {
        message += (message.empty() ? "" : "\n") + other.message();
      });
  return Error(code, message);
}

void initializeLlvmOnce() {
  static std::once_flag once;
  std::call_once(once, [] {
    llvm::InitializeNativeTarget();
    llvm::InitializeNativeTargetAsmPrinter();
    llvm::InitializeNativeTargetAsmParser();
  });
}

llvm::CodeGenOptLevel codeGenLevel(OptLevel level) {
  switch (level) {
  case OptLevel::O0:
    return llvm::CodeGenOptLevel::None;
  case OptLevel::O1:
    return llvm::CodeGenOptLevel::Less;
  case OptLevel::O2:
    return llvm::CodeGenOptLevel::Default;
  case OptLevel::O3:
    return llvm::CodeGenOptLevel::Aggressive;
  }
  return llvm::CodeGenOptLevel::Default;
}

// LLJIT's GenericIR platform synthesises small helper modules (running
// initialisers, atexit handlers) named "__standard_lib". They are a few
// calls each: optimising them or generating code with the full instruction
// selector costs more start-up time than it could ever save.
bool isPlatformModule(const llvm::Module &module) {
  return module.getModuleIdentifier() == "__standard_lib";
}

// Code generation at the engine's level (the fast O0 selector for platform
// modules) that adds its time to a counter.
class TimedCompiler : public llvm::orc::IRCompileLayer::IRCompiler {
public:
  TimedCompiler(std::unique_ptr<llvm::orc::IRCompileLayer::IRCompiler> compiler,
                std::unique_ptr<llvm::orc::IRCompileLayer::IRCompiler> platformCompiler,
                orc_ns &counter)
      : IRCompiler(compiler->getManglingOptions()), compiler_(std::move(compiler)),
        platformCompiler_(std::move(platformCompiler)), counter_(counter) {}

  llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>> operator()(llvm::Module &module) override {
    Clock::time_point start = Clock::now();
    auto object = isPlatformModule(module) ? (*platformCompiler_)(module) : (*compiler_)(module);
    counter_ += since(start).count();
    return object;
  }

private:
  std::unique_ptr<llvm::orc::IRCompileLayer::IRCompiler> compiler_;
  std::unique_ptr<llvm::orc::IRCompileLayer::IRCompiler> platformCompiler_;
  orc_ns &counter_;
};

// How an entry function can be called as main.
struct EntryShape {
  bool supported = false;
  bool returnsVoid = false;
  unsigned resultBits = 0;
  unsigned parameterCount = 0; // 0, 2 (argc, argv) or 3 (argc, argv, envp)
  std::string typeText;
};

EntryShape entryShapeOf(const llvm::Function &function) {
  EntryShape shape;
  llvm::FunctionType *type = function.getFunctionType();
  shape.typeText = describeFunctionType(function);
  llvm::Type *result = type->getReturnType();
  if (result->isVoidTy())
    shape.returnsVoid = true;
  else if (result->isIntegerTy() && result->getIntegerBitWidth() <= 64)
    shape.resultBits = result->getIntegerBitWidth();
  else
    return shape;
  if (type->isVarArg())
    return shape;
  unsigned count = type->getNumParams();
  if (count != 0 && count != 2 && count != 3)
    return shape;
  if (count >= 2) {
    llvm::Type *argc = type->getParamType(0);
    if (!argc->isIntegerTy(32) && !argc->isIntegerTy(64))
      return shape;
    for (unsigned i = 1; i < count; ++i)
      if (!type->getParamType(i)->isPointerTy())
        return shape;
  }
  shape.parameterCount = count;
  shape.supported = true;
  return shape;
}

// The functions whose code refers to `value` (through constant expressions
// and global initialisers too), for "used by" in undefined-symbol messages.
void collectUsers(const llvm::Value &value, std::set<std::string> &users, int depth = 0) {
  if (depth > 8)
    return;
  for (const llvm::User *user : value.users()) {
    if (const auto *instruction = llvm::dyn_cast<llvm::Instruction>(user))
      users.insert(toStd(instruction->getFunction()->getName()));
    else if (const auto *global = llvm::dyn_cast<llvm::GlobalValue>(user))
      users.insert("global @" + toStd(global->getName()));
    else if (const auto *constant = llvm::dyn_cast<llvm::Constant>(user))
      collectUsers(*constant, users, depth + 1);
  }
}

std::string joinUsers(const std::set<std::string> &users) {
  std::string text;
  size_t shown = 0;
  for (const std::string &user : users) {
    if (shown == 5) {
      text += " and " + std::to_string(users.size() - shown) + " more";
      break;
    }
    text += (shown ? ", " : "") + user;
    ++shown;
  }
  return text;
}

bool isStrongDefinition(const llvm::GlobalValue &value) {
  return !value.isDeclaration() && !value.hasLocalLinkage() && !value.isWeakForLinker();
}

// Every engine that is inside runMain, so that exit() called by JIT'd code
// still runs its static destructors and atexit handlers (see runMain).
std::mutex gRunningMutex;
std::set<Engine::Impl *> gRunning;

} // namespace

class Engine::Impl {
public:
  explicit Impl(const EngineOptions &options) : options_(options) {}
  ~Impl();

  Error create();
  Expected<ModuleHandle> addModule(Expected<LoadedModule> loaded, Clock::time_point parseStart);
  Error removeModule(ModuleHandle handle);
  Error checkSymbolsResolve();
  Expected<void *> lookup(std::string_view name);
  Error initialize();
  Error finalize();
  Expected<int> runMain(std::string_view entry, std::string_view argv0,
                        const std::vector<std::string> &args);
  PhaseTimings timings() const;
  const EngineOptions &options() const { return options_; }
  void finalizeAtExit();

private:
  struct ModuleRecord {
    std::string name;
    llvm::orc::ResourceTrackerSP tracker;
    std::set<std::string> strongDefinitions;
    std::set<std::string> definitions;
    // Declared but not defined here -> the functions that use it.
    std::map<std::string, std::set<std::string>> undefinedUses;
    std::map<std::string, EntryShape> functions;
  };

  Expected<ModuleHandle> addLoaded(LoadedModule loaded);
  Error checkTarget(llvm::Module &module);
  const EntryShape *findFunction(std::string_view name) const;
  bool isDefined(const std::string &name) const;
  void optimize(llvm::Module &module);

  // Runs `work` and adds its time to `counter`, less the optimiser and
  // codegen time spent inside it (those have their own counters), so the
  // phases add up to the total. Compilation on other threads at the same
  // time would be subtracted too: the split is exact for one caller.
  template <typename Work> auto timeExcludingCompilation(orc_ns &counter, Work &&work) {
    int64_t compileBefore = optimize_.load() + codegen_.load();
    Clock::time_point start = Clock::now();
    auto result = work();
    int64_t compiled = optimize_.load() + codegen_.load() - compileBefore;
    counter += std::max<int64_t>(0, since(start).count() - compiled);
    return result;
  }

  EngineOptions options_;
  std::unique_ptr<llvm::orc::LLJIT> jit_;
  llvm::orc::LLLazyJIT *lazyJit_ = nullptr; // jit_ when options_.lazy
  std::unique_ptr<llvm::TargetMachine> optimizerTarget_;
  std::mutex optimizerMutex_;

  mutable std::mutex mutex_; // guards modules_ and nextModuleId_
  std::map<uint64_t, ModuleRecord> modules_;
  uint64_t nextModuleId_ = 1;

  // Phase timings in nanoseconds; optimise and codegen are measured inside
  // ORC's layers, which may run on any thread.
  orc_ns setup_{0}, parse_{0}, verify_{0}, optimize_{0}, codegen_{0}, link_{0}, initialize_{0},
      run_{0}, finalize_{0};
};

Engine::Impl::~Impl() {
  {
    std::lock_guard lock(gRunningMutex);
    gRunning.erase(this);
  }
  // Trackers refer to the session: drop them before it ends.
  modules_.clear();
  if (jit_) {
    if (auto error = jit_->getExecutionSession().endSession())
      llvm::consumeError(std::move(error));
    jit_.reset();
  }
  if (options_.perfSupport)
    repairJitdumpHeader();
}

Error Engine::Impl::create() {
  Clock::time_point start = Clock::now();
  initializeLlvmOnce();
  rt::initialize();

  auto targetBuilder = llvm::orc::JITTargetMachineBuilder::detectHost();
  if (!targetBuilder)
    return fromLlvm(targetBuilder.takeError(), ErrorCode::Internal);
  targetBuilder->setCodeGenOptLevel(codeGenLevel(options_.optLevel));

  auto configure = [&](auto &builder) {
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
          return std::make_unique<TimedCompiler>(
              std::make_unique<llvm::orc::TMOwningSimpleCompiler>(std::move(*machine)),
              std::make_unique<llvm::orc::TMOwningSimpleCompiler>(std::move(*platformMachine)),
              codegen_);
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
    llvm::orc::LLLazyJITBuilder builder;
    configure(builder);
    builder.setLazyCompileFailureAddr(llvm::orc::ExecutorAddr::fromPtr(&onLazyCompileFailure));
    auto jit = builder.create();
    if (!jit)
      return fromLlvm(jit.takeError(), ErrorCode::Internal);
    lazyJit_ = jit->get();
    jit_ = std::move(*jit);
  } else {
    llvm::orc::LLJITBuilder builder;
    configure(builder);
    auto jit = builder.create();
    if (!jit)
      return fromLlvm(jit.takeError(), ErrorCode::Internal);
    jit_ = std::move(*jit);
  }
  llvm::orc::ExecutionSession &session = jit_->getExecutionSession();
  session.setErrorReporter(reportSessionError);

  jit_->getIRTransformLayer().setTransform(
      [this](llvm::orc::ThreadSafeModule module, llvm::orc::MaterializationResponsibility &)
          -> llvm::Expected<llvm::orc::ThreadSafeModule> {
        module.withModuleDo([this](llvm::Module &m) { optimize(m); });
        return module;
      });

  // The runtime, as absolute symbols.
  llvm::orc::JITDylib &runtimeDylib = session.createBareJITDylib("<simple-runtime>");
  llvm::orc::SymbolMap runtimeSymbols;
  for (const rt::AbiFunction &function : rt::abiFunctions())
    runtimeSymbols[jit_->mangleAndIntern(
        llvm::StringRef(function.name.data(), function.name.size()))] =
        llvm::orc::ExecutorSymbolDef(llvm::orc::ExecutorAddr::fromPtr(function.address),
                                     llvm::JITSymbolFlags::Exported |
                                         llvm::JITSymbolFlags::Callable);
  // Threads JIT'd code starts begin on an alternate signal stack, so the
  // fault handler can report a stack overflow on them.
  auto interpose = [&](llvm::StringRef name, auto *function) {
    runtimeSymbols[jit_->mangleAndIntern(name)] = llvm::orc::ExecutorSymbolDef(
        llvm::orc::ExecutorAddr::fromPtr(function),
        llvm::JITSymbolFlags::Exported | llvm::JITSymbolFlags::Callable);
  };
  interpose("pthread_create", &createThreadWithAltStack);
  interpose("thrd_create", &createC11ThreadWithAltStack);
  // JIT'd thread_locals (emulated TLS) live in memory the collector scans.
  interpose("__emutls_get_address", &rt::emulatedTlsAddress);
  if (auto error = runtimeDylib.define(llvm::orc::absoluteSymbols(std::move(runtimeSymbols))))
    return fromLlvm(std::move(error), ErrorCode::Internal);

  llvm::orc::JITDylibSearchOrder order;
  order.push_back({&runtimeDylib, llvm::orc::JITDylibLookupFlags::MatchExportedSymbolsOnly});
  if (!options_.libraries.empty()) {
    llvm::orc::JITDylib &libraries = session.createBareJITDylib("<libraries>");
    for (const std::string &path : options_.libraries) {
      auto generator = llvm::orc::DynamicLibrarySearchGenerator::Load(
          path.c_str(), jit_->getDataLayout().getGlobalPrefix());
      if (!generator)
        return Error(ErrorCode::LibraryLoadFailed, "cannot load library '" + path + "': " +
                                                       llvm::toString(generator.takeError()));
      libraries.addGenerator(std::move(*generator));
    }
    order.push_back({&libraries, llvm::orc::JITDylibLookupFlags::MatchExportedSymbolsOnly});
  }
  llvm::orc::JITDylib &main = jit_->getMainJITDylib();
  main.withLinkOrderDo([&](const llvm::orc::JITDylibSearchOrder &existing) {
    for (const auto &entry : existing)
      if (entry.first != &main)
        order.push_back(entry);
  });
  main.setLinkOrder(std::move(order), /*LinkAgainstThisJITDylibFirst=*/true);
  setup_ += since(start).count();
  return Error::success();
}

void Engine::Impl::optimize(llvm::Module &module) {
  if (isPlatformModule(module))
    return;
  Clock::time_point start = Clock::now();
  std::lock_guard lock(optimizerMutex_);
  // The module's materialisation unit promised every linkonce definition
  // before this transform ran; GlobalDCE must not delete an unused one.
  keepLinkonceDefinitions(module);
  if (!optimizerTarget_) {
    auto targetBuilder = llvm::orc::JITTargetMachineBuilder::detectHost();
    if (targetBuilder) {
      targetBuilder->setCodeGenOptLevel(codeGenLevel(options_.optLevel));
      if (auto machine = targetBuilder->createTargetMachine())
        optimizerTarget_ = std::move(*machine);
      else
        llvm::consumeError(machine.takeError());
    } else {
      llvm::consumeError(targetBuilder.takeError());
    }
  }
  if (optimizerTarget_)
    optimizeModule(module, options_.optLevel, *optimizerTarget_);
  optimize_ += since(start).count();
}

Error Engine::Impl::checkTarget(llvm::Module &module) {
  const llvm::DataLayout &layout = jit_->getDataLayout();
  const llvm::Triple &host = jit_->getTargetTriple();
  if (module.getTargetTriple().empty()) {
    module.setTargetTriple(host.str());
  } else {
    llvm::Triple wanted(module.getTargetTriple());
    if (wanted.getArch() != host.getArch())
      return Error(ErrorCode::InvalidIR, module.getModuleIdentifier() + ": module targets '" +
                                             wanted.str() + "' but this machine is '" + host.str() +
                                             "'");
  }
  if (module.getDataLayout().isDefault())
    module.setDataLayout(layout);
  else if (module.getDataLayout() != layout)
    return Error(ErrorCode::InvalidIR,
                 module.getModuleIdentifier() + ": data layout '" + module.getDataLayoutStr() +
                     "' differs from this machine's '" + layout.getStringRepresentation() + "'");
  return Error::success();
}

Expected<ModuleHandle> Engine::Impl::addModule(Expected<LoadedModule> loaded,
                                               Clock::time_point parseStart) {
  parse_ += since(parseStart).count();
  if (!loaded)
    return loaded.takeError();
  return addLoaded(std::move(*loaded));
}

Expected<ModuleHandle> Engine::Impl::addLoaded(LoadedModule loaded) {
  Clock::time_point verifyStart = Clock::now();
  llvm::Module &module = *loaded.module;
  if (Error error = verifyModule(module))
    return error;
  if (Error error = checkRuntimeAbi(module))
    return error;
  if (Error error = checkTarget(module))
    return error;

  ModuleRecord record;
  record.name = module.getModuleIdentifier();
  auto note = [&](const llvm::GlobalValue &value) {
    std::string name = toStd(value.getName());
    if (value.isDeclaration()) {
      if (value.hasExternalWeakLinkage())
        return; // may stay undefined: it reads as null
      std::set<std::string> users;
      collectUsers(value, users);
      record.undefinedUses[name] = std::move(users);
    } else if (!value.hasLocalLinkage()) {
      record.definitions.insert(name);
      if (isStrongDefinition(value))
        record.strongDefinitions.insert(name);
    }
  };
  for (const llvm::Function &function : module) {
    if (function.isIntrinsic())
      continue;
    note(function);
    if (!function.isDeclaration() && !function.hasLocalLinkage())
      record.functions[toStd(function.getName())] = entryShapeOf(function);
  }
  for (const llvm::GlobalVariable &variable : module.globals())
    if (!variable.getName().starts_with("llvm."))
      note(variable);
  for (const llvm::GlobalAlias &alias : module.aliases())
    note(alias);
  verify_ += since(verifyStart).count();

  std::lock_guard lock(mutex_);
  for (const auto &[id, other] : modules_)
    for (const std::string &name : record.strongDefinitions)
      if (other.strongDefinitions.count(name))
        return Error(ErrorCode::DuplicateDefinition, "'" + name + "' is defined by both '" +
                                                         other.name + "' and '" + record.name +
                                                         "'");

  llvm::orc::JITDylib &main = jit_->getMainJITDylib();
  record.tracker = main.createResourceTracker();
  llvm::orc::ThreadSafeModule safeModule(std::move(loaded.module), std::move(loaded.context));
  llvm::Error added =
      lazyJit_ ? lazyJit_->getCompileOnDemandLayer().add(record.tracker, std::move(safeModule))
               : jit_->addIRModule(record.tracker, std::move(safeModule));
  if (added)
    return fromLlvm(std::move(added), ErrorCode::CompileFailed);
  ModuleHandle handle{nextModuleId_++};
  modules_.emplace(handle.id, std::move(record));
  return handle;
}

Error Engine::Impl::removeModule(ModuleHandle handle) {
  llvm::orc::ResourceTrackerSP tracker;
  {
    std::lock_guard lock(mutex_);
    auto found = modules_.find(handle.id);
    if (found == modules_.end())
      return Error(ErrorCode::InvalidArgument,
                   "no module with handle " + std::to_string(handle.id) + " in this engine");
    tracker = found->second.tracker;
    modules_.erase(found);
  }
  if (auto error = tracker->remove())
    return fromLlvm(std::move(error), ErrorCode::Internal);
  return Error::success();
}

bool Engine::Impl::isDefined(const std::string &name) const {
  for (const auto &[id, record] : modules_)
    if (record.definitions.count(name))
      return true;
  return false;
}

const EntryShape *Engine::Impl::findFunction(std::string_view name) const {
  for (const auto &[id, record] : modules_) {
    auto found = record.functions.find(std::string(name));
    if (found != record.functions.end())
      return &found->second;
  }
  return nullptr;
}

Error Engine::Impl::checkSymbolsResolve() {
  Clock::time_point start = Clock::now();
  // name -> (users, module) for every reference no module defines.
  std::map<std::string, std::pair<std::set<std::string>, std::string>> open;
  {
    std::lock_guard lock(mutex_);
    for (const auto &[id, record] : modules_)
      for (const auto &[name, users] : record.undefinedUses)
        if (!isDefined(name)) {
          auto &entry = open[name];
          entry.first.insert(users.begin(), users.end());
          if (entry.second.empty())
            entry.second = record.name;
        }
  }
  if (open.empty())
    return Error::success();

  // Ask the JITDylibs without materialising anything: the runtime, --load
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
  for (const auto &[name, info] : open)
    wanted.add(jit_->mangleAndIntern(name), llvm::orc::SymbolLookupFlags::WeaklyReferencedSymbol);
  auto found = jit_->getExecutionSession().lookupFlags(llvm::orc::LookupKind::Static, order,
                                                       std::move(wanted));
  if (!found)
    return fromLlvm(found.takeError(), ErrorCode::Internal);

  std::string message;
  for (const auto &[name, info] : open) {
    if (found->count(jit_->mangleAndIntern(name)))
      continue;
    const auto &[users, module] = info;
    message += (message.empty() ? "" : "\n") + module + ": undefined symbol '" + name + "'";
    if (!users.empty())
      message += ", used by " + joinUsers(users);
    message += " (" + undefinedSymbolHint(name) + ")";
  }
  verify_ += since(start).count();
  if (message.empty())
    return Error::success();
  return Error(ErrorCode::UndefinedSymbols, message);
}

Expected<void *> Engine::Impl::lookup(std::string_view name) {
  if (name.empty())
    return Error(ErrorCode::InvalidArgument, "the function name is empty");
  {
    std::lock_guard lock(mutex_);
    if (!isDefined(std::string(name)))
      return Error(ErrorCode::EntryNotFound,
                   "'" + std::string(name) + "' is not defined by any module of this engine");
  }
  takeSessionError();
  auto address = timeExcludingCompilation(
      link_, [&] { return jit_->lookup(llvm::StringRef(name.data(), name.size())); });
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
  llvm::Error error = timeExcludingCompilation(
      initialize_, [&] { return jit_->initialize(jit_->getMainJITDylib()); });
  return error ? fromLlvm(std::move(error), ErrorCode::CompileFailed) : Error::success();
}

Error Engine::Impl::finalize() {
  llvm::Error error = timeExcludingCompilation(finalize_, [&] {
    llvm::Error deinitialized = jit_->deinitialize(jit_->getMainJITDylib());
    rt::flushOutput();
    if (options_.perfSupport)
      repairJitdumpHeader();
    return deinitialized;
  });
  return error ? fromLlvm(std::move(error), ErrorCode::CompileFailed) : Error::success();
}

void Engine::Impl::finalizeAtExit() {
  if (Error error = finalize())
    std::fprintf(stderr, "simple-jit: error: %s\n", error.message().c_str());
}

Expected<int> Engine::Impl::runMain(std::string_view entry, std::string_view argv0,
                                    const std::vector<std::string> &args) {
  EntryShape shape;
  {
    std::lock_guard lock(mutex_);
    if (entry.empty())
      return Error(ErrorCode::InvalidArgument, "the entry function name is empty");
    const EntryShape *found = findFunction(entry);
    if (!found) {
      std::string modules;
      for (const auto &[id, record] : modules_)
        modules += (modules.empty() ? "'" : ", '") + record.name + "'";
      return Error(ErrorCode::EntryNotFound, "entry function '" + std::string(entry) +
                                                 "' is not defined in " +
                                                 (modules.empty() ? "any module" : modules));
    }
    shape = *found;
  }
  if (!shape.supported)
    return Error(ErrorCode::UnsupportedSignature,
                 "entry function '" + std::string(entry) + "' has type '" + shape.typeText +
                     "'; supported: an integer or void result and parameters (), "
                     "(i32, ptr) or (i32, ptr, ptr)");
  if (Error error = checkSymbolsResolve())
    return error;
  Expected<void *> address = lookup(entry);
  if (!address)
    return address.takeError();
  if (Error error = initialize())
    return error;

  std::vector<std::string> storage;
  storage.emplace_back(argv0);
  storage.insert(storage.end(), args.begin(), args.end());
  std::vector<char *> argv;
  for (std::string &arg : storage)
    argv.push_back(arg.data());
  argv.push_back(nullptr);
  int64_t argc = static_cast<int64_t>(storage.size());

  // exit() from JIT'd code skips the return path below; the atexit hook
  // finalises every engine still inside runMain.
  static std::once_flag hookOnce;
  std::call_once(hookOnce, [] {
    std::atexit([] {
      std::set<Impl *> running;
      {
        std::lock_guard lock(gRunningMutex);
        running.swap(gRunning);
      }
      for (Impl *impl : running)
        impl->finalizeAtExit();
    });
  });
  {
    std::lock_guard lock(gRunningMutex);
    gRunning.insert(this);
  }

  // The entry is called through a pointer of its own shape. An integer
  // result narrower than 64 bits is read from the low bits of the result
  // register (the x86-64 and AArch64 calling conventions leave the upper bits
  // unspecified) and sign-extended.
  Clock::time_point start = Clock::now();
  int64_t raw = 0;
  void *code = *address;
  if (shape.returnsVoid) {
    if (shape.parameterCount == 0)
      reinterpret_cast<void (*)()>(code)();
    else if (shape.parameterCount == 2)
      reinterpret_cast<void (*)(int64_t, char **)>(code)(argc, argv.data());
    else
      reinterpret_cast<void (*)(int64_t, char **, char **)>(code)(argc, argv.data(), environ);
  } else {
    if (shape.parameterCount == 0)
      raw = reinterpret_cast<int64_t (*)()>(code)();
    else if (shape.parameterCount == 2)
      raw = reinterpret_cast<int64_t (*)(int64_t, char **)>(code)(argc, argv.data());
    else
      raw = reinterpret_cast<int64_t (*)(int64_t, char **, char **)>(code)(argc, argv.data(),
                                                                           environ);
    if (shape.resultBits == 1)
      raw &= 1;
    else if (shape.resultBits < 64)
      raw = static_cast<int64_t>(static_cast<uint64_t>(raw) << (64 - shape.resultBits)) >>
            (64 - shape.resultBits);
  }
  run_ += since(start).count();
  rt::flushOutput();

  {
    std::lock_guard lock(gRunningMutex);
    gRunning.erase(this);
  }
  if (Error error = finalize())
    return error;
  return static_cast<int>(raw);
}

PhaseTimings Engine::Impl::timings() const {
  PhaseTimings result;
  auto ns = [](const orc_ns &counter) { return std::chrono::nanoseconds(counter.load()); };
  result.setup = ns(setup_);
  result.parse = ns(parse_);
  result.verify = ns(verify_);
  result.optimize = ns(optimize_);
  result.codegen = ns(codegen_);
  result.link = ns(link_);
  result.initialize = ns(initialize_);
  result.run = ns(run_);
  result.finalize = ns(finalize_);
  return result;
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
  Clock::time_point start = Clock::now();
  return impl_->addModule(loadModuleFile(path), start);
}

Expected<ModuleHandle> Engine::addModuleFromMemory(std::string_view ir, std::string_view name) {
  Clock::time_point start = Clock::now();
  return impl_->addModule(loadModuleFromMemory(ir, name), start);
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

std::string_view errorCodeName(ErrorCode code) {
  switch (code) {
  case ErrorCode::Success:
    return "success";
  case ErrorCode::InvalidArgument:
    return "invalid-argument";
  case ErrorCode::FileUnreadable:
    return "file-unreadable";
  case ErrorCode::InvalidIR:
    return "invalid-ir";
  case ErrorCode::VerifierFailed:
    return "verifier-failed";
  case ErrorCode::RuntimeAbiMismatch:
    return "runtime-abi-mismatch";
  case ErrorCode::UndefinedSymbols:
    return "undefined-symbols";
  case ErrorCode::EntryNotFound:
    return "entry-not-found";
  case ErrorCode::UnsupportedSignature:
    return "unsupported-signature";
  case ErrorCode::LibraryLoadFailed:
    return "library-load-failed";
  case ErrorCode::DuplicateDefinition:
    return "duplicate-definition";
  case ErrorCode::CompileFailed:
    return "compile-failed";
  case ErrorCode::Internal:
    return "internal";
  }
  return "unknown";
}

} // namespace simple::jit
