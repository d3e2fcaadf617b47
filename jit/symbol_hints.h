// Hints for undefined symbols: the runtime function a misspelt name was
// probably meant to be.
#ifndef SIMPLE_JIT_SYMBOL_HINTS_H
#define SIMPLE_JIT_SYMBOL_HINTS_H

#include <string>
#include <string_view>

namespace simple::jit {

/// The name of the runtime ABI table closest to `name` by edit distance, or
/// an empty string when none is close (at most 2 edits, or a quarter of the
/// name's length for long names).
std::string nearestRuntimeFunction(std::string_view name);

/// One line of advice for an undefined symbol `name`, e.g.
/// "did you mean 'rt_print_value'?" or "if it is defined in a shared library,
/// pass --load=LIB.so".
std::string undefinedSymbolHint(std::string_view name);

} // namespace simple::jit

#endif // SIMPLE_JIT_SYMBOL_HINTS_H
