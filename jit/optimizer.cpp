#include "optimizer.h"

#include <llvm/Analysis/CGSCCPassManager.h>
#include <llvm/Analysis/LoopAnalysisManager.h>
#include <llvm/ExecutionEngine/Orc/JITTargetMachineBuilder.h>
#include <llvm/IR/Module.h>
#include <llvm/IR/PassManager.h>
#include <llvm/Passes/PassBuilder.h>
#include <llvm/Target/TargetMachine.h>

namespace simple::jit {

void optimizeModule(llvm::Module &module, OptLevel level, llvm::TargetMachine &targetMachine) {
  llvm::LoopAnalysisManager loopAnalyses;
  llvm::FunctionAnalysisManager functionAnalyses;
  llvm::CGSCCAnalysisManager cgsccAnalyses;
  llvm::ModuleAnalysisManager moduleAnalyses;

  // -O1 is LLVM's O1 pipeline without loop unrolling. Measured
  // (docs/performance.md): with the host's cost model, unrolling made a
  // 300-function module 4x larger and its JIT time 2.6x longer (1.13 s
  // against 0.43 s) while the compute benchmark ran no faster. -O2 and -O3
  // keep LLVM's defaults.
  llvm::PipelineTuningOptions tuning;
  tuning.LoopUnrolling = level >= OptLevel::O2;
  llvm::PassBuilder passBuilder(&targetMachine, tuning);
  passBuilder.registerModuleAnalyses(moduleAnalyses);
  passBuilder.registerCGSCCAnalyses(cgsccAnalyses);
  passBuilder.registerFunctionAnalyses(functionAnalyses);
  passBuilder.registerLoopAnalyses(loopAnalyses);
  passBuilder.crossRegisterProxies(loopAnalyses, functionAnalyses, cgsccAnalyses, moduleAnalyses);

  llvm::ModulePassManager passes;
  switch (level) {
  case OptLevel::O0:
    passes = passBuilder.buildO0DefaultPipeline(llvm::OptimizationLevel::O0);
    break;
  case OptLevel::O1:
    passes = passBuilder.buildPerModuleDefaultPipeline(llvm::OptimizationLevel::O1);
    break;
  case OptLevel::O2:
    passes = passBuilder.buildPerModuleDefaultPipeline(llvm::OptimizationLevel::O2);
    break;
  case OptLevel::O3:
    passes = passBuilder.buildPerModuleDefaultPipeline(llvm::OptimizationLevel::O3);
    break;
  }
  passes.run(module, moduleAnalyses);
}

void keepLinkonceDefinitions(llvm::Module &module) {
  auto keep = [](llvm::GlobalValue &value) {
    if (value.isDeclaration())
      return;
    if (value.getLinkage() == llvm::GlobalValue::LinkOnceODRLinkage)
      value.setLinkage(llvm::GlobalValue::WeakODRLinkage);
    else if (value.getLinkage() == llvm::GlobalValue::LinkOnceAnyLinkage)
      value.setLinkage(llvm::GlobalValue::WeakAnyLinkage);
  };
  for (llvm::Function &function : module)
    keep(function);
  for (llvm::GlobalVariable &variable : module.globals())
    keep(variable);
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

ModuleOptimizer::ModuleOptimizer(OptLevel level) : level_(level) {}
ModuleOptimizer::~ModuleOptimizer() = default;

void ModuleOptimizer::optimize(llvm::Module &module) {
  std::lock_guard lock(mutex_);
  // The module's materialisation unit promised every linkonce definition
  // before this transform ran; GlobalDCE must not delete an unused one.
  keepLinkonceDefinitions(module);
  if (!target_) {
    auto builder = llvm::orc::JITTargetMachineBuilder::detectHost();
    if (!builder) {
      llvm::consumeError(builder.takeError());
      return;
    }
    builder->setCodeGenOptLevel(codeGenLevel(level_));
    auto machine = builder->createTargetMachine();
    if (!machine) {
      llvm::consumeError(machine.takeError());
      return;
    }
    target_ = std::move(*machine);
  }
  optimizeModule(module, level_, *target_);
}

} // namespace simple::jit
