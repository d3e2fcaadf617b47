#include "code_map.h"
#include "code_map_plugin.h"

#include <simple/runtime_host.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace simple::jit {
namespace {

struct FunctionEntry {
  uintptr_t begin;
  uintptr_t end;
  std::string name;
};

// The functions of one linked graph, sorted by begin, and the span they
// cover. Immutable once published.
struct FunctionChunk {
  std::vector<FunctionEntry> entries;
  uintptr_t low = UINTPTR_MAX;
  uintptr_t high = 0;
};

// The process-wide function table, read by the fault handler on whichever
// thread faults, at any moment, so readers take no lock at all.
//
// Protocol: the table is an immutable snapshot, a list of chunks (newest
// last), published through gSnapshot. Writers (linking threads) serialise on
// gWriterMutex, build a new snapshot (the old list plus or minus one chunk:
// pointer copies, never the names), publish it, and delete the old one only
// when no reader is inside findJitFunction; otherwise they retire it and a
// later writer deletes it. A chunk lives as long as a snapshot or its
// contribution holds it. A reader increments gReaders before loading the
// pointer and decrements it after its last access, and never touches the
// reference counts. With sequentially consistent operations: a writer that
// publishes and then sees gReaders == 0 knows every later reader loads the
// new snapshot, so the old one is unreachable. A fault in the middle of a
// write still finds the previous snapshot: the name is never lost to a busy
// table.
using Snapshot = std::vector<std::shared_ptr<const FunctionChunk>>;
std::mutex gWriterMutex;
std::atomic<const Snapshot *> gSnapshot{nullptr};
std::atomic<int> gReaders{0};
std::vector<const Snapshot *> gRetired; // guarded by gWriterMutex

// Replaces the table with edit(copy of the table).
template <typename Edit> void publishEdited(Edit &&edit) {
  std::lock_guard lock(gWriterMutex);
  const Snapshot *old = gSnapshot.load();
  auto *next = old ? new Snapshot(*old) : new Snapshot();
  edit(*next);
  gSnapshot.store(next);
  if (old)
    gRetired.push_back(old);
  if (gReaders.load() == 0) {
    for (const Snapshot *retired : gRetired)
      delete retired;
    gRetired.clear();
  }
}

std::shared_ptr<const FunctionChunk> publishFunctions(std::vector<FunctionEntry> functions) {
  auto chunk = std::make_shared<FunctionChunk>();
  std::sort(functions.begin(), functions.end(),
            [](const FunctionEntry &a, const FunctionEntry &b) { return a.begin < b.begin; });
  for (const FunctionEntry &function : functions) {
    chunk->low = std::min(chunk->low, function.begin);
    chunk->high = std::max(chunk->high, function.end);
  }
  chunk->entries = std::move(functions);
  std::shared_ptr<const FunctionChunk> published = std::move(chunk);
  publishEdited([&](Snapshot &table) { table.push_back(published); });
  return published;
}

void releaseContribution(const CodeMapPlugin::Contribution &contribution) {
  if (contribution.functions) {
    const void *chunk = contribution.functions.get();
    publishEdited([&](Snapshot &table) {
      std::erase_if(table, [&](const auto &entry) { return entry.get() == chunk; });
    });
  }
  for (const CodeMapPlugin::Range &range : contribution.roots)
    rt::removeRoots(reinterpret_cast<void *>(range.begin), reinterpret_cast<void *>(range.end));
}

// The entry of `chunk` containing `address`, or null.
const FunctionEntry *findIn(const FunctionChunk &chunk, uintptr_t address) {
  if (address < chunk.low || address >= chunk.high)
    return nullptr;
  auto next = std::upper_bound(
      chunk.entries.begin(), chunk.entries.end(), address,
      [](uintptr_t value, const FunctionEntry &entry) { return value < entry.begin; });
  // Functions do not overlap, but an unsized symbol is assumed to run to the
  // end of its block: look back past entries that end too early.
  while (next != chunk.entries.begin()) {
    const FunctionEntry &entry = *std::prev(next);
    if (address < entry.end)
      return &entry;
    if (entry.begin + (uintptr_t(1) << 20) < address)
      return nullptr; // no function is a megabyte long
    --next;
  }
  return nullptr;
}

bool isExecutable(const llvm::jitlink::Section &section) {
  return (static_cast<unsigned>(section.getMemProt()) &
          static_cast<unsigned>(llvm::orc::MemProt::Exec)) != 0;
}

} // namespace

bool findJitFunction(uintptr_t address, char *name, size_t capacity, uintptr_t *offset) {
  if (capacity == 0)
    return false;
  gReaders.fetch_add(1);
  const Snapshot *table = gSnapshot.load();
  const FunctionEntry *found = nullptr;
  // Newest first: memory of a removed module may hold a newer one's code.
  for (size_t i = table ? table->size() : 0; i > 0 && !found; --i)
    found = findIn(*(*table)[i - 1], address);
  if (found) {
    size_t length = std::min(found->name.size(), capacity - 1);
    std::memcpy(name, found->name.data(), length);
    name[length] = '\0';
    *offset = address - found->begin;
  }
  gReaders.fetch_sub(1);
  return found != nullptr;
}

CodeMapPlugin::~CodeMapPlugin() {
  for (auto &[key, contributions] : emitted_)
    for (const Contribution &contribution : contributions)
      releaseContribution(contribution);
}

void CodeMapPlugin::modifyPassConfig(llvm::orc::MaterializationResponsibility &responsibility,
                                     llvm::jitlink::LinkGraph &,
                                     llvm::jitlink::PassConfiguration &config) {
  // Every named symbol of executable code stays in the graph until fixup.
  // Dead-stripping would otherwise drop the symbols of internal (`static`)
  // functions: a call to one in the same section is resolved by the
  // assembler, so no edge keeps its symbol alive, although its code stays
  // (the block is kept by its other symbols) and can fault.
  config.PrePrunePasses.push_back([](llvm::jitlink::LinkGraph &graph) {
    for (llvm::jitlink::Symbol *symbol : graph.defined_symbols())
      if (symbol->hasName() && isExecutable(symbol->getBlock().getSection()))
        symbol->setLive(true);
    return llvm::Error::success();
  });
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
  std::vector<FunctionEntry> functions;
  // Every named symbol in executable memory, whatever its section
  // (.text, .text.unlikely, .text.hot, .text.startup, ...) and scope (local
  // symbols of internal functions included).
  for (llvm::jitlink::Symbol *symbol : graph.defined_symbols()) {
    if (!symbol->hasName() || !isExecutable(symbol->getBlock().getSection()))
      continue;
    uintptr_t begin = symbol->getAddress().getValue();
    uintptr_t size = symbol->getSize();
    if (size == 0) // unsized: assume it runs to the end of its block
      size = symbol->getBlock().getAddress().getValue() + symbol->getBlock().getSize() - begin;
    if (size == 0)
      continue;
    functions.push_back({begin, begin + size, symbol->getName().str()});
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
  if (!functions.empty())
    contribution.functions = publishFunctions(std::move(functions));
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
