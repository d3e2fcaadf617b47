// The JITLink plugin that feeds code_map.h: it records every linked
// function's address range and registers every writable data section as a GC
// root range, and forgets both when the module's resources are removed.
#ifndef SIMPLE_JIT_CODE_MAP_PLUGIN_H
#define SIMPLE_JIT_CODE_MAP_PLUGIN_H

#include <llvm/ExecutionEngine/Orc/ObjectLinkingLayer.h>

#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace simple::jit {

class CodeMapPlugin : public llvm::orc::ObjectLinkingLayer::Plugin {
public:
  ~CodeMapPlugin() override;

  void modifyPassConfig(llvm::orc::MaterializationResponsibility &responsibility,
                        llvm::jitlink::LinkGraph &graph,
                        llvm::jitlink::PassConfiguration &config) override;
  llvm::Error notifyEmitted(llvm::orc::MaterializationResponsibility &responsibility) override;
  llvm::Error notifyFailed(llvm::orc::MaterializationResponsibility &responsibility) override;
  llvm::Error notifyRemovingResources(llvm::orc::JITDylib &dylib,
                                      llvm::orc::ResourceKey key) override;
  void notifyTransferringResources(llvm::orc::JITDylib &dylib, llvm::orc::ResourceKey destination,
                                   llvm::orc::ResourceKey source) override;

  struct Range {
    uintptr_t begin = 0;
    uintptr_t end = 0;
  };
  /// What one linked graph contributed.
  struct Contribution {
    // This graph's part of the process-wide function table (code_map.cpp).
    std::shared_ptr<const void> functions;
    std::vector<Range> roots; // registered with the collector
  };

private:
  void recordGraph(llvm::orc::MaterializationResponsibility &responsibility,
                   llvm::jitlink::LinkGraph &graph);

  std::mutex mutex_;
  // Between fixup and emission a contribution belongs to its responsibility;
  // after emission to the resource key that removal will name.
  llvm::DenseMap<llvm::orc::MaterializationResponsibility *, std::vector<Contribution>> pending_;
  llvm::DenseMap<llvm::orc::ResourceKey, std::vector<Contribution>> emitted_;
};

} // namespace simple::jit

#endif // SIMPLE_JIT_CODE_MAP_PLUGIN_H
