#include "runtime_symbols.h"

#include "error_conversion.h"

#include <simple/emulated_tls.h>
#include <simple/jit/fault_handler.h>
#include <simple/runtime_abi_table.h>

#include <llvm/ExecutionEngine/Orc/ExecutionUtils.h>

namespace simple::jit {

Error addRuntimeAndLibraries(llvm::orc::LLJIT &jit, const std::vector<std::string> &libraries) {
  llvm::orc::ExecutionSession &session = jit.getExecutionSession();
  llvm::orc::JITDylib &runtimeDylib = session.createBareJITDylib("<simple-runtime>");
  llvm::orc::SymbolMap symbols;
  auto define = [&](llvm::StringRef name, const void *address) {
    symbols[jit.mangleAndIntern(name)] = llvm::orc::ExecutorSymbolDef(
        llvm::orc::ExecutorAddr::fromPtr(address),
        llvm::JITSymbolFlags::Exported | llvm::JITSymbolFlags::Callable);
  };
  for (const rt::AbiFunction &function : rt::abiFunctions())
    define(llvm::StringRef(function.name.data(), function.name.size()), function.address);
  // JIT'd thread_locals (emulated TLS) live in memory the collector scans.
  define("__emutls_get_address", reinterpret_cast<const void *>(&rt::emulatedTlsAddress));
  // Threads JIT'd code starts begin on an alternate signal stack, so the
  // fault handler can report a stack overflow on them.
  define("pthread_create", reinterpret_cast<const void *>(&createThreadWithAltStack));
  define("thrd_create", reinterpret_cast<const void *>(&createC11ThreadWithAltStack));
  if (auto error = runtimeDylib.define(llvm::orc::absoluteSymbols(std::move(symbols))))
    return fromLlvm(std::move(error), ErrorCode::Internal);

  llvm::orc::JITDylibSearchOrder order;
  order.push_back({&runtimeDylib, llvm::orc::JITDylibLookupFlags::MatchExportedSymbolsOnly});
  if (!libraries.empty()) {
    llvm::orc::JITDylib &librariesDylib = session.createBareJITDylib("<libraries>");
    for (const std::string &path : libraries) {
      auto generator = llvm::orc::DynamicLibrarySearchGenerator::Load(
          path.c_str(), jit.getDataLayout().getGlobalPrefix());
      if (!generator)
        return Error(ErrorCode::LibraryLoadFailed, "cannot load library '" + path + "': " +
                                                       llvm::toString(generator.takeError()));
      librariesDylib.addGenerator(std::move(*generator));
    }
    order.push_back({&librariesDylib, llvm::orc::JITDylibLookupFlags::MatchExportedSymbolsOnly});
  }
  llvm::orc::JITDylib &main = jit.getMainJITDylib();
  main.withLinkOrderDo([&](const llvm::orc::JITDylibSearchOrder &existing) {
    for (const auto &entry : existing)
      if (entry.first != &main)
        order.push_back(entry);
  });
  main.setLinkOrder(std::move(order), /*LinkAgainstThisJITDylibFirst=*/true);
  return Error::success();
}

} // namespace simple::jit
