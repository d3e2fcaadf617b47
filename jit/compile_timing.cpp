#include "compile_timing.h"

#include <llvm/IR/Module.h>

namespace simple::jit {
namespace {

class TimedCompiler : public llvm::orc::IRCompileLayer::IRCompiler {
public:
  TimedCompiler(std::unique_ptr<llvm::orc::IRCompileLayer::IRCompiler> compiler,
                std::unique_ptr<llvm::orc::IRCompileLayer::IRCompiler> platformCompiler,
                PhaseTimer &timer)
      : IRCompiler(compiler->getManglingOptions()), compiler_(std::move(compiler)),
        platformCompiler_(std::move(platformCompiler)), timer_(timer) {}

  llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>> operator()(llvm::Module &module) override {
    PhaseTimer::Stopwatch stopwatch = timer_.start();
    auto object = isPlatformModule(module) ? (*platformCompiler_)(module) : (*compiler_)(module);
    timer_.stop(Phase::Codegen, stopwatch);
    return object;
  }

private:
  std::unique_ptr<llvm::orc::IRCompileLayer::IRCompiler> compiler_;
  std::unique_ptr<llvm::orc::IRCompileLayer::IRCompiler> platformCompiler_;
  PhaseTimer &timer_;
};

} // namespace

PhaseTimings PhaseTimer::timings() const {
  auto ns = [&](Phase phase) {
    return std::chrono::nanoseconds(counters_[static_cast<size_t>(phase)].load());
  };
  PhaseTimings result;
  result.setup = ns(Phase::Setup);
  result.parse = ns(Phase::Parse);
  result.verify = ns(Phase::Verify);
  result.optimize = ns(Phase::Optimize);
  result.codegen = ns(Phase::Codegen);
  result.link = ns(Phase::Link);
  result.initialize = ns(Phase::Initialize);
  result.run = ns(Phase::Run);
  result.finalize = ns(Phase::Finalize);
  return result;
}

bool isPlatformModule(const llvm::Module &module) {
  return module.getModuleIdentifier() == "__standard_lib";
}

std::unique_ptr<llvm::orc::IRCompileLayer::IRCompiler>
makeTimedCompiler(std::unique_ptr<llvm::orc::IRCompileLayer::IRCompiler> compiler,
                  std::unique_ptr<llvm::orc::IRCompileLayer::IRCompiler> platformCompiler,
                  PhaseTimer &timer) {
  return std::make_unique<TimedCompiler>(std::move(compiler), std::move(platformCompiler), timer);
}

} // namespace simple::jit
