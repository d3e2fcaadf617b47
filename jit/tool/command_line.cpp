#include "command_line.h"

#include <string_view>

namespace simple::jit::tool {
namespace {

// "--name=value" or "--name value": the value, advancing `index` for the
// second form. Returns false when `arg` is not this option.
bool takeValue(std::string_view arg, std::string_view name, int argc, char **argv, int &index,
               std::string &value, std::string &error) {
  if (arg.substr(0, name.size()) != name)
    return false;
  std::string_view rest = arg.substr(name.size());
  if (rest.empty()) {
    if (index + 1 >= argc) {
      error = "option '" + std::string(name) + "' needs a value";
      value.clear();
      return true;
    }
    value = argv[++index];
    return true;
  }
  if (rest.front() != '=')
    return false;
  value = std::string(rest.substr(1));
  return true;
}

} // namespace

bool parseCommandLine(int argc, char **argv, CommandLine &commandLine, std::string &error) {
  int index = 1;
  for (; index < argc; ++index) {
    std::string_view arg = argv[index];
    if (arg == "--") {
      ++index;
      break;
    }
    if (arg.size() < 2 || arg.front() != '-')
      break; // the input file ("-" alone means standard input)
    std::string value;
    if (arg == "-O0" || arg == "-O1" || arg == "-O2" || arg == "-O3") {
      commandLine.engine.optLevel = static_cast<OptLevel>(arg[2] - '0');
    } else if (arg == "--lazy") {
      commandLine.engine.lazy = true;
    } else if (arg == "--debug") {
      commandLine.engine.debuggerSupport = true;
    } else if (arg == "--perf") {
      commandLine.engine.perfSupport = true;
    } else if (arg == "--time") {
      commandLine.showTimings = true;
      commandLine.engine.collectTimings = true;
    } else if (arg == "--strict-abi") {
      commandLine.engine.adaptRuntimeDeclarations = false;
    } else if (arg == "--stop-on-error") {
      commandLine.stopOnRuntimeError = true;
    } else if (arg == "--help" || arg == "-h") {
      commandLine.showHelp = true;
      return true;
    } else if (arg == "--version") {
      commandLine.showVersion = true;
      return true;
    } else if (takeValue(arg, "--entry-function", argc, argv, index, value, error) ||
               takeValue(arg, "--entry", argc, argv, index, value, error)) {
      if (!error.empty())
        return false;
      if (value.empty()) {
        error = "the entry function name cannot be empty";
        return false;
      }
      commandLine.entry = value;
    } else if (takeValue(arg, "--extra-module", argc, argv, index, value, error)) {
      if (!error.empty())
        return false;
      commandLine.extraModules.push_back(value);
    } else if (takeValue(arg, "--load", argc, argv, index, value, error)) {
      if (!error.empty())
        return false;
      commandLine.engine.libraries.push_back(value);
    } else {
      error = "unknown option '" + std::string(arg) + "' (see --help)";
      return false;
    }
  }
  if (index >= argc) {
    error = "no input file (usage: simple-jit [options] FILE.ll|FILE.bc [program arguments...])";
    return false;
  }
  commandLine.inputFile = argv[index++];
  for (; index < argc; ++index)
    commandLine.programArgs.emplace_back(argv[index]);
  return true;
}

std::string helpText() {
  return R"(USAGE: simple-jit [options] FILE [program arguments...]

Verifies, optimises and JIT-compiles the LLVM IR module FILE (.ll text or .bc
bitcode; "-" reads standard input) against the Simple runtime, runs its main
function and exits with main's result. Arguments after FILE are the program's
argv[1...]; argv[0] is FILE.

OPTIONS:
  -O0, -O1, -O2, -O3    optimisation level of the IR pipeline and code generator
                        (default -O1: see docs/performance.md for the measurements)
  --entry=NAME          call NAME instead of main
  --extra-module=FILE   also load FILE (repeatable); its definitions are visible
                        to the others
  --load=LIB.so         resolve symbols from this shared library (repeatable)
  --lazy                compile each function on its first call
  --debug               register JIT'd code with GDB's JIT interface
  --perf                write a perf jitdump for `perf inject --jit`
  --time                print per-phase timings to stderr
  --stop-on-error       stop at the first runtime error (rt_* given bad input)
                        with its message
  --strict-abi          every runtime function the module calls must be declared
                        exactly as the runtime defines it (no adapters; below)
  --version             print the version
  --help, -h            print this help

RUNTIME DECLARATIONS:
  A module declares the rt_* functions it calls. Declarations never referenced
  are ignored. A referenced one with the runtime's own signature is called
  directly; one that differs only as Simple's compiler declares them is bound
  to an adapter that inlines away: ptr and i64 interchange; an i8/i16/i32
  (or i1) parameter is zero-extended; extra trailing arguments are dropped;
  the result may be declared void, narrower (its low bits), or as an integer
  or ptr for a function that returns nothing (read as 0). Anything else (a
  double declared as an integer, too few arguments, varargs) is an error
  naming both signatures. A called rt_* function the runtime does not have
  needs a definition like any other symbol.

EXIT CODES:
  0-255  main's result (void main: 0), or the code passed to exit()
  64     bad command line
  65     invalid IR: parse error, verifier failure, misdeclared runtime function,
         or a module for another target
  66     FILE (or an --extra-module) cannot be read
  67     undefined symbols, or a symbol defined twice
  68     the entry function is missing or has an unsupported type
  69     an --load library cannot be opened
  70     compilation or linking failed
  71     --stop-on-error: a runtime function recorded an error
  128+N  fatal signal N inside the program (the message names the JIT'd function)
)";
}

} // namespace simple::jit::tool
