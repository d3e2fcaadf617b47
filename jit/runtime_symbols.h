// Symbol resolution of JIT'd code, in the order it sees it:
//   1. the engine's main JITDylib (every added module);
//   2. "<simple-runtime>": every rt_* function of the ABI table as an
//      absolute symbol, and the C names the engine interposes:
//      __emutls_get_address (JIT'd thread_locals in collector-scanned
//      memory) and pthread_create / thrd_create (threads that start on an
//      alternate signal stack);
//   3. "<libraries>": the shared libraries of EngineOptions::libraries;
//   4. LLJIT's platform and process-symbols JITDylibs: atexit/__cxa_atexit
//      interposition, then the shared libraries the process links (libc,
//      libm, libstdc++, libgcc_s). simple-jit is not linked with -rdynamic,
//      so its own functions (LLVM, the runtime's internals) are not in the
//      dynamic symbol table and a declaration can never bind to them by
//      accident.
#ifndef SIMPLE_JIT_RUNTIME_SYMBOLS_H
#define SIMPLE_JIT_RUNTIME_SYMBOLS_H

#include <simple/jit/error.h>

#include <llvm/ExecutionEngine/Orc/LLJIT.h>

#include <string>
#include <vector>

namespace simple::jit {

/// Creates the "<simple-runtime>" and "<libraries>" JITDylibs of `jit` and
/// puts them in its main JITDylib's link order as above. Errors:
/// LibraryLoadFailed naming a library that cannot be opened, Internal.
Error addRuntimeAndLibraries(llvm::orc::LLJIT &jit, const std::vector<std::string> &libraries);

} // namespace simple::jit

#endif // SIMPLE_JIT_RUNTIME_SYMBOLS_H
