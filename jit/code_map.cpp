#include "code_map.h"
#include "code_map_plugin.h"

#include <simple/runtime_host.h>

#include <algorithm>
#include <cstring>
#include <map>

namespace simple::jit {
namespace {

struct FunctionEntry {
  uintptr_t end;
  std::string name;
};

// The process-wide function table. Writers (linking threads) take the lock;
// the fault handler only try-locks it, so a fault while a writer holds it
// loses the name, never deadlocks.
std::mutex gFunctionsMutex;
std::map<uintptr_t, FunctionEntry> gFunctions;

void releaseContribution(const CodeMapPlugin::Contribution &contribution) {
  {
    std::lock_guard lock(gFunctionsMutex);
    for (const CodeMapPlugin::Range &range : contribution.functions)
      gFunctions.erase(range.begin);
  }
  for (const CodeMapPlugin::Range &range : contribution.roots)
    rt::removeRoots(reinterpret_cast<void *>(range.begin), reinterpret_cast<void *>(range.end));
}

} // namespace

bool findJitFunction(uintptr_t address, char *name, size_t capacity, uintptr_t *offset) {
  std::unique_lock lock(gFunctionsMutex, std::try_to_lock);
  if (!lock.owns_lock() || capacity == 0)
    return false;
  auto next = gFunctions.upper_bound(address);
  if (next == gFunctions.begin())
    return false;
  auto found = std::prev(next);
  if (address >= found->second.end)
    return false;
  size_t length = std::min(found->second.name.size(), capacity - 1);
  std::memcpy(name, found->second.name.data(), length);
  name[length] = '\0';
  *offset = address - found->first;
  return true;
}

CodeMapPlugin::~CodeMapPlugin() {
  for (auto &[key, contributions] : emitted_)
    for (const Contribution &contribution : contributions)
      releaseContribution(contribution);
}

void CodeMapPlugin::modifyPassConfig(llvm::orc::MaterializationResponsibility &responsibility,
                                     llvm::jitlink::LinkGraph &,
                                     llvm::jitlink::PassConfiguration &config) {
  // After fixup every address is final and no JIT'd code has run yet, so
  // the roots are known to the collector before anything can store into them.
  config.PostFixupPasses.push_back([this, &responsibility](llvm::jitlink::LinkGraph &graph) {
    recordGraph(responsibility, graph);
    return llvm::Error::success();
  });
}

void CodeMapPlugin::recordGraph(llvm::orc::MaterializationResponsibility &responsibility,
                                llvm::jitlink::LinkGraph &graph) {
  Contribution contribution;
  std::vector<std::pair<Range, std::string>> functions;
  for (llvm::jitlink::Symbol *symbol : graph.defined_symbols()) {
    if (!symbol->isCallable() || !symbol->hasName())
      continue;
    uintptr_t begin = symbol->getAddress().getValue();
    uintptr_t size = symbol->getSize();
    if (size == 0) // unsized: assume it runs to the end of its block
      size = symbol->getBlock().getAddress().getValue() + symbol->getBlock().getSize() - begin;
    functions.push_back({{begin, begin + size}, symbol->getName().str()});
    contribution.functions.push_back({begin, begin + size});
  }
  for (llvm::jitlink::Section &section : graph.sections()) {
    bool writable = (static_cast<unsigned>(section.getMemProt()) &
                     static_cast<unsigned>(llvm::orc::MemProt::Write)) != 0;
    if (!writable || section.getMemLifetime() != llvm::orc::MemLifetime::Standard)
      continue;
    llvm::jitlink::SectionRange range(section);
    if (range.empty())
      continue;
    Range root{range.getStart().getValue(), range.getEnd().getValue()};
    rt::addRoots(reinterpret_cast<void *>(root.begin), reinterpret_cast<void *>(root.end));
    contribution.roots.push_back(root);
  }
  {
    std::lock_guard lock(gFunctionsMutex);
    for (auto &[range, name] : functions)
      gFunctions[range.begin] = FunctionEntry{range.end, std::move(name)};
  }
  std::lock_guard lock(mutex_);
  pending_[&responsibility].push_back(std::move(contribution));
}

// Removes and returns the contributions filed under `key` in `table`.
template <typename Table, typename Key>
std::vector<CodeMapPlugin::Contribution> takeContributions(std::mutex &mutex, Table &table,
                                                           Key key) {
  std::lock_guard lock(mutex);
  auto found = table.find(key);
  if (found == table.end())
    return {};
  std::vector<CodeMapPlugin::Contribution> contributions = std::move(found->second);
  table.erase(found);
  return contributions;
}

llvm::Error CodeMapPlugin::notifyEmitted(llvm::orc::MaterializationResponsibility &responsibility) {
  std::vector<Contribution> contributions = takeContributions(mutex_, pending_, &responsibility);
  if (contributions.empty())
    return llvm::Error::success();
  return responsibility.withResourceKeyDo([&](llvm::orc::ResourceKey key) {
    std::lock_guard lock(mutex_);
    auto &owned = emitted_[key];
    for (Contribution &contribution : contributions)
      owned.push_back(std::move(contribution));
  });
}

llvm::Error CodeMapPlugin::notifyFailed(llvm::orc::MaterializationResponsibility &responsibility) {
  for (const Contribution &contribution : takeContributions(mutex_, pending_, &responsibility))
    releaseContribution(contribution);
  return llvm::Error::success();
}

llvm::Error CodeMapPlugin::notifyRemovingResources(llvm::orc::JITDylib &,
                                                   llvm::orc::ResourceKey key) {
  for (const Contribution &contribution : takeContributions(mutex_, emitted_, key))
    releaseContribution(contribution);
  return llvm::Error::success();
}

void CodeMapPlugin::notifyTransferringResources(llvm::orc::JITDylib &,
                                                llvm::orc::ResourceKey destination,
                                                llvm::orc::ResourceKey source) {
  std::lock_guard lock(mutex_);
  auto found = emitted_.find(source);
  if (found == emitted_.end())
    return;
  std::vector<Contribution> moved = std::move(found->second);
  emitted_.erase(found);
  auto &owned = emitted_[destination];
  for (Contribution &contribution : moved)
    owned.push_back(std::move(contribution));
}

} // namespace simple::jit
