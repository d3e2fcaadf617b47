#include "module_index.h"

#include "symbol_hints.h"

#include <llvm/IR/Comdat.h>
#include <llvm/IR/Constants.h>
#include <llvm/IR/Instructions.h>

namespace simple::jit {
namespace {

// The functions whose code refers to `value` (through constant expressions
// and global initialisers too), for "used by" in undefined-symbol messages.
void collectUsers(const llvm::Value &value, std::set<std::string> &users, int depth = 0) {
  if (depth > 8)
    return;
  for (const llvm::User *user : value.users()) {
    if (const auto *instruction = llvm::dyn_cast<llvm::Instruction>(user))
      users.insert(instruction->getFunction()->getName().str());
    else if (const auto *global = llvm::dyn_cast<llvm::GlobalValue>(user))
      users.insert("global @" + global->getName().str());
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

// A definition another module may not define too. Members of a comdat group
// whose selection kind is not nodeduplicate are weak for this check, as under
// lli (a linker keeps one copy of the group); the JIT keeps the definition of
// the module added first and the others resolve to it.
bool isStrongDefinition(const llvm::GlobalValue &value) {
  if (value.isDeclaration() || value.hasLocalLinkage() || value.isWeakForLinker())
    return false;
  const llvm::Comdat *comdat = value.getComdat();
  return !comdat || comdat->getSelectionKind() == llvm::Comdat::NoDeduplicate;
}

} // namespace

bool isReferenced(const llvm::GlobalValue &value) {
  std::set<std::string> users;
  collectUsers(value, users);
  return !users.empty();
}

ModuleSummary summarizeModule(const llvm::Module &module) {
  ModuleSummary summary;
  summary.name = module.getModuleIdentifier();
  auto note = [&](const llvm::GlobalValue &value) {
    std::string name = value.getName().str();
    if (value.isDeclaration()) {
      if (value.hasExternalWeakLinkage())
        return; // may stay undefined: it reads as null
      std::set<std::string> users;
      collectUsers(value, users);
      if (!users.empty()) // an unreferenced declaration needs no definition
        summary.undefinedUses[name] = std::move(users);
    } else if (!value.hasLocalLinkage()) {
      summary.definitions.insert(name);
      if (isStrongDefinition(value))
        summary.strongDefinitions.insert(name);
    }
  };
  for (const llvm::Function &function : module) {
    if (function.isIntrinsic())
      continue;
    note(function);
    if (!function.isDeclaration() && !function.hasLocalLinkage())
      summary.functions[function.getName().str()] = entryShapeOf(function);
  }
  for (const llvm::GlobalVariable &variable : module.globals())
    if (!variable.getName().starts_with("llvm."))
      note(variable);
  for (const llvm::GlobalAlias &alias : module.aliases())
    note(alias);
  return summary;
}

Error ModuleIndex::checkNoDuplicates(const ModuleSummary &summary) const {
  for (const auto &[id, other] : modules_)
    for (const std::string &name : summary.strongDefinitions)
      if (other.summary.strongDefinitions.count(name))
        return Error(ErrorCode::DuplicateDefinition, "'" + name + "' is defined by both '" +
                                                         other.summary.name + "' and '" +
                                                         summary.name + "'");
  return Error::success();
}

ModuleHandle ModuleIndex::add(ModuleSummary summary, llvm::orc::ResourceTrackerSP tracker) {
  ModuleHandle handle{nextId_++};
  modules_.emplace(handle.id, Record{std::move(summary), std::move(tracker)});
  return handle;
}

llvm::orc::ResourceTrackerSP ModuleIndex::remove(ModuleHandle handle) {
  auto found = modules_.find(handle.id);
  if (found == modules_.end())
    return nullptr;
  llvm::orc::ResourceTrackerSP tracker = std::move(found->second.tracker);
  modules_.erase(found);
  return tracker;
}

bool ModuleIndex::defines(std::string_view name) const {
  std::string key(name);
  for (const auto &[id, record] : modules_)
    if (record.summary.definitions.count(key))
      return true;
  return false;
}

const EntryShape *ModuleIndex::findFunction(std::string_view name) const {
  std::string key(name);
  for (const auto &[id, record] : modules_) {
    auto found = record.summary.functions.find(key);
    if (found != record.summary.functions.end())
      return &found->second;
  }
  return nullptr;
}

std::string ModuleIndex::moduleNames() const {
  std::string names;
  for (const auto &[id, record] : modules_)
    names += (names.empty() ? "'" : ", '") + record.summary.name + "'";
  return names.empty() ? "any module" : names;
}

std::map<std::string, OpenReference> ModuleIndex::openReferences() const {
  std::map<std::string, OpenReference> open;
  for (const auto &[id, record] : modules_)
    for (const auto &[name, users] : record.summary.undefinedUses)
      if (!defines(name)) {
        OpenReference &entry = open[name];
        entry.users.insert(users.begin(), users.end());
        if (entry.module.empty())
          entry.module = record.summary.name;
      }
  return open;
}

Error describeUnresolved(const std::map<std::string, OpenReference> &open,
                         const std::function<bool(const std::string &)> &resolves) {
  std::string message;
  for (const auto &[name, reference] : open) {
    if (resolves(name))
      continue;
    message +=
        (message.empty() ? "" : "\n") + reference.module + ": undefined symbol '" + name + "'";
    if (!reference.users.empty())
      message += ", used by " + joinUsers(reference.users);
    message += " (" + undefinedSymbolHint(name) + ")";
  }
  if (message.empty())
    return Error::success();
  return Error(ErrorCode::UndefinedSymbols, message);
}

} // namespace simple::jit
