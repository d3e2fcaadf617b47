// The simple-jit command line: options, then the IR file, then the program's
// own arguments (everything after the file goes to the program untouched).
#ifndef SIMPLE_JIT_TOOL_COMMAND_LINE_H
#define SIMPLE_JIT_TOOL_COMMAND_LINE_H

#include <simple/jit/options.h>

#include <string>
#include <vector>

namespace simple::jit::tool {

struct CommandLine {
  EngineOptions engine;
  std::string entry = "main";
  std::vector<std::string> extraModules;
  std::string inputFile;
  std::vector<std::string> programArgs;
  bool showTimings = false;
  bool stopOnRuntimeError = false;
  bool showHelp = false;
  bool showVersion = false;
};

/// Parses argv. On a usage error returns false and sets `error`.
bool parseCommandLine(int argc, char **argv, CommandLine &commandLine, std::string &error);

/// The text of --help.
std::string helpText();

} // namespace simple::jit::tool

#endif // SIMPLE_JIT_TOOL_COMMAND_LINE_H
