// What the engine knows about its modules without asking LLVM: the names each
// defines, the references it leaves undefined (with the functions using them)
// and the shape of each function, for duplicate checks, entry lookup and
// undefined-symbol messages that name their users.
//
// Not synchronised: the engine calls it under its own lock.
#ifndef SIMPLE_JIT_MODULE_INDEX_H
#define SIMPLE_JIT_MODULE_INDEX_H

#include "entry_call.h"

#include <simple/jit/engine.h>

#include <llvm/ExecutionEngine/Orc/Core.h>
#include <llvm/IR/Module.h>

#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>

namespace simple::jit {

/// The symbols of one module, read before it is handed to ORC.
struct ModuleSummary {
  std::string name;
  std::set<std::string> strongDefinitions;
  std::set<std::string> definitions; // every non-local definition
  // Declared but not defined here and referenced by code or data (external
  // weak excluded: it may stay undefined) -> the functions and globals that
  // use it. A declaration nothing references is left out, as lli leaves it:
  // it needs no definition.
  std::map<std::string, std::set<std::string>> undefinedUses;
  std::map<std::string, EntryShape> functions; // non-local definitions
};

ModuleSummary summarizeModule(const llvm::Module &module);

/// Whether code or data of its module refers to `value` (directly or through
/// constant expressions and global initialisers). Declarations that nothing
/// refers to need no definition and no ABI check.
bool isReferenced(const llvm::GlobalValue &value);

/// A reference no module defines: who uses it and the first module that does.
struct OpenReference {
  std::set<std::string> users;
  std::string module;
};

class ModuleIndex {
public:
  /// DuplicateDefinition when `summary` strongly defines a name that an
  /// indexed module strongly defines too.
  Error checkNoDuplicates(const ModuleSummary &summary) const;

  ModuleHandle add(ModuleSummary summary, llvm::orc::ResourceTrackerSP tracker);

  /// Forgets a module and returns its tracker (null for an unknown handle).
  llvm::orc::ResourceTrackerSP remove(ModuleHandle handle);

  void clear() { modules_.clear(); }

  bool defines(std::string_view name) const;

  /// The shape of the function `name` defined by some module, or null.
  const EntryShape *findFunction(std::string_view name) const;

  /// "'a.ll', 'b.ll'", or "any module" when there is none.
  std::string moduleNames() const;

  /// Every undefined reference of every module that no module defines.
  std::map<std::string, OpenReference> openReferences() const;

private:
  struct Record {
    ModuleSummary summary;
    llvm::orc::ResourceTrackerSP tracker;
  };
  std::map<uint64_t, Record> modules_;
  uint64_t nextId_ = 1;
};

/// The UndefinedSymbols error for the references of `open` that `resolves`
/// says nothing provides (one line each: module, name, users, a hint), or
/// success when all resolve.
Error describeUnresolved(const std::map<std::string, OpenReference> &open,
                         const std::function<bool(const std::string &)> &resolves);

} // namespace simple::jit

#endif // SIMPLE_JIT_MODULE_INDEX_H
