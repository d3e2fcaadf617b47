// simple-jit: runs an LLVM IR program against the Simple runtime, like lli.
// Every failure becomes one "simple-jit: error: ..." message and a documented
// exit code (see helpText and docs/usage.md); this file is the only place
// that turns errors into exit codes.
#include "command_line.h"

#include <simple/jit/engine.h>
#include <simple/jit/fault_handler.h>
#include <simple/runtime_host.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#ifndef SIMPLE_JIT_VERSION
#define SIMPLE_JIT_VERSION "unknown"
#endif

namespace {

using namespace simple::jit;

enum ExitCode {
  kUsage = 64,
  kInvalidIR = 65,
  kUnreadable = 66,
  kUnresolved = 67,
  kBadEntry = 68,
  kLibrary = 69,
  kCompile = 70,
  kRuntimeError = 71,
};

int exitCodeFor(ErrorCode code) {
  switch (code) {
  case ErrorCode::InvalidArgument:
    return kUsage;
  case ErrorCode::FileUnreadable:
    return kUnreadable;
  case ErrorCode::InvalidIR:
  case ErrorCode::VerifierFailed:
  case ErrorCode::RuntimeAbiMismatch:
    return kInvalidIR;
  case ErrorCode::UndefinedSymbols:
  case ErrorCode::DuplicateDefinition:
    return kUnresolved;
  case ErrorCode::EntryNotFound:
  case ErrorCode::UnsupportedSignature:
    return kBadEntry;
  case ErrorCode::LibraryLoadFailed:
    return kLibrary;
  case ErrorCode::Success:
  case ErrorCode::CompileFailed:
  case ErrorCode::Internal:
    return kCompile;
  }
  return kCompile;
}

// Prints each line of a (possibly multi-line) message with the tool's prefix
// on the first line.
int report(const Error &error) {
  std::fflush(stdout);
  std::fprintf(stderr, "simple-jit: error: %s\n", error.message().c_str());
  return exitCodeFor(error.code());
}

// The engine's diagnostics (what no call can return): printed like errors;
// a fatal one (a lazily compiled function failed while the program ran) ends
// the process with the compile-failure code.
void printDiagnostic(const Diagnostic &diagnostic) {
  std::fflush(stdout);
  std::fprintf(stderr, "simple-jit: error: %s\n", diagnostic.error.message().c_str());
  if (diagnostic.severity == Diagnostic::Severity::Fatal)
    std::_Exit(kCompile);
}

void stopOnRuntimeError(int64_t, const char *message) {
  std::fflush(stdout);
  std::fprintf(stderr, "simple-jit: runtime error: %s\n", message);
  std::_Exit(kRuntimeError);
}

void printTimings(const PhaseTimings &timings) {
  auto ms = [](std::chrono::nanoseconds duration) { return duration.count() / 1e6; };
  struct Row {
    const char *name;
    std::chrono::nanoseconds time;
  } rows[] = {{"setup", timings.setup},           {"parse", timings.parse},
              {"verify", timings.verify},         {"optimize", timings.optimize},
              {"codegen", timings.codegen},       {"link", timings.link},
              {"initialize", timings.initialize}, {"run", timings.run},
              {"finalize", timings.finalize}};
  std::chrono::nanoseconds total{};
  std::fprintf(stderr, "simple-jit: phase timings (ms)\n");
  for (const Row &row : rows) {
    std::fprintf(stderr, "  %-11s %10.3f\n", row.name, ms(row.time));
    total += row.time;
  }
  std::fprintf(stderr, "  %-11s %10.3f\n", "total", ms(total));
}

} // namespace

int main(int argc, char **argv) {
  tool::CommandLine commandLine;
  std::string usageError;
  if (!tool::parseCommandLine(argc, argv, commandLine, usageError)) {
    std::fprintf(stderr, "simple-jit: error: %s\n", usageError.c_str());
    return kUsage;
  }
  if (commandLine.showHelp) {
    std::fputs(tool::helpText().c_str(), stdout);
    return 0;
  }
  if (commandLine.showVersion) {
    std::printf("simple-jit %s (LLVM %s)\n", SIMPLE_JIT_VERSION, SIMPLE_JIT_LLVM_VERSION);
    return 0;
  }

  installFaultHandler("simple-jit");
  commandLine.engine.onDiagnostic = printDiagnostic;
  auto engine = Engine::create(commandLine.engine);
  if (!engine)
    return report(engine.error());
  if (commandLine.stopOnRuntimeError)
    simple::rt::setErrorHook(stopOnRuntimeError);

  if (auto module = (*engine)->addModuleFile(commandLine.inputFile); !module)
    return report(module.error());
  for (const std::string &extra : commandLine.extraModules)
    if (auto module = (*engine)->addModuleFile(extra); !module)
      return report(module.error());

  auto result =
      (*engine)->runMain(commandLine.entry, commandLine.inputFile, commandLine.programArgs);
  if (commandLine.showTimings)
    printTimings((*engine)->timings());
  if (!result)
    return report(result.error());
  std::fflush(stdout);
  // The engine is deliberately not destroyed: exit() still runs the main
  // thread's thread_local destructors, and those are JIT'd code that must
  // stay mapped until then. The process ends right after.
  (void)engine->release();
  return *result;
}
